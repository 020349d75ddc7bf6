// `npm run export`, the talk's part: the deck as a 16:9 PDF (per slide, per step, with notes), and talk.html, the
// whole talk in one file that runs from file:// with the network refused.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, openPage } from "../../scripts/chromium.js";
import { buildTalkHtml, exportDeckPdfs } from "../../scripts/export-deck.js";
import { loadCatalog } from "../../data-loaders/catalog.js";
import { talkData, talkFile } from "../../scripts/talk-data.js";
import { storySlides } from "../../src/stories/render.js";
import { axeViolations, describeViolations } from "./axe.js";
import { measureSlide } from "./slide-legibility.js";
import { offlineContext } from "./offline.js";

// The talk is the story stories/gpt-history.md (gpt-history.zh.md in Chinese): what the PDFs and talk.html must hold.
const talk = talkFile();
const slides = storySlides(talk.stories.en, talk.data);
const stepCount = slides.reduce((sum, slide) => sum + Math.max(1, slide.steps ?? 1), 0);
/** pdftotext breaks lines where the page does and joins words hyphenated at a line's end: compare without either. */
const fold = (text: string) => text.replace(/[\s-]+/g, "");
const pdfinfo = (file: string) => execFileSync("pdfinfo", [file], { encoding: "utf8" });
const pdftext = (file: string) => fold(execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }));
const pages = (file: string) => Number(/Pages:\s+(\d+)/.exec(pdfinfo(file))![1]);
function pageAspect(file: string): number {
  const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(pdfinfo(file))!;
  return Number(width) / Number(height);
}

let browser: Browser;
beforeAll(async () => void (browser = await launchBrowser()));
afterAll(async () => browser?.close());

test("the deck prints to a 16:9 PDF, one page per slide with every title in its text; per step on request; notes apart", async () => {
  const out = mkdtempSync(join(tmpdir(), "deck-"));
  const { slides: deck, notes } = await exportDeckPdfs("dist", out, { notes: true });
  expect(pages(deck)).toBe(slides.length);
  expect(pageAspect(deck)).toBeCloseTo(16 / 9, 3);
  const text = pdftext(deck);
  for (const slide of slides) expect(text, slide.title).toContain(fold(slide.title));
  // Text is text (fonts embedded), not a picture of it.
  expect(execFileSync("pdffonts", [deck], { encoding: "utf8" }).split("\n").length).toBeGreaterThan(3);
  // Speaker notes are in the notes PDF only.
  const opening = (notesText: string) => fold(notesText.split(/\s+/).slice(0, 6).join(" "));
  const notesText = pdftext(notes!);
  expect(pages(notes!)).toBe(slides.length);
  for (const slide of slides) {
    expect(notesText, slide.id).toContain(opening(slide.notes));
    expect(text, slide.id).not.toContain(opening(slide.notes));
  }

  const { slides: steps, notes: none } = await exportDeckPdfs("dist", out, { steps: true });
  expect(none).toBeNull();
  expect(pages(steps)).toBe(stepCount);
  expect(stepCount).toBeGreaterThan(slides.length);
  expect(pageAspect(steps)).toBeCloseTo(16 / 9, 3);
}, 120_000);

test("printing the talk from the browser (Ctrl+P) prints the whole deck, not the slide on screen", async () => {
  const { page, problems } = await openPage(browser, inject("origin"), "/talk#5", { width: 1280, height: 720 });
  await page.evaluate(() => dispatchEvent(new Event("beforeprint")));
  await page.emulateMedia({ media: "print" });
  const file = join(mkdtempSync(join(tmpdir(), "deck-print-")), "printed.pdf");
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  expect(pages(file)).toBe(slides.length);
  expect(pageAspect(file)).toBeCloseTo(16 / 9, 3);
  expect(pdftext(file)).toContain(fold(slides[0]!.title));
  await page.evaluate(() => dispatchEvent(new Event("afterprint")));
  expect(await page.locator(".deck-print-on-demand .slide").count()).toBe(0);
  expect(problems).toEqual([]);
  await page.context().close();
}, 60_000);

test("a printed slide keeps the screen's legible type: the pages' paper rules (tables at 8 pt) stay off the deck", async () => {
  // The site's print rules for the other pages once shrank the article's table on the talk's PDF to 11 px at 1080.
  for (const path of ["/talk?print", "/stories/gpt-history?print=slides"]) {
    const { page, problems } = await openPage(
      browser,
      inject("origin"),
      path,
      { width: 1920, height: 1080 },
      { timeout: 60_000 }
    );
    await page.emulateMedia({ media: "print" });
    const printed = page.locator(".deck-print > .print-page");
    await expect.poll(() => printed.count(), { timeout: 30_000 }).toBe(slides.length);
    const count = slides.length;
    const failures: string[] = [];
    for (let n = 1; n <= count; n++) {
      const { smallest, tooSmall } = await measureSlide(page, `.deck-print > .print-page:nth-child(${n}) > .slide`);
      if (!smallest) failures.push(`${path} page ${n}: no text measured`);
      if (tooSmall.length) failures.push(`${path} page ${n}: under 27 px: ${JSON.stringify(tooSmall.slice(0, 3))}`);
    }
    expect(failures).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  }
}, 180_000);

