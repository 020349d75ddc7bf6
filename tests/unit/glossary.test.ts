// Every Chinese text of the notebook against the glossary (data-loaders/sources/glossary.ts) and the house style
// (data-loaders/zh-lint.ts): the Chinese dictionary (each function called with sample arguments), the talk's text
// wherever it lives, the figure registry's Chinese strings, and every *_zh field of the catalog. A finding names the
// file, the field and the variant. The article's verbatim quotations (article_text) are its own words and are not read.
import { describe, expect, test } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { zh } from "../../src/i18n/zh.js";
import { GLOSSARY } from "../../data-loaders/sources/glossary.js";
import { formatFinding, lintChinese, titlesToFind } from "../../data-loaders/zh-lint.js";

const REPO = join(import.meta.dirname, "..", "..");
const SOURCES = join(REPO, "data-loaders", "sources");
const readJson = (file: string): unknown => JSON.parse(readFileSync(join(SOURCES, file), "utf8"));

/** Every string of a tree with its dotted path; a function is called with sample arguments and its text read. */
export function textsOf(tree: unknown, path: string): [string, string][] {
  if (typeof tree === "string") return [[path, tree]];
  if (typeof tree === "function") {
    const samples = Array.from({ length: tree.length }, (_, i) => (i === 0 ? "GPT-3" : "2"));
    return textsOf((tree as (...args: unknown[]) => unknown)(...samples), path);
  }
  if (tree !== null && typeof tree === "object")
    return Object.entries(tree).flatMap(([key, value]) => textsOf(value, path ? `${path}.${key}` : key));
  return [];
}

/** The catalog's Chinese fields: [file and JSON path, text]; the article's quotations (article_text) apart. */
function catalogTexts(): { fields: [string, string][]; articleQuotes: string[] } {
  const fields: [string, string][] = [];
  const articleQuotes: string[] = [];
  const walk = (value: unknown, path: string, file: string) => {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`, file));
    else if (value !== null && typeof value === "object") {
      const id = (value as { id?: unknown; model?: unknown }).id ?? (value as { model?: unknown }).model;
      const label = typeof id === "string" && path.endsWith("]") ? `${path} (${id})` : path;
      for (const [key, item] of Object.entries(value)) {
        if (key === "article_text" && typeof item === "string") articleQuotes.push(item);
        else if (key.endsWith("_zh") && typeof item === "string") fields.push([`${file} ${label}.${key}`, item]);
        else walk(item, `${label}.${key}`, file);
      }
    }
  };
  for (const file of readdirSync(SOURCES)
    .filter((name) => name.endsWith(".json"))
    .sort())
    walk(readJson(file), "", `data-loaders/sources/${file}`);
  return { fields, articleQuotes };
}

/** The Chinese string literals of a source file that is not a dictionary (the figure registry), by line. */
function chineseLiterals(file: string): [string, string][] {
  const source = readFileSync(join(REPO, file), "utf8");
  const literals: [string, string][] = [];
  for (const m of source.matchAll(/"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)) {
    const text = m[1] ?? (m[2] ?? "").replace(/\$\{[^}]*\}/g, "X");
    if (!/[\u3400-\u9fff]/.test(text)) continue;
    const line = source.slice(0, m.index).split("\n").length;
    literals.push([`${file} line ${line}`, text.replace(/\\"/g, '"')]);
  }
  return literals;
}

const { fields, articleQuotes } = catalogTexts();
const bibliography = readJson("bibliography.json") as { title: string }[];
const options = {
  articleText: articleQuotes.join("\n"),
  titles: [...titlesToFind(bibliography.map((source) => source.title)), "Introducing ChatGPT"]
};
const lint = (texts: [string, string][]) => texts.flatMap(([where, text]) => lintChinese(text, where, options));

describe("the Chinese text follows the glossary and the house style", () => {
  test("the catalog's *_zh fields", () => {
    expect(fields.length).toBeGreaterThan(600);
    expect(lint(fields).map(formatFinding)).toEqual([]);
  });

  // The dictionary holds every interface word, the talk's and the figures' included; the registry and the stories'
  // renderer are scanned too, so that no Chinese written inline escapes the glossary (the talk's slides are the story
  // stories/gpt-history.zh.md, checked in tests/unit/stories.test.ts).
  const dictionary = textsOf(zh, "").map(([path, text]): [string, string] => [`src/i18n/zh.ts ${path}`, text]);
  const inline = () => [...chineseLiterals("src/figures/registry.ts"), ...chineseLiterals("src/stories/render.ts")];
  test("the Chinese dictionary (the talk's and the figures' words among them) and any inline Chinese", () => {
    expect(dictionary.length).toBeGreaterThan(300);
    expect(lint([...dictionary, ...inline()]).map(formatFinding)).toEqual([]);
  });
});

describe("the scanner", () => {
  const findings = (text: string) => lintChinese(text, "sample", options).map((f) => f.variant);

  test("finds each kind of departure, and names the file, the field and the variant", () => {
    expect(findings("训练算力为 3.14e23 FLOPs（Brown et al. 2020）")).toEqual(
      expect.arrayContaining(["训练算力", "算力", "FLOPs", "et al.", "3.14e23"])
    );
    expect(findings("表 D.1：2.60E+00 petaflop/s-days")).toEqual(["2.60E+00"]);
    expect(findings("文章称这一下降'very likely'发生")).toEqual(expect.arrayContaining(["文章", "'very likely'"]));
    expect(findings("6 x 2.49T x 137B，SFT -> davinci-instruct-beta，120 亿参数 ... 演变")).toEqual(
      expect.arrayContaining(["x", "->", "..."])
    );
    expect(findings("GPT-4 Technical Report 以思维链提示评估 GPT-4")).toContain("GPT-4 Technical Report");
    expect(findings("博客文章“Introducing ChatGPT”")).toContain("Introducing ChatGPT");
    expect(findings("据符尧等为 2022 年 5-6 月")).toContain("5-6 月");
    expect(findings("这是 fu2022 的推断（fu2022）")).toEqual(["fu2022"]);
    const [finding] = lintChinese("模型卡片", "data-loaders/sources/models.json [3].notes_zh", options);
    expect(formatFinding(finding!)).toBe(
      "data-loaders/sources/models.json [3].notes_zh: glossary: model card → 模型卡: “模型卡片” in “模型卡片”"
    );
  });

  test("leaves quoted English originals, titles in 《》 and the article's own quotations alone", () => {
    expect(findings("（“~4.30E+23 FLOPs of compute”）")).toEqual([]);
    expect(findings("《GPT-4 技术报告》和《Language Models are Few-Shot Learners》")).toEqual([]);
    expect(findings("原文：“能力很弱甚至没有”")).toEqual([]);
    expect(findings("原文称其为“指令遵循”")).toEqual(["指令遵循"]);
  });

  test("the glossary has one rendering per term and no rendering is another term's variant", () => {
    const renderings = GLOSSARY.map((term) => term.zh);
    expect(new Set(GLOSSARY.map((term) => term.term)).size).toBe(GLOSSARY.length);
    for (const term of GLOSSARY)
      for (const variant of term.variants) expect(renderings.filter((zh) => zh.includes(variant))).toEqual([]);
  });
});
