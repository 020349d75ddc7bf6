// Stories: the Markdown format (every rule, and malformed input failing with the file and the line), the view links
// read with the pages' own URL parsers, the built-in talk as two stories, and a story drawn as the deck's slides.
// @vitest-environment jsdom
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parseStory, StoryError, type Story } from "../../src/stories/parse.js";
import { resolveStory } from "../../src/stories/resolve.js";
import { storySlides } from "../../src/stories/render.js";
import { parseViewLink } from "../../src/stories/views.js";
import { builtInTalkName, builtInTalk } from "../../src/stories/talk.js";
import { readStories } from "../../data-loaders/stories.js";
import { dictionaryFor } from "../../src/i18n/index.js";
import { myStoriesLink, talkStoriesList } from "../../src/stories/list.js";
import { storyData } from "../support/story-data.js";
import { formatFinding, lintChinese } from "../../data-loaders/zh-lint.js";
import { talkData } from "../../scripts/talk-data.js";

const FRONT = "---\ntitle: A talk\nlang: en\n---\n";

/** The error a story throws: its line and reason. */
function failure(markdown: string): { line: number; reason: string } {
  try {
    parseStory(markdown, "fixture.md");
  } catch (error) {
    expect(error).toBeInstanceOf(StoryError);
    const { line, reason, message } = error as StoryError;
    expect(message).toBe(`fixture.md:${line}: ${reason}`);
    return { line, reason };
  }
  throw new Error("the story parsed");
}

describe("front matter", () => {
  test("reads title, lang, author, date, paper and duration; paper defaults to A4", () => {
    const story = parseStory(
      '---\ntitle: "Mine: a talk"\nlang: zh\nauthor: Ada\ndate: 2026-12-01\npaper: letter\nduration: 20\n---\n# One\n'
    );
    expect(story.meta).toEqual({
      title: "Mine: a talk",
      lang: "zh",
      author: "Ada",
      date: "2026-12-01",
      paper: "letter",
      duration: 20
    });
    expect(parseStory(`${FRONT}# One`).meta).toEqual({ title: "A talk", lang: "en", paper: "a4" });
  });
  test.each([
    ["# no front matter\n", 1, /starts with front matter/],
    ["---\ntitle: x\nlang: en\n# One\n", 1, /not closed/],
    ["---\nlang: en\n---\n# One\n", 1, /no title/],
    ["---\ntitle: x\n---\n# One\n", 1, /no lang/],
    ["---\ntitle: x\nlang: fr\n---\n# One\n", 3, /lang must be one of en, zh/],
    ["---\ntitle: x\nlang: en\npaper: a3\n---\n# One\n", 4, /paper must be one of a4, letter/],
    ["---\ntitle: x\nlang: en\ndate: 1 May\n---\n# One\n", 4, /YYYY-MM-DD/],
    ["---\ntitle: x\nlang: en\nduration: soon\n---\n# One\n", 4, /whole number of minutes/],
    ["---\ntitle: x\nlang: en\ntheme: dark\n---\n# One\n", 4, /unknown front matter key "theme"/],
    ["---\ntitle: x\ntitle: y\nlang: en\n---\n# One\n", 3, /"title" is given twice/],
    ["---\ntitle: x\nlang: en\njust words\n---\n# One\n", 4, /"key: value"/],
    ["---\ntitle:\nlang: en\n---\n# One\n", 2, /"title" is empty/],
    ["", 1, /empty/]
  ])("%j fails at line %i", (markdown, line, reason) => {
    const error = failure(markdown);
    expect(error.line).toBe(line);
    expect(error.reason).toMatch(reason);
  });
});

