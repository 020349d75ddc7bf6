// A view of the explorer in a story (what "Add to my talk" writes on /explore): read with the explorer's own URL
// parser, strictly, and drawn on a slide and in the report layout.
// @vitest-environment jsdom
import { describe, expect, test } from "vitest";
import { parseStory } from "../../../src/stories/parse.js";
import { resolveStory } from "../../../src/stories/resolve.js";
import { storySlides } from "../../../src/stories/render.js";
import { storyReport } from "../../../src/stories/report.js";
import { storyData } from "../../support/story-data.js";
import type { StoryData } from "../../../src/stories/resolve.js";

const data = { ...storyData(), epoch: [] } as unknown as StoryData;
const story = (href: string) => parseStory(`---\ntitle: T\nlang: en\n---\n# Explore\n\n![GPT-3](${href})\n`);

describe("/explore links", () => {
  test("the axes, the highlight and the filters become the figure's state", () => {
    const s = story("/explore?x=date&y=parameters&highlight=gpt-3-175b&branch=decoder-only#explore-scatter");
    const view = [...resolveStory(s, data).values()][0]!;
    expect(view.figure).toBe("explore-scatter");
    expect(view.state.explore).toMatchObject({ x: "date", y: "parameters", highlight: ["gpt-3-175b"] });
    const visible = view.state.visible!;
    expect([...visible].every((id) => data.releases.find((r) => r.id === id)!.branch === "decoder-only")).toBe(true);
  });
  test("a value the explorer cannot show fails with the line", () => {
    expect(() => resolveStory(story("/explore?x=height#explore-scatter"), data)).toThrow(
      /^story\.md:7: "x=height" is not a value \/explore can show/
    );
  });
  test("drawn on a slide and in the report", () => {
    const s = story("/explore?x=date&y=parameters&highlight=gpt-3-175b");
    const [slide] = storySlides(s, data);
    const drawn = slide!.render(0, { width: 1600, height: 700 }) as HTMLElement;
    expect(drawn.querySelector("[data-figure=explore-scatter] svg, svg[data-figure=explore-scatter]")).not.toBeNull();
    expect(storyReport(s, data).querySelectorAll("figure.story-figure")).toHaveLength(1);
  });
});
