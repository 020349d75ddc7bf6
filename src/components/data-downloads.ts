// Download links for a loader's table: the JSON file as built, and the same rows as CSV (made in the browser).
import { csvFormat } from "d3-dsv";

export function toCsv(rows: Record<string, unknown>[]): string {
  const flat = rows.map((row) =>
    Object.fromEntries(Object.entries(row).map(([key, value]) => [key, Array.isArray(value) ? value.join("; ") : value === null || value === undefined ? "" : String(value)]))
  );
  return csvFormat(flat);
}

export function downloadLinks(name: string, rows: Record<string, unknown>[], jsonUrl: string): HTMLElement {
  const span = document.createElement("span");
  span.className = "downloads";
  const json = document.createElement("a");
  json.href = jsonUrl;
  json.download = `${name}.json`;
  json.textContent = "JSON";
  json.setAttribute("aria-label", `Download ${name} as JSON`);
  const csv = document.createElement("a");
  csv.href = URL.createObjectURL(new Blob([toCsv(rows)], { type: "text/csv" }));
  csv.download = `${name}.csv`;
  csv.textContent = "CSV";
  csv.setAttribute("aria-label", `Download ${name} as CSV`);
  span.append(json, " · ", csv);
  return span;
}