/** Opens a page of the context and records console errors and uncaught exceptions. */
function watch(page: Page, problems: string[], name: string) {
  page.on(
    "console",
    (message) => void (message.type() === "error" && problems.push(`${name}: console error: ${message.text()}`))
  );
  page.on("pageerror", (error) => problems.push(`${name}: uncaught exception: ${error.message}`));
}

test("talk.html is one self-contained file that runs the whole talk from file:// with every request refused", async () => {
  const file = await buildTalkHtml(mkdtempSync(join(tmpdir(), "talk-html-")));
  const html = readFileSync(file, "utf8");
  // Nothing to load: no linked script, stylesheet, module, font or import.
  expect(html).not.toMatch(/<script[^>]*\ssrc=|<link\b|type="module"|@import|@font-face|\bimport\(/i);

  const { context, refused } = await offlineContext(browser, { width: 1024, height: 768 });
  const problems: string[] = [];
  const page = await context.newPage();
  watch(page, problems, "talk.html");
  await page.goto(pathToFileURL(file).href);
  const slide = page.locator(".deck-screen .deck-stage > .slide");
  expect(await slide.getAttribute("data-slide")).toBe(slides[0]!.id);

  // Every slide and every build step, with the clicker's key.
  const seen: string[] = [];
  for (let i = 0; i < stepCount; ++i) {
    seen.push(`${await slide.getAttribute("data-slide")}.${await slide.getAttribute("data-step")}`);
    expect(await slide.locator("h2").textContent()).not.toBe("");
    await page.keyboard.press("ArrowRight");
  }
  expect(new Set(seen.map((s) => s.split(".")[0])).size).toBe(slides.length);
  expect(new Set(seen).size).toBe(stepCount);
  expect(new URL(page.url()).hash).toBe(`#${slides.length}`);

  // The presenter view opens from the file and the two windows drive each other.
  await page.keyboard.press("Home");
  const [presenter] = await Promise.all([page.waitForEvent("popup"), page.keyboard.press("p")]);
  watch(presenter, problems, "presenter");
  await presenter.waitForLoadState();
  expect(presenter.url()).toBe(`${pathToFileURL(file).href}?presenter#1`);
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => new URL(presenter.url()).hash).toBe("#2");
  await presenter.keyboard.press("ArrowRight");
  await expect.poll(() => new URL(page.url()).hash).toBe("#3.1");
  await expect.poll(() => presenter.locator(".presenter-notes").textContent()).toBe(slides[2]!.notes);

  // The same file with ?lang=zh is the Chinese talk: the story gpt-history.zh.md, in Chinese words throughout.
  const zh = talk.stories.zh;
  const chinese = await context.newPage();
  watch(chinese, problems, "talk.html?lang=zh");
  await chinese.goto(`${pathToFileURL(file).href}?lang=zh#3`);
  const zhSlide = chinese.locator(".deck-screen .deck-stage > .slide");
  expect(await zhSlide.locator("h2").textContent()).toBe(zh.slides[2]!.title);
  expect(await chinese.evaluate(() => [document.documentElement.lang, document.title])).toEqual([
    "zh-CN",
    zh.meta.title
  ]);
  expect(await chinese.locator(".deck-hints").textContent()).toMatch(/演讲者视图/);
  const [zhPresenter] = await Promise.all([chinese.waitForEvent("popup"), chinese.keyboard.press("p")]);
  watch(zhPresenter, problems, "presenter (zh)");
  await zhPresenter.waitForLoadState();
  await expect.poll(() => zhPresenter.locator(".presenter-notes").textContent()).toBe(zh.slides[2]!.notes);
  expect(await zhPresenter.locator(".presenter-countdown").textContent()).toMatch(/^剩余 \d+:\d\d$/);

  expect(refused).toEqual([]);
  expect(problems).toEqual([]);
  await context.close();
}, 120_000);

