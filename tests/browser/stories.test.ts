// Stories (stories/*.md) as a lecturer and a report writer use them: the deck of each story with its views in the
// state of their links, legible at 1920×1080 and 1024×768 in English and Chinese, the presenter view and the keys in
// the story's language, and the report layout (?print) with numbered figures; axe clean on every view.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser, openPage } from "../../scripts/chromium.js";
import { axeViolations, describeViolations } from "./axe.js";
import { allPositions, audienceSlide, goTo, hash, measureSlide } from "./slide-legibility.js";
import { readStories } from "../../data-loaders/stories.js";
import { talkData } from "../../scripts/talk-data.js";
import { buildStoryHtml, exportStoryPdfs } from "../../scripts/export-stories.js";
import { offlineContext } from "./offline.js";

let browser: Browser;
beforeAll(async () => void (browser = await launchBrowser()));
afterAll(async () => browser?.close());

const CASES = [
  { story: "gpt-history", width: 1920, height: 1080 },
  { story: "gpt-history", width: 1024, height: 768 },
  { story: "gpt-history.zh", width: 1920, height: 1080 },
  { story: "gpt-history.zh", width: 1024, height: 768 },
  { story: "decoder-only-report", width: 1920, height: 1080 },
  { story: "decoder-only-report", width: 1024, height: 768 }
];

for (const { story, ...screen } of CASES) {
  test(`/stories/${story} at ${screen.width}×${screen.height}: every slide and step legible, nothing overflows`, async () => {
    const { page, problems } = await openPage(browser, inject("origin"), `/stories/${story}`, screen);
    const failures: string[] = [];
    const positions = await allPositions(page);
    for (const position of positions) {
      await goTo(page, position);
      const { smallest, tooSmall, overflows, faint } = await measureSlide(page, audienceSlide);
      if (!smallest) failures.push(`${position}: no text measured`);
      if (tooSmall.length)
        failures.push(
          `${position}: ${tooSmall
            .slice(0, 4)
            .map((t) => `"${t.text}" ${t.designPx}`)
            .join(", ")}`
        );
      for (const overflow of [...overflows, ...faint].slice(0, 6)) failures.push(`${position}: ${overflow}`);
    }
    expect(failures, failures.join("\n")).toEqual([]);
    expect(positions.length).toBeGreaterThan(3);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 180_000);
}

test("the built-in talk as a story: the talk's slides, the build one model per key, notes in the presenter view", async () => {
  const { page, problems } = await openPage(browser, inject("origin"), "/stories/gpt-history#3.1", {
    width: 1280,
    height: 720
  });
  await expect.poll(() => page.locator(`${audienceSlide} h2`).textContent()).toBe("Parameters, one model at a time");
  await expect.poll(() => page.locator(`${audienceSlide} [data-revealed]`).getAttribute("data-revealed")).toBe("1");
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => hash(page)).toBe("#3.2");
  await expect.poll(() => page.locator(`${audienceSlide} [data-revealed]`).getAttribute("data-revealed")).toBe("2");
  expect(await page.locator(".speaker-notes, .presenter-notes").count()).toBe(0);
  const [presenter] = await Promise.all([page.waitForEvent("popup"), page.keyboard.press("p")]);
  await presenter.waitForLoadState();
  await expect.poll(() => presenter.locator(".presenter-notes").textContent()).toMatch(/Press → to add the next model/);
  const violations = await axeViolations(presenter);
  expect(violations, describeViolations(violations)).toEqual([]);
  expect(problems).toEqual([]);
  await page.context().close();
});

test("a story's period: gpt-history says period: article, so its timeline stops at GPT-4 unless ?period=all", async () => {
  // The same rule as /talk, read from the story's front matter rather than special-cased for the built-in talk.
  const shaded = async (search: string) => {
    const { page, problems } = await openPage(browser, inject("origin"), `/stories/gpt-history${search}#5`, {
      width: 1280,
      height: 720
    });
    const chart = page.locator(`${audienceSlide} [data-figure=release-timeline]`);
    await expect.poll(() => chart.count()).toBe(1);
    const text = (await chart.textContent()) ?? "";
    expect(problems).toEqual([]);
    await page.context().close();
    return text.includes("After the article");
  };
  expect(await shaded("")).toBe(false);
  expect(await shaded("?period=all")).toBe(true);
});

