// Composing a story in the browser, as a lecturer would with no command line: three views added from three pages
// ("Add to my talk" in each figure's frame, in its current state), reordered, a note edited, kept across a reload,
// downloaded as Markdown (compared with the text expected) and opened again; a malformed file named by its line and
// changing nothing; exported as a PPTX made in the page (read back: titles, notes, pictures) and as an offline .html
// (run from file://), and printed from the editor's links; the editor used with the keyboard alone; the story presented as a deck and a report; axe clean.
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, openPage } from "../../scripts/chromium.js";
import { axeViolations, describeViolations } from "./axe.js";
import { parseStory } from "../../src/stories/parse.js";
import { pngSize, readPptx } from "../support/pptx-read.js";
import { offlineContext } from "./offline.js";

/** Drawing three figures on a machine shared by many: longer than expect.poll's default second. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000 });

const squash = (text: string) => text.replace(/\s+/g, "");

let browser: Browser;
beforeAll(async () => void (browser = await launchBrowser()));
afterAll(async () => browser?.close());

const VIEWS = [
  { path: "/scaling?model=gpt-3-175b&branch=decoder-only", figure: "parameters-by-date" },
  { path: "/explore?x=date&y=parameters&highlight=gpt-3-175b,palm-540b", figure: "explore-scatter" },
  { path: "/timeline?model=chatgpt", figure: "gpt35-tree" }
];

/** Adds a figure of the open page to my talk; returns its title and caption as the page shows them. */
async function addToTalk(page: Page, origin: string, path: string, figure: string, slide: number) {
  await page.goto(`${origin}${path}`);
  const frame = page.locator(`figure#${figure}`);
  await frame.locator(".figure-body > *").first().waitFor();
  await frame.locator("button.figure-compose[data-target=talk]").click();
  const status = frame.locator(".figure-compose-status[role=status]");
  await poll(() => status.textContent()).toBe(`Added to “My talk” as slide ${slide}. Open my stories`);
  expect(await status.locator("a").getAttribute("href")).toMatch(/^\.\/stories\/mine\?story=story-1$/);
  const title = (await frame.locator(".figure-head h2").textContent())!;
  // The caption without the page's hint on how to work the figure (the hint is interface, not the note).
  const caption = (await frame.locator("figcaption > span:not(.figure-hint)").textContent())!;
  return { title, caption };
}

const rowTitles = (page: Page) =>
  page
    .locator(".compose-slide input[data-key^='title:']")
    .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));

