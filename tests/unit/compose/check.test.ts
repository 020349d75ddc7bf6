// An edited slide is checked as the build would check it, and the error names the slide and the line of its text
// as the editor shows it (not the line of some file the user never sees).
import { describe, expect, test } from "vitest";
import { slideProblem } from "../../../src/compose/check.js";
import { en } from "../../../src/i18n/en.js";
import { zh } from "../../../src/i18n/zh.js";
import { storyData } from "../../support/story-data.js";
import type { StoryData } from "../../../src/stories/resolve.js";

const data = { ...storyData(), epoch: [] } as unknown as StoryData;
const meta = { title: "T", lang: "en" as const, paper: "a4" as const, duration: 20 };
const slide = (body: string, notes = "") => ({ title: "A slide", body, notes });

describe("slideProblem", () => {
  test("a good slide, views included, is kept", () => {
    expect(slideProblem(meta, slide("Text.\n\n![](/scaling?model=gpt-3-175b)"), 2, data, en.compose)).toBeNull();
  });
  test("HTML on line 3 of the text", () => {
    expect(slideProblem(meta, slide("One.\n\n<b>two</b>"), 2, data, en.compose)).toBe(
      "Not changed: slide 2, line 3 of its text: HTML is not part of a story (notes go in `<!-- … -->`)"
    );
  });
  test("leading blank lines count as the editor shows them", () => {
    expect(slideProblem(meta, slide("\n\n![](/scaling?model=nobody)"), 1, data, en.compose)).toMatch(
      /^Not changed: slide 1, line 3 of its text: "model=nobody"/
    );
  });
  test("notes that close themselves early name the slide, in the interface's language", () => {
    expect(slideProblem(meta, slide("Text.", "a --> b"), 4, data, zh.compose)).toMatch(/^未修改：第 4 张幻灯片：/);
  });
});
