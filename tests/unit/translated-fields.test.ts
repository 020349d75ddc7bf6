// The catalog's translations are named once: a field `x` is English and `x_<lang>` its translation, for every
// language in LANGS (src/i18n/data-text.ts). Outside src/i18n and the schema, code reads them through `textIn`,
// `claimIn` and `translationsOf`, and the contract derives their columns (`Translations`), so no code names a
// Chinese field: a third language then needs no change here. (Tests and the catalog's JSON may name them.)
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { TRANSLATED_LANGS } from "../../src/i18n/data-text.js";

const ROOTS = ["src", "scripts", "data-loaders", "observablehq.config.ts"];
const SKIP = /(^|\/)(src\/i18n|data-loaders\/schema\.ts|\.observablehq)$/;
/** `note_zh`, `${field}_zh`, "_zh": a field of a translated language named in code. */
const NAMED = new RegExp(`(?:\\w|\\}|["'\`])_(?:${TRANSLATED_LANGS.join("|")})\\b`);

function files(path: string): string[] {
  if (SKIP.test(path)) return [];
  if (statSync(path).isDirectory()) return readdirSync(path).flatMap((name) => files(join(path, name)));
  // Code and pages; of the curated sources' folder only its code (its Markdown documents the JSON's fields).
  const kinds = path.startsWith("data-loaders/sources/") ? /\.ts$/ : /\.(ts|js|md)$/;
  return kinds.test(path) ? [path] : [];
}

test("no code outside src/i18n and the schema names a translated field", () => {
  const scanned = ROOTS.flatMap(files);
  expect(scanned.length).toBeGreaterThan(100);
  const found = scanned.flatMap((file) =>
    readFileSync(file, "utf8")
      .split("\n")
      .flatMap((line, i) => (NAMED.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : []))
  );
  expect(found).toEqual([]);
});

test("the rule finds what it looks for", () => {
  for (const line of ["row.notes_zh", "d[`${metric}_note_zh`]", 'key.endsWith("_zh")', "claim_translated_zh: null"])
    expect(NAMED.test(line), line).toBe(true);
  for (const line of ['textIn(lang, row, "notes")', "STYLE-zh.md", "lang: zh-CN"])
    expect(NAMED.test(line), line).toBe(false);
});
