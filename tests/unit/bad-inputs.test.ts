// Every kind of bad input the notebook can be given, one case each, with the message a reader gets (or the handling
// the project specifies: accepted, skipped with a counted reason, degraded). Fixtures: tests/fixtures/bad-inputs/.
// At the end the suite prints how many distinct kinds were rejected or handled as specified.
import { execFileSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync
} from "node:fs";
import { connect, type AddressInfo } from "node:net";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { csvParse } from "d3-dsv";
import { afterAll, describe, expect, test } from "vitest";
import {
  loadCatalog,
  readSources,
  validateCatalog,
  type Catalog,
  type RawSources
} from "../../data-loaders/catalog.js";
import {
  loadEpoch,
  SKIP_REASONS,
  implausibleReason,
  type CatalogLike,
  type EpochLoad
} from "../../data-loaders/epoch/index.js";
import { CsvTokenizer } from "../../data-loaders/epoch/csv-tokenizer.js";
import { runLoader } from "../../data-loaders/run-loader.js";
import { lineageTable } from "../../data-loaders/tables.js";
import { trendsTable } from "../../data-loaders/trends.js";
import { SourceError } from "../../data-loaders/validation.js";
import { buildAndSwap } from "../../scripts/build.js";
import { jsonForScript, scriptForInline, talkHtml } from "../../scripts/talk-html.js";
import { serveStatic } from "../../scripts/static-server.js";
import { toCsv } from "../../src/components/csv.js";
import { maxOf, minOf } from "../../src/components/number-extent.js";
import { freshStamp, fromOwnWindow, MAX_CLOCK_SKEW } from "../../src/talk/deck-link.js";

const BAD = "tests/fixtures/bad-inputs";
const CATALOG_FIXTURE = "tests/fixtures/catalog";
const TODAY = "2026-11-28";
const passed = new Set<string>();

