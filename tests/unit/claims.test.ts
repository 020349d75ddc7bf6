// The claims ledger: its schema and cross-checks on a fixture, the paragraph split on a small text of our own, and,
// when the seed article is on this machine (../shared/seed beside the repository), coverage of every paragraph.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { loadCatalog, readSources, validateCatalog, type RawSources } from "../../data-loaders/catalog.js";
import { articleParagraphs, articleStructure, claimsTable, isClaimBearing } from "../../data-loaders/claims.js";
import { SourceError } from "../../data-loaders/validation.js";

const REPO = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const SEED = join(REPO, "..", "shared", "seed", "000_d349ec70e172aabe.txt");

type Rows = Record<string, any>[];
function problemsAfter(mutate: (claims: Rows) => void): string[] {
  const raw = structuredClone(readSources("tests/fixtures/catalog")) as unknown as Record<keyof RawSources, Rows>;
  mutate(raw.claims);
  try {
    validateCatalog(raw as unknown as RawSources, { asOf: "2026-11-28", folder: "sources" });
  } catch (error) {
    if (error instanceof SourceError) return error.problems;
    throw error;
  }
  return [];
}

describe("claims are validated like every table", () => {
  test("the fixture's two claims pass", () => expect(problemsAfter(() => {})).toEqual([]));
  test.each([
    [
      "a correction without the corrected value",
      (c: Rows) => (c[0]!.corrected_value = null),
      /claims\.json, row 1 \("c001"\), field "corrected_value": must state the correction/
    ],
    [
      "a corrected value on a confirmed claim",
      (c: Rows) => (c[0]!.verdict = "confirmed"),
      /field "corrected_value": is only for the verdict "corrected"/
    ],
    [
      "a fact judged as interpretation",
      (c: Rows) => Object.assign(c[0]!, { verdict: "interpretation", corrected_value: null }),
      /field "verdict": can be "interpretation" only/
    ],
    [
      "an unverifiable claim without a note",
      (c: Rows) => Object.assign(c[1]!, { verdict: "unverifiable", kind: "fact" }),
      /row 2 \("c002"\), field "note": must say why/
    ],
    ["an unknown verdict", (c: Rows) => (c[1]!.verdict = "false"), /field "verdict"/],
    [
      "a source not in the bibliography",
      (c: Rows) => (c[1]!.source = "nowhere"),
      /row 2 \("c002"\), field "source": "nowhere" is not a known source/
    ],
    [
      "a page that does not exist",
      (c: Rows) => (c[1]!.shown_in = "/nowhere"),
      /field "shown_in": "\/nowhere" is not a page of the site/
    ],
    [
      "a figure the registry does not have",
      (c: Rows) => (c[0]!.shown_in = "/scaling#no-such-chart"),
      /"no-such-chart" is not a figure of the registry/
    ],
    ["a duplicate id", (c: Rows) => (c[1]!.id = "c001"), /the id "c001" is used by more than one claim/],
    ["paragraph zero", (c: Rows) => (c[1]!.paragraph = 0), /field "paragraph": must be a 1-based/]
  ])("%s", (_kind, mutate, expected) => {
    const problems = problemsAfter(mutate);
    expect(
      problems.some((p) => expected.test(p)),
      problems.join("\n")
    ).toBe(true);
  });
});

describe("the paragraph split", () => {
  const text =
    "标题\r\n\r\n第一段。\n还是第一段。\n\n  \n第二段:\n\n• 要点一\n    • 要点二\n\nfrom:-作者-\n\n站点的其他文字。";
  test("splits on blank lines, keeps a paragraph's own line breaks, stops at the sign-off", () => {
    expect(articleParagraphs(text)).toEqual(["标题", "第一段。\n还是第一段。", "第二段:", "• 要点一\n    • 要点二"]);
  });
  test("headings, short lead-ins, bare links and lone questions carry no claim", () => {
    expect(isClaimBearing("总结")).toBe(false);
    expect(isClaimBearing("各GPT的模型大小:")).toBe(false);
    expect(isClaimBearing("[论文:Evaluating Large Language Models Trained on Code]")).toBe(false);
    expect(isClaimBearing("参考[InstructionGPT]")).toBe(false);
    expect(isClaimBearing("它强大的涌现能力到底从何而来?")).toBe(false);
    expect(isClaimBearing("WebGPT 论文发表于2021年12月,让 GPT 调用了搜索引擎。")).toBe(true);
  });
});

describe.skipIf(!existsSync(SEED))("the ledger covers the seed article", () => {
  const structure = existsSync(SEED) ? articleStructure(readFileSync(SEED, "utf8")) : [];
  const claims = loadCatalog().claims;
  test("the split finds the article's 78 paragraphs, the title first and the GPT-3.5 limits last", () => {
    expect(structure).toHaveLength(78);
    expect(structure[0]!.text).toBe("GPT的前世今生:从gpt1到chatgpt的能力提升");
    expect(structure.at(-1)!.section).toBe("GPT-3.5 目前不能做什么");
  });
  test("every claim quotes its paragraph verbatim and names that paragraph's section", () => {
    for (const claim of claims) {
      const paragraph = structure[claim.paragraph - 1];
      expect(paragraph, `${claim.id}: no paragraph ${claim.paragraph}`).toBeDefined();
      expect(
        paragraph!.text.includes(claim.article_text),
        `${claim.id} is not verbatim in paragraph ${claim.paragraph}`
      ).toBe(true);
      expect(claim.section, claim.id).toBe(paragraph!.section);
    }
  });
  test("every paragraph that makes a claim has at least one row", () => {
    const covered = new Set(claims.map((c) => c.paragraph));
    const missing = structure
      .filter((p) => p.claimBearing && !covered.has(p.paragraph))
      .map((p) => `${p.paragraph}: ${p.text.slice(0, 40)}`);
    expect(missing).toEqual([]);
    expect(structure.filter((p) => p.claimBearing).length).toBeGreaterThan(35);
  });
  test("the claims the issue names are in the ledger, with their corrections", () => {
    const quoting = (zh: string) => claims.filter((c) => c.article_text.includes(zh));
    expect(quoting("0.4%")[0]).toMatchObject({
      verdict: "corrected",
      corrected_value: expect.stringMatching(/0\.2% for Flan-PaLM 540B/)
    });
    expect(quoting("3000 亿单词")[0]).toMatchObject({
      verdict: "corrected",
      corrected_value: expect.stringMatching(/tokens/)
    });
    expect(quoting("77K")[0]!.note).toMatch(/13K .* 33K .* 31K/);
    expect(quoting("T5 这样的小模型")).toHaveLength(1);
    expect(quoting("开放了GPT-3的接口")).toHaveLength(1);
    expect(quoting("可预测扩展")).toHaveLength(1);
    expect(quoting("超越缩放法则")).toHaveLength(1);
  });
});

test("the claims table keeps every row in the article's order, each with its source's URL", () => {
  const catalog = loadCatalog();
  const rows = claimsTable(catalog);
  expect(rows).toHaveLength(catalog.claims.length);
  expect(rows.map((r) => r.paragraph)).toEqual([...rows.map((r) => r.paragraph)].sort((a, b) => a - b));
  for (const row of rows) expect(row.source_url, row.id).toMatch(/^https?:/);
  const corrected = rows.filter((r) => r.verdict === "corrected");
  expect(corrected.length).toBeGreaterThanOrEqual(7);
});
