// One dictionary per language, and each figure's text per language; pages and components ask for the page's.
import type { Dictionary } from "./dictionary.js";
import { en } from "./en.js";
import { zh } from "./zh.js";
import { figureTextEn, type FigureTexts } from "./figure-text-en.js";
import { figureTextZh } from "./figure-text-zh.js";
import type { Lang } from "./lang.js";

export type { Dictionary } from "./dictionary.js";
export type { Lang } from "./lang.js";
export type { FigureId, FigureTexts, ScalingCaptionArgs, TimelineCaptionArgs } from "./figure-text-en.js";

export const DICTIONARIES: Readonly<Record<Lang, Dictionary>> = { en, zh };

export const dictionaryFor = (lang: Lang): Dictionary => DICTIONARIES[lang];

export const FIGURE_TEXTS: Readonly<Record<Lang, FigureTexts>> = { en: figureTextEn, zh: figureTextZh };

/** The title and caption of every figure in a language, keyed by figure id. */
export const figureTextFor = (lang: Lang): FigureTexts => FIGURE_TEXTS[lang];
