// `npm run bench`: how fast the notebook is, and whether it stays fast as its data grows.
// Builds nothing itself (the npm script builds first); serves dist/ on loopback and drives Chromium.
// Prints: time to all charts drawn on the scaling page; time from a filter change to every chart redrawn, with the
// curated catalog, with the Epoch AI import (when a copy is at hand) and with a synthetic 20,000-model catalog;
// script bytes per page; the cumulative layout shift of every page; Lighthouse's performance score and CLS on every
// page (desktop preset, budgets 0.95 and 0.05); loader time against row count; the streamed Epoch import of 200,000
// rows (budget 3 s); on /explore, the first draw with a 20,000-model synthetic backdrop and with a 20,000-model
// synthetic catalog (budget 2 s) and the main-thread work of a filter or axis change with each and with Epoch's table
// (budget 100 ms). Exits 1 if a budget is missed.
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { buildAsOf } from "../data-loaders/as-of.js";
import { readSources, validateCatalog } from "../data-loaders/catalog.js";
import { releasesTable } from "../data-loaders/tables.js";
import { chartReleasesOf } from "../data-loaders/chart-releases.js";
import { importEpoch, loadEpoch, parseEpochCsv } from "../data-loaders/epoch/index.js";
import { launchBrowser, layoutShift, openPage, PAGE_PATHS } from "./chromium.js";
import { describeScore, runLighthouse } from "./lighthouse.js";
import { serveStatic } from "./static-server.js";
import { syntheticEpochCsv, syntheticSources } from "./synthetic.js";
import {
  catalogReceived,
  exploreFirstDraw,
  serveBackdrop,
  serveWithCatalog,
  sharedEpochCsv,
  syntheticBackdrop,
  timeExploreChange
} from "./bench-explore.js";

/** The day the benchmark reports, and the catalog is validated, as of. */
const asOf = buildAsOf();

const BUDGET = {
  firstDraw: 1000,
  redrawCurated: 16,
  redrawEpoch: 50,
  exploreFirstDraw: 2000,
  exploreChange: 100,
  epochImport200k: 3000,
  layoutShift: 0.05,
  lighthouse: 0.95
};
const REDRAWS = 9;
const FIGURES = ["parameters-by-date", "compute-by-date", "tokens-by-date", "parameters-vs-tokens"];
const SHARED_EPOCH = sharedEpochCsv() ?? resolve("../shared/data/epoch/all_ml_systems.csv");

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

/**
 * Milliseconds from toggling a filter to every chart of the page updated and painted. Written as a string: tsx
 * would add helpers (__name) to a compiled function that do not exist in the page.
 */
const REDRAW_IN_PAGE = `async (figures) => {
  // A chart has taken the change when it was redrawn (a new svg) or updated in place (its figure's update count).
  const state = () => figures.map((id) => {
    const figure = document.getElementById(id);
    return [figure?.querySelector('svg[class^="plot"]'), figure?.dataset.updates];
  });
  const before = state();
  const box = [...document.querySelectorAll('input[type="checkbox"]')].find((i) => i.parentElement?.textContent?.trim() === "encoder-only");
  const start = performance.now();
  box.click();
  await new Promise((done) => {
    const check = () => {
      const now = state();
      const changed = now.every(([svg, updates], i) => svg && (svg !== before[i][0] || updates !== before[i][1]));
      if (changed) requestAnimationFrame(() => done());
      else if (performance.now() - start > 20000) done();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  return performance.now() - start;
}`;

interface Redraw {
  /** From the click to every chart replaced and painted: includes waiting for animation frames. */
  latency: number;
  /** Main-thread time spent on it (script, style, layout, paint), from Chromium's own counters. */
  work: number;
}

async function redraw(page: Page): Promise<Redraw> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  const taskTime = async () =>
    ((await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "TaskDuration")?.value ?? 0) * 1000;
  const before = await taskTime();
  const latency = (await page.evaluate(`(${REDRAW_IN_PAGE})(${JSON.stringify(FIGURES)})`)) as number;
  const after = await taskTime();
  await cdp.detach();
  return { latency, work: after - before };
}

