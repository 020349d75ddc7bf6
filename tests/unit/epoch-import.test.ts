// The Epoch AI importer: columns mapped by name, every row accounted for, curated models never duplicated.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { loadCatalog } from "../../data-loaders/catalog.js";
import {
  EPOCH_ALIASES,
  EPOCH_COLUMNS,
  EPOCH_WORDS_PER_TOKEN,
  OPTIONAL_FIELDS,
  SKIP_REASONS,
  type CatalogLike,
  type EpochImport,
  type EpochRow,
  findEpochCsv,
  importEpoch,
  isLanguage,
  loadEpoch,
  normalizeName,
  parseEpochCsv,
  parseEpochDate,
  parseEpochNumber
} from "../../data-loaders/epoch/index.js";
import { SourceError } from "../../data-loaders/validation.js";

const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
const FIXTURES = join(REPO_ROOT, "tests/fixtures/epoch");
const SHARED_COPY = resolve(REPO_ROOT, "../shared/data/epoch/all_ml_systems.csv");
const fixture = (name: string) => readFileSync(join(FIXTURES, name), "utf8");

/** A small catalog in the shape the importer needs, so these tests do not move when the curated catalog does. */
const catalogModel = (
  id: string,
  name: string,
  parameters: number | null,
  compute: number | null,
  api_name?: string
) => ({
  id,
  name,
  api_name,
  family: "test",
  organization: "test",
  release: { date: "2020-01-01" },
  parameters: { value: parameters },
  training_compute: { value: compute }
});
const CATALOG: CatalogLike = {
  models: [
    catalogModel("gpt-3-175b", "GPT-3 175B", 175e9, 3.14e23, "davinci"),
    catalogModel("gpt-3-xl", "GPT-3 XL", 1.3e9, 2.38e21, "babbage"),
    catalogModel("bert-large", "BERT Large", 340e6, 2.85e20),
    catalogModel("chatgpt", "ChatGPT", null, null, "gpt-3.5-turbo")
  ]
};

/** Throws the SourceError's problems, or fails. */
function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SourceError);
    return (error as SourceError).problems;
  }
  throw new Error("expected a SourceError");
}

const row = (fields: Partial<EpochRow> & { name: string }): EpochRow => ({
  row: 2,
  domain: "Language",
  organization: "Lab",
  publication_date: "2022-01-01",
  parameters: null,
  training_compute: null,
  dataset_size: null,
  dataset_size_notes: null,
  confidence: "Likely",
  base_model: null,
  link: null,
  reference: null,
  malformed: [],
  ...fields
});

const expectAccounted = (result: EpochImport) => {
  const { counts } = result;
  expect(counts.imported + counts.matched + counts.skipped).toBe(counts.read);
  expect(Object.values(result.skipped).reduce((a, b) => a + b, 0)).toBe(counts.skipped);
  expect(
    new Set([
      ...result.models.map((m) => m.row),
      ...result.matched.map((m) => m.row),
      ...result.skippedRows.map((s) => s.row)
    ]).size
  ).toBe(counts.read);
};

