// Bad input must fail with the file, the row, the field and the reason; nothing is silently dropped.
import { describe, expect, test } from "vitest";
import { mkdtempSync, writeFileSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findCycle, readSources, validateCatalog, type RawSources } from "../../data-loaders/catalog.js";
import { SourceError } from "../../data-loaders/validation.js";
import { syntheticSources } from "../../scripts/synthetic.js";

const FIXTURE = "tests/fixtures/catalog";
const TODAY = "2026-11-28";

type Rows = Record<string, any>[];
function fixture(): RawSources {
  return structuredClone(readSources(FIXTURE));
}
function problemsOf(raw: RawSources): string[] {
  try {
    validateCatalog(raw, { asOf: TODAY, folder: "sources" });
  } catch (error) {
    if (error instanceof SourceError) return error.problems;
    throw error;
  }
  return [];
}

test("the fixture is valid, and every row of it comes through", () => {
  const raw = fixture();
  const catalog = validateCatalog(raw, { asOf: TODAY });
  for (const [name, rows] of Object.entries(catalog))
    expect(rows.length, name).toBe((raw[name as keyof RawSources] as Rows).length);
});

test("the benchmark's synthetic catalog (the curated one copied, shifted and scaled) passes every rule", () => {
  // `npm run bench` validates it before timing anything: a copy that breaks a rule stops the benchmark.
  const curated = readSources();
  const raw = syntheticSources(curated, (curated.models as unknown[]).length * 8);
  expect(problemsOf(raw)).toEqual([]);
});

interface BadCase {
  kind: string;
  mutate: (raw: Record<keyof RawSources, Rows>) => void;
  /** Every one of these must appear in one message. */
  expected: (string | RegExp)[];
}

