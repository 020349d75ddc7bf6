// Ranges for estimates (sources README): every estimate has low and high bounds, from its source or from its
// estimator's confidence category; nothing else has bounds; the tables carry them as columns.
import { describe, expect, test } from "vitest";
import { loadCatalog, readSources, validateCatalog } from "../../data-loaders/catalog.js";
import { confidenceRange, EPOCH_CONFIDENCE_FACTOR } from "../../data-loaders/ranges.js";
import { emergenceTable, releasesTable } from "../../data-loaders/tables.js";
import { FACT_FIELDS } from "../../data-loaders/rules.js";
import { toCsv } from "../../src/components/csv.js";
import { readFileSync } from "node:fs";
import { dictionaryFor } from "../../src/i18n/index.js";

const catalog = loadCatalog();
const problems = (edit: (sources: ReturnType<typeof readSources>) => void) => {
  const sources = structuredClone(readSources("tests/fixtures/catalog"));
  edit(sources);
  try {
    validateCatalog(sources, { asOf: "2026-11-28" });
    return "";
  } catch (error) {
    return String(error);
  }
};
type Fact = { status: string; value: number | null; low?: number; high?: number; confidence?: string };
const modelsOf = (sources: ReturnType<typeof readSources>) =>
  (sources as unknown as { models: Record<string, Fact & Record<string, unknown>>[] }).models;
const estimateIn = (sources: ReturnType<typeof readSources>) => {
  for (const model of modelsOf(sources))
    for (const field of FACT_FIELDS) {
      const fact = model[field] as Fact;
      if (fact.status === "estimate") return fact;
    }
  throw new Error("the fixture has no estimate");
};

