// Lighthouse (performance, desktop preset) on the built site's pages, in Debian's Chromium, against the static server
// on loopback. `npm run bench` runs it on every page against its budget; alone, after a build:
// `npx tsx scripts/lighthouse.ts [dist] [/path …]` prints the same lines and the audits that cost points
// (LIGHTHOUSE_RUNS=1 for one run a page).
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import lighthouse, { desktopConfig, type Result } from "lighthouse";
import { CHROMIUM_PATH, PAGE_PATHS } from "./chromium.js";
import { serveStatic } from "./static-server.js";

/**
 * Chromium as Lighthouse drives it: headless, and with nothing that reaches for the network on its own (this machine
 * has none; Chromium's own connections would be refused, and time spent on them would count against the page).
 */
export const LIGHTHOUSE_CHROMIUM_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run"
];

export interface LighthouseScore {
  path: string;
  /** Lighthouse's performance score, 0 to 1. */
  performance: number;
  /** Cumulative layout shift as Lighthouse measures it (its largest session window). */
  cls: number;
  /** The metrics behind the score, in ms (CLS aside). */
  metrics: Record<"fcp" | "lcp" | "tbt" | "si", number>;
  /** Audits that cost time, worst first: what to fix when the score is low. */
  opportunities: string[];
  /** The lowest and highest score over the runs. */
  range: [number, number];
}

/** Starts Chromium with a DevTools port for Lighthouse; resolves once it listens. */
async function startChromium(): Promise<{ port: number; stop(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), "lighthouse-chromium-"));
  const child: ChildProcess = spawn(
    CHROMIUM_PATH,
    [...LIGHTHOUSE_CHROMIUM_ARGS, "--remote-debugging-port=0", `--user-data-dir=${profile}`, "about:blank"],
    { stdio: ["ignore", "ignore", "pipe"] }
  );
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  // The profile goes once Chromium has exited (it writes into it until then). Its helper processes can outlive the
  // browser by a moment and still write the disk cache (ENOTEMPTY): the removal retries for up to two seconds.
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill();
    await exited;
    rmSync(profile, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 });
  };
  const port = await new Promise<number>((done, fail) => {
    let seen = "";
    const timer = setTimeout(
      () => fail(new Error(`Chromium did not open its DevTools port in 30 s:\n${seen}`)),
      30_000
    );
    child.stderr!.on("data", (chunk: Buffer) => {
      seen += chunk.toString();
      const listening = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen);
      if (listening) {
        clearTimeout(timer);
        done(Number(listening[1]));
      }
    });
    child.once("exit", (code) => fail(new Error(`Chromium exited (${code}) before listening:\n${seen}`)));
  }).catch(async (error) => {
    await stop();
    throw error;
  });
  return { port, stop };
}

const round = (x: number | null | undefined) => Math.round(x ?? NaN);

function scoreOf(path: string, lhr: Result): LighthouseScore {
  const audit = (id: string) => lhr.audits[id];
  const opportunities = Object.values(lhr.audits)
    .filter(
      (a) =>
        a.details?.type === "opportunity" &&
        (a.score ?? 1) < 0.9 &&
        ((a.details as { overallSavingsMs?: number }).overallSavingsMs ?? 0) > 0
    )
    .sort(
      (a, b) =>
        ((b.details as { overallSavingsMs: number }).overallSavingsMs ?? 0) -
        ((a.details as { overallSavingsMs: number }).overallSavingsMs ?? 0)
    )
    .map((a) => `${a.title} (${round((a.details as { overallSavingsMs: number }).overallSavingsMs)} ms)`);
  return {
    path,
    performance: lhr.categories.performance?.score ?? 0,
    cls: audit("cumulative-layout-shift")?.numericValue ?? NaN,
    metrics: {
      fcp: round(audit("first-contentful-paint")?.numericValue),
      lcp: round(audit("largest-contentful-paint")?.numericValue),
      tbt: round(audit("total-blocking-time")?.numericValue),
      si: round(audit("speed-index")?.numericValue)
    },
    opportunities,
    range: [NaN, NaN]
  };
}

/** One Lighthouse performance run (desktop preset: its screen, its simulated throttling) of one page. */
async function runOnce(url: string, port: number): Promise<Result> {
  const result = await lighthouse(
    url,
    { port, output: "json", logLevel: "error", onlyCategories: ["performance"] },
    desktopConfig
  );
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  if (result.lhr.runtimeError)
    throw new Error(`Lighthouse on ${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
  return result.lhr;
}

/**
 * Lighthouse on each path under `origin`, in one Chromium (Lighthouse opens a fresh tab and clears the cache each
 * time). One run on a loaded 2-core machine can be 0.1 off the next, so each page is run `runs` times and its median
 * run (by score) reported, as Lighthouse's own docs advise; a first run, discarded, warms Chromium up (the first page
 * of a fresh browser is the slowest).
 */
export async function runLighthouse(
  origin: string,
  paths: readonly string[] = PAGE_PATHS,
  runs = 3
): Promise<LighthouseScore[]> {
  const chromium = await startChromium();
  const scores: LighthouseScore[] = [];
  try {
    await runOnce(origin + (paths[0] ?? "/"), chromium.port);
    for (const path of paths) {
      const results: LighthouseScore[] = [];
      for (let i = 0; i < runs; ++i) results.push(scoreOf(path, await runOnce(origin + path, chromium.port)));
      results.sort((a, b) => a.performance - b.performance);
      const median = results[Math.floor(results.length / 2)]!;
      scores.push({ ...median, range: [results[0]!.performance, results.at(-1)!.performance] });
    }
  } finally {
    await chromium.stop();
  }
  return scores;
}

export const describeScore = (s: LighthouseScore) =>
  `${s.path}: performance ${s.performance.toFixed(2)} (runs ${s.range[0].toFixed(2)}–${s.range[1].toFixed(2)}), CLS ${s.cls.toFixed(3)} (median run: FCP ${s.metrics.fcp} ms, LCP ${s.metrics.lcp} ms, TBT ${s.metrics.tbt} ms, Speed Index ${s.metrics.si} ms)`;

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [dir = "dist", ...paths] = process.argv.slice(2);
  const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
  const { server, origin } = await serveStatic(dir);
  try {
    for (const score of await runLighthouse(origin, paths.length ? paths : PAGE_PATHS, runs)) {
      console.log(describeScore(score));
      for (const line of score.opportunities) console.log(`  ${line}`);
    }
  } finally {
    server.close();
  }
}
