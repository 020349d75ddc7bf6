// Punctuation in the page's language: Chinese text takes full-width marks (，：；（）。) with no spaces around them.
// Components build their joined strings from these, so no component decides for itself.
import type { Lang } from "./lang.js";

export const PUNCTUATION = {
  en: { colon: ": ", comma: ", ", list: "; ", enumeration: ", ", open: " (", close: ")", stop: ". " },
  zh: { colon: "：", comma: "，", list: "；", enumeration: "、", open: "（", close: "）", stop: "。" }
} as const satisfies Record<Lang, Record<string, string>>;

export const punctuation = (lang: Lang) => PUNCTUATION[lang];

/** " (text)" in English, "（text）" in Chinese. */
export const inParens = (text: string, lang: Lang) => `${PUNCTUATION[lang].open}${text}${PUNCTUATION[lang].close}`;

const HAN = /[\u3400-\u9fff]/;
/** Whether a text has Chinese characters in it (a Chinese title, a translation); otherwise it is quoted English. */
export const hasChinese = (text: string) => HAN.test(text);
