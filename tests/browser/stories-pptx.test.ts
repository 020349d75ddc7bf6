// The PowerPoint export of stories, from the built site: every view captured from /stories/<name>?print=slides as a
// sharp PNG in the state of its link with its builds complete, and the .pptx read back against the Markdown.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser, openPage } from "../../scripts/chromium.js";
import { readStories } from "../../data-loaders/stories.js";
import { talkData } from "../../scripts/talk-data.js";
import { writeStoryPptx } from "../../scripts/export-stories.js";
import { plainText } from "../../scripts/story-pptx.js";
import { pngSize, readPptx } from "../support/pptx-read.js";

let browser: Browser;
beforeAll(async () => void (browser = await launchBrowser()));
afterAll(async () => browser?.close());

const stories = readStories(talkData());
const squash = (text: string) => text.replace(/\s+/g, "");

// Both languages of the built-in talk, and a report written by hand (a table, a list, several highlights).
test.each(["gpt-history", "gpt-history.zh", "decoder-only-report"])(
  "%s.pptx: slides, titles, text, notes and sharp views, in the story's language",
  async (name) => {
    const named = stories.find((s) => s.name === name)!;
    const file = await writeStoryPptx(browser, inject("origin"), named, mkdtempSync(join(tmpdir(), "pptx-")));
    const slides = await readPptx(readFileSync(file));
    expect(slides).toHaveLength(named.story.slides.length);
    named.story.slides.forEach((source, i) => {
      const slide = slides[i]!;
      expect(slide.texts[0]).toBe(source.title);
      expect(squash(slide.notes)).toBe(squash(source.notes));
      expect(slide.langs).toEqual([named.story.meta.lang === "zh" ? "zh-CN" : "en-US"]);
      // Every paragraph and list item of the Markdown is the slide's text (inline marks dropped).
      for (const block of source.blocks) {
        const texts = block.kind === "paragraph" ? [block.text] : block.kind === "list" ? block.items : [];
        for (const text of texts) expect(squash(slide.texts.join(""))).toContain(squash(plainText(text)));
      }
      // Charts are pictures at twice the slide preset; the catalog's counts and the sources list are text.
      const textViews = source.blocks.filter((b) => b.kind === "view" && ["counts", "sources"].includes(b.view.figure));
      const pictures = source.blocks.filter((b) => b.kind === "view" || b.kind === "image").length - textViews.length;
      expect(slide.images, `slide ${i + 1}`).toHaveLength(pictures);
      for (const image of slide.images) expect(pngSize(image).width).toBeGreaterThan(3000);
      if (textViews.length) expect(slide.texts.length).toBeGreaterThan(1);
      // A table's cells are the PowerPoint table's cells, as text.
      for (const block of source.blocks)
        if (block.kind === "table")
          for (const cell of [...block.header, ...block.rows.flat()]) expect(slide.texts).toContain(plainText(cell));
    });
  },
  120_000
);

test("the views are captured with their builds complete and in their link's state", async () => {
  const { page, problems } = await openPage(browser, inject("origin"), "/stories/gpt-history.zh?print=slides", {
    width: 1920,
    height: 1080
  });
  expect(problems).toEqual([]);
  // Slide 3 builds the GPT line one model a key press: the printed slide (what the PPTX captures) shows all eight.
  await expect(
    page.locator(".print-page").nth(2).locator("[data-revealed]").getAttribute("data-revealed")
  ).resolves.toBe("8");
  await page.context().close();
});
