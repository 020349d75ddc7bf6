// Opens pages of the built site in Debian's Chromium and records everything that must not happen:
// console errors, uncaught exceptions, failed requests, and any request off the serving host.
import { chromium, type Browser, type Page } from "playwright-core";
import config from "../observablehq.config.js";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run"
];

/** Every page of the site: the home page and each page in the config's sidebar. */
export const PAGE_PATHS: string[] = ["/", ...config.pages.map((page) => page.path)];

/**
 * How long an export waits for a page to render: far longer than a test's 15 s, because an export is run on whatever
 * machine is at hand, busy or not (a story's printed slides took 19 s on a loaded 2-core machine and failed the export).
 */
export const EXPORT_RENDER_TIMEOUT = 120_000;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

export interface OpenedPage {
  page: Page;
  /** Everything that went wrong while the page was open, one line each. */
  problems: string[];
}

export async function openPage(
  browser: Browser,
  origin: string,
  path: string,
  viewport = { width: 1280, height: 900 },
  options: {
    colorScheme?: "light" | "dark";
    acceptDownloads?: boolean;
    timeout?: number;
    media?: "screen" | "print";
    deviceScaleFactor?: number;
  } = {}
): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport,
    colorScheme: options.colorScheme ?? "light",
    acceptDownloads: options.acceptDownloads ?? false,
    deviceScaleFactor: options.deviceScaleFactor ?? 1
  });
  const page = await context.newPage();
  if (options.media) await page.emulateMedia({ media: options.media });
  await watchLayoutShift(page);
  const problems: string[] = [];
  const host = new URL(origin).host;
  await page.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === "data:" || url.protocol === "blob:" || url.host === host) return route.continue();
    problems.push(`request off the serving host: ${url.href}`);
    return route.abort();
  });
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught exception: ${error.message}`));
  page.on("requestfailed", (request) => {
    if (new URL(request.url()).host === host)
      problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(origin + path, { waitUntil: "load" });
  const stuck = await waitUntilRendered(page, options.timeout ?? 15_000);
  if (stuck) problems.push(stuck);
  // A cell that fails (a syntax error, a thrown exception) is rendered as an error box, not always logged.
  for (const text of await page.locator(".observablehq--error").allTextContents()) problems.push(`cell error: ${text}`);
  return { page, problems };
}

/** Records the cumulative layout shift from the first paint on (what Lighthouse reports as CLS), for layoutShift(page). */
export async function watchLayoutShift(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __layoutShift: number };
    w.__layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!entry.hadRecentInput) w.__layoutShift += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
}

/** The page's cumulative layout shift so far (a sum over every shift, not Lighthouse's session windows: stricter). */
export const layoutShift = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as { __layoutShift: number }).__layoutShift);

/**
 * Waits until Framework has rendered every cell (it shows an <observablehq-loading> placeholder for each pending one)
 * and every figure has drawn. Returns a problem when the page is still loading after `timeout` ms: a stuck cell.
 */
export async function waitUntilRendered(page: Page, timeout = 15_000): Promise<string | null> {
  try {
    await page.waitForFunction(
      () =>
        !document.querySelector("observablehq-loading") &&
        [...document.querySelectorAll(".figure-body")].every((body) => body.childElementCount > 0) &&
        document.documentElement.classList.contains("rendered"),
      undefined,
      { timeout, polling: 50 }
    );
    await page.evaluate(() =>
      document.fonts.ready.then(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
    );
    return null;
  } catch {
    const pending = await page.evaluate(() => ({
      cells: document.querySelectorAll("observablehq-loading").length,
      figures: [...document.querySelectorAll(".figure-body")].filter((b) => !b.childElementCount).length
    }));
    return `stuck: after ${timeout} ms, ${pending.cells} cell(s) still loading and ${pending.figures} figure(s) not drawn`;
  }
}
