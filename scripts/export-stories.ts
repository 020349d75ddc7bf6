// `npm run export` (after the talk): every story of stories/ (or the ones named: `npm run export -- stories/x.md`)
// as reports/<name>.pdf (one 16:9 page per slide, builds complete), reports/<name>-handout.pdf (the report layout,
// on the story's paper) and reports/<name>.html (one self-contained file that runs from file:// with no network),
// and reports/<name>.pptx (one 16:9 slide per slide: editable text, each view as a PNG, the notes in the notes pane),
// each in the story's language. The PDFs are printed and the views captured by headless Chromium from the built
// site's /stories/<name>.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build, transform } from "esbuild";
import { readStories, type NamedStory } from "../data-loaders/stories.js";
import type { Story } from "../src/stories/parse.js";
import type { StoryData } from "../src/stories/resolve.js";
import type { Browser, Page } from "playwright-core";
import { EXPORT_RENDER_TIMEOUT, launchBrowser, openPage } from "./chromium.js";
import { storyPptx, type Captured } from "./story-pptx.js";
import { serveStatic } from "./static-server.js";
import { bundleScript, bundleTalk } from "./export-deck.js";
import { talkData } from "./talk-data.js";
import { SCRIPT_HAZARD, scriptForInline, talkHtml } from "./talk-html.js";
import { rulesFor } from "../src/i18n/index.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SLIDE_PAGE = { width: "1920px", height: "1080px" };

/** The story deck's script and stylesheet: the talk's bundle with the story's entry and stylesheet. */
export async function bundleStory(): Promise<{ script: string; style: string }> {
  const talk = await bundleTalk();
  const [script, style] = await Promise.all([
    bundleScript("scripts/story-entry.ts"),
    build({
      stdin: {
        // Without its @import of the talk's stylesheet, which bundleTalk has bundled already.
        contents: readFileSync(join(ROOT, "src/story.css"), "utf8").replace(/@import[^;]+;/, ""),
        loader: "css"
      },
      bundle: true,
      write: false,
      minify: true,
      logLevel: "silent"
    })
  ]);
  const js = script.outputFiles[0]!.text;
  if (SCRIPT_HAZARD.test(js)) await transform(scriptForInline(js), { loader: "js", logLevel: "silent" });
  // The talk's stylesheet (the site's and the projector theme), then the story's own rules.
  return { script: js, style: `${talk.style}\n${style.outputFiles[0]!.text}` };
}

/** One story as a self-contained HTML file in outDir. */
export async function buildStoryHtml(named: NamedStory, data: StoryData, outDir = "reports"): Promise<string> {
  const { script, style } = await bundleStory();
  const html = talkHtml({ script, style, data: { story: named.story, data } }).replace(
    '<html lang="en">',
    `<html lang="${rulesFor(named.story.meta.lang).tag}">`
  );
  mkdirSync(outDir, { recursive: true });
  const path = join(outDir, `${named.name}.html`);
  writeFileSync(path, html);
  return resolve(path);
}

/** The deck and handout PDFs of the stories, printed from the built site. */
export async function exportStoryPdfs(stories: NamedStory[], dist = "dist", outDir = "reports"): Promise<string[]> {
  const { server, origin } = await serveStatic(dist);
  const browser = await launchBrowser();
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  const print = async (path: string, file: string, options: object) => {
    const { page, problems } = await openPage(
      browser,
      origin,
      path,
      { width: 1920, height: 1080 },
      { timeout: EXPORT_RENDER_TIMEOUT }
    );
    if (problems.length) throw new Error(`${path} has problems:\n${problems.join("\n")}`);
    await page.emulateMedia({ media: "print" });
    await page.pdf({ path: join(outDir, file), printBackground: true, ...options });
    await page.context().close();
    written.push(resolve(join(outDir, file)));
  };
  try {
    for (const { name } of stories) {
      const margin = { top: "0", right: "0", bottom: "0", left: "0" };
      await print(`/stories/${name}?print=slides`, `${name}.pdf`, { ...SLIDE_PAGE, margin });
      // The paper is the report's own @page rule (A4 or Letter, from the story or ?paper=), after the deck's 16:9.
      await print(`/stories/${name}?print`, `${name}-handout.pdf`, { preferCSSPageSize: true });
    }
  } finally {
    await browser.close();
    server.close();
  }
  return written;
}