describe("parseEpochCsv: columns", () => {
  test("maps the current header by name and reports the names used", () => {
    const parsed = parseEpochCsv(fixture("all.csv"), "all.csv");
    expect(parsed.columns).toMatchObject({
      name: "Model",
      dataset_size: "Training dataset size (datapoints)",
      dataset_size_notes: "Dataset size notes",
      base_model: "Base model",
      link: "Link"
    });
    expect(parsed.rows).toHaveLength(16);
    expect(parsed.ignored).toEqual(["Task", "Authors", "Parameters notes", "Country (of organization)"]);
  });

  test("accepts the old names (System, Training dataset size (total)) and ignores unknown extra columns", () => {
    const parsed = parseEpochCsv(fixture("old-columns.csv"), "old-columns.csv");
    expect(parsed.columns.name).toBe("System");
    expect(parsed.columns.dataset_size).toBe("Training dataset size (total)");
    expect(parsed.columns.base_model).toBeNull();
    expect(parsed.ignored).toEqual(["Frontier model", "Notability criteria"]);
    expect(parsed.rows.map((r) => r.name)).toEqual(["GPT-3 175B (davinci)", "Old Style LM", "Old Vision Net"]);
    expect(parsed.rows[1]).toMatchObject({
      parameters: 1.5e9,
      training_compute: 2e21,
      dataset_size: 30e9,
      base_model: null,
      row: 3
    });
    expect(parsed.problems).toEqual([]);
  });

  test("the first accepted name wins when a file has both", () => {
    const parsed = parseEpochCsv(
      "System,Model,Domain,Organization,Publication date,Parameters,Training compute (FLOP),Training dataset size (datapoints),Confidence\nold,new,Language,Lab,2022-01-01,,,,Likely\n",
      "both.csv"
    );
    expect(parsed.columns.name).toBe("Model");
    expect(parsed.rows[0]?.name).toBe("new");
    expect(parsed.ignored).toEqual(["System"]);
  });

  test("every field lists its accepted names; required columns are all but the optional ones", () => {
    expect(EPOCH_COLUMNS.name).toEqual(["Model", "System"]);
    expect(EPOCH_COLUMNS.dataset_size).toEqual(["Training dataset size (datapoints)", "Training dataset size (total)"]);
    expect(OPTIONAL_FIELDS).toContain("base_model");
    expect(OPTIONAL_FIELDS).not.toContain("parameters");
  });

  test("missing required columns: one message each, naming the file, the column and the accepted names", () => {
    const problems = problemsOf(() => parseEpochCsv(fixture("missing-column.csv"), "missing-column.csv"));
    expect(problems).toEqual([
      'missing-column.csv: missing required column "Parameters" (accepted names: "Parameters")',
      'missing-column.csv: missing required column "Confidence" (accepted names: "Confidence")'
    ]);
  });

  test("a missing column with aliases lists them all", () => {
    const header = "Domain,Organization,Publication date,Parameters,Training compute (FLOP),Confidence\n";
    const problems = problemsOf(() => parseEpochCsv(header, "all.csv"));
    expect(problems).toEqual([
      'all.csv: missing required column "Model" (accepted names: "Model", "System")',
      'all.csv: missing required column "Training dataset size (datapoints)" (accepted names: "Training dataset size (datapoints)", "Training dataset size (total)")'
    ]);
  });

  test("an empty file, a blank file, a file that is not CSV: a SourceError naming the file and the reason", () => {
    expect(problemsOf(() => parseEpochCsv(fixture("empty.csv"), "empty.csv"))).toEqual([
      expect.stringMatching(/^empty\.csv: is empty/)
    ]);
    expect(problemsOf(() => parseEpochCsv(" \n\n", "blank.csv"))).toEqual([
      expect.stringMatching(/^blank\.csv: is empty/)
    ]);
    expect(problemsOf(() => parseEpochCsv('{"models": []}\n', "models.json"))).toEqual([
      expect.stringMatching(/^models\.json: has no header row with Epoch AI's columns/)
    ]);
    expect(problemsOf(() => parseEpochCsv("PK\u0003\u0004\0\0binary", "sheet.xlsx"))).toEqual([
      expect.stringMatching(/^sheet\.xlsx: is not a CSV text file/)
    ]);
  });

  test("a header-only file parses to no rows", () => {
    const parsed = parseEpochCsv(
      fixture("missing-column.csv").split("\n")[0]!.replace("Model", "Model,Parameters,Confidence") + "\n",
      "h.csv"
    );
    expect(parsed.rows).toEqual([]);
  });

  test("multi-line quoted fields stay in one row; row numbers count records, not lines", () => {
    const parsed = parseEpochCsv(fixture("all.csv"), "all.csv");
    const magic = parsed.rows.find((r) => r.name === "Magic LM 7B")!;
    expect(magic.row).toBe(3);
    expect(magic.dataset_size_notes).toContain("\n\nWe multiply this by 0.75 to give 750B words.\nSecond paragraph");
    expect(magic.dataset_size_notes).toContain('with a comma, and "quotes".');
    // The row after two multi-line fields is still numbered by record.
    expect(parsed.rows.find((r) => r.name === "No Params LM")?.row).toBe(6);
    expect(parsed.rows.find((r) => r.name === "Chatty Vision 12B")?.link).toBe("https://example.org/chatty");
  });

  test("numbers: Epoch's floats, empty is unknown, text is malformed", () => {
    expect(parseEpochNumber("175000000000.0")).toBe(175e9);
    expect(parseEpochNumber("2.1e+25")).toBe(2.1e25);
    expect(parseEpochNumber("2.4999999999999997e+24")).toBe(2.4999999999999997e24);
    expect(parseEpochNumber(" ")).toBeNull();
    expect(parseEpochNumber(undefined)).toBeNull();
    expect(parseEpochNumber("0.0")).toBe(0);
    for (const bad of ["about 7B", "1,000", "-5", "7B", "NaN", "Infinity", "1e"])
      expect(parseEpochNumber(bad), bad).toBe("malformed");
  });

  test("a malformed number is reported with its row and column, and the row is kept for the importer to skip", () => {
    const parsed = parseEpochCsv(fixture("all.csv"), "all.csv");
    expect(parsed.problems).toEqual([
      'all.csv, row 7 ("Broken Numbers LM"): malformed number in "Parameters": "about 7B" (row counts CSV records, the header is row 1)'
    ]);
    expect(parsed.rows.find((r) => r.row === 7)).toMatchObject({
      name: "Broken Numbers LM",
      parameters: null,
      malformed: ["Parameters"]
    });
  });
});

describe("importEpoch", () => {
  const parsed = parseEpochCsv(fixture("all.csv"), "all.csv");
  const result = importEpoch(parsed.rows, CATALOG);
  const imported = (name: string) => result.models.filter((m) => m.name === name);

  test("every row is imported, matched or skipped with a reason, exactly once", () => {
    expect(result.counts).toEqual({ read: 16, language: 13, imported: 7, matched: 2, skipped: 7 });
    expectAccounted(result);
  });

  test("skip reasons are counted, and each skipped row is listed with its reason", () => {
    expect(result.skipped).toEqual({
      [SKIP_REASONS.notLanguage]: 3,
      "malformed number in Parameters": 1,
      [SKIP_REASONS.noDate]: 1,
      [SKIP_REASONS.badDate]: 1,
      [SKIP_REASONS.duplicate]: 1
    });
    expect(result.skippedRows).toEqual([
      { row: 4, name: "ImageNet Classifier X", reason: SKIP_REASONS.notLanguage },
      { row: 7, name: "Broken Numbers LM", reason: "malformed number in Parameters" },
      { row: 10, name: "Undated LM", reason: SKIP_REASONS.noDate },
      { row: 11, name: "Bad Date LM", reason: SKIP_REASONS.badDate },
      { row: 13, name: "Protein LM", reason: SKIP_REASONS.notLanguage },
      { row: 15, name: "Magic LM 7B", reason: SKIP_REASONS.duplicate },
      { row: 16, name: "Sign Language Recognizer", reason: SKIP_REASONS.notLanguage }
    ]);
  });

  test("language filter: Domain lists, any case; a name that says language is not enough", () => {
    expect(isLanguage("Language")).toBe(true);
    expect(isLanguage("Multimodal,Language,Vision")).toBe(true);
    expect(isLanguage("Vision, language")).toBe(true);
    expect(isLanguage("Vision")).toBe(false);
    expect(isLanguage("")).toBe(false);
    expect(imported("Chatty Vision 12B")).toHaveLength(1);
    expect(imported("Lowercase Domain LM")).toHaveLength(1);
    expect(imported("Sign Language Recognizer")).toHaveLength(0);
    expect(imported("ImageNet Classifier X")).toHaveLength(0);
  });

  test("words are converted to tokens with Epoch's ratio (tokens x 0.75 = words); the raw word count is kept", () => {
    expect(EPOCH_WORDS_PER_TOKEN).toBe(0.75);
    expect(imported("Magic LM 7B")[0]).toMatchObject({ training_words: 750e9, training_tokens: 1e12 });
    expect(imported("Chatty Vision 12B")[0]).toMatchObject({ training_words: 1.5e12, training_tokens: 2e12 });
    expect(imported("No Params LM")[0]).toMatchObject({ training_words: null, training_tokens: null });
    expect(imported("Lowercase Domain LM")[0]).toMatchObject({ training_words: 0, training_tokens: 0 });
  });

  test("imported rows: Epoch's estimates, flat, with the raw confidence and nulls for unknowns", () => {
    expect(imported("Magic LM 7B")[0]).toEqual({
      id: "epoch-magic-lm-7b",
      name: "Magic LM 7B",
      organization: "Acme AI",
      release_date: "2023-03-01",
      parameters: 7e9,
      training_compute: 1.2e23,
      training_tokens: 1e12,
      training_words: 750e9,
      confidence: "Likely",
      status: "estimate",
      estimated_by: "Epoch AI",
      source: "epoch-ai",
      base_model: null,
      domain: "Language",
      link: "https://example.org/magic-lm",
      row: 3
    });
    expect(imported("No Params LM")[0]).toMatchObject({
      parameters: null,
      training_compute: 3e21,
      confidence: "Speculative"
    });
    expect(imported("Finetuned Davinci")[0]).toMatchObject({
      confidence: null,
      base_model: "GPT-3 175B (davinci)",
      training_compute: null
    });
    expect(imported("Lowercase Domain LM")[0]?.release_date).toBe("2024-02-02");
    for (const model of result.models)
      expect(model).toMatchObject({ status: "estimate", estimated_by: "Epoch AI", source: "epoch-ai" });
  });

  test("ids are unique slugs: a repeated name is disambiguated, not merged", () => {
    expect(imported("Twin LM").map((m) => [m.id, m.parameters])).toEqual([
      ["epoch-twin-lm", 1e9],
      ["epoch-twin-lm-dup-2", 3e9]
    ]);
    const ids = result.models.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^epoch-[a-z0-9][a-z0-9.-]*$/);
  });

  test("a catalog model is matched, not imported again; the curated values win", () => {
    expect(result.matched).toEqual([
      { epochName: "GPT-3 175B (davinci)", catalogId: "gpt-3-175b", row: 2, via: "alias" },
      { epochName: "BERT-Large", catalogId: "bert-large", row: 12, via: "name" }
    ]);
    expect(result.models.find((m) => /gpt-3|bert/i.test(m.name))).toBeUndefined();
  });

  test("a difference above 5% in parameters or compute is a conflict; within 5% or a null is not", () => {
    expect(result.conflicts).toEqual([
      {
        model: "gpt-3-175b",
        epochName: "GPT-3 175B (davinci)",
        field: "training_compute",
        curated: 3.14e23,
        epoch: 4.5e23,
        difference: expect.closeTo(0.433, 3)
      }
    ]);
    const rows = [
      row({ name: "GPT-3 XL", row: 2, parameters: 1.32e9, training_compute: 2.5e21 }), // +1.5%, +5.04%
      row({ name: "gpt-3.5-turbo", row: 3, parameters: 20e9 }), // curated parameters unknown: no conflict
      row({ name: "BERT Large", row: 4, parameters: 300e6, training_compute: null }) // -11.8%
    ];
    const { conflicts, matched } = importEpoch(rows, CATALOG);
    expect(matched.map((m) => m.catalogId)).toEqual(["gpt-3-xl", "chatgpt", "bert-large"]);
    expect(conflicts.map((c) => [c.model, c.field])).toEqual([
      ["gpt-3-xl", "training_compute"],
      ["bert-large", "parameters"]
    ]);
    expect(importEpoch(rows, CATALOG, { tolerance: 0.2 }).conflicts).toEqual([]);
  });

  test("matching: by normalized name, api_name or id; aliases only for catalog models present", () => {
    expect(normalizeName("BLOOM-176B")).toBe(normalizeName("BLOOM 176B"));
    expect(normalizeName("GPT-3.5 Turbo")).toBe("gpt 3.5 turbo");
    expect(normalizeName(" Tulu 3 (Tülu 3) 70B")).toBe("tulu 3 tulu 3 70b");
    expect(normalizeName("PanGu-Σ")).not.toBe(normalizeName("PanGu-α"));
    const rows = [
      row({ name: "davinci", row: 2 }),
      row({ name: "gpt-3-xl", row: 3 }),
      row({ name: "GPT-3.5", row: 4 }), // aliased to text-davinci-003, absent from this catalog: imported
      row({ name: "GPT-3 175B", row: 5, publication_date: null }) // matched before the date is looked at
    ];
    const result = importEpoch(rows, CATALOG);
    expect(result.matched.map((m) => [m.epochName, m.catalogId])).toEqual([
      ["davinci", "gpt-3-175b"],
      ["gpt-3-xl", "gpt-3-xl"],
      ["GPT-3 175B", "gpt-3-175b"]
    ]);
    expect(result.models.map((m) => m.id)).toEqual(["epoch-gpt-3.5"]);
    expectAccounted(result);
  });

  test("a slug that would collide with a catalog id is disambiguated", () => {
    const result = importEpoch([row({ name: "Epoch Thing" }), row({ name: "epoch thing!", row: 3, parameters: 1e9 })], {
      models: [catalogModel("epoch-epoch-thing", "Something else", null, null)]
    });
    expect(result.models.map((m) => m.id)).toEqual(["epoch-epoch-thing-dup-2", "epoch-epoch-thing-dup-3"]);
  });

  test("rows without a name are skipped with a reason", () => {
    const result = importEpoch([row({ name: "" }), row({ name: "文心", row: 3 })], CATALOG);
    expect(result.skipped).toEqual({ [SKIP_REASONS.noName]: 1 });
    expect(result.models.map((m) => m.id)).toEqual(["epoch-row-3"]);
  });

  test("dates: Epoch's YYYY-MM-DD, optionally with a time; impossible dates are unusable", () => {
    expect(parseEpochDate("2020-05-28")).toBe("2020-05-28");
    expect(parseEpochDate("2025-06-10 16:37")).toBe("2025-06-10");
    for (const bad of ["2022-02-30", "2020-5-28", "May 2020", "", null])
      expect(parseEpochDate(bad), String(bad)).toBeNull();
  });

  test("the old-column variant imports the same way", () => {
    const old = parseEpochCsv(fixture("old-columns.csv"), "old-columns.csv");
    const result = importEpoch(old.rows, CATALOG);
    expect(result.counts).toEqual({ read: 3, language: 2, imported: 1, matched: 1, skipped: 1 });
    expect(result.conflicts).toEqual([]);
    expect(result.models[0]).toMatchObject({
      id: "epoch-old-style-lm",
      training_words: 30e9,
      training_tokens: 40e9,
      base_model: null
    });
  });
});

