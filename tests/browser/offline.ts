// A browser context with the network refused: only file:// loads, every other request is aborted and recorded, so
// a test of an offline file can assert that it asked for nothing (`refused` stays empty).
import type { Browser, BrowserContext } from "playwright-core";

export async function offlineContext(
  browser: Browser,
  viewport: { width: number; height: number }
): Promise<{ context: BrowserContext; refused: string[] }> {
  const context = await browser.newContext({ viewport });
  const refused: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("file:")) return route.continue();
    refused.push(url);
    return route.abort();
  });
  return { context, refused };
}
