// The Capabilities page's symbols and its quotation of the article's last section. Its words are in the
// dictionaries (`capability`); the state symbols are the same in every language.
import type { Dictionary } from "./dictionary.js";
import { dictionaryFor } from "./index.js";
import type { Lang } from "./lang.js";

export const STATE_SYMBOL: Record<string, string> = { present: "●", weak: "◐", absent: "○", regressed: "↓" };

export type CapabilityWords = Dictionary["capability"];
export const capabilityWords = (lang: Lang): CapabilityWords => dictionaryFor(lang).capability;

/**
 * The article's last section, quoted verbatim (its punctuation as published), with an English rendering.
 * Source: the seed article. A quotation, not interface text: the punctuation test leaves it alone.
 */
export const LIMITATIONS = [
  {
    zh: "实时改写模型的信念:当模型表达对某事的信念时,如果该信念是错误的,我们可能很难纠正它。例子:ChatGPT 坚持认为 3599 是一个质数,尽管它承认 3599 = 59 * 61。",
    en: "Revising its beliefs on the fly: when the model states a belief that is wrong, it can be hard to correct. Example: ChatGPT insists that 3599 is a prime number, although it agrees that 3599 = 59 × 61."
  },
  {
    zh: "然而,模型信念的强度似乎存在不同的层次。一个例子是即使我告诉它达斯·维达(星球大战电影中的人物)赢得了2020年大选,模型依旧会认为美国现任总统是拜登。",
    en: "Yet its beliefs seem to have different strengths: told that Darth Vader (of Star Wars) won the 2020 election, the model still says the current US president is Biden."
  },
  {
    zh: "形式推理:GPT-3.5系列不能在数学或一阶逻辑等形式严格的系统中进行推理。",
    en: "Formal reasoning: the GPT-3.5 series cannot reason within strict formal systems such as mathematics or first-order logic."
  }
];
