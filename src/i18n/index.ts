// One dictionary per language; pages and components ask for the one of the page's language.
import type { Dictionary } from "./dictionary.js";
import { en } from "./en.js";
import { zh } from "./zh.js";
import type { Lang } from "./lang.js";

export type { Dictionary } from "./dictionary.js";
export type { Lang } from "./lang.js";

export const DICTIONARIES: Readonly<Record<Lang, Dictionary>> = { en, zh };

export const dictionaryFor = (lang: Lang): Dictionary => DICTIONARIES[lang];
