// The catalog's prose in the page's language. Every English text field `x` has a curated `x_zh` (the schema
// requires one exactly when the English is there), so the Chinese edition reads the sibling and never mixes.
import type { Lang } from "./lang.js";

export function inLang<T extends string | null>(
  lang: Lang,
  english: T,
  chinese: string | null | undefined
): T | string {
  return lang === "zh" && chinese ? chinese : english;
}
