// A component asks the language's rules (src/i18n/rules.ts) or its dictionary, never which language it is: outside
// src/i18n no code compares a language to "en" or "zh", so a third language needs no branch anywhere else.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";

const ROOTS = ["src", "scripts", "data-loaders"];
const SKIP = /(^|\/)(i18n|\.observablehq|sources)$/;
const BRANCH = /(?:===|!==)\s*["'](?:en|zh)["']|["'](?:en|zh)["']\s*(?:===|!==)/;

function files(path: string): string[] {
  if (SKIP.test(path)) return [];
  if (statSync(path).isDirectory()) return readdirSync(path).flatMap((name) => files(join(path, name)));
  return /\.(ts|md)$/.test(path) ? [path] : [];
}

test("no language branch outside src/i18n", () => {
  const found = ROOTS.flatMap(files).flatMap((file) =>
    readFileSync(file, "utf8")
      .split("\n")
      .flatMap((line, i) => (BRANCH.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : []))
  );
  expect(found).toEqual([]);
});
