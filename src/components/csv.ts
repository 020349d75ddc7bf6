// The one CSV writer of the site: every download (tables, charts' data) goes through toCsv. Pure, no DOM.
//
// Spreadsheets run a cell that starts with = + - @ (and tab or carriage return, which some strip first) as a formula:
// a model named =HYPERLINK("http://evil","x") would become a live link. As OWASP recommends for CSV injection, such a
// cell is prefixed with a single quote, which shows it as text. Genuine numbers are left alone: -3.5 stays -3.5,
// whether it arrives as a number or as a string that reads as one.

export type CsvValue = string | number | boolean | bigint | null | undefined | Date | readonly unknown[];

const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain decimal number, as JSON or a spreadsheet writes it: -3.5, 1e21, -0.25E-3. */
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Neutralises a text cell a spreadsheet would read as a formula; numbers written as text pass. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** The text of one cell: null and undefined empty, arrays joined with "; ", dates as ISO, numbers as JavaScript writes them. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "bigint" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString();
  if (Array.isArray(value)) return value.map((item) => cellText(item)).join("; ");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** Quotes a cell when CSV requires it (a comma, a quote, a line break, or spaces at an end). */
function quoteCell(text: string): string {
  return /[",\n\r]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const safeCell = (value: unknown) => {
  const text = cellText(value);
  // A number is never neutralised: String(-3.5) is "-3.5", a number, and must stay one.
  return quoteCell(typeof value === "number" ? text : neutraliseFormula(text));
};

/**
 * Rows as CSV text (RFC 4180, CRLF-free: "\n" between records). `columns` picks and orders the columns; by default,
 * every key of any row, in the order first seen. Header names are neutralised too.
 */
export function toCsv(rows: readonly Record<string, unknown>[], columns?: readonly string[]): string {
  const names = columns ?? [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const lines = [names.map((name) => quoteCell(neutraliseFormula(name))).join(",")];
  for (const row of rows) lines.push(names.map((name) => safeCell(row[name])).join(","));
  return lines.join("\n");
}
