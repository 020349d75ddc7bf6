// What a page costs and how it fails, in Chromium. The Epoch AI backdrop's file (tens of megabytes from a large
// export) is fetched only where and when it is drawn. A figure that throws while drawing shows its error in its
// place (role=alert) and a cell that throws shows Framework's error in its place; either way the rest of the page
// stays readable. The failures are made with data, not with a hook in the product: a copy of the built site with one
// data file corrupted, served from a temporary folder.
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, openPage, PAGE_PATHS } from "../../scripts/chromium.js";
import { serveStatic } from "../../scripts/static-server.js";
import { serveWithCatalog } from "../../scripts/bench-explore.js";
import { syntheticSources } from "../../scripts/synthetic.js";
import { readSources, validateCatalog } from "../../data-loaders/catalog.js";
import { releasesTable } from "../../data-loaders/tables.js";
import { NOTES_PAGE } from "../../src/views/data.js";

let browser: Browser;
beforeAll(async () => void (browser = await launchBrowser()));
afterAll(async () => browser?.close());

/** The backdrop as drawn: the growth charts' and the explorer's marks. */
const BACKDROP = "g.backdrop circle, g.explore-backdrop circle";
const EPOCH_FILE = /\/_file\/data\/epoch\.[0-9a-f]+\.json$/;
const STORY_PATHS = readdirSync("stories")
  .filter((file) => file.endsWith(".md"))
  .map((file) => `/stories/${file.replace(/\.md$/, "")}`);

describe("the Epoch AI backdrop's file", () => {
  // As if the build had a copy of Epoch's table (none is committed): the status says there is one, and the file is a
  // one-model import, so that "not fetched" is a decision of the page, not the absence of a table.
  const attribution = "Epoch AI, Data on AI Models (CC BY 4.0)";
  const imported = {
    available: true,
    attribution,
    counts: { read: 1, language: 1, imported: 1, matched: 0, skipped: 0 },
    models: [
      {
        id: "epoch-a",
        name: "A",
        release_date: "2021-05-01",
        parameters: 3e9,
        training_compute: 1e22,
        training_tokens: null
      }
    ]
  };

  /** The epoch.json requests a page makes until it has rendered, and the page (the caller closes its context). */
  async function epochFetches(path: string): Promise<{ fetched: string[]; page: Page }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const fetched: string[] = [];
    context.on("request", (request) => {
      if (EPOCH_FILE.test(new URL(request.url()).pathname)) fetched.push(request.url());
    });
    await context.route("**/_file/data/epoch.*.json", (route) => route.fulfill({ json: imported }));
    await context.route("**/_file/data/epoch-status.*.json", (route) =>
      route.fulfill({ json: { available: true, reason: null, attribution } })
    );
    const page = await context.newPage();
    await page.goto(inject("origin") + path, { waitUntil: "networkidle" });
    await page.waitForFunction(() => !document.querySelector("observablehq-loading"), undefined, { timeout: 15_000 });
    return { fetched, page };
  }

  test.each([...PAGE_PATHS, ...PAGE_PATHS.map((path) => `${path}?lang=zh`), "/stories/", ...STORY_PATHS])(
    "%s draws no backdrop and does not fetch it",
    async (path) => {
      const { fetched, page } = await epochFetches(path);
      expect(await page.locator(BACKDROP).count()).toBe(0);
      await page.context().close();
      expect(fetched).toEqual([]);
    }
  );

  test.each(["/scaling?backdrop=on", "/explore?backdrop=on"])("%s draws it and fetches it once", async (path) => {
    const { fetched, page } = await epochFetches(path);
    await expect.poll(() => page.locator(BACKDROP).count()).toBeGreaterThan(0);
    await page.context().close();
    expect(fetched).toHaveLength(1);
  });
});

/** A copy of the built site with one data file rewritten, served on loopback; `close` stops it and removes it. */
async function siteWith(name: string, change: (value: never) => unknown) {
  const dir = mkdtempSync(join(tmpdir(), "gpt-scaling-broken-"));
  cpSync("dist", dir, { recursive: true });
  const data = join(dir, "_file", "data");
  const file = readdirSync(data).find((f) => new RegExp(`^${name}\\.[0-9a-f]+\\.json$`).test(f));
  if (!file) throw new Error(`no ${name}.json in dist/_file/data`);
  writeFileSync(join(data, file), JSON.stringify(change(JSON.parse(readFileSync(join(data, file), "utf8")) as never)));
  const { server, origin } = await serveStatic(dir);
  const close = () =>
    new Promise<void>((done) => server.close(() => done())).then(() => rmSync(dir, { recursive: true, force: true }));
  return { origin, close };
}