const models = (raw: Record<string, Rows>) => raw.models!;
const BAD_ROWS: BadCase[] = [
  {
    kind: "missing required field",
    mutate: (r) => delete models(r)[0]!.organization,
    expected: ["sources/models.json", 'row 1 ("base-model")', 'field "organization"']
  },
  {
    kind: "empty name",
    mutate: (r) => (models(r)[0]!.name = "  "),
    expected: ['row 1 ("base-model")', 'field "name"', "must not be empty"]
  },
  {
    kind: "unknown field (a typo)",
    mutate: (r) => (models(r)[1]!.paramters = 1),
    expected: ['row 2 ("tuned-model")', 'field "paramters"', "not a known field"]
  },
  {
    kind: "unknown nested field",
    mutate: (r) => (models(r)[0]!.parameters.unit = "B"),
    expected: ['field "parameters.unit"', "not a known field"]
  },
  { kind: "badly formed id", mutate: (r) => (models(r)[0]!.id = "GPT 3"), expected: ['field "id"', "lowercase"] },
  {
    kind: "duplicate model id",
    mutate: (r) => (models(r)[1]!.id = "base-model"),
    expected: ["sources/models.json", '"base-model" is used by more than one model']
  },
  {
    kind: "impossible date",
    mutate: (r) => (models(r)[0]!.release.date = "2020-02-30"),
    expected: ['field "release.date"', "not a real calendar date", '"2020-02-30"']
  },
  {
    kind: "date not ISO",
    mutate: (r) => (models(r)[0]!.release.date = "May 2020"),
    expected: ['field "release.date"', "YYYY-MM-DD"]
  },
  {
    kind: "date in the future",
    mutate: (r) => (models(r)[0]!.release.date = "2031-01-01"),
    expected: ['field "release.date"', "in the future"]
  },
  {
    kind: "month precision not on the first",
    mutate: (r) => (models(r)[1]!.release.date = "2022-03-15"),
    expected: ['field "release.date"', "first of the month"]
  },
  {
    kind: "negative parameter count",
    mutate: (r) => (models(r)[0]!.parameters.value = -175),
    expected: ['field "parameters.value"', "positive"]
  },
  {
    kind: "fractional parameter count",
    mutate: (r) => (models(r)[0]!.parameters.value = 1.5),
    expected: ['field "parameters.value"', "whole number"]
  },
  {
    kind: "number written as a string",
    mutate: (r) => (models(r)[0]!.training_tokens.value = "300B"),
    expected: ['field "training_tokens.value"', '"300B"']
  },
  {
    kind: "unknown data unit",
    mutate: (r) => (models(r)[0]!.training_data.unit = "GB"),
    expected: ['field "training_data.unit"', '"GB"']
  },
  {
    kind: "data size without a unit",
    mutate: (r) => (models(r)[0]!.training_data.unit = null),
    expected: ['field "training_data.unit"', "needs its unit"]
  },
  {
    kind: "unknown status",
    mutate: (r) => (models(r)[0]!.parameters.status = "rumoured"),
    expected: ['field "parameters.status"', '"rumoured"']
  },
  {
    kind: "undisclosed with a value (a guess)",
    mutate: (r) => (models(r)[1]!.parameters.value = 175e9),
    expected: ['row 2 ("tuned-model")', 'field "parameters.value"', "must be null when the status is undisclosed"]
  },
  {
    kind: "disclosed without a value",
    mutate: (r) => (models(r)[0]!.training_compute.value = null),
    expected: ['field "training_compute.value"', 'use "undisclosed"']
  },
  {
    kind: "estimate without whose",
    mutate: (r) => delete models(r)[1]!.training_compute.estimated_by,
    expected: ['field "training_compute.estimated_by"', "whose estimate"]
  },
  {
    kind: "unknown branch",
    mutate: (r) => (models(r)[0]!.branch = "decoder"),
    expected: ['field "branch"', '"decoder"']
  },
  {
    kind: "branch other without a note",
    mutate: (r) => (models(r)[2]!.branch_note = null),
    expected: ['row 3 ("other-model")', 'field "branch_note"', "explain"]
  },
  {
    kind: "unknown access",
    mutate: (r) => (models(r)[0]!.access.value = "open"),
    expected: ['field "access.value"', '"open"']
  },
  {
    kind: "source not in the bibliography",
    mutate: (r) => (models(r)[0]!.parameters.source = "nowhere"),
    expected: ['field "parameters.source"', '"nowhere" is not a known source']
  },
  {
    kind: "bibliography URL not a URL",
    mutate: (r) => (r.bibliography![0]!.url = "example.org"),
    expected: ["sources/bibliography.json", 'row 1 ("paper-a")', 'field "url"']
  },
  {
    kind: "duplicate source id",
    mutate: (r) => (r.bibliography![1]!.id = "paper-a"),
    expected: ["sources/bibliography.json", '"paper-a" is used by more than one source']
  },
  {
    kind: "lineage names an unknown model",
    mutate: (r) => (r.lineage![0]!.parent = "gpt-5"),
    expected: ["sources/lineage.json", "row 1", 'field "parent"', '"gpt-5" is not a known model id']
  },
  {
    kind: "lineage with an unknown method",
    mutate: (r) => (r.lineage![0]!.method = "magic"),
    expected: ["sources/lineage.json", 'field "method"', '"magic"']
  },
  {
    kind: "lineage self-edge",
    mutate: (r) => (r.lineage![0]!.child = "base-model"),
    expected: ['field "child"', "its own parent"]
  },
  {
    kind: "lineage child before parent",
    mutate: (r) =>
      r.lineage!.push({
        parent: "tuned-model",
        child: "other-model",
        method: "successor",
        evidence: "inferred",
        source: "blog-b"
      }),
    expected: ["sources/lineage.json", "row 3", "dated before its parent"]
  },
  {
    kind: "lineage cycle",
    mutate: (r) => {
      r.lineage!.push({
        parent: "tuned-model",
        child: "base-model",
        method: "successor",
        evidence: "inferred",
        source: "blog-b"
      });
    },
    expected: ["sources/lineage.json", "cycle", "base-model → tuned-model → base-model"]
  },
  {
    kind: "duplicate lineage edge",
    mutate: (r) => r.lineage!.push({ ...r.lineage![0]! }),
    expected: ["base-model → tuned-model is listed more than once"]
  },
  {
    kind: "capability with an unknown ability",
    mutate: (r) => (r.capabilities![0]!.ability = "telepathy"),
    expected: ["sources/capabilities.json", 'row 1 ("base-model")', 'field "ability"', '"telepathy"']
  },
  {
    kind: "capability with an unknown state",
    mutate: (r) => (r.capabilities![0]!.state = "great"),
    expected: ['field "state"', '"great"']
  },
  {
    kind: "absent capability with a stage",
    mutate: (r) => (r.capabilities![3]!.stage = "RLHF"),
    expected: ['row 4 ("base-model")', 'field "stage"', "must be null when the ability is absent"]
  },
  {
    kind: "present capability without a stage",
    mutate: (r) => (r.capabilities![0]!.stage = null),
    expected: ['field "stage"', "must name the stage"]
  },
  {
    kind: "capability without evidence",
    mutate: (r) => (r.capabilities![0]!.claim = ""),
    expected: ['field "claim"', "must not be empty"]
  },
  {
    kind: "a claim from an English source without its Chinese translation",
    mutate: (r) => delete r.capabilities![1]!.claim_zh,
    expected: ['row 2 ("tuned-model")', 'field "claim_zh"', '"claim" has no Chinese translation']
  },
  {
    kind: "the article's own words and a Chinese translation of them too",
    mutate: (r) => (r.capabilities![0]!.claim_zh = "译文"),
    expected: ['row 1 ("base-model")', 'field "claim_zh"', "the article's own words (article_text) stand for it"]
  },
  {
    kind: "duplicate capability cell",
    mutate: (r) => r.capabilities!.push({ ...r.capabilities![0]! }),
    expected: ["base-model × in-context-learning is listed more than once"]
  },
  {
    kind: "emergence with an unknown family",
    mutate: (r) => (r.emergence![0]!.family = "Nonesuch"),
    expected: ["sources/emergence.json", "row 1", 'field "family"', '"Nonesuch" is not a known model family']
  },
  {
    kind: "emergence model of another family",
    mutate: (r) => (r.emergence![0]!.family = "Tuned"),
    expected: ['field "family"', "is not the family of base-model"]
  },
  {
    kind: "emergence with an unknown prompting",
    mutate: (r) => (r.emergence![0]!.prompting = "zero-shot"),
    expected: ['field "prompting"', '"zero-shot"']
  },
  {
    kind: "emergence gap without a note",
    mutate: (r) => (r.emergence![1]!.note = null),
    expected: ["row 2", 'field "note"', "explain a missing threshold"]
  },
  {
    kind: "article month badly formed",
    mutate: (r) => (r.article![0]!.article_month = "2020-13"),
    expected: ["sources/article-table.json", 'field "article_month"', "YYYY-MM"]
  },
  {
    kind: "milestone dated off its model's release",
    mutate: (r) => (r.milestones![0]!.date = "2020-06-01"),
    expected: ["sources/milestones.json", "row 1", 'field "date"', "not the release date of base-model"]
  },
  {
    kind: "file is not an array",
    mutate: (r) => ((r as Record<string, unknown>).abilities = { id: "x" }),
    expected: ["sources/abilities.json", "must be a JSON array"]
  }
];

