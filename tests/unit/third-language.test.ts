// What the README promises a third language takes, tried: French is registered here the way a real language would be
// (in LANGS, with its rules and a dictionary, here a stub of the English one), and the catalog fixture is given its
// `x_fr` fields. Nothing else changes: the schema asks for the French fields, the tables carry them, and the
// accessors read them. A missing French field is reported naming the file, the row and the field.
import { describe, expect, test, vi } from "vitest";
import type { RawSources } from "../../data-loaders/catalog.js";
import type { Lang } from "../../src/i18n/index.js";

vi.mock("../../src/i18n/lang.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/i18n/lang.js")>();
  return { ...original, LANGS: [...original.LANGS, "fr"] };
});
vi.mock("../../src/i18n/rules.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/i18n/rules.js")>();
  const { hasChinese } = await vi.importActual<typeof import("../../src/i18n/punctuation.js")>(
    "../../src/i18n/punctuation.js"
  );
  const fr = {
    name: "French",
    tag: "fr",
    wideGlyphs: false,
    wordSpace: " ",
    readsTheArticle: false,
    isWritten: (text: string) => !hasChinese(text)
  };
  const RULES: Record<string, typeof fr> = { ...original.RULES, fr };
  return { ...original, RULES, rulesFor: (lang: string) => RULES[lang] };
});
vi.mock("../../src/i18n/index.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/i18n/index.js")>();
  const en = original.DICTIONARIES.en;
  const trend = {
    ...en.tables.trend,
    noPoints: "aucun modèle n’a de valeur publiée ou estimée",
    onePoint: "un seul modèle a une valeur publiée ou estimée : une tendance demande deux points",
    oneDate: (n: number) => `les ${n} modèles ayant une valeur sortent le même jour : une tendance demande deux dates`
  };
  const DICTIONARIES: Record<string, typeof en> = {
    ...original.DICTIONARIES,
    fr: { ...en, tables: { ...en.tables, trend } }
  };
  return { ...original, DICTIONARIES, dictionaryFor: (lang: string) => DICTIONARIES[lang] };
});

// The test setup has loaded the loaders (the clock's data date) before these mocks: load them afresh, mocked.
vi.resetModules();
const { readSources, validateCatalog } = await import("../../data-loaders/catalog.js");
const { claimsTable } = await import("../../data-loaders/claims.js");
const { abilitiesTable, capabilitiesTable, emergenceTable, lineageTable, milestonesTable, releasesTable } =
  await import("../../data-loaders/tables.js");
const { trendsTable } = await import("../../data-loaders/trends.js");
const { SourceError } = await import("../../data-loaders/validation.js");
const { claimIn, textIn, TRANSLATED_LANGS } = await import("../../src/i18n/index.js");
const { FIGURES } = await import("../../src/figures/registry.js");

const FR = "fr" as Lang;
const FIXTURE = "tests/fixtures/catalog";
const AS_OF = "2026-11-28";
const french = (english: string) => `FR ${english}`;

type Row = Record<string, unknown>;

/**
 * The fixture catalog with its French: beside every field that has a Chinese translation a French one, and every
 * claim translated (French readers do not read the Chinese article, so its words do not stand for the French).
 */
function withFrench(raw: RawSources): RawSources {
  const add = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(add);
    if (value === null || typeof value !== "object") return value;
    const row: Row = {};
    for (const [key, item] of Object.entries(value as Row)) {
      row[key] = add(item);
      const english = (value as Row)[key];
      const translatedInChinese = `${key}_zh` in (value as Row);
      if (translatedInChinese || (key === "claim" && typeof english === "string"))
        row[`${key}_fr`] = typeof english === "string" ? french(english) : null;
    }
    return row;
  };
  return add(structuredClone(raw)) as RawSources;
}

const validate = (raw: RawSources) => validateCatalog(raw, { asOf: AS_OF, folder: "sources" });

