// chart-releases.json: the releases table cut to the columns the explorer draws (src/contract.ts, ChartReleaseRow),
// written column by column. At 20,000 models the full table is 82 MB, nearly all of it notes and their translations;
// this one is 10 MB (more than twice that as rows: the keys repeated on every row).
import {
  CHART_FACT_SUFFIXES,
  CHART_SOURCE_SUFFIXES,
  CHART_RELEASE_FACTS,
  CHART_RELEASE_FIELDS,
  CHART_RELEASE_TRANSLATED,
  type ChartReleaseColumns,
  type ChartReleaseRow,
  type ReleaseRow
} from "../src/contract.js";
import { TRANSLATED_LANGS, translationKey } from "../src/i18n/data-text.js";
import type { Catalog } from "./catalog.js";
import { releasesTable } from "./tables.js";

/** Every column of chart-releases.json, in the order written. */
export const CHART_RELEASE_COLUMNS: readonly (keyof ChartReleaseRow)[] = [
  ...CHART_RELEASE_FIELDS,
  ...CHART_RELEASE_TRANSLATED.flatMap((field) => TRANSLATED_LANGS.map((lang) => translationKey(field, lang))),
  ...CHART_RELEASE_FACTS.flatMap((fact) => CHART_FACT_SUFFIXES.map((suffix) => `${fact}${suffix}` as const)),
  ...CHART_RELEASE_FACTS.flatMap((fact) => CHART_SOURCE_SUFFIXES.map((suffix) => `${fact}${suffix}` as const))
];

/** A column's value for a row: a fact's source only where that fact is undisclosed (CHART_SOURCE_SUFFIXES). */
function chartValue(row: ReleaseRow, column: keyof ChartReleaseRow): unknown {
  const fact = CHART_RELEASE_FACTS.find((f) => CHART_SOURCE_SUFFIXES.some((suffix) => column === `${f}${suffix}`));
  return fact && row[`${fact}_status`] !== "undisclosed" ? null : row[column];
}

/** The chart columns of release rows, in the same order (release date, then id), as chart-releases.json writes them. */
export const chartReleasesOf = (releases: readonly ReleaseRow[]): ChartReleaseColumns =>
  Object.fromEntries(
    CHART_RELEASE_COLUMNS.map((column) => [column, releases.map((row) => chartValue(row, column))])
  ) as ChartReleaseColumns;

/** chart-releases: the releases table's chart columns, one model per index, in release order. */
export const chartReleasesTable = (catalog: Catalog): ChartReleaseColumns => chartReleasesOf(releasesTable(catalog));
