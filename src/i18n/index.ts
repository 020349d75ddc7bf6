// One dictionary per language; pages and components ask for the page's. (A figure's own words are in its registry
// entry, src/figures/registry.ts, in both languages.)
import type { Dictionary } from "./dictionary.js";
import { en } from "./en.js";
import { zh } from "./zh.js";
import type { Lang } from "./lang.js";

export type { Dictionary } from "./dictionary.js";
export type { Lang } from "./lang.js";

export const DICTIONARIES: Readonly<Record<Lang, Dictionary>> = { en, zh };

export const dictionaryFor = (lang: Lang): Dictionary => DICTIONARIES[lang];
export {
  ARTICLE_LANG,
  claimIn,
  textIn,
  translationKey,
  translationsOf,
  withTranslations,
  TRANSLATED_LANGS,
  type TranslatedField,
  type TranslatedLang,
  type Translations
} from "./data-text.js";
export { hasChinese, inParens, punctuation } from "./punctuation.js";
export { foreignTag, rulesFor, type LangRules } from "./rules.js";
export { DEFAULT_LANG, langSuffix, withLang } from "./lang.js";