function problemsOf(raw: RawSources): string[] {
  try {
    validate(raw);
    return [];
  } catch (error) {
    if (error instanceof SourceError) return error.problems;
    throw error;
  }
}

describe("a third language registered in LANGS", () => {
  const catalog = validate(withFrench(readSources(FIXTURE)));

  test("is a translated language of the catalog", () => {
    expect(TRANSLATED_LANGS).toEqual(["zh", "fr"]);
  });

  test("the catalog with its x_fr fields validates, and the tables carry the French beside the Chinese", () => {
    const [model] = releasesTable(catalog);
    expect(model).toMatchObject({
      release_event_fr: french(model!.release_event),
      parameters_note_fr: model!.parameters_note === null ? null : french(model!.parameters_note)
    });
    expect(textIn(FR, model!, "release_event")).toBe(french(model!.release_event));
    expect(textIn(FR, model!, "release_event")).not.toBe(textIn("zh", model!, "release_event"));
    for (const m of milestonesTable(catalog)) expect(textIn(FR, m, "label")).toBe(french(m.label));
    for (const e of emergenceTable(catalog)) expect(textIn(FR, e, "ability")).toBe(french(e.ability));
    for (const a of abilitiesTable(catalog)) expect(textIn(FR, a, "name")).toBe(french(a.name));
    for (const e of lineageTable(catalog).filter((row) => row.note))
      expect(textIn(FR, e, "note")).toBe(french(e.note!));
  });

  test("claims read in French are the French, never the article's Chinese", () => {
    const cells = capabilitiesTable(catalog);
    expect(cells.some((c) => c.article_text)).toBe(true);
    for (const cell of cells) {
      expect(claimIn(FR, cell)).toBe(french(cell.claim));
      expect(textIn(FR, cell, "ability_name")).toBe(french(cell.ability_name));
    }
    for (const claim of claimsTable(catalog)) expect(claimIn(FR, claim)).toBe(french(claim.claim));
  });

  test("loader-written text (a trend's reason) comes from the French dictionary", () => {
    const unfitted = trendsTable(catalog).filter((row) => row.status === "not enough points");
    expect(unfitted.length).toBeGreaterThan(0);
    for (const row of unfitted) {
      expect(textIn(FR, row, "reason")).toMatch(/modèle/);
      expect(textIn("en", row, "reason")).toMatch(/model/);
    }
  });

  test("the figures' data columns give the French", () => {
    const figure = FIGURES.find((f) => f.id === "emergence-thresholds")!;
    const [row] = emergenceTable(catalog);
    const values = figure.columns.map((column) => column.value(row as never, FR));
    expect(values).toContain(french(row!.ability));
    expect(values).not.toContain(row!.ability_zh);
  });

  test("a missing x_fr field is reported with its file, row and field", () => {
    const raw = withFrench(readSources(FIXTURE)) as Record<string, Row[]>;
    const model = raw.models![0]!;
    model.notes = "A note in English.";
    model.notes_zh = "英文的注释。";
    delete model.notes_fr;
    const cell = raw.capabilities!.find((c) => c.article_text)!;
    delete cell.claim_fr;
    const problems = problemsOf(raw as unknown as RawSources);
    expect(problems).toContainEqual(
      expect.stringMatching(/models\.json, row 1 .*field "notes_fr".*"notes" has no French translation/)
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/capabilities\.json, row \d+.*field "claim_fr".*"claim" has no French translation/)
    );
    expect(problems).toHaveLength(2);
  });

  test("a French field with nothing to translate is reported too", () => {
    const raw = withFrench(readSources(FIXTURE)) as Record<string, Row[]>;
    const edge = raw.lineage!.find((row) => !row.note)!;
    edge.note_fr = "une note sans original";
    expect(problemsOf(raw as unknown as RawSources)).toEqual([
      expect.stringMatching(/lineage\.json, row \d+.*field "note_fr".*translates nothing: "note" is empty/)
    ]);
  });
});