test("the Chinese story: the deck's own words, the notes and the page language are Chinese", async () => {
  const { page, problems } = await openPage(browser, inject("origin"), "/stories/gpt-history.zh#7", {
    width: 1280,
    height: 720
  });
  await expect.poll(() => page.locator(`${audienceSlide} h2`).textContent()).toBe("哪个模型能做什么");
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
  expect(await page.locator(".deck-hints, .deck").first().textContent()).toMatch(/下一页/);
  await page.keyboard.press("o");
  expect(await page.getByRole("dialog").getAttribute("aria-label")).toMatch(/[\u4e00-\u9fff]/);
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
  expect(problems).toEqual([]);
  await page.context().close();
});

test("a view is drawn in the state of its link: the branch filter and the highlighted model", async () => {
  const { page, problems } = await openPage(browser, inject("origin"), "/stories/decoder-only-report#2", {
    width: 1920,
    height: 1080
  });
  const chart = page.locator(`${audienceSlide} [data-figure=parameters-by-date]`);
  await expect.poll(() => chart.count()).toBe(1);
  // Models of other branches are drawn hidden (the page's filter), the decoder-only ones shown.
  const dots = chart.locator('g[aria-label="dot"] > :is(circle, path)');
  const hidden = await chart.locator('g[aria-label="dot"] > .filtered-out').count();
  expect(hidden).toBeGreaterThan(0);
  expect(await dots.count()).toBeGreaterThan(hidden);
  expect(await chart.textContent()).toMatch(/GPT-3 175B/);
  await goTo(page, "#3");
  expect(await page.locator(`${audienceSlide} [data-figure=gpt35-tree]`).count()).toBe(1);
  expect(await page.locator(`${audienceSlide} .story-list li`).count()).toBe(2);
  // Several highlights on one chart (/explore?…&highlight=gpt-3-175b,palm-540b): each model ringed; a name is drawn
  // where it clears the other dots (GPT-3's here; PaLM's side is crowded by 2022's models).
  await goTo(page, "#5");
  const explore = page.locator(`${audienceSlide} [data-figure=explore-scatter]`);
  await expect.poll(() => explore.count()).toBe(1);
  expect(await explore.locator('g[aria-label="dot"][aria-hidden="true"] circle').count()).toBe(2);
  expect(await explore.locator("text").allTextContents()).toContain("GPT-3 175B");
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
  expect(problems).toEqual([]);
  await page.context().close();
});

test("?print lays a story out as a report: cover, a section per slide, numbered figures with caption and source", async () => {
  for (const story of ["decoder-only-report", "gpt-history.zh"]) {
    const { page, problems } = await openPage(browser, inject("origin"), `/stories/${story}?print`, {
      width: 1024,
      height: 900
    });
    await expect.poll(() => page.locator(".story-report .story-section").count()).toBeGreaterThan(3);
    const captions = await page.locator(".story-figure figcaption strong").allTextContents();
    expect(captions[0]).toMatch(/^(Figure 1\.|图 1。)/);
    expect(captions.length).toBeGreaterThanOrEqual(3);
    expect(await page.locator(".story-source").count()).toBe(captions.length);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  }
});

test("/stories/ lists every story with links to its deck, presenter view and report, in both languages", async () => {
  for (const lang of ["en", "zh"]) {
    const { page, problems } = await openPage(browser, inject("origin"), `/stories/?lang=${lang}`, {
      width: 1280,
      height: 900
    });
    const items = page.locator(".story-index li");
    await expect.poll(() => items.count()).toBe(3);
    expect(await items.first().locator("a").count()).toBe(3);
    expect(await page.locator("h1").textContent()).toBe(lang === "en" ? "Stories" : "文稿");
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  }
});

