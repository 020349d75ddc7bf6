import { serveStatic } from "./static-server.js";
import { launchBrowser, openPage } from "./chromium.js";
const [path, selector, out, width = "1280"] = process.argv.slice(2);
const { server, origin } = await serveStatic("dist");
const browser = await launchBrowser();
try {
  const { page, problems } = await openPage(browser, origin, path!, { width: +width, height: 900 });
  const els = page.locator(selector!);
  const n = await els.count();
  for (let i = 0; i < Math.min(n, 6); i++) await els.nth(i).screenshot({ path: `${out}-${i}.png` });
  console.log(n, "elements", problems.join("\n"));
} finally { await browser.close(); server.close(); }