test("talk.html built from catalog text that opens comments and scripts still renders it as text", async () => {
  const catalog = loadCatalog();
  const hostile = ["<!--<script>", "</script><p id=injected>", "<!--<SCRIPT >", "<script>window.pwned=1</script>"];
  const titles = hostile.map((text, i) => `Source ${i} ${text} end`);
  catalog.bibliography.forEach((source, i) => (source.title = titles[i % titles.length]!));
  catalog.models.find((m) => m.id === "gpt-1")!.name = "GPT-1 <!--<script>";
  const file = await buildTalkHtml(mkdtempSync(join(tmpdir(), "talk-hostile-")), talkFile(talkData(catalog)));
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const problems: string[] = [];
  const page = await context.newPage();
  watch(page, problems, "hostile talk.html");
  await page.goto(`${pathToFileURL(file).href}#10`);
  const slide = page.locator(".deck-screen .deck-stage > .slide");
  expect(await slide.getAttribute("data-slide")).toBe(slides[9]!.id);
  const items = await slide.locator(".slide-sources li").allTextContents();
  expect(items.length).toBeGreaterThan(0);
  for (const item of items)
    expect(
      titles.some((title) => item.startsWith(title)),
      item
    ).toBe(true);
  expect(await page.locator("#injected").count()).toBe(0);
  expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
  // The build slide draws the model named with a comment opener, as text.
  await page.keyboard.press("Home");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  expect(await slide.locator("[data-figure=parameters-by-date]").count()).toBe(1);
  expect(await slide.textContent()).toContain("GPT-1 <!--<script>");
  expect(problems).toEqual([]);
  await context.close();
}, 120_000);

/** A story file as the file input receives it. */
const mdFile = (name: string, lines: string[]) => ({
  name,
  mimeType: "text/markdown",
  buffer: Buffer.from(lines.join("\n") + "\n")
});
const storyHead = ["---", "title: My offline story", "lang: en", "paper: a4", "duration: 7", "---", ""];

test("talk.html opens a .md story itself, offline: checked like the build, presented with its presenter view", async () => {
  const file = await buildTalkHtml(mkdtempSync(join(tmpdir(), "talk-open-")));
  const { context, refused } = await offlineContext(browser, { width: 1280, height: 720 });
  const problems: string[] = [];
  const page = await context.newPage();
  watch(page, problems, "talk.html");
  await page.goto(pathToFileURL(file).href);
  const slide = page.locator(".deck-screen .deck-stage > .slide");
  const alert = page.locator(".offline-open-error");
  // The control is in the overview only, a button reached from the keyboard; not on the slide.
  expect(await page.getByRole("button", { name: "Open .md…" }).count()).toBe(0);
  await page.keyboard.press("o");
  const open = page.getByRole("dialog").getByRole("button", { name: "Open .md…" });
  await open.focus();
  expect(await open.evaluate((button) => button === document.activeElement)).toBe(true);
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);

  // A view of a model the data does not hold: the parser's file:line: reason, and the talk stays.
  const picker = page.locator("input.offline-open-file");
  await picker.setInputFiles(mdFile("bad.md", [...storyHead, "# One", "", "![](/scaling?model=no-such-model)"]));
  await expect.poll(() => alert.textContent()).toMatch(/^This file is not a story: bad\.md:10: .*no-such-model/);
  expect(await alert.getAttribute("role")).toBe("alert");
  expect(await slide.getAttribute("data-slide")).toBe(slides[0]!.id);
  // The Epoch backdrop is not in the file: that view is refused by name, not drawn without it.
  await picker.setInputFiles(mdFile("epoch.md", [...storyHead, "# One", "", "![](/scaling?backdrop=on)"]));
  await expect.poll(() => alert.textContent()).toMatch(/epoch\.md:10: .*Epoch AI backdrop/);
  expect(await slide.getAttribute("data-slide")).toBe(slides[0]!.id);

  const good = [
    ...storyHead,
    "# Opening words",
    "",
    "A story opened from a file.",
    "",
    "---",
    "",
    "# GPT-3 on the chart",
    "",
    "![GPT-3](/scaling?model=gpt-3-175b#parameters-by-date)",
    "",
    "<!-- GPT-3 is highlighted. -->"
  ];
  await picker.setInputFiles(mdFile("mine.md", good));
  await expect.poll(() => slide.locator("h2").textContent()).toBe("Opening words");
  expect(await alert.isHidden()).toBe(true);
  expect(await page.evaluate(() => document.title)).toBe("My offline story");
  await page.keyboard.press("ArrowRight");
  expect(await slide.locator("h2").textContent()).toBe("GPT-3 on the chart");
  expect(await slide.locator("[data-figure=parameters-by-date]").count()).toBe(1);
  expect(new URL(page.url()).hash).toBe("#2");

  // The presenter window presents the opened story too, counting down its duration.
  const [presenter] = await Promise.all([page.waitForEvent("popup"), page.keyboard.press("p")]);
  watch(presenter, problems, "presenter");
  await presenter.waitForLoadState();
  await expect.poll(() => presenter.locator(".presenter-notes").textContent()).toBe("GPT-3 is highlighted.");
  expect(await presenter.locator(".presenter-countdown").textContent()).toMatch(/^[67]:\d\d left$/);
  expect(refused).toEqual([]);
  expect(problems).toEqual([]);
  await context.close();
}, 120_000);
