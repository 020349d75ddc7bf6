import { launchBrowser, openPage, PAGE_PATHS } from "./chromium.js";
import { serveStatic } from "./static-server.js";
import { UNTAGGED_ENGLISH_IN_PAGE } from "../tests/support/untagged-english.js";
const server = await serveStatic("/work/main/dist");
const browser = await launchBrowser();
for (const path of process.argv.slice(2).length ? process.argv.slice(2) : PAGE_PATHS) {
  const { page } = await openPage(browser, server.origin, `${path}${path.includes("?") ? "&" : "?"}lang=zh`);
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => ((d as HTMLDetailsElement).open = true)));
  const found: string[] = await page.evaluate(`(${UNTAGGED_ENGLISH_IN_PAGE})("#observablehq-main")`);
  console.log(`## ${path}: ${found.length}`);
  const counts = new Map<string, number>();
  for (const f of found) counts.set(f, (counts.get(f) ?? 0) + 1);
  for (const [f, n] of [...counts].slice(0, 60)) console.log(`  ${n}× ${f}`);
  await page.context().close();
}
await browser.close(); server.server.close();