async function timeRedraws(page: Page): Promise<Redraw> {
  await redraw(page); // warm up
  const runs: Redraw[] = [];
  for (let i = 0; i < REDRAWS; ++i) runs.push(await redraw(page));
  return { latency: median(runs.map((r) => r.latency)), work: median(runs.map((r) => r.work)) };
}

async function firstDraw(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: "commit" });
  await page.waitForFunction(
    `${JSON.stringify(FIGURES)}.every((id) => document.querySelector("#" + id + ' svg[class^="plot"]'))`,
    undefined,
    { timeout: 30_000 }
  );
  return page.evaluate("performance.now()") as Promise<number>;
}

function timeLoader(raw: ReturnType<typeof readSources>, count: number): number {
  const sources = syntheticSources(raw, count);
  const times: number[] = [];
  for (let i = 0; i < 3; ++i) {
    const start = performance.now();
    releasesTable(validateCatalog(sources, { asOf }));
    times.push(performance.now() - start);
  }
  return median(times);
}

const results: string[] = [];
const failures: string[] = [];
const report = (line: string) => (results.push(line), console.log(line));
const check = (name: string, value: number, budget: number, format: (x: number) => string = ms) => {
  const ok = value <= budget;
  const unit = format === ms ? " ms" : "";
  if (!ok) failures.push(`${name}: ${format(value)} > ${budget}${unit}`);
  return `${format(value)} (budget ${budget}${unit}: ${ok ? "met" : "MISSED"})`;
};

const raw = readSources();
const curated = releasesTable(validateCatalog(raw, { asOf }));
const synthetic = releasesTable(validateCatalog(syntheticSources(raw, 20_000), { asOf }));
const epoch = existsSync(SHARED_EPOCH) ? await loadEpoch({ env: { EPOCH_CSV: SHARED_EPOCH } }) : await loadEpoch();

/** /explore with a large backdrop: 20,000 synthetic models (drawn on a canvas), and Epoch's own table when at hand. */
async function benchExplore() {
  const backdrops: [string, typeof epoch][] = [
    ["20,000 synthetic backdrop models", await syntheticBackdrop(20_000, validateCatalog(raw, { asOf }))],
    ...(epoch.available
      ? [[`Epoch AI's table (${epoch.models.length} imported models)`, epoch] as [string, typeof epoch]]
      : [])
  ];
  for (const [name, backdrop] of backdrops) {
    const { page } = await openPage(browser, origin, "/explore", { width: 1280, height: 900 });
    await serveBackdrop(page, backdrop);
    const drawn = await exploreFirstDraw(page, `${origin}/explore?backdrop=on`);
    const axis = await timeExploreChange(page, "axis");
    const filter = await timeExploreChange(page, "filter");
    report(
      `/explore with ${name}: drawn ${check(`explore first draw, ${name}`, drawn, BUDGET.exploreFirstDraw)} after navigation; ` +
        `axis change: main-thread work ${check(`explore axis change, ${name}`, axis.work, BUDGET.exploreChange)}, click to painted ${ms(axis.latency)}; ` +
        `filter change: main-thread work ${check(`explore filter change, ${name}`, filter.work, BUDGET.exploreChange)}, click to painted ${ms(filter.latency)}`
    );
    await page.context().close();
  }
  // A synthetic catalog of 20,000 models (its dots on a canvas), from a copy of the site with it as releases.json.
  const site = await serveWithCatalog("dist", synthetic);
  try {
    const name = `a ${synthetic.length.toLocaleString("en")}-model synthetic catalog`;
    const { page } = await openPage(browser, site.origin, "/explore", { width: 1280, height: 900 });
    const drawn = await exploreFirstDraw(page, `${site.origin}/explore`, ".explore-models-canvas");
    const received = await catalogReceived(page);
    const axis = await timeExploreChange(page, "axis");
    const filter = await timeExploreChange(page, "filter");
    report(
      `/explore with ${name}: drawn ${check(`explore first draw, ${name}`, drawn, BUDGET.exploreFirstDraw)} after navigation (the catalog's chart columns, ${(JSON.stringify(chartReleasesOf(synthetic)).length / 1e6).toFixed(0)} MB of JSON of the full table's ${(JSON.stringify(synthetic).length / 1e6).toFixed(0)}, received at ${ms(received)}); ` +
        `axis change: main-thread work ${check(`explore axis change, ${name}`, axis.work, BUDGET.exploreChange)}, click to painted ${ms(axis.latency)}; ` +
        `filter change: main-thread work ${check(`explore filter change, ${name}`, filter.work, BUDGET.exploreChange)}, click to painted ${ms(filter.latency)}`
    );
    await page.context().close();
  } finally {
    site.close();
  }
}

