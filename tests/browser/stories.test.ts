// Stories (stories/*.md) as a lecturer and a report writer use them: the deck of each story with its views in the
// state of their links, legible at 1920×1080 and 1024×768 in English and Chinese, the presenter view and the keys in
// the story's language, and the report layout (?print) with numbered figures; axe clean on every view.
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, openPage } from "../../scripts/chromium.js";
import { axeViolations, describeViolations } from "./axe.js";
import { measureSlide } from "./slide-legibility.js";

let browser: Browser;
beforeAll(async () => void (browser = await launchBrowser()));
afterAll(async () => browser?.close());

const audienceSlide = ".deck-screen .deck-stage > .slide";
const hash = (page: Page) => new URL(page.url()).hash;

async function allPositions(page: Page): Promise<string[]> {
  await page.keyboard.press("Home");
  const positions = [hash(page)];
  for (;;) {
    await page.keyboard.press("ArrowRight");
    if (hash(page) === positions.at(-1)) return positions;
    positions.push(hash(page));
  }
}

async function goTo(page: Page, position: string) {
  await page.evaluate((h) => (location.hash = h), position);
  await expect
    .poll(() =>
      page.locator(audienceSlide).evaluate((s, h) => `#${h}` === location.hash && s.isConnected, position.slice(1))
    )
    .toBe(true);
}

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
      const { smallest, tooSmall, overflows } = await measureSlide(page, audienceSlide);
      if (!smallest) failures.push(`${position}: no text measured`);
      if (tooSmall.length)
        failures.push(
          `${position}: ${tooSmall
            .slice(0, 4)
            .map((t) => `"${t.text}" ${t.designPx}`)
            .join(", ")}`
        );
      for (const overflow of overflows.slice(0, 4)) failures.push(`${position}: ${overflow}`);
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
