// Every page of the built site, in Chromium, offline, opened once per colour scheme: it renders completely (a page
// with a cell still loading fails), with no console error, nothing fetched off the host, no axe violation, no chart
// text that collides with other text or spills out of its chart, and no layout shift while it loads (cumulative
// layout shift at most 0.05, Lighthouse's "good"). A screenshot is written only on failure.
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { mkdirSync } from "node:fs";
import type { Browser } from "playwright-core";
import { layoutShift, launchBrowser, openPage, PAGE_PATHS } from "../../scripts/chromium.js";
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
