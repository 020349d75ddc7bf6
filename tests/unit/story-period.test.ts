// A story's `period` (front matter): which models it draws by default, `article` (retelling the source article, as the
// built-in talk does) or `all`; a link's ?period= overriding it the same way on every page that presents a story; a
// bad value, and a view of a model the period leaves out, failing with the file, the line and why.
// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parseStory, StoryError } from "../../src/stories/parse.js";
import { resolveStoryInPeriod, storyData, storyPeriod } from "../../src/stories/period.js";
import { storyPage, type StoryPageParts } from "../../src/stories/page.js";
import type { StoryData } from "../../src/stories/resolve.js";
import { serializeStory } from "../../src/compose/serialize.js";
import { composeToStory, fromStory, setMeta } from "../../src/compose/model.js";
import { emptyStore, readStoreText } from "../../src/compose/store.js";
import { slideProblem } from "../../src/compose/check.js";
import { minePage } from "../../src/compose/mine.js";
import { STORE_KEY } from "../../src/compose/store.js";
import { en } from "../../src/i18n/en.js";
import { openStory } from "../../src/talk/offline-open.js";
import { talkData } from "../../scripts/talk-data.js";

const data = talkData();
const afterIds = data.releases.filter((r) => r.period === "after").map((r) => r.id);
const story = (front: string, body = "# One\n") =>
  parseStory(`---\ntitle: A talk\nlang: en\n${front}---\n\n${body}`, "fixture.md");

function failure(run: () => unknown): StoryError {
  try {
    run();
  } catch (error) {
    if (error instanceof StoryError) return error;
    throw error;
  }
  throw new Error("accepted");
}

describe("the front matter's period", () => {
  test("article or all is read; no key leaves it unset (every model, as before)", () => {
    expect(story("period: article\n").meta.period).toBe("article");
    expect(story("period: all\n").meta.period).toBe("all");
    expect(story("").meta).not.toHaveProperty("period");
  });

  test("another value fails naming the file, the line, the key and the values it may take", () => {
    const error = failure(() => story("duration: 5\nperiod: 2023\n"));
    expect(error.message).toBe(
      'fixture.md:5: period must be one of all, article (article: the models up to the article\'s end; all: every model), not "2023"'
    );
    expect(failure(() => story("period: \n")).message).toBe('fixture.md:4: "period" is empty');
    expect(failure(() => story("period: all\nperiod: article\n")).message).toBe(
      'fixture.md:5: "period" is given twice'
    );
  });

  test("written back by the Markdown download and read again the same", () => {
    const declared = story("period: article\n");
    expect(serializeStory(declared)).toContain("\nperiod: article\n---");
    expect(parseStory(serializeStory(declared), "again.md").meta).toEqual(declared.meta);
    expect(serializeStory(story(""))).not.toContain("period");
  });
});

describe("the models a story draws", () => {
  test("its own period unless the link says otherwise; an unreadable ?period= keeps the story's", () => {
    const article = story("period: article\n");
    const plain = story("");
    expect(afterIds.length).toBeGreaterThan(10);
    expect([storyPeriod(plain, ""), storyPeriod(article, ""), storyPeriod(article, "?period=all")]).toEqual([
      "all",
      "article",
      "all"
    ]);
    expect([storyPeriod(plain, "?period=article"), storyPeriod(article, "?period=2023")]).toEqual([
      "article",
      "article"
    ]);
    const ids = (d: StoryData) => d.releases.map((r) => r.id);
    expect(ids(storyData(article, data, ""))).not.toContain("gpt-4o");
    expect(ids(storyData(article, data, ""))).toContain("gpt-4");
    expect(storyData(article, data, "?period=all")).toBe(data);
    expect(storyData(plain, data, "")).toBe(data);
  });

  test("the built-in talk's two files say period: article: the talk retells the article by its own front matter", () => {
    for (const file of ["gpt-history.md", "gpt-history.zh.md"]) {
      const talk = parseStory(readFileSync(join("stories", file), "utf8"), `stories/${file}`);
      expect(talk.meta.period, file).toBe("article");
      expect(
        storyData(talk, data, "").releases.every((r) => r.period === "article"),
        file
      ).toBe(true);
    }
  });

  test("a story's page draws the data of its period, as /talk does, and ?period=all shows the rest", () => {
    const drawn: StoryData[] = [];
    const parts: StoryPageParts = {
      createDeck: () => ({ element: document.createElement("div"), dispose() {} }) as never,
      storySlides: (_story, d) => (drawn.push(d), []),
      storyReport: (_story, d) => (drawn.push(d), document.createElement("div")),
      storyPaper: () => "a4"
    };
    const stories = [{ name: "mine", story: story("period: article\n") }];
    storyPage(stories, "mine", data, "", parts);
    storyPage(stories, "mine", data, "?period=all", parts);
    storyPage(stories, "mine", data, "?print", parts);
    expect(drawn.map((d) => d.releases.some((r) => r.period === "after"))).toEqual([false, true, false]);
  });
});