const { server, origin } = await serveStatic("dist");
const browser = await launchBrowser();
try {
  report(
    `Benchmark, ${asOf}, ${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, Node ${process.version}, Chromium headless`
  );

  // First draw, curated catalog (median of 5 cold loads).
  {
    const { page } = await openPage(browser, origin, "/scaling", { width: 1280, height: 900 });
    const loads: number[] = [];
    for (let i = 0; i < 5; ++i) loads.push(await firstDraw(page, `${origin}/scaling?run=${i}`));
    report(
      `all charts drawn after navigation (scaling page, curated): ${check("first draw", median(loads), BUDGET.firstDraw)}`
    );
    const { latency, work } = await timeRedraws(page);
    report(
      `redraw after a filter change, curated catalog (${curated.length} models): main-thread work ${check("redraw, curated", work, BUDGET.redrawCurated)}; click to painted ${ms(latency)}`
    );
    await page.context().close();
  }

  // The Epoch AI backdrop: the import served in place of the build's (which has none unless EPOCH_CSV was set).
  if (epoch.available) {
    const { page } = await openPage(browser, origin, "/scaling", { width: 1280, height: 900 });
    await page.route("**/_file/data/epoch.*.json", (route) => route.fulfill({ json: epoch }));
    // The page asks whether there is a backdrop before fetching it (epoch-status.json).
    await page.route("**/_file/data/epoch-status.*.json", (route) =>
      route.fulfill({ json: { available: true, reason: null, attribution: epoch.attribution } })
    );
    await firstDraw(page, `${origin}/scaling?backdrop=on`);
    const { latency, work } = await timeRedraws(page);
    report(
      `redraw after a filter change, with the Epoch AI backdrop (${epoch.models.length} imported models): main-thread work ${check("redraw, Epoch", work, BUDGET.redrawEpoch)}; click to painted ${ms(latency)}`
    );
    await page.context().close();
  } else report(`redraw with the Epoch AI backdrop: skipped (no copy of Epoch's table: ${epoch.reason})`);

  // A synthetic 20,000-model catalog served in place of the curated one: no budget, a measure of headroom.
  {
    const site = await serveWithCatalog("dist", synthetic);
    const { page } = await openPage(browser, site.origin, "/scaling", { width: 1280, height: 900 });
    const drawn = await firstDraw(page, `${site.origin}/scaling?synthetic=1`);
    const { latency, work } = await timeRedraws(page);
    report(
      `synthetic catalog (${synthetic.length} models): all charts drawn ${ms(drawn)} after navigation; redraw after a filter change: main-thread work ${ms(work)}, click to painted ${ms(latency)}`
    );
    await page.context().close();
    site.close();
  }

  await benchExplore();

  // Script bytes per page, as the browser fetched them (a fresh context each: nothing cached): over the wire
  // (compressed) and as parsed.
  for (const path of PAGE_PATHS) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(origin + path, { waitUntil: "networkidle" });
    const [wire, parsed, files] = (await page.evaluate(
      `(() => { const scripts = performance.getEntriesByType("resource").filter((e) => e.initiatorType === "script" || e.name.endsWith(".js")); return [scripts.reduce((sum, e) => sum + e.encodedBodySize, 0), scripts.reduce((sum, e) => sum + e.decodedBodySize, 0), scripts.length]; })()`
    )) as number[];
    report(
      `script bytes, ${path}: ${(wire! / 1024).toFixed(0)} KiB compressed, ${(parsed! / 1024).toFixed(0)} KiB parsed, in ${files} files`
    );
    await context.close();
  }

  // Cumulative layout shift while each page loads, desktop size (Lighthouse's "good" is 0.1; our budget 0.05).
  for (const path of PAGE_PATHS) {
    const { page } = await openPage(browser, origin, path, { width: 1350, height: 940 });
    report(
      `cumulative layout shift, ${path}: ${check(`layout shift ${path}`, await layoutShift(page), BUDGET.layoutShift, (x) => x.toFixed(3))}`
    );
    await page.context().close();
  }
  await browser.close();

  // Lighthouse, desktop preset, performance only, on every page: its score (median of three runs) and its CLS.
  for (const score of await runLighthouse(origin, PAGE_PATHS)) {
    if (score.performance < BUDGET.lighthouse)
      failures.push(`Lighthouse performance ${score.path}: ${score.performance.toFixed(2)} < ${BUDGET.lighthouse}`);
    if (!(score.cls <= BUDGET.layoutShift))
      failures.push(`Lighthouse CLS ${score.path}: ${score.cls.toFixed(3)} > ${BUDGET.layoutShift}`);
    const met = score.performance >= BUDGET.lighthouse && score.cls <= BUDGET.layoutShift;
    report(
      `Lighthouse ${describeScore(score)} (budget performance ≥ ${BUDGET.lighthouse}, CLS ≤ ${BUDGET.layoutShift}: ${met ? "met" : "MISSED"})`
    );
    if (!met) for (const line of score.opportunities) report(`  ${line}`);
  }
} finally {
  await browser.close();
  server.close();
}