describe("slides", () => {
  test("split at `---`, titled by their first # heading, with text, lists, tables, images and notes", () => {
    const story = parseStory(
      `${FRONT}# One\n\nSome **bold** text\nover two lines.\n\n## A part\n\n- first\n  continued\n- second\n\n1. one\n2. two\n\n| a | b |\n| --- | ---: |\n| 1 | 2 |\n\n![A cat](cat.png)\n\n<!--\nSay this.\n\nThen that.\n-->\n---\n# Two\n<!-- short -->\n`
    );
    expect(story.slides.map((s) => [s.title, s.line, s.notes])).toEqual([
      ["One", 5, "Say this.\n\nThen that."],
      ["Two", 31, "short"]
    ]);
    expect(story.slides[0]!.blocks.map(({ line: _, ...b }) => b)).toEqual([
      { kind: "paragraph", text: "Some **bold** text over two lines." },
      { kind: "heading", level: 2, text: "A part" },
      { kind: "list", ordered: false, items: ["first continued", "second"] },
      { kind: "list", ordered: true, items: ["one", "two"] },
      { kind: "table", header: ["a", "b"], rows: [["1", "2"]] },
      { kind: "image", alt: "A cat", src: "cat.png" }
    ]);
  });
  test("a trailing `---` is no slide; windows line ends and a BOM are read", () => {
    const story = parseStory(`\uFEFF${FRONT}# One\r\n---\r\n`.replace(/\n/g, "\r\n"));
    expect(story.slides).toHaveLength(1);
  });
  test.each([
    [`${FRONT}Text only\n`, 5, /slide 1 has no title/],
    [`${FRONT}# One\n# Again\n`, 6, /second "#" title/],
    [`${FRONT}# One\n---\n---\n# Three\n`, 6, /slide 2 is empty/],
    [`${FRONT}`, 5, /slide 1 is empty/],
    [`${FRONT}# One\n<!-- open\n`, 6, /unbalanced notes/],
    [`${FRONT}# One\nclosed -->\n`, 6, /never opened/],
    [`${FRONT}# One\n<!-- notes -->\nmore text\n`, 7, /last thing on a slide/],
    [`${FRONT}# One\ntext <!-- notes -->\n`, 6, /line of their own/],
    [`${FRONT}# One\n<!-- a <!-- b -->\n`, 6, /not nested/],
    [`${FRONT}# One\n<div>x</div>\n`, 6, /HTML is not part of a story/],
    [`${FRONT}# One\n\`\`\`\ncode\n\`\`\`\n`, 6, /code blocks/],
    [`${FRONT}# One\nSee ![x](/scaling) here\n`, 6, /line of its own/],
    [`${FRONT}# One\n| a | b |\n| 1 | 2 |\n`, 7, /separates its header/],
    [`${FRONT}# One\n| a | b |\n| --- |\n`, 7, /2 columns but its separator has 1/],
    [`${FRONT}# One\n| a | b |\n| --- | --- |\n| 1 |\n`, 8, /1 cells, the table's header 2/],
    [`${FRONT}# One\n![x](javascript:void)\n`, 6, /javascript: URL/]
  ])("%j fails at line %i", (markdown, line, reason) => {
    const error = failure(markdown);
    expect(error.line).toBe(line);
    expect(error.reason).toMatch(reason);
  });
});

describe("view links", () => {
  test("a page URL is a figure: the hash names it, no hash is the page's first", () => {
    expect(parseViewLink("/scaling?model=gpt-3-175b&scale=linear")).toEqual({
      href: "/scaling?model=gpt-3-175b&scale=linear",
      page: "scaling",
      figure: "parameters-by-date",
      params: { model: "gpt-3-175b", scale: "linear" },
      story: {}
    });
    expect(parseViewLink("/timeline#gpt35-tree")).toMatchObject({ page: "timeline", figure: "gpt35-tree" });
    expect(parseViewLink("/scaling.html?build=gpt-1#compute-by-date")).toMatchObject({
      figure: "compute-by-date",
      story: { build: "gpt-1" }
    });
  });
  test.each([
    ["/home", /unknown page "\/home"/],
    ["/explore?embed=1", /unknown parameter "embed" for explore-scatter/],
    ["/article", /unknown page "\/article"/],
    ["/timeline#matrix", /unknown figure "#matrix" on \/timeline/],
    ["/scaling?colour=red", /unknown parameter "colour"/],
    ["/scaling?model=a&model=b", /given twice/],
    ["/timeline?build=gpt-1", /"build" applies to parameters-by-date, compute-by-date, not to release-timeline/]
  ])("%s is not a view", (href, reason) => {
    const error = failure(`${FRONT}# One\n\n![x](${href})\n`);
    expect(error.line).toBe(7);
    expect(error.reason).toMatch(reason);
  });

  const data = storyData();
  const resolveFailure = (href: string) => {
    const story = parseStory(`${FRONT}# One\n\n![x](${href})\n`, "fixture.md");
    try {
      resolveStory(story, data);
    } catch (error) {
      return (error as StoryError).message;
    }
    throw new Error("the view resolved");
  };
  test.each([
    ["/scaling?model=gpt-9", /"model=gpt-9" is not a value \/scaling can show/],
    ["/scaling?scale=cubic", /"scale=cubic"/],
    ["/scaling?branch=decoder-only,nonsense", /"branch=/],
    ["/scaling?from=1999", /"from=1999"/],
    ["/timeline?lanes=size", /"lanes=size"/],
    ["/capabilities?thresholds=most#emergence-thresholds", /"thresholds=most"/],
    ["/scaling?build=gpt-1,gpt-9", /"build": unknown model "gpt-9"/],
    ["/timeline?omit=nobody#gpt35-tree", /"omit": unknown model "nobody"/],
    ["/capabilities?models=gpt-9", /"models": unknown model/],
    ["/capabilities?abilities=some", /summary or all/],
    ["/data?count=0#sources", /"count" is a number/],
    ["/explore?highlight=gpt-3-175b,palm-5400b,gpt-9", /"highlight": unknown model "palm-5400b", "gpt-9"/],
    ["/explore?y=height", /"y=height" is not a value \/explore can show/]
  ])("%s fails against the data, naming the line", (href, reason) => {
    const message = resolveFailure(href);
    expect(message).toMatch(/^fixture\.md:7: /);
    expect(message).toMatch(reason);
  });

  test("the state of a link is the page's: filters, selection, lanes, build", () => {
    const story = parseStory(
      `${FRONT}# One\n![](/scaling?branch=decoder-only&model=gpt-3-175b&scale=linear)\n![](/timeline?lanes=organization&model=chatgpt)\n---\n# Two\n![](/scaling?build=gpt-1,gpt-2-xl,gpt-3-175b)\n`
    );
    const views = [...resolveStory(story, data).values()];
    const decoder = new Set(data.releases.filter((r) => r.branch === "decoder-only").map((r) => r.id));
    expect(views[0]!.state).toMatchObject({ scale: "linear", selected: "gpt-3-175b", visible: decoder });
    expect(views[1]!.state).toEqual({ lanes: "organization", selected: "chatgpt" });
    expect(views[2]).toMatchObject({ steps: 3, build: ["gpt-1", "gpt-2-xl", "gpt-3-175b"] });
  });

  test("an Explore view highlights several models at once: each ringed and named on the slide", () => {
    const href = "/explore?x=date&y=parameters&highlight=gpt-3-175b,palm-540b";
    const story = parseStory(`${FRONT}# Two giants\n\n![GPT-3 and PaLM](${href})\n`);
    const [view] = [...resolveStory(story, data).values()];
    expect(view!.figure).toBe("explore-scatter");
    expect(view!.state.explore).toMatchObject({ x: "date", y: "parameters", highlight: ["gpt-3-175b", "palm-540b"] });
    const [slide] = storySlides(story, data);
    const drawn = slide!.render(0, { width: 1728, height: 824 }) as HTMLElement;
    const chart = drawn.querySelector("[data-figure=explore-scatter]")!;
    const names = (id: string) => data.releases.find((r) => r.id === id)!.name;
    const texts = [...chart.querySelectorAll("text")].map((t) => t.textContent);
    expect(texts).toContain(names("gpt-3-175b"));
    expect(texts).toContain(names("palm-540b"));
    expect(texts).not.toContain(names("gpt-4"));
  });

  test("one view a slide builds, not two", () => {
    const story = parseStory(
      `${FRONT}# One\n![](/scaling?build=gpt-1,gpt-3-175b)\n![](/scaling?build=gpt-1,gpt-3-175b#compute-by-date)\n`
    );
    expect(() => resolveStory(story, data)).toThrow(/story\.md:7: one view a slide may build/);
  });
});

describe("the built-in talk as stories", () => {
  const read = (name: string): Story => parseStory(readFileSync(join("stories", name), "utf8"), `stories/${name}`);
  const stories = { en: read("gpt-history.md"), zh: read("gpt-history.zh.md") };
  // The live catalog: the talk names models (the tree's side branches) that the frozen fixture does not hold.
  const data = talkData();

  test.each(["en", "zh"] as const)("%s: the talk's slides, titles and notes, in its language", (lang) => {
    const story = stories[lang];
    expect(story.meta.lang).toBe(lang);
    expect(story.slides).toHaveLength(10);
    for (const slide of story.slides) {
      expect(slide.title, `${story.file}:${slide.line}`).not.toBe("");
      expect(slide.notes.length, `${story.file}:${slide.line}`).toBeGreaterThan(20);
      if (lang === "zh") expect(slide.title + slide.notes).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  test("/talk and talk.html present these two stories, one for each language, checked against the data", () => {
    const all = readStories(data);
    expect([builtInTalkName("en"), builtInTalkName("zh")]).toEqual(["gpt-history", "gpt-history.zh"]);
    expect(builtInTalk(all, "en")).toEqual(stories.en);
    expect(builtInTalk(all, "zh")).toEqual(stories.zh);
    expect(() => builtInTalk([], "zh")).toThrow(/stories\/gpt-history\.zh\.md is missing/);
    const wrongLang = [{ name: "gpt-history.zh", story: stories.en }];
    expect(() => builtInTalk(wrongLang, "zh")).toThrow(/the zh talk is written with lang: en/);
  });

  test("the Chinese story follows the glossary and the house style (titles, text and notes)", () => {
    const texts = stories.zh.slides.flatMap((slide) => [
      slide.title,
      slide.notes,
      ...slide.blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : b.kind === "view" ? [b.alt] : []))
    ]);
    const findings = texts.flatMap((text) => lintChinese(text, "stories/gpt-history.zh.md"));
    expect(texts.filter(Boolean).length).toBeGreaterThan(20);
    expect(findings.map(formatFinding)).toEqual([]);
  });

  test("the two languages show the same views", () => {
    const links = (story: Story) =>
      story.slides.flatMap((s) => s.blocks.flatMap((b) => (b.kind === "view" ? [b.view.href] : [])));
    expect(links(stories.zh)).toEqual(links(stories.en));
    expect(links(stories.en).filter((href) => href.includes("build="))).toHaveLength(1);
  });

  test.each(["en", "zh"] as const)("%s: drawn as the deck's slides, each view in the state of its link", (lang) => {
    const slides = storySlides(stories[lang], data);
    // The build (GPT-1 to GPT-4, one model a key press) is the third slide's; no other slide builds.
    expect(slides.map((s) => s.steps)).toEqual([1, 1, 8, 1, 1, 1, 1, 1, 1, 1]);
    const box = { width: 1728, height: 824 };
    const build = slides[2]!.render(2, box) as HTMLElement;
    expect(build.querySelector("[data-figure=parameters-by-date]")?.getAttribute("data-revealed")).toBe("3");
    const title = slides[0]!.render(0, box) as HTMLElement;
    expect(title.textContent).toContain(String(data.releases.length));
    const sources = slides[9]!.render(0, box) as HTMLElement;
    expect(sources.querySelectorAll("li")).toHaveLength(8);
    const tree = slides[5]!.render(0, box) as HTMLElement;
    expect(tree.querySelector("[data-figure=gpt35-tree]")?.textContent).not.toContain("WebGPT");
  });
});

describe("/stories/ links to the reader's own stories", () => {
  test("in the page's language", () => {
    for (const [lang, href] of [
      ["en", "./mine"],
      ["zh", "./mine?lang=zh"]
    ] as const) {
      const link = myStoriesLink(lang).querySelector("a")!;
      expect(link.getAttribute("href")).toBe(href);
      expect(link.textContent).toBe(dictionaryFor(lang).compose.heading);
    }
  });

  test("the lede follows the link with the language's colon (full-width in Chinese)", () => {
    const { compose } = dictionaryFor("zh");
    expect(myStoriesLink("zh").textContent).toBe(`${compose.heading}：${compose.lede}`);
    expect(myStoriesLink("en").textContent).toBe(
      `${dictionaryFor("en").compose.heading}: ${dictionaryFor("en").compose.lede}`
    );
  });

  test("the Talk page's overview links to them in its language", () => {
    for (const [lang, href] of [
      ["en", "./stories/mine"],
      ["zh", "./stories/mine?lang=zh"]
    ] as const) {
      const mine = [...talkStoriesList([], lang).querySelectorAll("a")].at(-1)!;
      expect(mine.getAttribute("href")).toBe(href);
    }
  });

  test("no page's Markdown puts an expression in an HTML attribute (Framework prints it into the attribute)", () => {
    const pages = readdirSync("src", { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".md"));
    expect(pages.length).toBeGreaterThan(5);
    const offenders = pages.filter((f) => /<[a-z][^>]*=\s*["']?\$\{/i.test(readFileSync(join("src", f), "utf8")));
    expect(offenders).toEqual([]);
  });
});
