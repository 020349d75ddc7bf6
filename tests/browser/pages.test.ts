// Every page of the built site, in Chromium, offline, opened once per colour scheme: it renders completely (a page
// with a cell still loading fails), with no console error, nothing fetched off the host, no axe violation, no chart
// text that collides with other text or spills out of its chart, and no layout shift while it loads (cumulative
// layout shift at most 0.05, Lighthouse's "good"). A screenshot is written only on failure.
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { mkdirSync } from "node:fs";
import type { Browser } from "playwright-core";
import {
  layoutShift,
  launchBrowser,
  openPage,
  PAGE_PATHS,
  waitUntilRendered,
  watchLayoutShift
} from "../../scripts/chromium.js";
import { axeViolations, describeViolations } from "./axe.js";
import { describeTextProblems, textProblems } from "./measure.js";

let browser: Browser;
beforeAll(async () => void (browser = await launchBrowser()));
afterAll(async () => browser?.close());

const VIEWPORT = { width: 1280, height: 900 };

describe.each(PAGE_PATHS)("page %s", (path) => {
  test.each(["light", "dark"] as const)(
    "renders cleanly in the %s scheme: no error, axe clean, no colliding text",
    async (colorScheme) => {
      const { page, problems } = await openPage(browser, inject("origin"), path, VIEWPORT, { colorScheme });
      const report = {
        problems,
        layoutShift:
          (await layoutShift(page)) <= 0.05
            ? "≤ 0.05"
            : `cumulative layout shift ${(await layoutShift(page)).toFixed(3)}`,
        axe: describeViolations(await axeViolations(page)),
        text: path === "/talk" ? [] : describeTextProblems(await textProblems(page, "#observablehq-main"))
      };
      if (report.problems.length || report.axe || report.text.length || report.layoutShift !== "≤ 0.05") {
        mkdirSync("artifacts/failures", { recursive: true });
        await page.screenshot({
          path: `artifacts/failures/${path === "/" ? "index" : path.slice(1)}-${colorScheme}.png`,
          fullPage: true
        });
      }
      await page.context().close();
      expect(report).toEqual({ problems: [], layoutShift: "≤ 0.05", axe: "", text: [] });
    }
  );
});

// A slow or busy machine: the page's data arrives late. Its text shows at once, before anything drawn from data (the
// model list, which the ledes count, comes through; every other data file is held until the text has been checked),
// and what arrives later takes the room kept for it: the layout shift over the whole load stays at most 0.05. The
// talk and the report are one cell each, built from the data (a deck, a paper layout): only their shift is held.
describe.each([
  ["en", ""],
  ["zh", "?lang=zh"]
] as const)("with its data held back, in %s", (_lang, query) => {
  test.each(PAGE_PATHS)(
    "page %s: its text shows before the charts, and nothing in view moves when they arrive",
    async (path) => {
      const context = await browser.newContext({ viewport: VIEWPORT });
      const held: (() => void)[] = [];
      let holding = true;
      await context.route("**/_file/data/**", async (route) => {
        if (holding && !/\/releases\.[0-9a-f]+\.json$/.test(route.request().url()))
          await new Promise<void>((release) => held.push(release));
        await route.continue();
      });
      const page = await context.newPage();
      await watchLayoutShift(page);
      await page.goto(inject("origin") + path + query, { waitUntil: "domcontentloaded" });
      if (path !== "/talk" && path !== "/report") {
        const heading = page.locator("#observablehq-main h1").first();
        await heading.waitFor({ state: "visible" });
        const lede = page.locator("#observablehq-main h1 ~ p").first();
        await expect.poll(() => lede.isVisible()).toBe(true);
        expect((await heading.textContent())?.trim()).not.toBe("");
        expect((await lede.textContent())?.trim()).not.toBe("");
      }
      // The test holds something back: a cell drawn from the data is still pending.
      await expect.poll(() => held.length).toBeGreaterThan(0);
      expect(await page.locator("observablehq-loading").count()).toBeGreaterThan(0);
      holding = false;
      for (const release of held) release();
      expect(await waitUntilRendered(page)).toBeNull();
      const shift = await layoutShift(page);
      await context.close();
      expect(shift).toBeLessThanOrEqual(0.05);
    }
  );
});

test.each(PAGE_PATHS.filter((path) => path !== "/talk"))(
  "page %s at 1920×1080: no colliding or spilling chart text",
  async (path) => {
    const { page, problems } = await openPage(browser, inject("origin"), path, { width: 1920, height: 1080 });
    const text = describeTextProblems(await textProblems(page, "#observablehq-main"));
    await page.context().close();
    expect({ problems, text }).toEqual({ problems: [], text: [] });
  }
);

test("the report under print media, at the printable width of A4: no colliding or spilling chart text", async () => {
  const { page, problems } = await openPage(
    browser,
    inject("origin"),
    "/report",
    { width: 688, height: 1000 },
    { media: "print" }
  );
  const text = describeTextProblems(await textProblems(page, "#observablehq-main"));
  await page.context().close();
  expect({ problems, text }).toEqual({ problems: [], text: [] });
});
