// A story as PowerPoint: the layout of a slide (text runs, positions, pictures in their aspect ratio), and the built-in
// English and Chinese talks written as .pptx and read back: one slide per story slide, the titles, the text in the
// story's language and font, the pictures and the speaker notes.
import { describe, expect, test } from "vitest";
import { parseStory, type Story } from "../../src/stories/parse.js";
import { readStories } from "../../data-loaders/stories.js";
import { talkData } from "../../scripts/talk-data.js";
import { inlineRuns, lineCount, SLIDE, slideSpec, storyPptx, type Captured } from "../../scripts/story-pptx.js";
import { pngSize, readPptx } from "../support/pptx-read.js";

// A 1×1 PNG: stands in for a view Chromium would capture (the browser test captures the real ones).
const PIXEL = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
const picture = (width: number, height: number): Captured => ({
  kind: "image",
  data: `data:image/png;base64,${PIXEL}`,
  width,
  height
});

const FIXTURE = `---
title: Fixture
lang: en
---
# A slide of everything

Some **bold** and *em* text with [a paper](https://arxiv.org/abs/2005.14165) and [a page](/timeline).

- first
- second

| Model | Parameters |
| --- | --- |
| **GPT-3** | 175B |

![GPT-3](/scaling?model=gpt-3-175b#parameters-by-date)

<!--
Say this.
-->
`;

describe("inline Markdown as runs", () => {
  test("bold, em, code and web links keep their styles; a link to a page of the site is plain text", () => {
    expect(inlineRuns("a **b** *c* `d` [e](https://x.org) [f](/timeline)")).toEqual([
      { text: "a " },
      { text: "b", bold: true },
      { text: " " },
      { text: "c", italic: true },
      { text: " " },
      { text: "d", code: true },
      { text: " " },
      { text: "e", link: "https://x.org" },
      { text: " " },
      { text: "f" }
    ]);
  });

  test("Chinese text takes about twice the width of Latin text", () => {
    expect(lineCount("a".repeat(100), 4, 20)).toBe(4);
    expect(lineCount("字".repeat(100), 4, 20)).toBe(7);
    expect(lineCount("", 4, 20)).toBe(1);
  });
});

describe("a story slide as a PowerPoint slide", () => {
  const story = parseStory(FIXTURE, "fixture.md");
  const slide = story.slides[0]!;

  test("text, list and table stack from the top in order, inside the slide; the view fills what is left", () => {
    const spec = slideSpec(slide, [undefined, undefined, undefined, picture(1600, 800)]);
    expect(spec.title).toBe("A slide of everything");
    expect(spec.notes).toBe("Say this.");
    expect(spec.items.map((i) => i.kind)).toEqual(["text", "text", "table", "image"]);
    const [paragraph, list, table, image] = spec.items;
    for (const [above, below] of [
      [paragraph!, list!],
      [list!, table!],
      [table!, image!]
    ])
      expect(below!.y).toBeCloseTo(above!.y + above!.h, 5);
    for (const item of spec.items) {
      expect(item.x).toBeGreaterThanOrEqual(0);
      expect(item.x + item.w).toBeLessThanOrEqual(SLIDE.width);
      expect(item.y + item.h).toBeLessThanOrEqual(SLIDE.height);
    }
    expect(paragraph).toMatchObject({ bullet: "none" });
    expect(list).toMatchObject({ bullet: "bullet", paragraphs: [[{ text: "first" }], [{ text: "second" }]] });
    expect(table).toMatchObject({
      rows: [
        ["Model", "Parameters"],
        ["GPT-3", "175B"]
      ]
    });
    // The picture keeps its 2:1 and is centred across the slide.
    expect(image!.w / image!.h).toBeCloseTo(2, 5);
    expect(image!.x + image!.w / 2).toBeCloseTo(SLIDE.width / 2, 5);
  });

  test("a text view (the catalog's counts, the sources) becomes text; a view not captured fails naming the line", () => {
    const text: Captured = { kind: "text", lines: ["One", "Two"], ordered: true };
    const spec = slideSpec(slide, [undefined, undefined, undefined, text]);
    expect(spec.items.at(-1)).toMatchObject({
      kind: "text",
      bullet: "number",
      paragraphs: [[{ text: "One" }], [{ text: "Two" }]]
    });
    expect(() => slideSpec(slide, [], "fixture.md")).toThrow("fixture.md:16: the view was not captured");
  });

  test("two views share the height the text leaves, a tall one narrower than the slide", () => {
    const two = parseStory(
      `---\ntitle: T\nlang: en\n---\n# Two\n\n![](/timeline#release-timeline)\n\n![](/data#counts)\n`
    );
    const spec = slideSpec(two.slides[0]!, [picture(1000, 1000), picture(1800, 300)]);
    const [tall, wide] = spec.items;
    expect(tall!.h).toBeCloseTo(tall!.w, 5);
    expect(tall!.w).toBeLessThan(SLIDE.width / 2);
    expect(wide!.y).toBeGreaterThanOrEqual(tall!.y + tall!.h - 1e-9);
  });
});

