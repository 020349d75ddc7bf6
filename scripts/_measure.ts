import { serveStatic } from "/work/main/scripts/static-server.ts";
import { launchBrowser, openPage } from "/work/main/scripts/chromium.ts";
import { textProblems, describeTextProblems } from "/work/main/tests/browser/measure.ts";
const paths = process.argv.slice(2);
const { server, origin } = await serveStatic("dist");
const browser = await launchBrowser();
for (const spec of paths) {
  const [path, w = "1280", media = "screen"] = spec.split("@");
  const { page, problems } = await openPage(browser, origin, path, { width: +w, height: 900 }, { media: media as any });
  console.log(`== ${spec}`, problems.join(" | "));
  for (const l of describeTextProblems(await textProblems(page, "#observablehq-main"))) console.log("  " + l);
  await page.context().close();
}
await browser.close(); server.close();