describe("each kind of bad row is reported with file, row, field and reason", () => {
  test(`there are at least 20 kinds (${BAD_ROWS.length})`, () => expect(BAD_ROWS.length).toBeGreaterThanOrEqual(20));
  test.each(BAD_ROWS)("$kind", ({ mutate, expected }) => {
    const raw = fixture() as unknown as Record<keyof RawSources, Rows>;
    mutate(raw);
    const problems = problemsOf(raw as unknown as RawSources);
    expect(problems.length, "the bad row must fail validation").toBeGreaterThan(0);
    const match = problems.find((problem) =>
      expected.every((part) => (typeof part === "string" ? problem.includes(part) : part.test(problem)))
    );
    expect(
      match,
      `no message has all of ${JSON.stringify(expected.map(String))}:\n${problems.join("\n")}`
    ).toBeDefined();
  });
});

test("all problems of a file are reported at once, not only the first", () => {
  const raw = fixture() as unknown as Record<keyof RawSources, Rows>;
  raw.models[0]!.name = "";
  raw.models[2]!.release.date = "2021-02-29";
  raw.capabilities[1]!.model = "ghost";
  const problems = problemsOf(raw as unknown as RawSources);
  // four: the impossible date is also not the first of its month (precision "month").
  expect(problems).toHaveLength(4);
  expect(problems.join("\n")).toMatch(/row 1 .*"name"[\s\S]*row 3 .*"release\.date"[\s\S]*"ghost"/);
});

test("a file that is not JSON fails with its path and the parser's reason", () => {
  const dir = mkdtempSync(join(tmpdir(), "catalog-"));
  cpSync(FIXTURE, dir, { recursive: true });
  writeFileSync(join(dir, "lineage.json"), '[{"parent": "base-model",}]');
  expect(() => readSources(dir)).toThrow(/lineage\.json: is not valid JSON/);
});

test("a missing file fails with its path", () => {
  const dir = mkdtempSync(join(tmpdir(), "catalog-"));
  cpSync(FIXTURE, dir, { recursive: true });
  writeFileSync(join(dir, "models.json"), "[]");
  expect(() => readSources(join(dir, "nope"))).toThrow(/models\.json: cannot be read \(ENOENT\)/);
});

test("findCycle finds a cycle and accepts a tree", () => {
  expect(
    findCycle([
      { parent: "a", child: "b" },
      { parent: "b", child: "c" },
      { parent: "a", child: "c" }
    ])
  ).toBeNull();
  expect(
    findCycle([
      { parent: "a", child: "b" },
      { parent: "b", child: "c" },
      { parent: "c", child: "a" }
    ])
  ).toEqual(["a", "b", "c", "a"]);
});
