// `npm run export` (after the talk): every story of stories/ (or the ones named: `npm run export -- stories/x.md`)
// as reports/<name>.pdf (one 16:9 page per slide, builds complete), reports/<name>-handout.pdf (the report layout,
// on the story's paper) and reports/<name>.html (one self-contained file that runs from file:// with no network),
// each in the story's language. The PDFs are printed by headless Chromium from the built site's /stories/<name>.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build, transform } from "esbuild";
import { readStories, type NamedStory } from "../data-loaders/stories.js";
import type { StoryData } from "../src/stories/resolve.js";
import { launchBrowser, openPage } from "./chromium.js";
import { serveStatic } from "./static-server.js";
import { bundleTalk } from "./export-deck.js";
import { talkData } from "./talk-data.js";
import { SCRIPT_HAZARD, scriptForInline, talkHtml } from "./talk-html.js";
import { rulesFor } from "../src/i18n/index.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SLIDE_PAGE = { width: "1920px", height: "1080px" };

/** The story deck's script and stylesheet: the talk's bundle with the story's entry and stylesheet. */
export async function bundleStory(): Promise<{ script: string; style: string }> {
  const talk = await bundleTalk();
  const [script, style] = await Promise.all([
    build({
      entryPoints: [join(ROOT, "scripts/story-entry.ts")],
      bundle: true,
      write: false,
      format: "iife",
      platform: "browser",
      target: "es2022",
      minify: true,
      legalComments: "none",
      logLevel: "silent"
    }),
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
    const { page, problems } = await openPage(browser, origin, path, { width: 1920, height: 1080 });
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
  for (const story of stories) console.log(`wrote ${await buildStoryHtml(story, data, outDir)}`);
}
