// Every page of the built site, in Chromium, offline: no errors, nothing fetched off the host, no axe violations,
// in light and dark colour schemes and at laptop and projector sizes.
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser, openPage, PAGE_PATHS } from "../../scripts/chromium.js";
import { axeViolations, describeViolations } from "./axe.js";

let browser: Browser;
beforeAll(async () => void (browser = await launchBrowser()));
afterAll(async () => browser?.close());

const VIEWPORTS = [
  { width: 1280, height: 900 },
  { width: 1920, height: 1080 }
];

describe.each(PAGE_PATHS)("page %s", (path) => {
  test.each(VIEWPORTS)("loads cleanly at $width×$height", async (viewport) => {
    const { page, problems } = await openPage(browser, inject("origin"), path, viewport);
    await page.screenshot({ path: `artifacts/screenshots${path === "/" ? "/index" : path}-${viewport.width}.png`, fullPage: true });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test.each(["light", "dark"] as const)("has no axe violations in the %s scheme", async (colorScheme) => {
    const { page, problems } = await openPage(browser, inject("origin"), path, undefined, { colorScheme });
    const violations = await axeViolations(page);
    expect(describeViolations(violations)).toBe("");
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
