// Talk mode driven by the keyboard, as a presentation clicker does.
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, openPage } from "../../scripts/chromium.js";

let browser: Browser;
beforeAll(async () => void (browser = await launchBrowser()));
afterAll(async () => browser?.close());

const hash = (page: Page) => new URL(page.url()).hash;
const slideId = (page: Page) => page.locator(".slide").getAttribute("data-slide");
/** Models drawn on the build slide: points and the × of undisclosed sizes. */
const drawnModels = (page: Page) => page.locator('.slide svg[class^="plot"] g[aria-label="dot"] path').count();

test("keys move through the slides, the hash follows, and the build reveals one model per key", async () => {
  const { page, problems } = await openPage(browser, inject("origin"), "/talk", { width: 1920, height: 1080 });
  expect(await slideId(page)).toBe("title");
  expect(hash(page)).toBe("#1");
  // The slide fills the 16:9 screen and the page does not scroll.
  const box = await page.locator(".slide").boundingBox();
  expect(box).toMatchObject({ width: 1920, height: 1080 });
  expect(await page.evaluate(() => document.scrollingElement!.scrollHeight)).toBeLessThanOrEqual(1080);

  await page.keyboard.press("ArrowRight");
  expect(hash(page)).toBe("#2");
  expect(await slideId(page)).toBe("article-table");
  await page.keyboard.press(" ");
  expect(hash(page)).toBe("#3.1");
  expect(await slideId(page)).toBe("parameter-growth");
  for (let revealed = 1; revealed <= 8; ++revealed) {
    expect(hash(page)).toBe(`#3.${revealed}`);
    expect(await page.locator(".slide [data-revealed]").getAttribute("data-revealed")).toBe(String(revealed));
    expect(await drawnModels(page), `step ${revealed}`).toBe(revealed);
    if (revealed < 8) await page.keyboard.press("PageDown");
  }
  expect(await page.locator(".slide-caption").textContent()).toBe("GPT-4: undisclosed parameters");
  await page.keyboard.press("ArrowRight");
  expect(hash(page)).toBe("#4");
  await page.keyboard.press("ArrowLeft");
  expect(hash(page)).toBe("#3.8");
  await page.keyboard.press("PageUp");
  expect(hash(page)).toBe("#3.7");
  await page.keyboard.press("End");
  expect(await slideId(page)).toBe("sources");
  expect(hash(page)).toBe("#10");
  await page.keyboard.press("Home");
  expect(hash(page)).toBe("#1");

  // Speaker notes toggle with N.
  expect(await page.locator(".speaker-notes").isVisible()).toBe(false);
  await page.keyboard.press("n");
  expect(await page.locator(".speaker-notes").isVisible()).toBe(true);
  expect(await page.locator(".speaker-notes").textContent()).toMatch(/Six years/);
  await page.keyboard.press("N");
  expect(await page.locator(".speaker-notes").isVisible()).toBe(false);
  expect(problems).toEqual([]);
  await page.context().close();
});

test("a link to a slide opens on it; every slide draws without error", async () => {
  const { page, problems } = await openPage(browser, inject("origin"), "/talk#6", { width: 1920, height: 1080 });
  expect(await slideId(page)).toBe("tree");
  for (let slide = 1; slide <= 10; ++slide) {
    await page.evaluate((n) => (location.hash = `#${n}`), slide);
    await expect.poll(() => hash(page)).toMatch(new RegExp(`^#${slide}(\\.1)?$`));
    expect(await page.locator(".slide h2").textContent()).not.toBe("");
    // Nothing on a slide spills past the screen.
    const overflow = await page.locator(".slide-body").evaluate((body) => body.scrollHeight > body.clientHeight + 2 || body.scrollWidth > body.clientWidth + 2);
    expect(overflow, `slide ${slide} overflows`).toBe(false);
  }
  expect(problems).toEqual([]);
  await page.context().close();
});
