// @vitest-environment jsdom
// The talk's parameter build names every model it reveals: at each step, each revealed model's name is drawn (as a
// point label or in the undisclosed band), in both languages, at the talk's content box. A model drawn without its
// name is what a presenter cannot point to.
import { describe, expect, test } from "vitest";
import { parametersByDate } from "../../../src/figures/registry.js";
import { readFileSync } from "node:fs";
import { parseStory } from "../../../src/stories/parse.js";
import { CONTENT_BOX } from "../../../src/talk/deck-model.js";
import { storyData } from "../../support/story-data.js";

const data = storyData();
// The talk's build, as its story file writes it (the view link's `build=` list).
const talk = parseStory(readFileSync("stories/gpt-history.md", "utf8"), "stories/gpt-history.md");
const TALK_BUILD = talk.slides
  .flatMap((slide) => slide.blocks)
  .flatMap((block) => (block.kind === "view" && block.view.story.build ? block.view.story.build.split(",") : []));
const build = TALK_BUILD.filter((id) => data.releases.some((r) => r.id === id));
const nameOf = new Map(data.releases.map((r) => [r.id, r.name]));

/** The words drawn and shown (not hidden as not yet revealed) in a chart. */
const shownTexts = (chart: Element) =>
  [...chart.querySelectorAll("text")]
    .filter((t) => !t.closest(".filtered-out, [hidden]") && t.getAttribute("visibility") !== "hidden")
    .map((t) =>
      [...t.childNodes]
        .filter((n) => n.nodeName !== "title")
        .map((n) => n.textContent)
        .join("")
    );

describe.each(["en", "zh"] as const)("the talk's parameter build, %s", (lang) => {
  test.each(build.map((_, i) => i + 1))("step %i names every model it has revealed", (revealed) => {
    const chart = parametersByDate.draw(data as never, {
      width: CONTENT_BOX.width,
      height: CONTENT_BOX.height,
      preset: "slide",
      lang,
      state: { build: { models: build, revealed }, trend: false, thresholds: "none" }
    });
    const texts = shownTexts(chart);
    const unnamed = build
      .slice(0, revealed)
      .map((id) => nameOf.get(id)!)
      .filter((name) => !texts.some((t) => t.includes(name)));
    expect(unnamed).toEqual([]);
  });
});