describe("against the curated catalog", () => {
  const catalog = loadCatalog();
  test("every alias names a catalog model, and no alias is needed for a name that already matches", () => {
    const ids = new Set(catalog.models.map((m) => m.id));
    for (const [name, id] of Object.entries(EPOCH_ALIASES)) {
      expect(ids.has(id), `${name} → ${id}`).toBe(true);
      const plain = importEpoch([row({ name })], catalog, { aliases: {} });
      expect(plain.matched, `alias ${name} is redundant`).toEqual([]);
    }
  });
  test("the fixture's GPT-3 and BERT rows match the real catalog", () => {
    const result = importEpoch(parseEpochCsv(fixture("all.csv"), "all.csv").rows, catalog);
    expect(result.matched.map((m) => m.catalogId)).toEqual(["gpt-3-175b", "bert-large"]);
    expect(result.conflicts.map((c) => [c.model, c.field])).toEqual([["gpt-3-175b", "training_compute"]]);
  });
});

describe("loadEpoch", () => {
  let dir: string;
  let log: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "epoch-"));
    log = vi.spyOn(console, "error").mockImplementation(() => {});
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  /** A drop folder of the test's own: the developer's data/epoch/ is never read. */
  const dropFolder = () => join(dir, "drop");

  test("EPOCH_CSV (relative to cwd) is read, imported against the catalog and summarized on stderr", async () => {
    writeFileSync(join(dir, "epoch.csv"), fixture("all.csv"));
    const result = await loadEpoch({ env: { EPOCH_CSV: "epoch.csv" }, cwd: dir, dropFolder: dropFolder() });
    expect(result).toMatchObject({
      available: true,
      file: "epoch.csv",
      counts: { read: 16, imported: 7, matched: 2, skipped: 7 }
    });
    if (!result.available) throw new Error("unreachable");
    expect(result.problems).toHaveLength(1);
    expect(result.attribution).toMatch(/Epoch AI/);
    expect(log.mock.calls.map((call: unknown[]) => call.join(" ")).join("\n")).toMatch(
      /16 rows read, 13 language, 7 imported, 2 matched/
    );
  });

  test("a missing EPOCH_CSV file is an error naming it", async () => {
    await expect(
      loadEpoch({ env: { EPOCH_CSV: "nope.csv" }, cwd: dir, dropFolder: dropFolder() })
    ).rejects.toMatchObject({ problems: ["nope.csv: cannot be read (ENOENT)"] });
  });

  test("without EPOCH_CSV: the newest .csv of the drop folder, else not available with a reason", async () => {
    const absent = findEpochCsv({ env: {}, cwd: dir, dropFolder: dropFolder() });
    expect(absent).toEqual({ path: null, reason: "EPOCH_CSV is not set and the drop folder drop does not exist" });
    expect(await loadEpoch({ env: {}, cwd: dir, dropFolder: dropFolder() })).toMatchObject({
      available: false,
      reason: absent.path === null ? absent.reason : ""
    });
    mkdirSync(dropFolder());
    expect(findEpochCsv({ env: {}, cwd: dir, dropFolder: dropFolder() })).toEqual({
      path: null,
      reason: "EPOCH_CSV is not set and the drop folder drop has no .csv file"
    });
    writeFileSync(join(dropFolder(), "b.csv"), fixture("all.csv"));
    writeFileSync(join(dropFolder(), "a.CSV"), fixture("old-columns.csv"));
    utimesSync(join(dropFolder(), "b.csv"), new Date("2025-01-01"), new Date("2025-01-01"));
    expect(findEpochCsv({ env: {}, cwd: dir, dropFolder: dropFolder() })).toMatchObject({
      path: join(dropFolder(), "a.CSV"),
      note: "the drop folder drop has 2 .csv files (a.CSV, b.csv): using a.CSV, the most recently modified; remove the others or set EPOCH_CSV to choose"
    });
    expect(await loadEpoch({ env: {}, cwd: dir, dropFolder: dropFolder() })).toMatchObject({
      available: true,
      file: "drop/a.CSV",
      counts: { read: 3 }
    });
  });
});

