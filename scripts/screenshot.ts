// Screenshots of pages of the built site, for looking at them: `npx tsx scripts/screenshot.ts /scaling 1280`.
import { mkdirSync } from "node:fs";
import { serveStatic } from "./static-server.js";
import { launchBrowser, openPage } from "./chromium.js";

const [path = "/", width = "1280", height = "900", scheme = "light"] = process.argv.slice(2);
const { server, origin } = await serveStatic("dist");
const browser = await launchBrowser();
try {
  const { page, problems } = await openPage(
    browser,
    origin,
    path,
    { width: +width, height: +height },
    { colorScheme: scheme as "light" | "dark" }
  );
  mkdirSync("artifacts", { recursive: true });
  const file = `artifacts/${path.replace(/\W+/g, "_") || "index"}-${width}-${scheme}.png`;
  await page.screenshot({ path: file, fullPage: true });
  console.log(file);
  if (problems.length) console.log(problems.join("\n"));
} finally {
  await browser.close();
  server.close();
}