describe("a view the period leaves out", () => {
  const withView = (front: string) => story(front, "# One\n\n![GPT-4o](/scaling?model=gpt-4o#parameters-by-date)\n");

  test("fails the build's check naming the line and the front matter, not as an unknown model", () => {
    expect(() => resolveStoryInPeriod(withView(""), data)).not.toThrow();
    expect(() => resolveStoryInPeriod(withView("period: all\n"), data)).not.toThrow();
    const error = failure(() => resolveStoryInPeriod(withView("period: article\n"), data));
    expect(error.message).toMatch(/^fixture\.md:9: .*gpt-4o.*period: article, which leaves out the models after/);
  });

  test("a model unknown to the whole catalog keeps its own reason", () => {
    const unknown = story("period: article\n", "# One\n\n![](/scaling?model=nope)\n");
    const error = failure(() => resolveStoryInPeriod(unknown, data));
    expect(error.message).toMatch(/^fixture\.md:9: "model=nope" is not a value/);
    expect(error.message).not.toMatch(/period/);
  });

  test("the offline talk's Open .md applies the same check and the same period", () => {
    const text = "---\ntitle: Mine\nlang: en\nperiod: article\n---\n\n# One\n\n![](/scaling?model=gpt-4o)\n";
    expect(failure(() => openStory(text, "mine.md", data, "en")).message).toMatch(/^mine\.md:9: .*period: article/);
    const plain = "---\ntitle: Mine\nlang: en\nperiod: article\n---\n\n# One\n";
    expect(openStory(plain, "mine.md", data, "en").slides).toHaveLength(1);
  });
});

describe("a story kept in the browser", () => {
  const kept = () => fromStory(story("period: article\n"), "s1");

  test("keeps its period through the editor's settings and the download", () => {
    expect(composeToStory(kept(), "s1.md").meta.period).toBe("article");
    expect(composeToStory(setMeta(kept(), { period: "all" }), "s1.md").meta.period).toBe("all");
  });

  test("the editor's check of a slide uses the story's period and names the line of the slide's text", () => {
    const slide = { title: "A slide", body: "Text.\n\n![](/scaling?model=gpt-4o)", notes: "" };
    const meta = { title: "T", lang: "en" as const, paper: "a4" as const };
    expect(slideProblem(meta, slide, 2, data, en.compose)).toBeNull();
    expect(slideProblem({ ...meta, period: "article" }, slide, 2, data, en.compose)).toMatch(
      /^Not changed: slide 2, line 3 of its text: .*gpt-4o.*period: article, which leaves out the models after/
    );
  });

  test("presented from /stories/mine: a view its period leaves out is named, and ?period=all presents it", () => {
    const stored = fromStory(story("period: article\n", "# One\n\n![](/scaling?model=gpt-4o)\n"), "s1");
    localStorage.setItem(STORE_KEY, JSON.stringify({ ...emptyStore(), stories: [stored], current: "s1" }));
    const decks: number[] = [];
    const parts: StoryPageParts = {
      createDeck: (slides) =>
        (decks.push(slides.length), { element: document.createElement("div"), dispose() {} }) as never,
      storySlides: () => [],
      storyReport: () => document.createElement("div"),
      storyPaper: () => "a4"
    };
    const refused = minePage([], data, "?present&story=s1", "en", parts);
    expect(refused.element.querySelector("[role=alert]")?.textContent).toMatch(/gpt-4o.*period: article/);
    expect(decks).toEqual([]);
    minePage([], data, "?present&story=s1&period=all", "en", parts);
    expect(decks).toEqual([0]);
    localStorage.clear();
  });

  test("storage holding a period the parser would refuse is named as unreadable", () => {
    const state = { ...emptyStore(), stories: [kept()], current: "s1" };
    expect(typeof readStoreText(JSON.stringify(state))).toBe("object");
    const bad = { ...state, stories: [{ ...kept(), meta: { ...kept().meta, period: "2023" } }] };
    expect(readStoreText(JSON.stringify(bad))).toBe('story 1: meta.period is "2023"');
  });
});