/** What a capture of every view of the story would be: a picture for each view and image block. */
const pictures = (story: Story) =>
  story.slides.map((s) =>
    s.blocks.map((b) => (b.kind === "view" || b.kind === "image" ? picture(1920, 900) : undefined))
  );

const squash = (text: string) => text.replace(/\s+/g, "");
/** Notes as their lines, each trimmed, blank lines left out: what the notes pane shows, paragraph by paragraph. */
const notesLines = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);

describe("the built-in talks as .pptx, read back", () => {
  const stories = readStories(talkData()).filter((s) => s.name.startsWith("gpt-history"));

  test.each(["gpt-history", "gpt-history.zh"])(
    "%s: a slide per slide, titles, text, notes and pictures",
    async (name) => {
      const { story } = stories.find((s) => s.name === name)!;
      const slides = await readPptx(await storyPptx(story, pictures(story)));
      expect(slides).toHaveLength(story.slides.length);
      const lang = story.meta.lang === "zh" ? "zh-CN" : "en-US";
      const font = story.meta.lang === "zh" ? "Microsoft YaHei" : "Arial";
      story.slides.forEach((source, i) => {
        const slide = slides[i]!;
        expect(slide.texts[0], `slide ${i + 1}`).toBe(source.title);
        expect(squash(slide.notes), `slide ${i + 1}`).toBe(squash(source.notes));
        expect(notesLines(slide.notes), `slide ${i + 1}`).toEqual(notesLines(source.notes));
        expect(slide.typefaces).toContain(font);
        expect(slide.langs).toEqual([lang]);
        // pptxgenjs writes en-US on the notes and on paragraph ends: a Chinese deck's are retagged zh-CN.
        expect(slide.allLangs, `slide ${i + 1}`).toEqual([lang]);
        if (source.notes) expect(slide.notesLangs, `slide ${i + 1} notes`).toEqual([lang]);
        const views = source.blocks.filter((b) => b.kind === "view" || b.kind === "image").length;
        expect(slide.images, `slide ${i + 1}`).toHaveLength(views);
        for (const image of slide.images) expect(pngSize(image)).toEqual({ width: 1, height: 1 });
        // Every paragraph and list item of the slide is there as text.
        for (const block of source.blocks) {
          const texts = block.kind === "paragraph" ? [block.text] : block.kind === "list" ? block.items : [];
          for (const text of texts) expect(squash(slide.texts.join(""))).toContain(squash(text.replace(/\*\*|`/g, "")));
        }
      });
    }
  );
});

describe("speaker notes, read back from the .pptx", () => {
  // Each slide's notes pane holds its notes exactly: paragraph by paragraph, spaces and markup characters as written,
  // in either language; a slide without notes has an empty pane.
  test.each([
    ["en", "First: GPT-3 & its 175B < PaLM's 540B.\n\nThen the \"instruct\" models; don't rush.", "Only this."],
    ["zh", "先讲 GPT-3（1,750 亿参数）& PaLM。\n\n再讲“指令微调”：不要赶。", "只讲这一点。"]
  ] as const)("%s: each slide's notes, line by line", async (lang, first, second) => {
    const markdown = `---\ntitle: Notes\nlang: ${lang}\n---\n# One\n\nText.\n\n<!--\n${first}\n-->\n\n---\n\n# Two\n\nMore.\n\n<!-- ${second} -->\n\n---\n\n# Three\n\nNone.\n`;
    const story = parseStory(markdown, "notes.md");
    const slides = await readPptx(await storyPptx(story, pictures(story)));
    expect(slides.map((s) => notesLines(s.notes))).toEqual([notesLines(first), [second], []]);
    expect(story.slides.map((s) => notesLines(s.notes))).toEqual([notesLines(first), [second], []]);
  });
});