/** The views' pixels: twice the slide preset's 1920×1080, so a chart stays sharp on a projector or when zoomed. */
export const PPTX_SCALE = 2;

/**
 * What the slides of `/stories/<name>?print=slides` (one page per slide, builds complete) show for each view or picture
 * of the story: a PNG of its element, or the lines of a text view (the catalog's counts, the sources list). The slide's
 * stack holds one child per block, in order, so `captures[s][b]` belongs to block b of slide s.
 */
export async function captureViews(page: Page, story: Story): Promise<(Captured | undefined)[][]> {
  const pages = page.locator(".deck-print > .print-page");
  const count = await pages.count();
  if (count !== story.slides.length)
    throw new Error(`${story.file}: ${story.slides.length} slides, but the page printed ${count}`);
  const captures: (Captured | undefined)[][] = [];
  for (const [s, slide] of story.slides.entries()) {
    const stack = pages.nth(s).locator(".story-stack").first();
    const row: (Captured | undefined)[] = [];
    for (const [b, block] of slide.blocks.entries()) {
      if (block.kind !== "view" && block.kind !== "image") {
        row.push(undefined);
        continue;
      }
      const element = stack.locator(":scope > *").nth(b);
      const text = await element.evaluate((frame) => {
        // A chart's frame holds its drawing; the sources list is framed like a chart, the counts are a bare line.
        const e = frame.matches(".story-view") ? frame.firstElementChild! : frame;
        if (!e.matches(".slide-sources, .slide-meta")) return null;
        const items = [...e.querySelectorAll("li")].map((li) => li.textContent!.trim());
        return { lines: items.length ? items : [e.textContent!.trim()], ordered: e.tagName === "OL" };
      });
      if (text) row.push({ kind: "text", ...text });
      else {
        const box = (await element.boundingBox())!;
        const png = await element.screenshot({ type: "png" });
        const [width, height] = [box.width * PPTX_SCALE, box.height * PPTX_SCALE];
        row.push({ kind: "image", data: `data:image/png;base64,${png.toString("base64")}`, width, height });
      }
    }
    captures.push(row);
  }
  return captures;
}

/** One story's PPTX: its views captured from the built site's page in an open browser, written to outDir. */
export async function writeStoryPptx(browser: Browser, origin: string, named: NamedStory, outDir: string) {
  const path = `/stories/${named.name}?print=slides`;
  const viewport = { width: 1920, height: 1080 };
  const { page, problems } = await openPage(browser, origin, path, viewport, {
    deviceScaleFactor: PPTX_SCALE,
    timeout: EXPORT_RENDER_TIMEOUT
  });
  try {
    if (problems.length) throw new Error(`${path} has problems:\n${problems.join("\n")}`);
    const pptx = await storyPptx(named.story, await captureViews(page, named.story));
    mkdirSync(outDir, { recursive: true });
    const file = join(outDir, `${named.name}.pptx`);
    writeFileSync(file, pptx);
    return resolve(file);
  } finally {
    await page.context().close();
  }
}

/** The PPTX of each story, from the built site. */
export async function exportStoryPptx(stories: NamedStory[], dist = "dist", outDir = "reports"): Promise<string[]> {
  const { server, origin } = await serveStatic(dist);
  const browser = await launchBrowser();
  try {
    const written: string[] = [];
    for (const story of stories) written.push(await writeStoryPptx(browser, origin, story, outDir));
    return written;
  } finally {
    await browser.close();
    server.close();
  }
}

/** The stories named on the command line (`stories/x.md` or `x`), else all of them. */
export function chosenStories(all: NamedStory[], args: string[]): NamedStory[] {
  const names = args.map((arg) => basename(arg).replace(/\.md$/, ""));
  const unknown = names.filter((name) => !all.some((s) => s.name === name));
  if (unknown.length) throw new Error(`no story named ${unknown.join(", ")} in stories/`);
  return names.length ? all.filter((s) => names.includes(s.name)) : all;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const args = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
  const [dist = "dist", outDir = "reports", ...named] = args;
  const data = talkData();
  const stories = chosenStories(readStories(data), named);
  for (const file of await exportStoryPdfs(stories, dist, outDir)) console.log(`wrote ${file}`);
  for (const file of await exportStoryPptx(stories, dist, outDir)) console.log(`wrote ${file}`);
  for (const story of stories) console.log(`wrote ${await buildStoryHtml(story, data, outDir)}`);
}
