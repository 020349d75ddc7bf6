// The site's one CSV writer. (Interim: the hardening branch brings the version that neutralises formula cells.)
import { csvFormat } from "d3-dsv";

export type CsvValue = string | number | boolean | null | undefined | readonly unknown[];

export function toCsv(rows: readonly Record<string, CsvValue>[], columns?: readonly string[]): string {
  const flat = rows.map((row) =>
    Object.fromEntries(Object.entries(row).map(([key, value]) => [key, Array.isArray(value) ? value.join("; ") : value === null || value === undefined ? "" : String(value)]))
  );
  return columns ? csvFormat(flat, [...columns]) : csvFormat(flat);
}