test("three views from three pages: reorder, edit a note, reload, download, open again", async () => {
  const origin = inject("origin");
  const { page, problems } = await openPage(
    browser,
    origin,
    "/",
    { width: 1280, height: 900 },
    { acceptDownloads: true }
  );
  const added = [];
  for (const [i, { path, figure }] of VIEWS.entries()) added.push(await addToTalk(page, origin, path, figure, i + 1));

  await page.goto(`${origin}/stories/mine`);
  await page.locator(".compose-slide").nth(2).waitFor();
  expect(await rowTitles(page)).toEqual(added.map((a) => a.title));
  // The last slide first: Alt+↑ twice on its row.
  await page.locator(".compose-slide").nth(2).focus();
  await page.keyboard.press("Alt+ArrowUp");
  await page.keyboard.press("Alt+ArrowUp");
  expect(await rowTitles(page)).toEqual([added[2]!.title, added[0]!.title, added[1]!.title]);
  expect(await page.evaluate(() => document.activeElement?.getAttribute("data-key"))).toBe("row:s3");
  // A note edited: committed when the field is left.
  const note = page.locator(".compose-slide").nth(1).locator("textarea[data-key^='notes:']");
  await note.fill("GPT-3 among the decoder-only models.\n\nThen PaLM.");
  await note.press("Tab");
  await poll(() => page.locator(".compose-status").textContent()).toBe("Saved in this browser.");

  await page.reload();
  await page.locator(".compose-slide").nth(2).waitFor();
  expect(await rowTitles(page)).toEqual([added[2]!.title, added[0]!.title, added[1]!.title]);
  expect(await note.inputValue()).toBe("GPT-3 among the decoder-only models.\n\nThen PaLM.");

  const [download] = await Promise.all([page.waitForEvent("download"), page.locator("[data-key=download]").click()]);
  expect(download.suggestedFilename()).toBe("my-talk.md");
  const file = join(mkdtempSync(join(tmpdir(), "compose-")), "my-talk.md");
  await download.saveAs(file);
  // Each slide keeps its view's own address, as its page's controller writes it: Explore's default x (date) left out.
  const expected = `---
title: My talk
lang: en
paper: a4
---

# ${added[2]!.title}

![${added[2]!.title}](/timeline?model=chatgpt#gpt35-tree)

<!--
${added[2]!.caption}
-->

---

# ${added[0]!.title}

![${added[0]!.title}](/scaling?model=gpt-3-175b&branch=decoder-only#parameters-by-date)

<!--
GPT-3 among the decoder-only models.

Then PaLM.
-->

---

# ${added[1]!.title}

![${added[1]!.title}](/explore?y=parameters&highlight=gpt-3-175b,palm-540b#explore-scatter)

<!--
${added[1]!.caption}
-->
`;
  expect(readFileSync(file, "utf8")).toBe(expected);

  // A malformed file: its line named, nothing changed.
  const bad = join(mkdtempSync(join(tmpdir(), "compose-")), "bad.md");
  writeFileSync(bad, "---\ntitle: Bad\nlang: en\n---\n# One\n\n![x](/nowhere#x)\n");
  await page.locator("input.compose-file").setInputFiles(bad);
  await expect
    .poll(() => page.locator(".compose-alert").textContent())
    .toMatch(/^This file is not a story: bad\.md:7: unknown page "\/nowhere"/);
  expect(await rowTitles(page)).toEqual([added[2]!.title, added[0]!.title, added[1]!.title]);

  // The downloaded file opened again, as a new story once asked.
  await page.locator("input.compose-file").setInputFiles(file);
  const dialog = page.locator("dialog.compose-dialog");
  await expect
    .poll(() => dialog.locator("p").textContent())
    .toBe("“my-talk.md” is “My talk”, 3 slides. Replace the open story with it, or keep both?");
  await dialog.getByRole("button", { name: "Open as a new story" }).click();
  await poll(() => page.locator(".compose-story").count()).toBe(2);
  expect(await page.locator(".compose-story[aria-current=true]").getAttribute("data-story")).toBe("story-2");
  expect(await rowTitles(page)).toEqual([added[2]!.title, added[0]!.title, added[1]!.title]);
  const [again] = await Promise.all([page.waitForEvent("download"), page.locator("[data-key=download]").click()]);
  const second = join(mkdtempSync(join(tmpdir(), "compose-")), "again.md");
  await again.saveAs(second);
  expect(readFileSync(second, "utf8")).toBe(expected);

  // "Download .pptx": made in the page, the same slides, titles and notes as the story, its views as sharp pictures.
  const [pptx] = await Promise.all([
    page.waitForEvent("download", { timeout: 120_000 }),
    page.locator("[data-key=download-pptx]").click()
  ]);
  expect(pptx.suggestedFilename()).toBe("my-talk.pptx");
  const pptxFile = join(mkdtempSync(join(tmpdir(), "compose-")), "my-talk.pptx");
  await pptx.saveAs(pptxFile);
  const source = parseStory(expected, "my-talk.md");
  const slides = await readPptx(readFileSync(pptxFile));
  expect(slides.map((s) => s.texts[0])).toEqual(source.slides.map((s) => s.title));
  expect(slides.map((s) => squash(s.notes))).toEqual(source.slides.map((s) => squash(s.notes)));
  for (const [i, slide] of slides.entries()) {
    expect(slide.langs, `slide ${i + 1}`).toEqual(["en-US"]);
    expect(slide.images, `slide ${i + 1}`).toHaveLength(1);
    // At twice the printed slide's pixels: wider than the 1920 px page itself.
    expect(pngSize(slide.images[0]!).width, `slide ${i + 1}`).toBeGreaterThan(1920);
    // A drawn chart, not a blank canvas (a plain picture this size compresses to a few kilobytes).
    expect(slide.images[0]!.length, `slide ${i + 1}`).toBeGreaterThan(50_000);
  }
  await poll(() => page.locator(".compose-status").textContent()).toBe("Downloaded my-talk.pptx.");
  expect(await page.locator("iframe.compose-capture").count()).toBe(0);

  // "Download .html": one file that runs from file:// with every request refused; the story's slides and views.
  const [offline] = await Promise.all([
    page.waitForEvent("download"),
    page.locator("[data-key=download-html]").click()
  ]);
  expect(offline.suggestedFilename()).toBe("my-talk.html");
  const htmlFile = join(mkdtempSync(join(tmpdir(), "compose-")), "my-talk.html");
  await offline.saveAs(htmlFile);
  expect(readFileSync(htmlFile, "utf8")).not.toMatch(/<script[^>]*\ssrc=|<link\b|type="module"|@import|\bimport\(/i);
  const { context, refused } = await offlineContext(browser, { width: 1280, height: 720 });
  const player = await context.newPage();
  player.on("pageerror", (error) => problems.push(error.message));
  await player.goto(pathToFileURL(htmlFile).href);
  await poll(() => player.locator(".deck-screen .deck-stage > .slide h2").textContent()).toBe(source.slides[0]!.title);
  await poll(() => player.locator(".deck-screen [data-figure=gpt35-tree]").count()).toBe(1);
  await player.keyboard.press("End");
  await poll(() => player.locator(".deck-screen [data-figure=explore-scatter]").count()).toBe(1);
  expect(refused).toEqual([]);
  await context.close();

  // The print links open the printed layout and then the print dialog (stubbed: headless Chromium has none).
  expect(await page.locator("[data-key=print-slides]").getAttribute("href")).toMatch(
    /^\.\/mine\?story=story-2&print=slides&autoprint=?$/
  );
  await page.addInitScript(() => {
    // What was on the page when print was called: the printed slides, or the report's figures.
    window.print = () =>
      document.documentElement.setAttribute(
        "data-printed",
        `${document.querySelectorAll(".print-page").length} slides, ${document.querySelectorAll(".story-report figure").length} figures`
      );
  });
  await page.locator("[data-key=print-slides]").click();
  await poll(() => page.evaluate(() => document.documentElement.getAttribute("data-printed"))).toBe(
    "3 slides, 0 figures"
  );

  // Presented like any story: the deck and the report.
  await page.goto(`${origin}/stories/mine?story=story-1&present`);
  await poll(() => page.locator(".deck .deck-position").first().textContent()).toBe("1 / 3");
  await page.keyboard.press("End");
  await poll(() => page.locator(".deck-screen [data-figure=explore-scatter]").count()).toBe(1);
  await page.goto(`${origin}/stories/mine?story=story-1&print`);
  await poll(() => page.locator(".story-report figure").count()).toBe(3);
  // The handout's link: printed once the report's pages are planned, its three figures in them.
  await page.goto(`${origin}/stories/mine`);
  await page.locator("[data-key=print]").click();
  await poll(() => page.evaluate(() => document.documentElement.getAttribute("data-printed"))).toBe(
    "0 slides, 3 figures"
  );
  expect(problems).toEqual([]);
  await page.context().close();
}, 240_000);

test("keyboard only: start from the Chinese talk, delete and undo, move, add a text slide; axe clean", async () => {
  const origin = inject("origin");
  const { page, problems } = await openPage(browser, origin, "/stories/mine?lang=zh", undefined, {
    acceptDownloads: true
  });
  await page.locator(".compose h1").waitFor();
  expect(await page.locator(".compose h1").textContent()).toBe("我的文稿");
  // The site's header, as on every page: its navigation (in Chinese, the links keeping the language) and the switch.
  const nav = page.locator("#observablehq-header nav.site-nav");
  expect(await nav.isVisible()).toBe(true);
  await poll(() => nav.locator("a[href*='scaling']").getAttribute("href")).toMatch(/scaling\?lang=zh$/);
  expect(await nav.locator("a[href*='scaling'] span[lang='zh-CN']").isVisible()).toBe(true);
  expect(await page.locator("#observablehq-header .lang-switch").isVisible()).toBe(true);
  // Tab to "copy the built-in talk (Chinese)" and press Enter.
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press("Tab");
    if ((await page.evaluate(() => document.activeElement?.getAttribute("data-key"))) === "builtin-zh") break;
  }
  await page.keyboard.press("Enter");
  await page.locator(".compose-slide").first().waitFor();
  const before = await rowTitles(page);
  expect(before.length).toBeGreaterThan(5);
  // The first row: Delete removes it, Ctrl+Z brings it back, Alt+↓ moves it.
  await page.locator(".compose-slide").first().focus();
  await page.keyboard.press("Delete");
  expect(await rowTitles(page)).toEqual(before.slice(1));
  expect(await page.evaluate(() => document.activeElement?.getAttribute("data-key"))).toMatch(/^row:/);
  await page.keyboard.press("Control+z");
  expect(await rowTitles(page)).toEqual(before);
  await page.locator(".compose-slide").first().focus();
  await page.keyboard.press("Alt+ArrowDown");
  expect(await rowTitles(page)).toEqual([before[1], before[0], ...before.slice(2)]);
  await page.keyboard.press("Control+y");
  // "Add a text slide": focus lands in its title.
  await page.locator("[data-key=add-slide]").focus();
  await page.keyboard.press("Enter");
  expect(await page.evaluate(() => document.activeElement?.getAttribute("data-key"))).toMatch(/^title:s\d+$/);
  await page.keyboard.press("Control+a");
  await page.keyboard.type("我的结语");
  await page.keyboard.press("Tab");
  expect((await rowTitles(page)).at(-1)).toBe("我的结语");
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
  // Discarding asks first: Escape keeps the story.
  await page.locator("[data-key=delete-story]").focus();
  await page.keyboard.press("Enter");
  await page.locator("dialog.compose-dialog[open]").waitFor();
  const dialogViolations = await axeViolations(page);
  expect(dialogViolations, describeViolations(dialogViolations)).toEqual([]);
  await page.keyboard.press("Escape");
  expect(await page.locator(".compose-story").count()).toBe(1);
  await page.reload();
  await page.locator(".compose-slide").first().waitFor();
  expect((await rowTitles(page)).at(-1)).toBe("我的结语");
  // The Chinese talk as a PPTX, from the keyboard: its slides' titles, in Chinese, the interface's words in Chinese.
  const titles = await rowTitles(page);
  await page.locator("[data-key=download-pptx]").focus();
  const [pptx] = await Promise.all([page.waitForEvent("download", { timeout: 120_000 }), page.keyboard.press("Enter")]);
  const slides = await readPptx(readFileSync(await pptx.path()));
  expect(slides.map((s) => s.texts[0])).toEqual(titles);
  for (const slide of slides) expect(slide.langs).toEqual(["zh-CN"]);
  // pptxgenjs tags notes en-US: the download retags a Chinese deck's notes (and paragraph ends) zh-CN.
  for (const slide of slides) expect([...new Set([...slide.allLangs, ...slide.notesLangs])]).toEqual(["zh-CN"]);
  await poll(() => page.locator(".compose-status").textContent()).toBe(`已下载 ${pptx.suggestedFilename()}。`);
  await page.goto(`${origin}/stories/mine?present`);
  await page.locator(".deck").waitFor();
  // The presented deck is the story alone: no site header over it.
  expect(await page.locator("#observablehq-header").isVisible()).toBe(false);
  const deckViolations = await axeViolations(page);
  expect(deckViolations, describeViolations(deckViolations)).toEqual([]);
  expect(problems).toEqual([]);
  await page.context().close();
}, 180_000);

