// Download links for a loader's table: the JSON file as built, and the same rows as CSV (made in the browser).
import { dictionaryFor, type Lang } from "../i18n/index.js";
import { toCsv as writeCsv } from "./csv.js";
import { h } from "./dom.js";

/** The site's one CSV writer (csv.ts), which neutralises formula cells. */
export function toCsv(rows: Record<string, unknown>[]): string {
  return writeCsv(rows);
}

export function downloadLinks(
  name: string,
  rows: Record<string, unknown>[],
  jsonUrl: string,
  lang: Lang = "en"
): HTMLElement {
  const label = dictionaryFor(lang).figure.downloadTable;
  const json = h("a", {
    href: jsonUrl,
    download: `${name}.json`,
    textContent: "JSON",
    attrs: { "aria-label": label(name, "JSON") }
  });
  const csv = h("a", {
    href: URL.createObjectURL(new Blob([toCsv(rows)], { type: "text/csv" })),
    download: `${name}.csv`,
    textContent: "CSV",
    attrs: { "aria-label": label(name, "CSV") }
  });
  return h("span", { className: "downloads" }, json, " · ", csv);
}