// Loader time against rows: validation and the releases table, over synthetic catalogs.
const counts = [1_000, 5_000, 20_000];
const loaderTimes = counts.map((n) => timeLoader(raw, n));
counts.forEach((n, i) =>
  report(
    `loader (validate + releases table), ${n} models: ${ms(loaderTimes[i]!)} (${((loaderTimes[i]! / n) * 1000).toFixed(1)} µs per row)`
  )
);
const perRow = loaderTimes.map((t, i) => t / counts[i]!);
const growth = perRow.at(-1)! / perRow[0]!;
report(`loader time per row, 20,000 against 1,000 models: ×${growth.toFixed(2)} (linear if about 1; budget ×2)`);
if (growth > 2) failures.push(`loader time grows faster than linearly (per-row ×${growth.toFixed(2)})`);
if (existsSync(SHARED_EPOCH)) {
  const { readFileSync } = await import("node:fs");
  const text = readFileSync(SHARED_EPOCH, "utf8");
  const start = performance.now();
  importEpoch(parseEpochCsv(text, "all_ml_systems.csv").rows, validateCatalog(raw, { asOf }));
  report(`Epoch import of the shared copy (1,892 rows): ${ms(performance.now() - start)}`);
}

// The streaming Epoch import over a synthetic 200,000-row file (a hundred times Epoch's table), against a budget of
// 3 s, and the JS heap in use after it (the 180,000 imported rows are kept; the file is never held whole).
{
  const dir = mkdtempSync(join(tmpdir(), "bench-epoch-"));
  const file = join(dir, "epoch-200k.csv");
  writeFileSync(file, syntheticEpochCsv(200_000));
  const catalog = validateCatalog(raw, { asOf });
  const start = performance.now();
  const result = await loadEpoch({ env: { EPOCH_CSV: file }, catalog, log: () => {} });
  const elapsed = performance.now() - start;
  const heap = process.memoryUsage().heapUsed;
  const size = statSync(file).size;
  rmSync(dir, { recursive: true, force: true });
  if (!result.available) throw new Error(result.reason);
  report(
    `Epoch import, streamed, 200,000 synthetic rows (${result.counts.imported} imported): ${check("Epoch import, 200,000 rows", elapsed, BUDGET.epochImport200k)}; JS heap in use after it ${(heap / 1024 / 1024).toFixed(0)} MiB (the file is ${(size / 1024 / 1024).toFixed(0)} MiB)`
  );
}

if (failures.length) {
  console.log(`\nBudget missed:\n- ${failures.join("\n- ")}`);
  process.exitCode = 1;
} else console.log("\nEvery budget met.");