describe("the schema holds every estimate to a range", () => {
  test("the fixture is valid as it is", () => {
    expect(problems(() => {})).toBe("");
  });
  test("an estimate without a range fails, naming the field", () => {
    expect(problems((s) => delete estimateIn(s).low)).toMatch(/\.low": an estimate needs its range: low and high/);
  });
  test("a range that does not contain the value fails", () => {
    expect(
      problems((s) => {
        const fact = estimateIn(s);
        fact.high = fact.value! / 2;
      })
    ).toMatch(/must contain the value/);
  });
  test("a range that disagrees with its confidence category fails", () => {
    expect(
      problems((s) => {
        const fact = estimateIn(s);
        fact.confidence = "Confident";
        fact.low = fact.value! / 10;
        fact.high = fact.value! * 10;
      })
    ).toMatch(/the range confidence "Confident" gives/);
  });
  test("a disclosed value with a range fails", () => {
    expect(
      problems((s) => {
        const fact = modelsOf(s)[0]!.parameters as Fact;
        fact.low = 1;
      })
    ).toMatch(/"parameters\.low": is only for status estimate/);
  });
});

describe("the live catalog", () => {
  const estimates = catalog.models.flatMap((m) =>
    FACT_FIELDS.filter((f) => m[f].status === "estimate").map((f) => ({ id: m.id, field: f, fact: m[f] }))
  );
  test("every estimate has a range around it, and only estimates have one", () => {
    expect(estimates.length).toBeGreaterThan(10);
    for (const { id, fact } of estimates) {
      expect(fact.low, id).toBeLessThanOrEqual(fact.value!);
      expect(fact.high, id).toBeGreaterThanOrEqual(fact.value!);
    }
    for (const m of catalog.models)
      for (const f of FACT_FIELDS) if (m[f].status !== "estimate") expect(m[f].low, `${m.id}.${f}`).toBeUndefined();
  });
  test("a range without a confidence category says in its note where it comes from", () => {
    const unexplained = estimates.filter(({ fact }) => !fact.confidence && !/Range/.test(fact.note ?? ""));
    expect(unexplained.map((e) => e.id)).toEqual([]);
  });
  test("Epoch AI's categories give a factor each way: GPT-2 XL's Speculative 1.92E+21 spans 6.4E+19 to 5.76E+22", () => {
    expect(EPOCH_CONFIDENCE_FACTOR).toEqual({ Confident: 3, Likely: 10, Speculative: 30 });
    const gpt2 = catalog.models.find((m) => m.id === "gpt-2-xl")!.training_compute;
    expect(gpt2).toMatchObject({ confidence: "Speculative" });
    expect(gpt2.low).toBeCloseTo(6.4e19, -13);
    expect(gpt2.high).toBeCloseTo(5.76e22, -16);
    expect(confidenceRange(3, "Confident")).toEqual({ low: 1, high: 9 });
  });
  test("a range the source states wins over the category (case 1): GPT-4's compute, Epoch's own 90% interval", () => {
    const gpt4 = catalog.models.find((m) => m.id === "gpt-4")!.training_compute;
    expect(gpt4.confidence).toBeUndefined();
    expect([gpt4.low, gpt4.value, gpt4.high]).toEqual([8.2e24, 2.1e25, 4.4e25]);
    expect(gpt4.note).toContain("Range from the source");
  });
  test("the factors applied are the ones the README, the Explore chart and the CSV's description state, as the notebook's rule", () => {
    // Epoch's own definition could not be read (README, case 2): every text that gives the factors says whose they are.
    const factors = Object.values(EPOCH_CONFIDENCE_FACTOR);
    const readme = readFileSync("data-loaders/sources/README.md", "utf8");
    expect(readme).toContain("**The factors are this project's stated rule, not Epoch's.**");
    for (const [category, factor] of Object.entries(EPOCH_CONFIDENCE_FACTOR))
      expect(readme).toContain(`\`${category}\` ÷${factor} to ×${factor}`);
    const en = dictionaryFor("en");
    const zh = dictionaryFor("zh");
    for (const text of [en.figures["explore-scatter"].caption, en.pages.data.tableDescription.releases]) {
      expect(text).toContain("a rule of the notebook, not bounds Epoch states");
      for (const factor of factors) expect(text).toContain(`÷${factor} to ×${factor}`);
    }
    for (const text of [zh.figures["explore-scatter"].caption, zh.pages.data.tableDescription.releases]) {
      expect(text).toContain("这是本笔记的规则，并非 Epoch 给出的上下限");
      for (const factor of factors) expect(text).toContain(`除以 ${factor} 至乘以 ${factor}`);
    }
  });
  test("Codex's range is the source's 'hundreds of petaflop/s-days' (200 to 900)", () => {
    const codex = catalog.models.find((m) => m.id === "codex-12b")!.training_compute;
    expect(codex.confidence).toBeUndefined();
    expect([codex.low, codex.high]).toEqual([200 * 8.64e19, 900 * 8.64e19]);
  });
});

describe("the tables and CSVs carry the bounds as columns", () => {
  const rows = releasesTable(catalog);
  test("releases: _low, _high and _confidence for every fact, null where there is no estimate", () => {
    const gpt4 = rows.find((r) => r.id === "gpt-4")!;
    expect(gpt4).toMatchObject({ training_compute_low: 8.2e24, training_compute_high: 4.4e25, parameters_low: null });
    const gpt2 = rows.find((r) => r.id === "gpt-2-xl")!;
    expect(gpt2).toMatchObject({ training_compute_confidence: "Speculative" });
    expect(gpt2.training_compute_low).toBeCloseTo(6.4e19, -13);
    const gpt3 = rows.find((r) => r.id === "gpt-3-175b")!;
    expect([gpt3.training_compute_low, gpt3.training_compute_high]).toEqual([null, null]);
  });
  test("the CSV of the releases table has the bound columns", () => {
    const header = toCsv(rows as unknown as Record<string, unknown>[]).split(/\r?\n/)[0]!;
    for (const column of [
      "training_compute_low",
      "training_compute_high",
      "training_compute_confidence",
      "active_parameters",
      "active_parameters_status",
      "mixture_of_experts",
      "period"
    ])
      expect(header.split(",")).toContain(column);
  });
  test("emergence: Wei et al.'s thresholds get the ungraded range, ÷10 to ×10", () => {
    for (const row of emergenceTable(catalog)) {
      if (row.threshold_flops === null) expect(row.threshold_flops_low).toBeNull();
      else {
        expect(row.threshold_flops_low).toBeCloseTo(row.threshold_flops / 10, -10);
        expect(row.threshold_flops_high! / row.threshold_flops).toBeCloseTo(10, 9);
      }
    }
  });
});
