// Download links for a loader's table: the JSON file as built, and the same rows as CSV (made in the browser).
import { dictionaryFor, type Lang } from "../i18n/index.js";
import { toCsv as writeCsv } from "./csv.js";

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
  const span = document.createElement("span");
  span.className = "downloads";
  const json = document.createElement("a");
  json.href = jsonUrl;
  json.download = `${name}.json`;
  json.textContent = "JSON";
  json.setAttribute("aria-label", label(name, "JSON"));
  const csv = document.createElement("a");
  csv.href = URL.createObjectURL(new Blob([toCsv(rows)], { type: "text/csv" }));
  csv.download = `${name}.csv`;
  csv.textContent = "CSV";
  csv.setAttribute("aria-label", label(name, "CSV"));
  span.append(json, " · ", csv);
  return span;
}
