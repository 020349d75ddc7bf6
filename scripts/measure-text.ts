// Colliding and spilling chart text on pages of the built site, for looking before a test fails:
// `npx tsx scripts/measure-text.ts /scaling /scaling@1920 "/report@1100@print"` (path@width@media).
import { launchBrowser, openPage } from "./chromium.js";
import { serveStatic } from "./static-server.js";
import { describeTextProblems, textProblems } from "../tests/browser/measure.js";

const { server, origin } = await serveStatic("dist");
const browser = await launchBrowser();
try {
  for (const spec of process.argv.slice(2)) {
    const [path = "/", width = "1280", media = "screen"] = spec.split("@");
    const { page, problems } = await openPage(
      browser,
      origin,
      path,
      { width: Number(width), height: 900 },
      { media: media === "print" ? "print" : "screen" }
    );
    console.log(`${spec}: ${problems.length ? problems.join(" | ") : "no page problems"}`);
    for (const line of describeTextProblems(await textProblems(page, "#observablehq-main"))) console.log(`  ${line}`);
    await page.context().close();
  }
} finally {
  await browser.close();
  server.close();
}