const data = talkData();
const stories = readStories(data);
const named = (name: string) => stories.find((s) => s.name === name)!;
const pdfinfo = (file: string) => execFileSync("pdfinfo", [file], { encoding: "utf8" });
const fold = (text: string) => text.replace(/[\s-]+/g, "");

test("the export writes a story's deck PDF (a 16:9 page per slide) and its handout (A4 pages, the report layout)", async () => {
  const out = mkdtempSync(join(tmpdir(), "story-pdf-"));
  const story = named("decoder-only-report");
  const [deck, handout] = await exportStoryPdfs([story], "dist", out);
  expect(deck).toMatch(/decoder-only-report\.pdf$/);
  expect(handout).toMatch(/decoder-only-report-handout\.pdf$/);
  expect(pdfinfo(deck!)).toMatch(new RegExp(`Pages:\\s+${story.story.slides.length}\\n`));
  expect(pdfinfo(deck!)).toMatch(/Page size:\s+1440 x 810 pts/);
  expect(pdfinfo(handout!)).toMatch(/\(A4\)/);
  const text = fold(execFileSync("pdftotext", [handout!, "-"], { encoding: "utf8" }));
  for (const slide of story.story.slides) expect(text).toContain(fold(slide.title));
  expect(text).toContain(fold("Figure 1."));
  // The handout's pages are the report planner's: the first page, then one per planned break, and no other
  // break (nothing spilled over a page the plan thought it fitted on).
  const { page, problems } = await openPage(browser, inject("origin"), "/stories/decoder-only-report?print", {
    width: 1920,
    height: 1080
  });
  const breaks = await page.locator(".story-report .report-break").count();
  expect(breaks).toBeGreaterThan(0);
  // The cover is the head of the first page, the first slide's section under it (no page for a title alone); the
  // others follow on where they fit.
  const firstSection = page.locator(".story-section").first();
  expect(await firstSection.evaluate((s) => s.matches(".report-break") || !!s.querySelector(".report-break"))).toBe(
    false
  );
  expect(breaks).toBeLessThan(story.story.slides.length);
  expect(pdfinfo(handout!)).toMatch(new RegExp(`Pages:\\s+${breaks + 1}\\n`));
  expect(problems).toEqual([]);
  await page.context().close();
}, 120_000);

test("the Chinese story's offline file runs from file:// with every request refused, presenter view included", async () => {
  const story = named("gpt-history.zh");
  const file = await buildStoryHtml(story, data, mkdtempSync(join(tmpdir(), "story-html-")));
  const html = readFileSync(file, "utf8");
  expect(html).not.toMatch(/<script[^>]*\ssrc=|<link\b|type="module"|@import|@font-face|\bimport\(/i);
  expect(html).toMatch(/<html lang="zh-CN">/);
  const { context, refused } = await offlineContext(browser, { width: 1024, height: 768 });
  const problems: string[] = [];
  const page = await context.newPage();
  page.on("pageerror", (error) => problems.push(error.message));
  await page.goto(pathToFileURL(file).href);
  const slide = page.locator(audienceSlide);
  await expect.poll(() => slide.locator("h2").textContent()).toBe(story.story.slides[0]!.title);
  const positions = await allPositions(page);
  expect(positions.at(-1)).toBe(`#${story.story.slides.length}`);
  await page.keyboard.press("Home");
  const [presenter] = await Promise.all([page.waitForEvent("popup"), page.keyboard.press("p")]);
  await presenter.waitForLoadState();
  await expect.poll(() => presenter.locator(".presenter-notes").textContent()).toBe(story.story.slides[0]!.notes);
  expect(await presenter.locator("body").textContent()).toMatch(/备注|下一/);
  expect(refused).toEqual([]);
  expect(problems).toEqual([]);
  await context.close();
}, 120_000);
