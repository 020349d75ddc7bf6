// `npm run export` (after the report): the talk as a 16:9 PDF, one page per slide with builds complete (or one page
// per build step: --steps or DECK_STEPS=1), the speaker notes as a second PDF (--notes or DECK_NOTES=1), and
// reports/talk.html: the whole talk in one self-contained file that opens from file:// with no network.
// The PDFs are printed by headless Chromium from the built site's /talk?print (vector text); talk.html is bundled
// by esbuild from the site's own modules (Framework cannot produce a single-file page).
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build, transform, type Plugin } from "esbuild";
import { serveStatic } from "./static-server.js";
import { EXPORT_RENDER_TIMEOUT, launchBrowser, openPage } from "./chromium.js";
import type { TalkFile } from "../src/stories/talk.js";
import { talkFile } from "./talk-data.js";
import { SCRIPT_HAZARD, scriptForInline, talkHtml } from "./talk-html.js";
import { langSuffix, withLang, type Lang } from "../src/i18n/index.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** A page of the deck: the design canvas, 1920×1080 CSS px (20 × 11.25 in, 16:9). */
const PAGE = { width: "1920px", height: "1080px" };

export interface DeckExportOptions {
  /** One page per build step instead of one per slide. */
  steps?: boolean;
  /** Also write the speaker notes PDF. */
  notes?: boolean;
  /** The talk's language (default English); Chinese files end in -zh. */
  lang?: Lang;
}

export interface DeckExport {
  slides: string;
  notes: string | null;
  /** The same in Chinese. */
  zh: { slides: string; notes: string | null };
  html: string;
}

/** Prints the built site's talk (?print, ?print=steps, ?print=notes) to PDFs in outDir. */
export async function exportDeckPdfs(
  dist = "dist",
  outDir = "reports",
  options: DeckExportOptions = {}
): Promise<{ slides: string; notes: string | null }> {
  const { server, origin } = await serveStatic(dist);
  const browser = await launchBrowser();
  mkdirSync(outDir, { recursive: true });
  const lang = options.lang ?? "en";
  const suffix = langSuffix(lang);
  const print = async (query: string, name: string) => {
    const file = name.replace(/\.pdf$/, `${suffix}.pdf`);
    const { page, problems } = await openPage(
      browser,
      origin,
      withLang(`/talk?${query}`, lang),
      { width: 1920, height: 1080 },
      { timeout: EXPORT_RENDER_TIMEOUT }
    );
    if (problems.length) throw new Error(`the talk (?${query}) has problems:\n${problems.join("\n")}`);
    await page.emulateMedia({ media: "print" });
    const path = join(outDir, file);
    await page.pdf({ path, ...PAGE, printBackground: true, margin: { top: "0", right: "0", bottom: "0", left: "0" } });
    await page.context().close();
    return resolve(path);
  };
  try {
    const slides = await print(
      options.steps ? "print=steps" : "print",
      options.steps ? "gpt-scaling-talk-steps.pdf" : "gpt-scaling-talk.pdf"
    );
    const notes = options.notes ? await print("print=notes", "gpt-scaling-talk-notes.pdf") : null;
    return { slides, notes };
  } finally {
    await browser.close();
    server.close();
  }
}

/** Framework's own stylesheets (`observablehq:default.css`), which the site's style.css imports, from node_modules. */
const frameworkStyles: Plugin = {
  name: "observablehq-styles",
  setup(build) {
    build.onResolve({ filter: /^observablehq:/ }, (args) => ({
      path: join(ROOT, "node_modules/@observablehq/framework/dist/style", args.path.slice("observablehq:".length))
    }));
  }
};

/** An offline deck's entry script and the site's modules it imports, as one classic script (no module imports). */
export const bundleScript = (entry: string) =>
  build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2022",
    minify: true,
    legalComments: "none",
    logLevel: "silent"
  });

/** The deck's script (scripts/talk-entry.ts and the site's modules) and its stylesheet, bundled by esbuild. */
export async function bundleTalk(): Promise<{ script: string; style: string }> {
  const [script, style] = await Promise.all([
    bundleScript("scripts/talk-entry.ts"),
    build({
      entryPoints: [join(ROOT, "src/talk.css")],
      bundle: true,
      write: false,
      minify: true,
      plugins: [frameworkStyles],
      loader: { ".svg": "dataurl", ".png": "dataurl", ".woff": "dataurl", ".woff2": "dataurl" },
      logLevel: "silent"
    })
  ]);
  const js = script.outputFiles[0]!.text;
  // Escaping a `<` of the code is sound inside a string, template or regular expression; prove it stayed there.
  if (SCRIPT_HAZARD.test(js)) await transform(scriptForInline(js), { loader: "js", logLevel: "silent" });
  return { script: js, style: style.outputFiles[0]!.text };
}

/**
 * The whole talk as one HTML file (the deck's script, its stylesheet, the talk's stories in both languages and the
 * data, all inline), written to outDir.
 */
export async function buildTalkHtml(outDir = "reports", talk: TalkFile = talkFile()): Promise<string> {
  const html = talkHtml({ ...(await bundleTalk()), data: talk });
  mkdirSync(outDir, { recursive: true });
  const path = join(outDir, "talk.html");
  writeFileSync(path, html);
  return resolve(path);
}

export async function exportDeck(
  dist = "dist",
  outDir = "reports",
  options: DeckExportOptions = {}
): Promise<DeckExport> {
  const pdfs = await exportDeckPdfs(dist, outDir, options);
  // The Chinese deck beside the English one: every export writes both languages.
  const zh = await exportDeckPdfs(dist, outDir, { ...options, lang: "zh" });
  return { ...pdfs, zh, html: await buildTalkHtml(outDir) };
}

const flag = (name: string, env: string) =>
  process.argv.includes(`--${name}`) || ["1", "true", "yes"].includes(process.env[env] ?? "");

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [dist = "dist", outDir = "reports"] = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
  const written = await exportDeck(dist, outDir, {
    steps: flag("steps", "DECK_STEPS"),
    notes: flag("notes", "DECK_NOTES")
  });
  for (const file of [written.slides, written.notes, written.zh.slides, written.zh.notes, written.html])
    if (file) console.log(`wrote ${file}`);
}
