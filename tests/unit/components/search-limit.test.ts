// @vitest-environment jsdom
// A 60 KB search query: Inputs.search compiled it into a regular expression V8 refuses ("Stack overflow"), threw, and
// left the previous count of results. The site's searches cap the query (src/components/search-limit.ts).
import * as Inputs from "@observablehq/inputs";
import { describe, expect, test } from "vitest";
import { limitQuery, MAX_QUERY_LENGTH } from "../../../src/components/search-limit.js";

const ROWS = [
  { name: "GPT-3", organization: "OpenAI" },
  { name: "PaLM", organization: "Google" },
  { name: "Chinchilla", organization: "DeepMind" }
];

/** A capped search over ROWS, the query typed (or pasted) as `query`. */
function searchFor(query: string) {
  const form = limitQuery(Inputs.search(ROWS, { columns: ["name", "organization"] }));
  document.body.append(form);
  const input = form.querySelector("input")!;
  input.value = query;
  input.dispatchEvent(new Event("input", { bubbles: true }));
  const output = form.querySelector("output")!;
  return { form, input, count: output.value, rows: (form as unknown as { value: typeof ROWS }).value };
}

describe("a search query far longer than anything searched", () => {
  test("what a 60 KB word became without the cap: a regular expression V8 refuses", () => {
    expect(() => new RegExp(`(?:^|[^\\p{L}-])${"a".repeat(60_000)}`, "iu").test("GPT-3")).toThrow(SyntaxError);
  });

  test.each([
    ["one 60 KB word", "a".repeat(60_000), 0],
    ["60 KB of words (GPT, GPT, ...)", "gpt ".repeat(15_000), 1],
    ["a 60 KB paste starting with a match", `PaLM${" ".repeat(60_000)}x`, 1],
    ["exactly the limit", "G".repeat(MAX_QUERY_LENGTH), 0]
  ])("%s: no error, the query capped, the count current", (_, query, matches) => {
    const { input, count, rows } = searchFor(query);
    expect(input.value.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(input.maxLength).toBe(MAX_QUERY_LENGTH);
    expect(rows).toHaveLength(matches);
    expect(count).toBe(`${matches} result${matches === 1 ? "" : "s"}`);
  });

  test("an ordinary query is untouched", () => {
    const { input, rows } = searchFor("google");
    expect(input.value).toBe("google");
    expect(rows.map((r) => r.name)).toEqual(["PaLM"]);
  });
});