/** The visible text of what matches, one string per element (empty for one not visible). */
const visibleTexts = (page: Page, selector: string) =>
  page
    .locator(selector)
    .evaluateAll((nodes) =>
      nodes.map((n) =>
        n.getClientRects().length && getComputedStyle(n).visibility === "visible" ? n.textContent!.trim() : ""
      )
    );

describe("a failure shows in its place and the rest of the page stays readable", () => {
  test.each([
    ["en", "", "This figure could not be drawn: exploreChart: asOf"],
    ["zh", "?lang=zh", "此图无法绘制：exploreChart: asOf"]
  ])("a figure that throws while drawing (%s): its error as an alert in its frame", async (_lang, query, words) => {
    // No real day as the date of the data: the growth chart refuses to draw (src/components/explore/look.ts).
    const site = await siteWith("build-info", (info: Record<string, unknown>) => ({
      ...info,
      as_of: "someday",
      data_date: "someday"
    }));
    try {
      const { page, problems } = await openPage(browser, site.origin, `/${query}`);
      const alert = page.locator("#parameters-by-date [role=alert]");
      expect(await alert.textContent()).toContain(words);
      expect(await alert.isVisible()).toBe(true);
      // The figure's frame stays: its title is there, and the page around it reads as usual.
      expect((await visibleTexts(page, "#parameters-by-date h2")).join("")).not.toBe("");
      for (const selector of [
        "#observablehq-main h1",
        "#observablehq-main p.lede",
        ".page-links a.card",
        "#observablehq-main ul li"
      ])
        for (const text of await visibleTexts(page, selector)) expect(text, selector).not.toBe("");
      // The error is reported (the console), not thrown past the figure: nothing else went wrong.
      expect(problems.filter((p) => !p.startsWith("console error: figure parameters-by-date:"))).toEqual([]);
      await page.context().close();
    } finally {
      await site.close();
    }
  });

  test("a cycle in the lineage: its error in its place (a figure's alert, or Framework's where a cell throws), the headings and text still read", async () => {
    const site = await siteWith("lineage", (rows: Record<string, unknown>[]) => [
      ...rows,
      { ...rows[0], parent: "text-davinci-003", child: "code-davinci-002" }
    ]);
    try {
      const { page, problems } = await openPage(browser, site.origin, "/timeline");
      // Framework's error where a cell throws, or the figure's own alert where its drawing does (its frame and title
      // stay).
      const errors = await visibleTexts(page, "#observablehq-main .card :is(.observablehq--error, [role=alert])");
      expect(errors.length).toBeGreaterThan(0);
      for (const error of errors) expect(error).toContain("lineage cycle through");
      const headings = await visibleTexts(page, "#observablehq-main h1, #observablehq-main h2");
      // The page's headings, and the frames' titles of the figures that show their error in place.
      expect(headings.length).toBeGreaterThanOrEqual(3);
      for (const text of [...headings, ...(await visibleTexts(page, "#observablehq-main h1 + p"))])
        expect(text).not.toBe("");
      expect(problems.filter((p) => !/lineage cycle through/.test(p))).toEqual([]);
      await page.context().close();
    } finally {
      await site.close();
    }
  });
});

describe("a catalog of 20,000 models on the Data page", () => {
  // Every model's notes as a <details> was half a million elements: Chromium stopped answering at 10,000 models. The
  // notes come 200 at a time; the table (Inputs.table) draws the rows in view only.
  test("renders and answers: the table, the first 200 models' notes, and 200 more on request", async () => {
    const file = readdirSync("dist/_file/data").find((name) => name.startsWith("build-info."))!;
    const { as_of: asOf } = JSON.parse(readFileSync(`dist/_file/data/${file}`, "utf8")) as { as_of: string };
    const releases = releasesTable(validateCatalog(syntheticSources(readSources(), 20_000), { asOf }));
    const site = await serveWithCatalog("dist", releases);
    try {
      const { page, problems } = await openPage(
        browser,
        site.origin,
        "/data",
        { width: 1280, height: 900 },
        {
          timeout: 60_000
        }
      );
      expect(await page.locator(".models-table tbody tr").count()).toBeGreaterThan(10);
      const notes = page.locator(".fact-notes");
      expect(await notes.count()).toBe(NOTES_PAGE);
      expect(await page.locator(".fact-notes-list + p[role=status]").textContent()).toMatch(/first 200 of 20,000/);
      await page.getByRole("button", { name: "Show 200 more" }).click();
      await expect.poll(() => notes.count()).toBe(2 * NOTES_PAGE);
      // A search narrows the notes with the table.
      await page.getByRole("searchbox").fill("GPT-4 (synthetic 1)");
      await expect.poll(() => notes.count()).toBeLessThan(NOTES_PAGE);
      expect(problems).toEqual([]);
      await page.context().close();
    } finally {
      site.close();
    }
  }, 180_000);
});
