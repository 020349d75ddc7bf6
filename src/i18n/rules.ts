// What differs between the languages beyond their words: the script's traits that layout and markup follow. A
// component asks these rules instead of testing for a language, so a third language is one more entry here (and
// its dictionary), not a branch in every component.
import type { Lang } from "./lang.js";
import { hasChinese } from "./punctuation.js";

export interface LangRules {
  /** The language's name in English, for the build's messages ("has no Chinese translation"). */
  name: string;
  /** The language's own name for itself, as the language switch offers it ("English", "中文"). */
  endonym: string;
  /** BCP 47 tag for <html lang> and for text marked as this language. */
  tag: string;
  /** Square glyphs (Han): text is measured wider, and long labels break between characters. */
  wideGlyphs: boolean;
  /** The space between a word and what follows it (a unit, a mark): none in Chinese. */
  wordSpace: string;
  /** Readers read the Chinese source article's own words, so its quotations need no English rendering beside them. */
  readsTheArticle: boolean;
  /** Whether a text is written in this language's script (an English title in a Chinese page is not). */
  isWritten: (text: string) => boolean;
}

export const RULES: Readonly<Record<Lang, LangRules>> = {
  en: {
    name: "English",
    endonym: "English",
    tag: "en",
    wideGlyphs: false,
    wordSpace: " ",
    readsTheArticle: false,
    isWritten: (text) => !hasChinese(text)
  },
  zh: {
    name: "Chinese",
    endonym: "中文",
    tag: "zh-CN",
    wideGlyphs: true,
    wordSpace: "",
    readsTheArticle: true,
    isWritten: hasChinese
  }
};

export const rulesFor = (lang: Lang): LangRules => RULES[lang];

/**
 * The lang attribute a text needs inside a page in `lang`: null when it is written in the page's language, else the
 * tag of the language it is in (an English source title on a Chinese page is "en"; the article's Chinese on an
 * English page is "zh-Hans").
 */
export function foreignTag(text: string, lang: Lang): string | null {
  if (RULES[lang].isWritten(text)) return null;
  return hasChinese(text) ? "zh-Hans" : "en";
}
