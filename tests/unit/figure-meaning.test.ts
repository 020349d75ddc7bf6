// @vitest-environment jsdom
// What a snapshot cannot say: each figure, drawn from the story fixture, means the same thing in each language. Every
// registry figure has an entry here (a new figure without one fails), and every language is checked: Chinese counts
// in 亿/万亿 and powers of ten as ×10ⁿ (the lineage-on-scale chart once ticked "10B" in Chinese), English carries no
// Chinese outside the article's own quotations (marked lang="zh-Hans").
import { describe, expect, test } from "vitest";
import { FIGURES } from "../../src/figures/registry.js";
import type { Lang } from "../../src/figures/types.js";
import { storyData } from "../support/story-data.js";

const data = storyData();
const HAN = /\p{Script=Han}/u;
const draw = (id: string, lang: Lang) =>
  FIGURES.find((f) => f.id === id)!.draw(data as never, { width: 960, preset: "web", lang, state: {} });
const ticks = (drawing: Element) =>
  [...drawing.querySelectorAll('g[aria-label$="tick label"] text')].map((t) => t.textContent ?? "").filter(Boolean);
/** The drawing's visible words, less the article's own (Chinese) quotations and the tooltips. */
function words(drawing: Element): string {
  const copy = drawing.cloneNode(true) as Element;
  for (const quoted of copy.querySelectorAll('[lang^="zh"], title')) quoted.remove();
  return copy.textContent ?? "";
}

/** The interface's words (headers, captions, ticks, legends, the chart's label), not the catalog's prose. */
function interfaceWords(drawing: Element): string {
  const copy = drawing.cloneNode(true) as Element;
  for (const quoted of copy.querySelectorAll('[lang^="zh"]')) quoted.remove();
  const parts = copy.querySelectorAll('th, caption, g[aria-label$="tick label"] text, .svg-legend text');
  return [copy.getAttribute("aria-label") ?? "", ...[...parts].map((p) => p.textContent ?? "")].join(" | ");
}

/** Per figure and language: strings the drawing must show (ticks, labels, headers) in that language. */
const MUST_SHOW: Record<string, Record<Lang, { ticks?: string[]; text?: string[] }>> = {
  "article-table": { en: { text: ["Parameters", "GPT-3"] }, zh: { text: ["参数量", "GPT-3"] } },
  "parameters-by-date": { en: { ticks: ["1B", "100B", "1T"] }, zh: { ticks: ["10 亿", "1,000 亿", "1 万亿"] } },
  "compute-by-date": { en: { ticks: ["1e21", "1e23"] }, zh: { ticks: ["10²¹", "10²³"] } },
  "tokens-by-date": { en: { ticks: ["100B", "1T"] }, zh: { ticks: ["1,000 亿", "1 万亿"] } },
  "parameters-vs-tokens": { en: { ticks: ["10B"] }, zh: { ticks: ["100 亿"] } },
  "trend-fits": { en: { text: ["Doubling time"] }, zh: { text: ["翻倍时间"] } },
  "release-timeline": { en: { ticks: ["2020"], text: ["GPT-3"] }, zh: { ticks: ["2020"], text: ["GPT-3"] } },
  "gpt35-tree": { en: { text: ["text-davinci-002", "ChatGPT"] }, zh: { text: ["text-davinci-002", "ChatGPT"] } },
  "lineage-scale": { en: { ticks: ["10B"] }, zh: { ticks: ["100 亿"] } },
  "capability-matrix": { en: { ticks: ["In-context learning"] }, zh: { ticks: ["上下文学习"] } },
  "emergence-thresholds": { en: { text: ["MMLU Benchmark (30 topics)"] }, zh: { text: ["MMLU 基准（30 个主题）"] } },
  "ability-origins": { en: { text: ["Ability", "Origin"] }, zh: { text: ["能力", "由来"] } },
  "alignment-tax": { en: { ticks: ["↓ regressed"] }, zh: { ticks: ["↓ 退化"] } },
  limitations: { en: { text: [] }, zh: { text: [] } }
};

test("every figure of the registry has its assertions of meaning", () => {
  expect(Object.keys(MUST_SHOW).sort()).toEqual(FIGURES.map((f) => f.id).sort());
});

describe.each(FIGURES.map((f) => [f.id, f.kind] as const))("%s means the same in both languages", (id, kind) => {
  test("English: the expected words and ticks, no Chinese but the article's quotations", () => {
    const drawing = draw(id, "en");
    for (const tick of MUST_SHOW[id]!.en.ticks ?? []) expect(ticks(drawing)).toContain(tick);
    for (const text of MUST_SHOW[id]!.en.text ?? []) expect(words(drawing)).toContain(text);
    expect(interfaceWords(drawing)).not.toMatch(HAN);
  });

  test("Chinese: the expected words; counts in 亿/万亿 and powers as ×10ⁿ, never 10B or 1e23", () => {
    const drawing = draw(id, "zh");
    for (const tick of MUST_SHOW[id]!.zh.ticks ?? []) expect(ticks(drawing)).toContain(tick);
    for (const text of MUST_SHOW[id]!.zh.text ?? []) expect(words(drawing)).toContain(text);
    // Numeric ticks only: a model's name ("GPT-3 175B") is a name in every language.
    for (const tick of ticks(drawing).filter((t) => /^[\d.,\s]+\S*$/.test(t)))
      expect(tick).not.toMatch(/\d(\.\d+)?\s?[KMBT]$|\de[+-]?\d/);
    if (kind === "chart") expect(drawing.getAttribute("aria-label") ?? "").toMatch(HAN);
  });
});
