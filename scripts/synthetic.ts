// Synthetic catalogs for the benchmark: the curated models copied N times over, shifted in time and size, so that
// the loaders and charts see realistic rows at any count. Never used as data: only to time the code.
import type { RawSources } from "../data-loaders/catalog.js";
import { TRANSLATED_LANGS, translationKey } from "../src/i18n/data-text.js";

export function syntheticSources(raw: RawSources, count: number): RawSources {
  const models = raw.models as Record<string, any>[];
  const copies: Record<string, any>[] = [];
  for (let i = 0; copies.length < count; ++i) {
    const base = structuredClone(models[i % models.length]!);
    const round = Math.floor(i / models.length);
    if (round > 0) {
      base.id = `${base.id}-synthetic-${round}`;
      base.name = `${base.name} (synthetic ${round})`;
      for (const key of TRANSLATED_LANGS.map((lang) => translationKey("name", lang)))
        if (base[key]) base[key] = `${base[key]} (${round})`; // display names are unique in every language
      base.gpt_line = false;
      const day = 1 + (round % 28);
      base.release.date = `${base.release.date.slice(0, 8)}${String(day).padStart(2, "0")}`;
      if (base.release.precision === "month") base.release.precision = "day";
      // A value and its estimate's range scale together (validation checks a range against its value), and compute
      // with parameters × tokens (validation checks it against 6 × parameters × tokens).
      const factor = 1 + (round % 7) / 10;
      const scale = { parameters: factor, training_tokens: factor, training_compute: factor * factor };
      for (const [fact, by] of Object.entries(scale))
        for (const key of ["value", "low", "high"])
          if (typeof base[fact][key] === "number")
            base[fact][key] = fact === "parameters" ? Math.round(base[fact][key] * by) : base[fact][key] * by;
    }
    copies.push(base);
  }
  return { ...raw, models: copies };
}

/**
 * A synthetic Epoch AI CSV of `rows` rows in Epoch's current columns: nine language models in ten (all distinct, so
 * all imported), one vision model, multi-line quoted notes in some. Only to time the importer.
 */
export function syntheticEpochCsv(rows: number): string {
  const header =
    "Model,Domain,Task,Organization,Authors,Publication date,Reference,Link,Parameters,Parameters notes,Training compute (FLOP),Training dataset size (datapoints),Dataset size notes,Confidence,Base model,Country (of organization)";
  const lines = [header];
  for (let i = 0; i < rows; i++) {
    const language = i % 10 !== 9;
    const year = 2016 + (i % 9);
    const notes = i % 7 === 0 ? `"From the paper: ""${i} tokens"".\nWe multiply this by 0.75, as Epoch does."` : "";
    lines.push(
      `Synthetic Model ${i},${language ? "Language" : "Vision"},Language modeling,Lab ${i % 97},"A. Author, B. Author",${year}-0${1 + (i % 9)}-1${i % 10},Synthetic row ${i},https://example.org/${i},${(1 + (i % 500)) * 1e8}.0,,${(1 + (i % 300)) * 1e20},${(1 + (i % 400)) * 1e9}.0,${notes},Likely,,Atlantis`
    );
  }
  return `${lines.join("\n")}\n`;
}
