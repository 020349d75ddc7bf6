// Every word in the dictionaries is used: an entry nothing reads is a translation someone maintains for nothing. An
// entry counts as read when the code names it (`.key`, `["key"]`, `key:` in a destructuring of its section) or reads
// its section by a computed key (`common.status[d.status]` reads every status).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { en } from "../../src/i18n/en.js";

const ROOTS = ["src", "scripts", "data-loaders", "observablehq.config.ts"];
const SKIP = /(^|\/)(i18n\/(en|zh)\.ts|\.observablehq)$/;

function sourceFiles(path: string): string[] {
  if (SKIP.test(path)) return [];
  if (statSync(path).isDirectory()) return readdirSync(path).flatMap((name) => sourceFiles(join(path, name)));
  return /\.(ts|md|js)$/.test(path) ? [path] : [];
}
const code = ROOTS.flatMap(sourceFiles)
  .map((file) => readFileSync(file, "utf8"))
  .join("\n");

/** Leaf paths of the dictionary: ["common", "status", "disclosed"], … (functions are leaves). */
function leaves(value: unknown, path: string[] = []): string[][] {
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [path];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Whether the code names `key` as a property, or reads `section` by a computed key. */
function isRead(path: string[]): boolean {
  const key = path.at(-1)!;
  const named = new RegExp(`\\.${escape(key)}\\b|\\[["'\`]${escape(key)}["'\`]\\]|\\b${escape(key)}\\b\\s*[,}:]`);
  if (named.test(code)) return true;
  // A section read by a computed key: the parent's name followed by `[` (not a string literal).
  return path
    .slice(0, -1)
    .some((section) => new RegExp(`\\.${escape(section)}(?:\\s+as\\s+[^)]*\\))?\\s*\\[(?!["'\`])`).test(code));
}

test("every dictionary entry is read somewhere", () => {
  const unread = leaves(en)
    .filter((path) => !isRead(path))
    .map((path) => path.join("."));
  expect(unread).toEqual([]);
});