/** The problems of a catalog folder whose models.json (or another file) is replaced by a bad-input fixture. */
function catalogProblems(replace: Record<string, string>): string[] {
  const dir = mkdtempSync(join(tmpdir(), "bad-catalog-"));
  try {
    cpSync(CATALOG_FIXTURE, dir, { recursive: true });
    for (const [file, fixture] of Object.entries(replace))
      writeFileSync(join(dir, file), readFileSync(join(BAD, fixture)));
    validateCatalog(readSources(dir), { asOf: TODAY, folder: "sources" });
    return [];
  } catch (error) {
    if (error instanceof SourceError) return error.problems;
    throw error;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const catalogOf = (mutate: (raw: Record<keyof RawSources, Record<string, any>[]>) => void): Catalog => {
  const raw = structuredClone(readSources(CATALOG_FIXTURE)) as unknown as Record<
    keyof RawSources,
    Record<string, any>[]
  >;
  mutate(raw);
  return validateCatalog(raw as unknown as RawSources, { asOf: TODAY });
};

const EPOCH_CATALOG: CatalogLike = { models: [] };
async function epoch(fixture: string, maxBytes?: number): Promise<Extract<EpochLoad, { available: true }>> {
  const result = await loadEpoch({
    env: { EPOCH_CSV: join(BAD, fixture) },
    dropFolder: "/nonexistent",
    catalog: EPOCH_CATALOG,
    asOf: TODAY,
    log: () => {},
    maxBytes
  });
  if (!result.available) throw new Error(result.reason);
  return result;
}
/** The problems loadEpoch reports for EPOCH_CSV=path (within 5 s: a hang fails the case). */
async function epochProblemsAt(path: string): Promise<string[]> {
  const load = loadEpoch({
    env: { EPOCH_CSV: path },
    dropFolder: "/nonexistent",
    catalog: EPOCH_CATALOG,
    asOf: TODAY,
    log: () => {}
  });
  const timeout = new Promise<never>((_, fail) =>
    setTimeout(() => fail(new Error(`${path}: still reading after 5 s`)), 5000).unref()
  );
  try {
    await Promise.race([load, timeout]);
  } catch (error) {
    if (error instanceof SourceError) return error.problems;
    throw error;
  }
  throw new Error(`${path} was accepted`);
}
async function epochProblems(fixture: string, maxBytes?: number): Promise<string[]> {
  try {
    await epoch(fixture, maxBytes);
  } catch (error) {
    if (error instanceof SourceError) return error.problems;
    throw error;
  }
  throw new Error(`${fixture} was accepted`);
}

interface Case {
  kind: string;
  /** Resolves when the input is rejected with the expected message, or handled as specified. */
  check: () => void | Promise<void>;
}

/** Every fragment must appear in one problem. */
const expectProblem = (problems: string[], ...fragments: string[]) => {
  const match = problems.find((problem) => fragments.every((fragment) => problem.includes(fragment)));
  expect(match, `no message has all of ${JSON.stringify(fragments)}:\n${problems.join("\n")}`).toBeDefined();
};

const CATALOG_CASES: Case[] = [
  {
    kind: "curated JSON with a syntax error: the line and column",
    check: () => {
      const dir = mkdtempSync(join(tmpdir(), "bad-catalog-"));
      cpSync(CATALOG_FIXTURE, dir, { recursive: true });
      writeFileSync(join(dir, "lineage.json"), '[\n  {"parent": "base-model",}\n]');
      try {
        expect(() => readSources(dir)).toThrow(/lineage\.json: is not valid JSON at line 2, column 27 \(/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  },
  {
    kind: "curated row with a __proto__ key: an unknown field, nothing polluted",
    check: () => {
      expectProblem(
        catalogProblems({ "models.json": "models-proto-key.json" }),
        'row 1 ("base-model")',
        'field "__proto__"',
        "is not a known field"
      );
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }
  },
  {
    kind: "an empty curated file",
    check: () =>
      expectProblem(
        catalogProblems({ "models.json": "models-empty.json" }),
        "models.json: is empty; it must be a JSON array of rows"
      )
  },
  {
    kind: "curated JSON with a byte order mark: accepted",
    check: () => expect(catalogProblems({ "models.json": "models-bom.json" })).toEqual([])
  },
  {
    kind: "curated JSON in UTF-16 (with BOM)",
    check: () =>
      expectProblem(
        catalogProblems({ "models.json": "models-utf16le.json" }),
        "models.json: is UTF-16 text",
        "byte 0",
        "save it as UTF-8"
      )
  },
  {
    kind: "curated JSON in UTF-16 without a BOM",
    check: () =>
      expectProblem(
        catalogProblems({ "models.json": "models-utf16-no-bom.json" }),
        "models.json: contains a NUL byte at byte offset 1",
        "UTF-16"
      )
  },
  {
    kind: "curated JSON with invalid UTF-8",
    check: () => {
      const offset = readFileSync(join(BAD, "models-invalid-utf8.json")).indexOf(0xe9);
      expectProblem(
        catalogProblems({ "models.json": "models-invalid-utf8.json" }),
        `models.json: is not valid UTF-8 at byte offset ${offset}`,
        "line 24",
        "0xE9"
      );
    }
  },
  {
    kind: "duplicate JSON key in a row",
    check: () =>
      expectProblem(
        catalogProblems({ "models.json": "models-duplicate-key.json" }),
        "models.json, row 2",
        '"tuned-model"',
        'field "parameters"',
        "written more than once"
      )
  },
  {
    kind: "duplicate JSON key in a nested object",
    check: () =>
      expectProblem(
        catalogProblems({ "models.json": "models-duplicate-nested-key.json" }),
        "models.json, row 3",
        'field "parameters.value"',
        "more than once"
      )
  },
  {
    kind: "deeply nested JSON (no stack overflow)",
    check: () =>
      expectProblem(
        catalogProblems({ "lineage.json": "deeply-nested.json" }),
        "lineage.json, line 1",
        "nested more than 32 levels"
      )
  },
  {
    kind: "a number too large to be finite (1e999)",
    check: () =>
      expectProblem(
        catalogProblems({ "models.json": "models-infinite.json" }),
        'row 1 ("base-model")',
        'field "training_compute.value"',
        "is not a finite number",
        "got Infinity"
      )
  },
  {
    kind: "parameters above the plausible maximum (1e16)",
    check: () =>
      expectProblem(
        catalogProblems({ "models.json": "models-too-many-parameters.json" }),
        'field "parameters.value"',
        "is above the plausible maximum of 1e14 (100 trillion) parameters for a language model"
      )
  },
  {
    kind: "parameters of 2^53 - 1",
    check: () =>
      expectProblem(
        catalogProblems({ "models.json": "models-max-safe-integer.json" }),
        'field "parameters.value"',
        "above the plausible maximum",
        "9007199254740991"
      )
  },
  {
    kind: "training compute of 1e300",
    check: () =>
      expectProblem(
        catalogProblems({ "models.json": "models-compute-1e300.json" }),
        'field "training_compute.value"',
        "above the plausible maximum of 1e29 FLOP"
      )
  },
  {
    kind: "training tokens of 5e-324",
    check: () =>
      expectProblem(
        catalogProblems({ "models.json": "models-tokens-denormal.json" }),
        'field "training_tokens.value"',
        "below the plausible minimum of 1e3 (1 thousand) tokens"
      )
  },
  {
    kind: "dataset size above the bound of its unit (1e18 bytes)",
    check: () =>
      expectProblem(
        catalogProblems({ "models.json": "models-data-too-large.json" }),
        'field "training_data.value"',
        "above the plausible maximum of 1e17 (100 quadrillion) bytes"
      )
  },
  {
    kind: "a release dated before 2015",
    check: () =>
      expectProblem(
        catalogProblems({ "models.json": "models-dated-1990.json" }),
        'row 3 ("other-model")',
        'field "release.date"',
        "1990-06-01 is before 2015-01-01"
      )
  },
  {
    kind: "a mixture of experts whose active parameters exceed its total",
    check: () =>
      expectProblem(
        mutatedProblems((raw) => {
          const model = raw.models[0] as { parameters: { value: number; source: string } } & Record<string, unknown>;
          model.active_parameters = {
            value: model.parameters.value * 2,
            status: "disclosed",
            source: model.parameters.source
          };
        }),
        "models.json, row 1",
        'field "active_parameters.value"',
        "must not exceed the model's total parameters"
      )
  },
  {
    kind: "an English note with no Chinese translation, and a translation with no Chinese in it",
    check: () => {
      const problems: string[] = [];
      try {
        catalogOf((raw) => {
          const model = raw.models[0] as { parameters: Record<string, unknown>; release: Record<string, unknown> };
          delete model.parameters.note_zh;
          model.parameters.note = "Table 2 of the paper.";
          model.release.event_zh = "paper on arXiv";
        });
      } catch (error) {
        problems.push(...(error as SourceError).problems);
      }
      expectProblem(problems, "models.json, row 1", 'field "parameters.note_zh"', '"note" has no Chinese translation');
      expectProblem(problems, "models.json, row 1", 'field "release.event_zh"', "must be written in Chinese");
    }
  },
  {
    kind: "a milestone dated 2099",
    check: () => {
      const problems: string[] = [];
      try {
        catalogOf((raw) =>
          raw.milestones.push({
            date: "2099-01-01",
            label: "Far future",
            label_zh: "遥远的未来",
            model: null,
            source: "paper-a"
          })
        );
      } catch (error) {
        problems.push(...(error as SourceError).problems);
      }
      expectProblem(
        problems,
        "milestones.json, row 2",
        'field "date"',
        "2099-01-01 is in the future (after the build date 2026-11-28)"
      );
    }
  },
  {
    kind: "an emergence threshold of 1e200",
    check: () => {
      const problems: string[] = [];
      try {
        catalogOf((raw) => (raw.emergence[0]!.threshold_flops = 1e200));
      } catch (error) {
        problems.push(...(error as SourceError).problems);
      }
      expectProblem(
        problems,
        "emergence.json, row 1",
        'field "threshold_flops"',
        "above the plausible maximum of 1e29 FLOP"
      );
    }
  },
  {
    kind: "a missing capability cell",
    check: () => {
      const problems: string[] = [];
      try {
        catalogOf((raw) => raw.capabilities.splice(3, 1)); // base-model × dialogue-history
      } catch (error) {
        problems.push(...(error as SourceError).problems);
      }
      expectProblem(problems, "capabilities.json", 'no cell for model "base-model" × ability "dialogue-history"');
    }
  },
  {
    kind: "an empty lineage: empty table, no crash",
    check: () => expect(lineageTable(catalogOf((raw) => (raw.lineage = [])))).toEqual([])
  },
  {
    kind: "a trend with fewer than two points: no fit, a reason",
    check: () => {
      const catalog = catalogOf((raw) => {
        for (const model of raw.models)
          model.training_compute = { value: null, status: "undisclosed", source: "paper-a" };
        raw.models[0]!.training_compute = { value: 3.14e23, status: "disclosed", source: "paper-a" };
      });
      const rows = trendsTable(catalog).filter((row) => row.metric === "training_compute");
      expect(rows.length).toBe(2);
      for (const row of rows)
        expect(row).toMatchObject({
          status: "not enough points",
          doubling_months: null,
          reason: expect.stringMatching(/one model|no model/)
        });
    }
  },
  {
    kind: "a trend whose points share one date: no fit, a reason",
    check: () => {
      const catalog = catalogOf((raw) => {
        raw.models[2]!.release = { ...raw.models[2]!.release, date: "2020-05-28", precision: "day" };
        raw.models[2]!.training_compute = { value: 1e22, status: "disclosed", source: "paper-a" };
        raw.models[1]!.training_compute = { value: null, status: "undisclosed", source: "blog-b" };
        raw.lineage = [];
      });
      const all = trendsTable(catalog).find((row) => row.metric === "training_compute" && row.population === "all")!;
      expect(all).toMatchObject({
        status: "not enough points",
        n: 2,
        reason: expect.stringContaining("share one release date")
      });
    }
  },
  {
    kind: "a loader failure: message only, no stack trace, exit code 1",
    check: async () => {
      const out: string[] = [];
      const err: string[] = [];
      let code = 0;
      await runLoader(
        () => {
          throw new SourceError(["models.json, row 1: something is off"]);
        },
        { write: (text) => out.push(text), error: (text) => err.push(text), exit: (c) => (code = c) }
      );
      expect(out).toEqual([]);
      expect(code).toBe(1);
      expect(err.join("")).toBe("1 problem in the data sources:\n- models.json, row 1: something is off\n");
    }
  }
];

/** The problems of the fixture catalog after `mutate` (none: []). */
const mutatedProblems = (mutate: Parameters<typeof catalogOf>[0]): string[] => {
  try {
    catalogOf(mutate);
    return [];
  } catch (error) {
    if (error instanceof SourceError) return error.problems;
    throw error;
  }
};
/** The problems of a catalog folder whose `file` holds `text`. */
function textProblemsOf(file: string, text: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), "bad-catalog-"));
  try {
    cpSync(CATALOG_FIXTURE, dir, { recursive: true });
    writeFileSync(join(dir, file), text);
    validateCatalog(readSources(dir), { asOf: TODAY, folder: "sources" });
    return [];
  } catch (error) {
    if (error instanceof SourceError) return error.problems;
    throw error;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
type Models = Record<string, any>[];
const model = (raw: { models: Models }, index = 0) => raw.models[index]!;

/** JSON syntax errors V8 reports without a position ("Unexpected token"), or at the end: each with line and column. */
const SYNTAX_CASES: Case[] = (
  [
    ["a bare word (NaN)", '[\n  {"id": NaN}\n]', 2, 10, "a value was expected"],
    ["a misspelt literal (tru)", '[\n  {"gpt_line": tru }\n]', 2, 19, "true?"],
    ["a trailing comma in an array", "[\n  1,\n]", 3, 1, "a value was expected"],
    ["a file cut off inside a string", '[\n  {"id": "base', 2, 15, "the file ends where a string is still open"],
    ["a file cut off after a row", '[\n  {"id": "a"},', 2, 15, "the file ends"],
    ["text after the array", "[]\nx", 2, 1, "there is text after the JSON value"],
    ["a raw tab inside a string", '[\n "a\tb"]', 2, 4, "raw control character"],
    ["a single-quoted string", "[\n  'a']", 2, 3, "a value was expected"]
  ] as const
).map(([what, text, line, column, reason]) => ({
  kind: `curated JSON syntax: ${what}, with line and column`,
  check: () => {
    const problems = textProblemsOf("lineage.json", text);
    expect(problems).toHaveLength(1);
    expectProblem(problems, `lineage.json: is not valid JSON at line ${line}, column ${column} (`, reason);
    expect(problems[0]).not.toMatch(/is not valid JSON"|\n/); // V8's quote of the whole file is not repeated
  }
}));

const CATALOG_ERROR_CASES: Case[] = [
  {
    kind: "an empty models.json array: one problem, not one per reference",
    check: () => {
      const problems = textProblemsOf("models.json", "[]");
      expect(problems).toEqual([
        "sources/models.json: has no rows; the catalog needs at least one model (its other files refer to them)"
      ]);
    }
  },
  {
    kind: "an empty bibliography.json array: one problem",
    check: () => expect(textProblemsOf("bibliography.json", "[]\n")).toHaveLength(1)
  },
  {
    kind: "a curated file of whitespace only: empty, one problem",
    check: () => {
      const problems = textProblemsOf("models.json", " \n\t\n");
      expect(problems).toHaveLength(1);
      expectProblem(problems, "models.json: is empty; it must be a JSON array of rows");
    }
  },
  {
    kind: "models.json an object, not an array: one problem",
    check: () => {
      const problems = textProblemsOf("models.json", '{"id": "base-model"}');
      expect(problems).toHaveLength(1);
      expectProblem(problems, "models.json: must be a JSON array of rows");
    }
  },
  {
    kind: "the same problem found twice is listed once",
    check: () => {
      const error = new SourceError(["a.json, row 1: x", "a.json, row 1: x", "a.json, row 2: y"]);
      expect(error.problems).toEqual(["a.json, row 1: x", "a.json, row 2: y"]);
      expect(error.message).toMatch(/^2 problems in the data sources:/);
    }
  },
  {
    kind: "a catalog error reaches the reader once, without a stack trace, from every loader entry",
    check: () => {
      // Each entry goes through runLoader (message only, exit code 1): none calls the catalog outside it.
      for (const entry of readdirSync("src/data").filter((name) => name.endsWith(".ts"))) {
        const source = readFileSync(join("src/data", entry), "utf8");
        expect(source, entry).toMatch(/await run(Catalog)?Loader\(/);
        expect(source, entry).not.toMatch(/loadCatalog|process\.stdout/);
      }
    }
  },
  ...["https://[broken", "https://", "https://%zz/", "http://[::1/x", "https://exa mple.org"].map((url): Case => ({
    kind: `a source URL that does not parse (${url}): file, row and field`,
    check: () =>
      expectProblem(
        mutatedProblems((raw) => (raw.bibliography[0]!.url = url)),
        'bibliography.json, row 1 ("paper-a"), field "url"'
      )
  }))
];

/** Text a reader cannot see, or that reorders what is around it, in a name: rejected with the character named. */
const INVISIBLE_CASES: Case[] = (
  [
    ["\u202e", "U+202E (RIGHT-TO-LEFT OVERRIDE)"],
    ["\u2066", "U+2066 (LEFT-TO-RIGHT ISOLATE)"],
    ["\u200b", "U+200B (ZERO WIDTH SPACE)"],
    ["\u200f", "U+200F (RIGHT-TO-LEFT MARK)"],
    ["\ufeff", "U+FEFF (ZERO WIDTH NO-BREAK SPACE, a byte order mark)"],
    ["\u00ad", "U+00AD (SOFT HYPHEN)"],
    ["\u0007", "U+0007 (a control character)"],
    ["\u001b[31m", "U+001B (a control character)"],
    ["\u0085", "U+0085 (a control character)"],
    ["\u{e0041}", "U+E0041"]
  ] as const
).map(([char, named]) => ({
  kind: `a model name containing ${named}`,
  check: () =>
    expectProblem(
      mutatedProblems((raw) => (model(raw).name = `Base${char} model`)),
      'models.json, row 1 ("base-model"), field "name"',
      `contains ${named}`,
      "at character 5"
    )
}));

const PLAUSIBILITY_CASES: Case[] = [
  {
    kind: "an invisible character in an organization and in a note: each named",
    check: () => {
      const problems = mutatedProblems((raw) => {
        model(raw).organization = "Open\u200dAI";
        model(raw).parameters.note = "see\u202e the paper";
      });
      expectProblem(problems, 'field "organization"', "U+200D (ZERO WIDTH JOINER)");
      expectProblem(problems, 'field "parameters.note"', "U+202E");
    }
  },
  {
    kind: "a line break in a name (allowed in prose, not in a name)",
    check: () =>
      expectProblem(
        mutatedProblems((raw) => (model(raw).name = "Base\nmodel")),
        'field "name"',
        "must be one line"
      )
  },
  {
    kind: "a model name of 5,000 characters: over the length limit",
    check: () =>
      expectProblem(
        mutatedProblems((raw) => (model(raw).name = "B".repeat(5000))),
        'row 1 ("base-model"), field "name"',
        "is 5000 characters long, over the limit of 80"
      )
  },
  {
    kind: "a second model reusing a display name (differing only by case)",
    check: () =>
      expectProblem(
        mutatedProblems((raw) => (model(raw, 2).name = "BASE MODEL")),
        'row 3 ("other-model"), field "name"',
        '"BASE MODEL" is already the name of base-model'
      )
  },
  {
    kind: "a family differing from an existing one only by case",
    check: () =>
      expectProblem(
        mutatedProblems((raw) => (model(raw, 2).family = "base")),
        'row 3 ("other-model"), field "family"',
        '"base" differs from the existing family "Base" only by case'
      )
  },
  {
    kind: "an organization differing from an existing one only by punctuation and spaces",
    check: () =>
      expectProblem(
        mutatedProblems((raw) => (model(raw, 2).organization = "Open-AI")),
        'row 3 ("other-model"), field "organization"',
        '"Open-AI" differs from the existing organization "OpenAI"'
      )
  },
  {
    kind: "a comma inside an organization name (it separates a shared link's filter values)",
    check: () =>
      expectProblem(
        mutatedProblems((raw) => (model(raw, 2).organization = "Acme, Inc.")),
        'field "organization"',
        "contains a comma"
      )
  },
  {
    kind: "gpt_line on another organization's model",
    check: () =>
      expectProblem(
        mutatedProblems((raw) => (model(raw, 2).gpt_line = true)),
        'row 3 ("other-model"), field "gpt_line"',
        'the organization is "Elsewhere"'
      )
  },
  {
    kind: "1e4 training tokens for a 175B model: an implausible tokens-per-parameter ratio",
    check: () =>
      expectProblem(
        mutatedProblems((raw) => {
          model(raw).training_tokens.value = 1e4;
          model(raw).training_compute = { value: null, status: "undisclosed", source: "paper-a" };
        }),
        'row 1 ("base-model"), field "training_tokens.value"',
        "tokens per parameter, outside the plausible 0.1 to 100,000"
      )
  },
  {
    kind: "1e13 training tokens for a 1e7-parameter model: too many tokens per parameter",
    check: () =>
      expectProblem(
        mutatedProblems((raw) => {
          model(raw).parameters.value = 10_000_000;
          model(raw).training_tokens.value = 1e13;
          model(raw).training_compute = { value: null, status: "undisclosed", source: "paper-a" };
        }),
        'field "training_tokens.value"',
        "1.0e+6 tokens per parameter"
      )
  },
  {
    kind: "training compute 1,000 times 6 × parameters × tokens",
    check: () =>
      expectProblem(
        mutatedProblems((raw) => (model(raw).training_compute.value = 3.14e26)),
        'row 1 ("base-model"), field "training_compute.value"',
        "beyond a factor of 30"
      )
  },
  {
    kind: "a mixture of experts: compute is checked against its active parameters, not its total",
    check: () =>
      expectProblem(
        mutatedProblems((raw) => {
          // 6 × 175B × 300B = 3.15e23 FLOP; with 1.75B active parameters the same compute is 100 times too much.
          model(raw).active_parameters = { value: 1_750_000_000, status: "disclosed", source: "paper-a", note: null };
        }),
        'row 1 ("base-model"), field "training_compute.value"',
        "times 6 × active parameters × tokens"
      )
  },
  {
    kind: "a claim paragraph past the article's end",
    check: () =>
      expectProblem(
        mutatedProblems((raw) => (raw.claims[0]!.paragraph = 999)),
        'claims.json, row 1 ("c001"), field "paragraph"',
        "999 is past the article's end (it has 78 paragraphs)"
      )
  },
  {
    kind: "a claim naming a section the article does not have",
    check: () =>
      expectProblem(
        mutatedProblems((raw) => (raw.claims[0]!.section = "不存在的章节")),
        'claims.json, row 1 ("c001"), field "section"',
        "is not a section heading of the article"
      )
  },
  {
    kind: "a bibliography year after the build's as-of date",
    check: () =>
      expectProblem(
        mutatedProblems((raw) => (raw.bibliography[0]!.year = 2027)),
        'bibliography.json, row 1 ("paper-a"), field "year"',
        "2027 is after the build's date (2026-11-28)"
      )
  },
  {
    kind: "the curated catalog itself passes every plausibility rule",
    check: () => expect(() => loadCatalog(undefined, TODAY)).not.toThrow()
  }
];

const EPOCH_CASES: Case[] = [
  {
    kind: "Epoch CSV with a byte order mark: accepted, first column mapped",
    check: async () => {
      const result = await epoch("epoch-bom.csv");
      expect(result.columns.name).toBe("Model");
      expect(result.counts).toMatchObject({ read: 1, imported: 1 });
    }
  },
  {
    kind: "Epoch CSV in UTF-16",
    check: async () =>
      expectProblem(await epochProblems("epoch-utf16le.csv"), "epoch-utf16le.csv: is UTF-16 text", "byte 0")
  },
  {
    kind: "Epoch CSV with invalid UTF-8",
    check: async () => {
      const offset = readFileSync(join(BAD, "epoch-invalid-utf8.csv")).indexOf(0xe9);
      expectProblem(
        await epochProblems("epoch-invalid-utf8.csv"),
        `is not valid UTF-8 at byte offset ${offset}`,
        "line 3"
      );
    }
  },
  {
    kind: "Epoch CSV that is a binary file",
    check: async () =>
      expectProblem(await epochProblems("epoch-binary.xlsx"), "epoch-binary.xlsx: contains a NUL byte at byte offset 4")
  },
  {
    kind: "Epoch CSV with a column named twice",
    check: async () =>
      expectProblem(
        await epochProblems("epoch-duplicate-column.csv"),
        'names the column "Parameters" more than once (columns 5 and 10)'
      )
  },
  {
    kind: "Epoch CSV with an unterminated quote",
    check: async () =>
      expectProblem(
        await epochProblems("epoch-unterminated-quote.csv"),
        "epoch-unterminated-quote.csv, line 3",
        "never closed",
        "unterminated quote"
      )
  },
  {
    kind: "Epoch CSV with a stray quote that swallows rows until a later quote",
    check: async () =>
      expectProblem(
        await epochProblems("epoch-swallowing-quote.csv"),
        "epoch-swallowing-quote.csv, line 3 (it closes on line 5)",
        'followed by "Language,Vis"',
        "unbalanced quote"
      )
  },
  {
    kind: "Epoch CSV with a stray quote closed by a quote at a line end",
    check: async () =>
      expectProblem(
        await epochProblems("epoch-swallowing-quote-at-line-end.csv"),
        "epoch-swallowing-quote-at-line-end.csv, line 3",
        "runs to line 4",
        "swallowing the rows between"
      )
  },
  {
    kind: "Epoch CSV with blank lines: ignored, not counted",
    check: async () => {
      const result = await epoch("epoch-blank-lines.csv");
      expect(result.counts).toMatchObject({ read: 2, imported: 2, skipped: 0 });
      expect(result.models.map((m) => m.row)).toEqual([2, 3]);
    }
  },
  {
    kind: "Epoch CSV with CRLF line endings: read like LF",
    check: async () => {
      const result = await epoch("epoch-crlf.csv");
      expect(result.models.map((m) => [m.name, m.link])).toEqual([
        ["Good LM", "https://example.org/good"],
        ["Other LM", "https://example.org/other"]
      ]);
    }
  },
  {
    kind: "Epoch rows dated 2099 and 1900: skipped, reasons counted",
    check: async () => {
      const result = await epoch("epoch-out-of-range-dates.csv");
      expect(result.skipped).toEqual({ [SKIP_REASONS.future]: 1, [SKIP_REASONS.tooEarly]: 1 });
      expect(result.models.map((m) => m.release_date)).toEqual(["2022-01-01"]);
    }
  },
  {
    kind: "Epoch rows with implausible quantities: skipped, reasons counted",
    check: async () => {
      const result = await epoch("epoch-implausible-quantities.csv");
      expect(result.skipped).toEqual({
        [implausibleReason("Parameters")]: 1,
        [implausibleReason("Training compute (FLOP)")]: 1,
        [implausibleReason("Training dataset size")]: 1
      });
      expect(result.counts).toMatchObject({ read: 4, imported: 1, skipped: 3 });
    }
  },
  {
    kind: "Epoch row with more fields than the header: skipped with its line",
    check: async () => {
      const result = await epoch("epoch-misshapen-row.csv");
      expect(result.skipped).toEqual({ [SKIP_REASONS.misshapen]: 1 });
      expectProblem(result.problems, 'row 3 ("Extra LM"), line 3', "has 10 fields where the header has 9");
    }
  },
  {
    kind: "Epoch file separated by semicolons",
    check: async () =>
      expectProblem(
        await epochProblems("epoch-semicolons.csv"),
        "epoch-semicolons.csv: has no header row with Epoch AI's columns",
        "Model;Domain"
      )
  },
  {
    kind: "Epoch file with a header and no rows: nothing imported, no error",
    check: async () =>
      expect((await epoch("epoch-header-only.csv")).counts).toEqual({
        read: 0,
        language: 0,
        imported: 0,
        matched: 0,
        skipped: 0
      })
  },
  {
    kind: "Epoch row with a negative number: skipped as malformed, with row and column",
    check: async () => {
      const result = await epoch("epoch-negative-number.csv");
      expect(result.skipped).toEqual({ "malformed number in Parameters": 1 });
      expectProblem(result.problems, 'row 2 ("Minus LM")', 'malformed number in "Parameters": "-7000000000.0"');
    }
  },
  {
    kind: "Epoch quote left open in a large file: stopped at the record limit, with the line",
    check: () => {
      const tokenizer = new CsvTokenizer("big.csv", 1024);
      const text = `a,b\n"open,${"x,y\n".repeat(1000)}`;
      expect(() => tokenizer.push(text, () => {})).toThrow(
        /^1 problem.*\n- big\.csv, line 2: a quoted field opens here and is still not closed 1 KiB later/
      );
    }
  },
  {
    kind: "Epoch file too large: refused before reading, with the limit",
    check: async () =>
      expectProblem(
        await epochProblems("epoch-crlf.csv", 100),
        "epoch-crlf.csv: is 0 MiB, above the importer's limit of 0 MiB"
      )
  }
];

/** A folder for one case, removed afterwards. */
async function inTempDir(run: (dir: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "bad-epoch-"));
  try {
    await run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const EPOCH_FIXTURE = "tests/fixtures/epoch/all.csv";

const EPOCH_FILE_CASES: Case[] = [
  {
    kind: "two Epoch CSVs in the drop folder: the newest used, both named in the log",
    check: () =>
      inTempDir(async (dir) => {
        mkdirSync(join(dir, "drop"));
        writeFileSync(join(dir, "drop", "epoch-2024.csv"), readFileSync(EPOCH_FIXTURE));
        writeFileSync(join(dir, "drop", "epoch-2025.csv"), readFileSync(EPOCH_FIXTURE));
        utimesSync(join(dir, "drop", "epoch-2025.csv"), new Date("2025-08-01"), new Date("2025-08-01"));
        utimesSync(join(dir, "drop", "epoch-2024.csv"), new Date("2024-08-01"), new Date("2024-08-01"));
        const log: string[] = [];
        const result = await loadEpoch({
          env: {},
          cwd: dir,
          dropFolder: join(dir, "drop"),
          catalog: EPOCH_CATALOG,
          asOf: TODAY,
          log: (line) => log.push(line)
        });
        expect(result).toMatchObject({ available: true, file: "drop/epoch-2025.csv" });
        expect(log[0]).toBe(
          "epoch: the drop folder drop has 2 .csv files (epoch-2025.csv, epoch-2024.csv): using epoch-2025.csv, the most recently modified; remove the others or set EPOCH_CSV to choose"
        );
      })
  },
  {
    kind: "a FIFO as EPOCH_CSV: an error at once, never a hang",
    check: () =>
      inTempDir(async (dir) => {
        execFileSync("mkfifo", [join(dir, "pipe.csv")]);
        const problems = await epochProblemsAt(join(dir, "pipe.csv"));
        expectProblem(problems, "pipe.csv: is not a regular file (a named pipe (FIFO)", "EPOCH_CSV must name");
      })
  },
  {
    kind: "a directory as EPOCH_CSV: not a regular file",
    check: () =>
      inTempDir(async (dir) => expectProblem(await epochProblemsAt(dir), "is not a regular file (a directory)"))
  },
  {
    kind: "a character device as EPOCH_CSV (/dev/zero): not a regular file",
    check: async () => expectProblem(await epochProblemsAt("/dev/zero"), "/dev/zero: is not a regular file (a device)")
  },
  {
    kind: "a directory named like a CSV in the drop folder: not taken for the file",
    check: () =>
      inTempDir(async (dir) => {
        mkdirSync(join(dir, "drop", "folder.csv"), { recursive: true });
        const result = await loadEpoch({
          env: {},
          cwd: dir,
          dropFolder: join(dir, "drop"),
          catalog: EPOCH_CATALOG,
          asOf: TODAY,
          log: () => {}
        });
        expect(result).toMatchObject({ available: false, reason: expect.stringContaining("has no .csv file") });
      })
  }
];

/** Every TypeScript file under a folder. */
const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".ts") && !name.includes("node_modules") && !name.includes(".observablehq"))
    .map((name) => join(dir, name));

const LARGE_CASES: Case[] = [
  {
    kind: "the extent of 500,000 values (Math.min(...values) overflowed the stack at 180,000 Epoch rows)",
    check: () => {
      const values = Array.from({ length: 500_000 }, (_, i) => ((i * 7919) % 500_000) + 1);
      expect(() => Math.min(...values)).toThrow(RangeError); // what the charts did
      expect([minOf(values), maxOf(values)]).toEqual([1, 500_000]);
      expect([minOf([]), maxOf([]), maxOf([], 0), minOf([3, Number.NaN])]).toEqual([
        Infinity,
        -Infinity,
        0,
        Number.NaN
      ]);
    }
  },
  {
    kind: "no code spreads an array into Math.min, Math.max, push or unshift (src, data-loaders, scripts)",
    check: () => {
      const spread = /\b(?:Math\.(?:min|max)|\.push|\.unshift)\((?:[^(){}]*,)?\s*\.\.\./;
      const offenders = ["src", "data-loaders", "scripts"]
        .flatMap(sourceFiles)
        .filter((file) => !file.endsWith("number-extent.ts"))
        .filter((file) => spread.test(readFileSync(file, "utf8")));
      expect(offenders).toEqual([]);
    }
  }
];

/** A dist/ folder holding one file, and the build's scratch folders beside it. */
function siteFolders(dir: string) {
  const dist = join(dir, "dist");
  mkdirSync(dist);
  writeFileSync(join(dist, "index.html"), "last good");
  return { dist, next: join(dir, "next"), previous: join(dir, "previous") };
}

const BUILD_CASES: Case[] = [
  {
    kind: "a build that fails leaves the last good dist/ in place",
    check: () =>
      inTempDir(async (dir) => {
        const { dist, next, previous } = siteFolders(dir);
        const failing = async (out: string) => {
          mkdirSync(out, { recursive: true });
          writeFileSync(join(out, "index.html"), "half written");
          throw new Error("loader exited with code 1");
        };
        await expect(buildAndSwap(dist, failing, { next, previous })).rejects.toThrow("loader exited with code 1");
        expect(readFileSync(join(dist, "index.html"), "utf8")).toBe("last good");
        expect(existsSync(next)).toBe(false);
      })
  },
  {
    kind: "a build that succeeds replaces dist/ whole (no file of the old one left)",
    check: () =>
      inTempDir(async (dir) => {
        const { dist, next, previous } = siteFolders(dir);
        writeFileSync(join(dist, "stale.html"), "old page");
        await buildAndSwap(
          dist,
          async (out) => {
            mkdirSync(out, { recursive: true });
            writeFileSync(join(out, "index.html"), "new");
          },
          { next, previous }
        );
        expect(readdirSync(dist)).toEqual(["index.html"]);
        expect(readFileSync(join(dist, "index.html"), "utf8")).toBe("new");
        expect([existsSync(next), existsSync(previous)]).toEqual([false, false]);
      })
  },
  {
    kind: "an interrupted build's leftovers are not shipped by the next build",
    check: () =>
      inTempDir(async (dir) => {
        const { dist, next, previous } = siteFolders(dir);
        mkdirSync(next);
        writeFileSync(join(next, "leftover.html"), "from a build stopped with Ctrl-C");
        await buildAndSwap(dist, async (out) => void mkdirSync(out, { recursive: true }), { next, previous });
        expect(readdirSync(dist)).toEqual([]);
      })
  },
  {
    kind: "npm run build goes through the swapping build script, not a clean first",
    check: () => {
      const scripts = JSON.parse(readFileSync("package.json", "utf8")).scripts as Record<string, string>;
      expect(scripts.build).toMatch(/tsx scripts\/build\.ts dist$/);
      expect(scripts.build).not.toMatch(/clean|rm -rf/);
    }
  }
];

const DOWNLOAD_CASES: Case[] = [
  {
    kind: "CSV formula injection (= + - @ tab CR) neutralised, numbers intact",
    check: () => {
      const csv = toCsv([
        {
          name: '=HYPERLINK("http://evil","x")',
          organization: "+cmd|' /C calc'!A0",
          note: "@SUM(A1)",
          a: "-1+2",
          b: "\t=1",
          c: "\r=1",
          n: -3.5,
          s: "-3.5"
        }
      ]);
      expect(csv.split("\n")[1]).toBe(
        `"'=HYPERLINK(""http://evil"",""x"")","'+cmd|' /C calc'!A0","'@SUM(A1)","'-1+2","'\t=1","'\r=1",-3.5,-3.5`
      );
    }
  },
  // A spreadsheet may split on another delimiter than the comma: a formula after any of them is neutralised too, the
  // cell quoted so that it stays one cell behind its single quote whatever the reader splits on.
  ...[",", ";", "\t", "|", " ", "\r", "\n", "; ", ";\t"].flatMap((delimiter) =>
    ["=1+1", "+1+cmd", "-2+3", "@SUM(A1)", '=HYPERLINK("http://evil")'].map((formula): Case => ({
      kind: `CSV formula after the delimiter ${JSON.stringify(delimiter)}: ${formula}`,
      check: () => {
        const name = `Acme LM${delimiter}${formula}`;
        const cell = toCsv([{ name, n: 1 }])
          .split("\n")
          .slice(1)
          .join("\n");
        expect(cell).toBe(`"'${name.replace(/"/g, '""')}",1`);
        expect(csvParse(`name,n\n${cell}`)[0]!.name).toBe(`'${name}`);
      }
    }))
  ),
  {
    kind: "CSV text that only looks near a formula (GPT-3, a=b, 1;-2, GPT-3 - 175B): left as written",
    check: () => {
      expect(toCsv([{ a: "GPT-3", b: "a=b", c: "1;-2", d: "GPT-3 - 175B", e: "x|+5" }]).split("\n")[1]).toBe(
        `GPT-3,a=b,1;-2,GPT-3 - 175B,x|+5`
      );
    }
  },
  {
    kind: "a shared link with a 200 KB query string opens",
    check: async () => {
      const dir = mkdtempSync(join(tmpdir(), "site-"));
      writeFileSync(join(dir, "scaling.html"), "<!doctype html><title>ok</title>");
      const { server } = await serveStatic(dir);
      try {
        const port = (server.address() as AddressInfo).port;
        const status = (path: string) =>
          new Promise<number>((done, fail) =>
            request(
              { host: "127.0.0.1", port, path },
              (response) => (response.resume(), done(response.statusCode ?? 0))
            )
              .on("error", fail)
              .end()
          );
        expect(await status(`/scaling?models=${"gpt-3-175b,".repeat(200_000 / 11)}`)).toBe(200);
        expect(await status("/%E0%A4%A")).toBe(404); // a malformed escape: not found, and the server lives on
        expect(await status("/scaling")).toBe(200);
      } finally {
        server.close();
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }
];

/** A site of two files served on 127.0.0.1 for the server cases, and raw HTTP over a socket to it. */
const SITE_BODY = "<!doctype html><title>ok</title>";
async function withSite(run: (raw: (text: string) => Promise<string>) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "site-"));
  writeFileSync(join(dir, "index.html"), SITE_BODY);
  writeFileSync(join(dir, "scaling.html"), SITE_BODY);
  const { server } = await serveStatic(dir);
  const port = (server.address() as AddressInfo).port;
  /** Sends `text` as is and resolves with the first whole response (or what came before the server closed). */
  const raw = (text: string) =>
    new Promise<string>((done, fail) => {
      let received = "";
      const socket = connect(port, "127.0.0.1", () => socket.write(text));
      const finish = () => (socket.destroy(), done(received));
      socket.on("data", (chunk) => {
        received += chunk.toString("latin1");
        const head = received.indexOf("\r\n\r\n");
        if (head < 0) return;
        const length = /content-length: (\d+)/i.exec(received.slice(0, head));
        if (!length || text.startsWith("HEAD") || received.length - head - 4 >= Number(length[1])) finish();
      });
      socket.on("close", finish).on("error", fail);
    });
  try {
    await run(raw);
    // Whatever came before, the server still serves a normal request.
    expect(await raw("GET /scaling HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")).toMatch(/^HTTP\/1\.1 200 [^]*<title>ok/);
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
const get = (target: string, headers = "") => `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n${headers}\r\n`;
const serverCase = (kind: string, request: string, ...expected: (string | RegExp)[]): Case => ({
  kind: `server: ${kind}`,
  check: () =>
    withSite(async (raw) => {
      const response = await raw(request);
      for (const fragment of expected) expect(response).toMatch(fragment);
    })
});

const SERVER_CASES: Case[] = [
  serverCase("an unparseable absolute target (GET http://[): 400", get("http://["), /^HTTP\/1\.1 400 /),
  serverCase("an unclosed IPv6 host (GET http://[::1): 400", get("http://[::1"), /^HTTP\/1\.1 400 /),
  serverCase("a port out of range (GET http://a:99999/): 400", get("http://a:99999/"), /^HTTP\/1\.1 400 /),
  serverCase("a scheme-relative target (GET //[): 400", get("//["), /^HTTP\/1\.1 400 /),
  serverCase("a request line of binary garbage: 400", "\x00\x01\x02 garbage\r\n\r\n", /^HTTP\/1\.1 400 /),
  serverCase("an unknown HTTP version: 400", "GET / HTTP/9.9\r\nHost: a\r\n\r\n", /^HTTP\/1\.1 400 /),
  serverCase("a NUL byte escaped in the path: 404", get("/%00scaling"), /^HTTP\/1\.1 404 /),
  serverCase("a malformed escape: 404", get("/%E0%A4%A"), /^HTTP\/1\.1 404 /),
  serverCase("the asterisk target with GET: 404", get("*"), /^HTTP\/1\.1 404 /),
  serverCase(
    "POST: 405 with Allow",
    "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n\r\nhi",
    /^HTTP\/1\.1 405 /,
    /\r\nallow: GET, HEAD\r\n/i
  ),
  serverCase(
    "DELETE: 405 with Allow",
    "DELETE /scaling HTTP/1.1\r\nHost: a\r\n\r\n",
    /^HTTP\/1\.1 405 [^]*allow: GET, HEAD/i
  ),
  serverCase("OPTIONS *: 405", "OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\n", /^HTTP\/1\.1 405 /),
  serverCase("an invented method (BREW): 400 or 405", "BREW / HTTP/1.1\r\nHost: a\r\n\r\n", /^HTTP\/1\.1 40[05] /),
  serverCase(
    "HEAD: the headers of GET, no body",
    "HEAD / HTTP/1.1\r\nHost: a\r\nAccept-Encoding: identity\r\n\r\n",
    /^HTTP\/1\.1 200 /,
    `content-length: ${SITE_BODY.length}`,
    /\r\n\r\n$/
  ),
  serverCase(
    "Range bytes=2-4: 206 with those bytes",
    get("/", "Range: bytes=2-4\r\n"),
    /^HTTP\/1\.1 206 /,
    `content-range: bytes 2-4/${SITE_BODY.length}`,
    /\r\n\r\ndoc$/
  ),
  serverCase(
    "Range bytes=-6 (the last six): 206",
    get("/", "Range: bytes=-6\r\nAccept-Encoding: br\r\n"),
    /^HTTP\/1\.1 206 /,
    /\r\n\r\ntitle>$/
  ),
  serverCase(
    "Range starting past the end: 416 with the size",
    get("/", "Range: bytes=9999-\r\n"),
    /^HTTP\/1\.1 416 /,
    `content-range: bytes */${SITE_BODY.length}`
  ),
  serverCase(
    "an invalid Range (bytes=5-2): ignored, the whole file",
    get("/", "Range: bytes=5-2\r\nAccept-Encoding: identity\r\n"),
    /^HTTP\/1\.1 200 /,
    /\r\n\r\n<!doctype html><title>ok<\/title>$/
  ),
  {
    kind: "server: every malformed request in a row on one server, then a normal one",
    check: () =>
      withSite(async (raw) => {
        for (const target of ["http://[", "http://[::1", "//[", "/%E0", "/%00"])
          expect(await raw(get(target))).toMatch(/^HTTP\/1\.1 40[04] /);
        expect(await raw("DELETE / HTTP/1.1\r\nHost: a\r\n\r\n")).toMatch(/^HTTP\/1\.1 405 /);
      })
  }
];

// The talk's link between windows, the offline talk's inline scripts, and the pages' cost: forged messages, hostile
// catalog text in talk.html, and a backdrop file fetched by a page that never draws it.
const presenterWindow = {};
const talkWindows = { origin: "https://talk.example", windows: new Set<unknown>([presenterWindow]) };
const HOSTILE_TEXTS = ["<!--<script>", "</script><p id=injected>", "<!--<SCRIPT >", "</SCRIPT", "<script>x=1</script>"];
/** The page files (src/**\/*.md) that name epoch.json, and the text of each. */
function pagesNamingEpoch(): [string, string][] {
  const pages = readdirSync("src", { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".md"));
  return pages
    .map((f) => [f, readFileSync(join("src", f), "utf8")] as [string, string])
    .filter(([, text]) => text.includes("epoch.json"));
}
const LINK_AND_EXPORT_CASES: Case[] = [
  {
    kind: "a deck message from another origin: ignored",
    check: () =>
      expect(fromOwnWindow({ origin: "https://evil.example", source: presenterWindow }, talkWindows)).toBe(false)
  },
  {
    kind: "a deck message from a window of the same origin that is not the talk's: ignored",
    check: () => expect(fromOwnWindow({ origin: "https://talk.example", source: {} }, talkWindows)).toBe(false)
  },
  {
    kind: "a deck position stamped a year ahead (it would freeze the deck against its presenter): ignored",
    check: () => {
      const now = 1_000_000;
      expect(freshStamp(now + 365 * 24 * 3600 * 1000, now - 10, now)).toBe(false);
      expect(freshStamp(now + MAX_CLOCK_SKEW + 1, now - 10, now)).toBe(false);
      expect(freshStamp(now, now - 10, now)).toBe(true);
    }
  },
  {
    kind: "catalog text `<!--<script>` and `</script` in the offline talk's data: no `<` in the page, read back intact",
    check: () => {
      const data = { names: HOSTILE_TEXTS };
      const html = talkHtml({ script: "", style: "", data });
      for (const text of HOSTILE_TEXTS) expect(html).not.toContain(text);
      expect(JSON.parse(jsonForScript(data))).toEqual(data);
    }
  },
  {
    kind: "`<!--`, `<script` and `</script` (any case) in the offline talk's code: written \\x3C",
    check: () => {
      const code = scriptForInline(`var a = ${JSON.stringify(HOSTILE_TEXTS.join(""))};`);
      expect(code).not.toMatch(/<(!--|\/?script)/i);
      expect(new Function(`${code} return a;`)()).toBe(HOSTILE_TEXTS.join(""));
    }
  },
  {
    kind: "the Epoch backdrop's file in a page that never draws it: not fetched (no page fetches it unconditionally)",
    check: () => {
      const naming = pagesNamingEpoch();
      // Only the pages that draw the backdrop name the file: Scaling and Explore (behind ?backdrop=on or the toggle)
      // and a story, the browser's story (/stories/mine) or the talk (a story too) when one of its views asks for it.
      expect(naming.map(([file]) => file).sort()).toEqual([
        "explore.md",
        "scaling.md",
        "stories/[story].md",
        "stories/mine.md",
        "talk.md"
      ]);
      for (const [file, text] of naming) {
        const fetches = text.split("\n").filter((l) => /FileAttachment\("[^"]*epoch\.json"\)/.test(l));
        expect(fetches.length, file).toBeGreaterThan(0);
        for (const line of fetches) expect(line, file).toMatch(/=> FileAttachment\(|\? await FileAttachment\(/);
      }
    }
  }
];

const ALL = [
  ...CATALOG_CASES,
  ...SYNTAX_CASES,
  ...CATALOG_ERROR_CASES,
  ...INVISIBLE_CASES,
  ...PLAUSIBILITY_CASES,
  ...EPOCH_CASES,
  ...EPOCH_FILE_CASES,
  ...LARGE_CASES,
  ...BUILD_CASES,
  ...DOWNLOAD_CASES,
  ...SERVER_CASES,
  ...LINK_AND_EXPORT_CASES
];

describe("bad inputs: each kind is rejected with a clear message or handled as specified", () => {
  test("kinds are distinct", () => expect(new Set(ALL.map((c) => c.kind)).size).toBe(ALL.length));
  test.each(ALL)("$kind", async ({ kind, check }) => {
    await check();
    passed.add(kind);
  });
});

afterAll(() => {
  process.stderr.write(
    `bad inputs: ${passed.size} of ${ALL.length} distinct kinds rejected with a clear message or handled as specified\n`
  );
});
