// The Explore page's timings, shared by `npm run bench` and the browser test that holds them to a budget: the first
// draw with a backdrop or a large catalog, and the main-thread work of an axis change and of a filter change. The
// backdrop (epoch.json) is served in place of the build's, from Epoch's table or a synthetic one of any size; a
// synthetic catalog (releases.json) from a copy of the built site.
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { get } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { serveStatic } from "./static-server.js";
import type { EpochLoad, ReleaseRow } from "../src/contract.js";
import { chartReleasesOf } from "../data-loaders/chart-releases.js";
import { loadEpoch } from "../data-loaders/epoch/index.js";
import type { CatalogLike } from "../data-loaders/epoch/match.js";
import { syntheticEpochCsv } from "./synthetic.js";

/**
 * The shared copy of Epoch AI's table (../shared, beside the checkout; EPOCH_SHARED_CSV names another place), or
 * null when there is none: what uses it is skipped.
 */
export function sharedEpochCsv(): string | null {
  const path = process.env.EPOCH_SHARED_CSV ?? resolve("../shared/data/epoch/all_ml_systems.csv");
  return existsSync(path) ? path : null;
}

/** Epoch-shaped backdrop of `count` imported models (the synthetic CSV has one non-language row in ten). */
export async function syntheticBackdrop(count: number, catalog?: CatalogLike): Promise<EpochLoad> {
  const dir = mkdtempSync(join(tmpdir(), "bench-explore-"));
  const file = join(dir, "epoch-synthetic.csv");
  try {
    writeFileSync(file, syntheticEpochCsv(Math.ceil((count * 10) / 9)));
    return await loadEpoch({ env: { EPOCH_CSV: file }, catalog, log: () => {} });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Serves `epoch` as the build's backdrop (and says there is one) to every later navigation of the page. */
export async function serveBackdrop(page: Page, epoch: EpochLoad): Promise<void> {
  if (!epoch.available) throw new Error(`no backdrop to serve: ${epoch.reason}`);
  const body = JSON.stringify(epoch);
  await page.route("**/_file/data/epoch.*.json", (route) => route.fulfill({ body, contentType: "application/json" }));
  await page.route("**/_file/data/epoch-status.*.json", (route) =>
    route.fulfill({ json: { available: true, reason: null, attribution: epoch.attribution } })
  );
}

/**
 * The built site (`dist`) with `releases` as its catalog (releases.json, and chart-releases.json cut from it), served
 * on loopback until `close`. A copy of the site, not a route of the browser's: a catalog of 20,000 models is 80 MB of
 * JSON, more than the browser's protocol carries in one message (Chromium disconnects). The server compresses a file
 * at its first request: each is asked once here, so a timing does not include it.
 */
export async function serveWithCatalog(
  dist: string,
  releases: readonly ReleaseRow[]
): Promise<{ origin: string; close(): void }> {
  const dir = mkdtempSync(join(tmpdir(), "bench-catalog-"));
  cpSync(dist, dir, { recursive: true });
  const files = readdirSync(join(dir, "_file/data"));
  const tables = { releases, "chart-releases": chartReleasesOf(releases) };
  const names = Object.entries(tables).map(([table, rows]) => {
    const name = files.find((file) => new RegExp(`^${table}\\.[^.]+\\.json$`).test(file));
    if (!name) throw new Error(`${dist}: no _file/data/${table}.*.json to replace`);
    writeFileSync(join(dir, "_file/data", name), JSON.stringify(rows));
    return name;
  });
  const { server, origin } = await serveStatic(dir);
  for (const name of names)
    await new Promise<void>((done, fail) =>
      get(`${origin}/_file/data/${name}`, { headers: { "accept-encoding": "br, gzip" } }, (response) =>
        response.resume().on("end", done)
      ).on("error", fail)
    );
  return {
    origin,
    close() {
      server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

/**
 * Milliseconds from navigation to the explorer's figure drawn with `marks` (by default its backdrop, canvas or SVG;
 * ".explore-models-canvas" for a large catalog).
 */
export async function exploreFirstDraw(page: Page, url: string, marks = ".explore-backdrop"): Promise<number> {
  await page.goto(url, { waitUntil: "commit" });
  await page.waitForFunction(`document.querySelector("#explore-scatter svg[class^='plot'] ${marks}")`, undefined, {
    timeout: 120_000
  });
  return page.evaluate("performance.now()") as Promise<number>;
}

/**
 * Milliseconds from navigation to the catalog (chart-releases.json, or releases.json for a preset's view) received:
 * what a first draw waits for before drawing.
 */
export const catalogReceived = (page: Page) =>
  page.evaluate(
    `performance.getEntriesByType("resource").find((e) => /releases\\.[^.]+\\.json/.test(e.name))?.responseEnd ?? NaN`
  ) as Promise<number>;

/**
 * In the page: makes a change (an axis, or a filter) and resolves once the figure has taken it and painted, with the
 * milliseconds since. A string: tsx would add helpers to a compiled function that the page does not have.
 */
const CHANGE_IN_PAGE = `async (kind) => {
  const figure = document.getElementById("explore-scatter");
  const before = figure.dataset.updates;
  const start = performance.now();
  if (kind === "axis") {
    // The vertical axis (the controls' second select) between parameters and compute (Inputs' option values are
    // indices: the options are found by their words).
    const select = document.querySelectorAll(".explore-controls select")[1];
    const next = [...select.options].find((o) => o.index !== select.selectedIndex && /^(Parameters|Training compute)/.test(o.textContent.trim()));
    select.selectedIndex = next.index;
    select.dispatchEvent(new Event("input", { bubbles: true }));
  } else {
    const box = [...document.querySelectorAll(".explore-controls input[type=checkbox]")].find((i) => /encoder/i.test(i.parentElement?.textContent ?? ""));
    box.click();
  }
  await new Promise((done) => {
    const check = () => {
      if (figure.dataset.updates !== before) requestAnimationFrame(() => done());
      else if (performance.now() - start > 20000) done();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  return performance.now() - start;
}`;

export interface Change {
  /** From the change to the figure redrawn and painted (waits for animation frames). */
  latency: number;
  /** Main-thread time spent on it (script, style, layout, paint), from Chromium's own counters. */
  work: number;
}

async function change(page: Page, kind: "axis" | "filter"): Promise<Change> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  const taskTime = async () =>
    ((await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "TaskDuration")?.value ?? 0) * 1000;
  const before = await taskTime();
  const latency = (await page.evaluate(`(${CHANGE_IN_PAGE})(${JSON.stringify(kind)})`)) as number;
  const work = (await taskTime()) - before;
  await cdp.detach();
  return { latency, work };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The median of `runs` changes of a kind, after one to warm up. */
export async function timeExploreChange(page: Page, kind: "axis" | "filter", runs = 5): Promise<Change> {
  await change(page, kind);
  const times: Change[] = [];
  for (let i = 0; i < runs; ++i) times.push(await change(page, kind));
  return { latency: median(times.map((t) => t.latency)), work: median(times.map((t) => t.work)) };
}
