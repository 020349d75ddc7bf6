// @vitest-environment jsdom
// The views' pure parts: the report's parts cover the registry once each and their introductions cite the figures'
// numbers; the Data table sorts undisclosed values first; the evidence heading says state, stage and inference.
import { expect, test } from "vitest";
import { FIGURES } from "../../src/figures/registry.js";
import { partIntro, REPORT_PARTS, unplacedFigures } from "../../src/views/report.js";
import { sortableRows } from "../../src/views/data.js";
import { wrappableUrl } from "../../src/components/dom.js";
import { evidenceHeading } from "../../src/views/capabilities.js";
import { filterSummaryText } from "../../src/views/scaling.js";
import { storyData } from "../support/story-data.js";

test("the report's parts place every figure of the registry once, in the registry's order", () => {
  const ids = FIGURES.map((f) => f.id);
  expect(unplacedFigures(REPORT_PARTS, ids)).toEqual({ missing: [], extra: [] });
  expect(REPORT_PARTS.flatMap((part) => part.figures)).toEqual(ids);
  expect(unplacedFigures([{ figures: ["a", "b", "b", "z"] }], ["a", "b", "c"])).toEqual({
    missing: ["c"],
    extra: ["b", "z"]
  });
});

test("a part's introduction names its figures by their numbers in the report, in both languages", () => {
  const number = (id: string) => FIGURES.findIndex((f) => f.id === id) + 1;
  expect(partIntro("timeline", "en")).toContain(`Figure ${number("gpt35-tree")}`);
  expect(partIntro("capabilities", "en")).toContain(`Figure ${number("limitations")}`);
  expect(partIntro("scaling", "zh")).toContain(String(number("trend-fits")));
  expect(partIntro("scaling", "zh")).not.toBe(partIntro("scaling", "en"));
});

test("the Data table sorts an undisclosed value as -Infinity, first, and keeps every other field", () => {
  const releases = storyData().releases;
  const undisclosed = releases.find((d) => d.parameters === null)!;
  const rows = sortableRows(releases);
  expect(rows).toHaveLength(releases.length);
  const row = rows.find((d) => d.id === undisclosed.id)!;
  expect(row.parameters).toBe(-Infinity);
  expect(row.name).toBe(undisclosed.name);
  const disclosed = releases.find((d) => d.parameters !== null)!;
  expect(rows.find((d) => d.id === disclosed.id)!.parameters).toBe(disclosed.parameters);
});

test("the evidence heading: model, ability, the state in words, the stage that gave it, and whether inferred", () => {
  const cells = storyData().capabilities;
  const staged = cells.find((c) => c.stage && c.inferred) ?? cells.find((c) => c.stage)!;
  const heading = evidenceHeading(staged, "en");
  expect(heading.startsWith(`${staged.model_name} · `)).toBe(true);
  expect(heading).toMatch(/\(.+\)/);
  expect(heading.includes("* ")).toBe(Boolean(staged.inferred));
  expect(evidenceHeading(staged, "zh")).not.toBe(heading);
});

test("the Scaling summary: without the Epoch table its note follows the count after the language's word space", () => {
  const zh = filterSummaryText("zh", 91, 91, 0, false);
  expect(zh).toContain("。（");
  expect(zh).not.toMatch(/。\s+（/);
  expect(filterSummaryText("en", 91, 91, 0, false)).toMatch(/\. \S/);
  expect(filterSummaryText("zh", 91, 91, 0, true)).toBe(zh.slice(0, zh.indexOf("（")));
});

test("a URL may wrap after its punctuation and nowhere else (a source's Link column on paper)", () => {
  const a = document.createElement("a");
  a.append(...wrappableUrl("https://arxiv.org/abs/1706.03762?x=1"));
  expect(a.innerHTML).toBe("https://<wbr>arxiv.<wbr>org/<wbr>abs/<wbr>1706.<wbr>03762?<wbr>x=<wbr>1");
  expect(a.textContent).toBe("https://arxiv.org/abs/1706.03762?x=1");
  expect(wrappableUrl("localhost")).toEqual(["localhost"]);
  expect(wrappableUrl("a.com/language_models-x").filter((p) => typeof p === "string")).toEqual([
    "a.",
    "com/",
    "language_",
    "models-",
    "x"
  ]);
});