test("storage that cannot be read is reported, not a crash", async () => {
  const origin = inject("origin");
  const { page, problems } = await openPage(browser, origin, "/stories/mine");
  await page.locator(".compose h1").waitFor();
  await page.evaluate(() => localStorage.setItem("gpt-scaling-notebook:stories:v1", "{broken"));
  await page.reload();
  await poll(() => page.locator(".compose-alert").textContent()).toMatch(/could not be read \(not JSON/);
  expect(await page.evaluate(() => localStorage.getItem("gpt-scaling-notebook:stories:v1:unreadable"))).toBe("{broken");
  expect(problems).toEqual([]);
  await page.context().close();
});

test("a slide dragged by its number onto another row takes that row's place", async () => {
  const origin = inject("origin");
  const { page, problems } = await openPage(browser, origin, "/stories/mine");
  await page.locator("[data-key=builtin-en]").click();
  await page.locator(".compose-slide").nth(3).waitFor();
  const before = await rowTitles(page);
  // The drag's events as a browser sends them (Playwright's mouse drag does not start an HTML drag reliably).
  const transfer = await page.evaluateHandle(() => new DataTransfer());
  await page
    .locator(".compose-slide")
    .nth(3)
    .locator(".compose-slide-number")
    .dispatchEvent("dragstart", { dataTransfer: transfer });
  await page.locator(".compose-slide").nth(0).dispatchEvent("dragover", { dataTransfer: transfer });
  await page.locator(".compose-slide").nth(0).dispatchEvent("drop", { dataTransfer: transfer });
  await poll(() => rowTitles(page)).toEqual([before[3], ...before.slice(0, 3), ...before.slice(4)]);
  await page.keyboard.press("Control+z");
  await poll(() => rowTitles(page)).toEqual(before);
  expect(problems).toEqual([]);
  await page.context().close();
});

test("the presented story's overview reorders it: Alt+→ and a drag, saved to the browser's story; axe clean", async () => {
  const origin = inject("origin");
  const { page, problems } = await openPage(browser, origin, "/stories/mine");
  await page.locator(".compose h1").waitFor();
  // Three shown slides and a hidden one between the first two: the deck's indices skip it, the story keeps it.
  const slide = (id: string, title: string, hidden = false) => ({
    id,
    title,
    body: `Text ${title}.`,
    notes: "",
    hidden
  });
  const stored = {
    version: 1,
    stories: [
      {
        id: "story-1",
        meta: { title: "Reordered", lang: "en", paper: "a4" },
        slides: [slide("s1", "Alpha"), slide("s2", "Hidden", true), slide("s3", "Beta"), slide("s4", "Gamma")]
      }
    ],
    current: "story-1",
    targets: {}
  };
  await page.evaluate((text) => localStorage.setItem("gpt-scaling-notebook:stories:v1", text), JSON.stringify(stored));
  const storedTitles = () =>
    page.evaluate(() =>
      (
        JSON.parse(localStorage.getItem("gpt-scaling-notebook:stories:v1")!) as {
          stories: { slides: { title: string }[] }[];
        }
      ).stories[0]!.slides.map((s) => s.title)
    );
  const labels = () => page.locator(".deck-overview .overview-label").allTextContents();
  await page.goto(`${origin}/stories/mine?story=story-1&present`);
  await poll(() => page.locator(".deck .deck-position").first().textContent()).toBe("1 / 3");
  await page.keyboard.press("o");
  await poll(labels).toEqual(["1. Alpha", "2. Beta", "3. Gamma"]);
  const first = page.locator(".deck-overview .overview-item").first();
  expect(await first.getAttribute("aria-description")).toBe("Drag or Alt+←/→ to move, Ctrl+Z to undo");
  expect(await first.getAttribute("draggable")).toBe("true");

  // Alt+→ on the focused first thumbnail: Alpha after Beta, focus following it, saved at once.
  await page.keyboard.press("Alt+ArrowRight");
  await poll(labels).toEqual(["1. Beta", "2. Alpha", "3. Gamma"]);
  expect(await page.evaluate(() => document.activeElement?.querySelector(".overview-label")?.textContent)).toBe(
    "2. Alpha"
  );
  expect(await storedTitles()).toEqual(["Hidden", "Beta", "Alpha", "Gamma"]);
  // The slide on screen (Alpha) stays on screen, now the second.
  await poll(() => page.locator(".deck .deck-position").first().textContent()).toBe("2 / 3");

  // Gamma dragged onto the first thumbnail takes its place.
  const items = page.locator(".deck-overview .overview-item");
  await items.nth(2).dragTo(items.nth(0));
  await poll(labels).toEqual(["1. Gamma", "2. Beta", "3. Alpha"]);
  expect(await storedTitles()).toEqual(["Hidden", "Gamma", "Beta", "Alpha"]);
  // Ctrl+Z takes the drag back (and saves that), then the drag again.
  await page.keyboard.press("Control+z");
  await poll(labels).toEqual(["1. Beta", "2. Alpha", "3. Gamma"]);
  expect(await storedTitles()).toEqual(["Hidden", "Beta", "Alpha", "Gamma"]);
  await items.nth(2).dragTo(items.nth(0));
  await poll(labels).toEqual(["1. Gamma", "2. Beta", "3. Alpha"]);
  expect(await storedTitles()).toEqual(["Hidden", "Gamma", "Beta", "Alpha"]);
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);

  // The deck shows the new order, and so does the story after a reload.
  await page.keyboard.press("Escape");
  await page.keyboard.press("Home");
  await poll(() => page.locator(".deck-screen .slide-title").first().textContent()).toBe("Gamma");
  await page.reload();
  await poll(() => page.locator(".deck-screen .slide-title").first().textContent()).toBe("Gamma");
  await page.keyboard.press("End");
  await poll(() => page.locator(".deck-screen .slide-title").first().textContent()).toBe("Alpha");
  expect(problems).toEqual([]);
  await page.context().close();
});
