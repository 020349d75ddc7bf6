// The article, fact-checked: the ledger filters by text and verdict, and every chart link lands on its figure.
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser, openPage } from "../../scripts/chromium.js";

let browser: Browser;
beforeAll(async () => void (browser = await launchBrowser()));
afterAll(async () => browser?.close());

test("search and verdict filters narrow the list; the summary counts what is shown", async () => {
  const { page, problems } = await openPage(browser, inject("origin"), "/article");
  const claims = page.locator(".claims-list li.claim");
  const total = await claims.count();
  expect(total).toBeGreaterThan(90);
  await page.getByLabel("Search claims").fill("0.4%");
  await expect.poll(() => claims.count()).toBe(1);
  await expect
    .poll(() => page.locator(".claims-list li.claim .claim-correction").textContent())
    .toMatch(/0\.2% for Flan-PaLM 540B/);
  await page.getByLabel("Search claims").fill("");
  await expect.poll(() => claims.count()).toBe(total);
  for (const verdict of ["✓ Confirmed", "? Unverifiable", "◇ Interpretation"]) await page.getByLabel(verdict).uncheck();
  // The list follows once every box has been taken: then all it shows are corrections.
  await expect
    .poll(async () => (await claims.count()) === (await page.locator(".claims-list li.claim.claim-corrected").count()))
    .toBe(true);
  expect(await claims.count()).toBeGreaterThan(5);
  expect(await page.locator(".claims-summary").textContent()).toMatch(
    /^\d+ of \d+ claims shown: 0 confirmed, \d+ corrected, 0 unverifiable, 0 interpretation\.$/
  );
  expect(problems).toEqual([]);
  await page.context().close();
});

test("every 'drawn in' link goes to a page that has the figure", async () => {
  const { page, problems } = await openPage(browser, inject("origin"), "/article");
  const hrefs = [
    ...new Set(await page.locator(".claim-shown a").evaluateAll((links) => links.map((a) => a.getAttribute("href")!)))
  ];
  expect(hrefs.length).toBeGreaterThan(8);
  for (const href of hrefs) {
    const [path, figure] = href.replace(/^\./, "").split("#");
    const target = await openPage(browser, inject("origin"), path!);
    await expect.poll(() => target.page.locator(`#${figure}`).count(), { message: href }).toBe(1);
    expect(target.problems).toEqual([]);
    await target.page.context().close();
  }
  expect(problems).toEqual([]);
  await page.context().close();
});