test.skipIf(!existsSync(SHARED_COPY))("the full shared copy of Epoch's table", async () => {
  const log = vi.spyOn(console, "error").mockImplementation(() => {});
  const result = await loadEpoch({ env: { EPOCH_CSV: SHARED_COPY }, cwd: REPO_ROOT });
  log.mockRestore();
  if (!result.available) throw new Error(result.reason);
  // The loader lists every skipped row but those outside the language domain, which it only counts.
  const { counts } = result;
  expect(counts.imported + counts.matched + counts.skipped).toBe(counts.read);
  expect(result.skippedRows.length + (result.skipped[SKIP_REASONS.notLanguage] ?? 0)).toBe(counts.skipped);
  expect(result.counts.read).toBeGreaterThan(1500);
  expect(result.counts.language).toBeGreaterThan(900);
  expect(result.counts.language).toBeLessThan(1200);
  expect(result.matched).toContainEqual(
    expect.objectContaining({ epochName: "GPT-3 175B (davinci)", catalogId: "gpt-3-175b" })
  );
  expect(result.models.find((m) => /^GPT-3 175B/.test(m.name))).toBeUndefined();
  // No catalog model is imported again under its own name.
  const catalogNames = new Set(
    loadCatalog().models.flatMap((m) => [m.name, m.api_name ?? "", m.id].map(normalizeName))
  );
  expect(result.models.filter((m) => catalogNames.has(normalizeName(m.name)))).toEqual([]);
  console.error(
    `Epoch shared copy: ${JSON.stringify(result.counts)}; skipped by reason ${JSON.stringify(result.skipped)}; ` +
      `${result.matched.length} matched, ${result.conflicts.length} conflicts: ${result.conflicts.map((c) => `${c.model} ${c.field} ${c.curated} vs ${c.epoch}`).join("; ")}`
  );
});
