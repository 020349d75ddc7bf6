// The one CSV writer of the site: every download (tables, charts' data) goes through toCsv. Pure, no DOM.
//
// Spreadsheets run a cell that starts with = + - @ (and tab or carriage return, which some strip first) as a formula:
// a model named =HYPERLINK("http://evil","x") would become a live link. A spreadsheet may also split the file on
// another delimiter than the comma (Excel in German or French locales splits on ";"; import dialogs offer tab, space,
// "|" and others), so a cell "Acme LM;=1+1" becomes two, the second a formula. As OWASP recommends for CSV injection,
// a cell any of whose delimiter-separated parts starts like a formula is prefixed with a single quote (shown as text)
// and wrapped in double quotes (kept as one cell whatever the delimiter). Genuine numbers are left alone: -3.5 stays
// -3.5, whether it arrives as a number or as a string that reads as one.

export type CsvValue = string | number | boolean | bigint | null | undefined | Date | readonly unknown[];

const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain decimal number, as JSON or a spreadsheet writes it: -3.5, 1e21, -0.25E-3. */
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** The delimiters spreadsheets offer to split a line on (comma, semicolon, tab, space, pipe), and line breaks. */
const DELIMITERS = /[,;\t| \n\r]/;

const startsFormula = (part: string) => FORMULA_START.test(part) && !PLAIN_NUMBER.test(part.trim());

/** Whether any delimiter-separated part of a text cell would start a formula (numbers written as text pass). */
export function isFormulaLike(text: string): boolean {
  if (startsFormula(text)) return true;
  // Spaces after a delimiter are skipped, as import dialogs offer to trim them ("a; =1" is split as "a" and "=1"); a
  // lone sign between spaces ("GPT-3 - 175B") is text in every spreadsheet.
  return text
    .split(DELIMITERS)
    .slice(1)
    .map((part) => part.replace(/^ +/, ""))
    .some((part) => part.length > 1 && startsFormula(part));
}

/** Neutralises a text cell a spreadsheet would read as a formula; numbers written as text pass. */
export function neutraliseFormula(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
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

/**
 * Quotes a cell when CSV requires it (a comma, a quote, a line break, or spaces at an end), and always when it was
 * neutralised, so that a spreadsheet splitting on another delimiter keeps it as one cell behind its single quote.
 */
function quoteCell(text: string, neutralised = false): string {
  return neutralised || /[",\n\r]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A text cell, neutralised and quoted. */
const safeText = (text: string) => (isFormulaLike(text) ? quoteCell(`'${text}`, true) : quoteCell(text));

// A number is never neutralised: String(-3.5) is "-3.5", a number, and must stay one.
const safeCell = (value: unknown) =>
  typeof value === "number" ? quoteCell(cellText(value)) : safeText(cellText(value));

/**
 * Rows as CSV text (RFC 4180, CRLF-free: "\n" between records). `columns` picks and orders the columns; by default,
 * every key of any row, in the order first seen. Header names are neutralised too.
 */
export function toCsv(rows: readonly Record<string, unknown>[], columns?: readonly string[]): string {
  const names = columns ?? [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const lines = [names.map(safeText).join(",")];
  for (const row of rows) lines.push(names.map((name) => safeCell(row[name])).join(","));
  return lines.join("\n");
}
