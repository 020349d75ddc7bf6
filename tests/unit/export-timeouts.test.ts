// An export must not fail because the machine is busy: every page an export script opens waits EXPORT_RENDER_TIMEOUT
// for the page to render, not openPage's 15 s default (a story's printed slides took 19 s on a loaded machine).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXPORT_RENDER_TIMEOUT } from "../../scripts/chromium.js";

/** The argument text of each call `name(…)` in source (balanced parentheses). */
function callArguments(source: string, name: string): string[] {
  const calls: string[] = [];
  for (let at = source.indexOf(`${name}(`); at >= 0; at = source.indexOf(`${name}(`, at + 1)) {
    let depth = 0;
    const start = at + name.length;
    for (let i = start; i < source.length; i++) {
      if (source[i] === "(") depth++;
      else if (source[i] === ")" && --depth === 0) {
        calls.push(source.slice(start + 1, i));
        break;
      }
    }
  }
  return calls;
}

const scripts = readdirSync("scripts").filter((file) => /^export.*\.ts$/.test(file));

describe("export scripts wait long enough for a page", () => {
  it("gives a busy machine minutes, not the tests' 15 s", () => {
    expect(EXPORT_RENDER_TIMEOUT).toBeGreaterThanOrEqual(60_000);
  });
  it.each(scripts)("%s: every openPage call passes EXPORT_RENDER_TIMEOUT", (file) => {
    const source = readFileSync(join("scripts", file), "utf8");
    const calls = callArguments(source, "openPage");
    for (const args of calls) expect(args, `${file}: openPage(${args})`).toContain("timeout: EXPORT_RENDER_TIMEOUT");
  });
});
