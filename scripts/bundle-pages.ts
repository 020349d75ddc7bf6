// After `observable build` (`npm run build` runs it): each page's modules as one file. Framework writes every local
// module and every npm package as its own file and preloads them all: 72 files on /scaling, 31 of them d3's (Plot
// imports d3 whole). Over HTTP/1.1 that is a dozen waves of requests before the page's cells can run; Lighthouse
// (desktop) put the largest paint of /scaling at 1.2–1.4 s with them and at 0.6 s with one tree-shaken file (about
// 155 KB compressed instead of 250 KB). Framework has no option for it, so this rewrites dist/: for each page, the modules
// its cells import are bundled by esbuild into _import/pages/NAME.HASH.js, each cell's import() takes its module from
// that file, and the page preloads that file instead of the eighty. The per-module files stay in dist/ (unused).
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

/** A cell's import of a built module: import("./_import/…"), import("./_node/…"), import("./_npm/…"). */
const CELL_IMPORT = /import\("(\.\/_(?:import|node|npm)\/[^"]+\.js)"\)/g;
/** A preload of one of those modules (the page's own runtime, ./_observablehq/, keeps its preloads). */
const MODULE_PRELOAD = /<link rel="modulepreload" href="\.\/_(?:import|node|npm)\/[^"]+">\n?/g;
const RUNTIME_PRELOAD = /(<link rel="modulepreload" href="\.\/_observablehq\/stdlib\.[0-9a-f]+\.js">\n?)/;

export interface BundledPage {
  page: string;
  modules: number;
  file: string;
  bytes: number;
}

/** The specifiers a page's cells import, once each, in order of first use. */
export function cellImports(html: string): string[] {
  return [...new Set([...html.matchAll(CELL_IMPORT)].map((m) => m[1]!))];
}

/**
 * The page with its cells' imports taken from one bundle (each module is an export of it, m0, m1, …, so that names
 * two modules share do not collide) and the per-module preloads replaced by the bundle's.
 */
export function rewritePage(html: string, specifiers: readonly string[], bundle: string): string {
  const rewritten = html
    .replace(
      CELL_IMPORT,
      (_, specifier: string) => `import("${bundle}").then((m) => m.m${specifiers.indexOf(specifier)})`
    )
    .replace(MODULE_PRELOAD, "");
  if (!RUNTIME_PRELOAD.test(rewritten))
    throw new Error("the page has no preload of Framework's stdlib to put the bundle's beside");
  return rewritten.replace(RUNTIME_PRELOAD, `$1<link rel="modulepreload" href="${bundle}">\n`);
}

export async function bundlePages(dist = "dist"): Promise<BundledPage[]> {
  const root = resolve(dist);
  const out = join(root, "_import", "pages");
  mkdirSync(out, { recursive: true });
  const pages: BundledPage[] = [];
  for (const name of readdirSync(root).filter((file) => file.endsWith(".html"))) {
    const path = join(root, name);
    const html = readFileSync(path, "utf8");
    const specifiers = cellImports(html);
    if (!specifiers.length) continue;
    const result = await build({
      stdin: {
        contents: specifiers.map((s, i) => `export * as m${i} from ${JSON.stringify(s)};`).join("\n"),
        resolveDir: root,
        loader: "js",
        sourcefile: name
      },
      bundle: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      minify: true,
      write: false,
      logLevel: "error"
    });
    const code = result.outputFiles[0]!.contents;
    const hash = createHash("sha256").update(code).digest("hex").slice(0, 8);
    const file = join(out, `${basename(name, ".html")}.${hash}.js`);
    writeFileSync(file, code);
    writeFileSync(path, rewritePage(html, specifiers, `./${relative(root, file)}`));
    pages.push({ page: name, modules: specifiers.length, file: relative(root, file), bytes: code.length });
  }
  return pages;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const { page, modules, file, bytes } of await bundlePages(process.argv[2] ?? "dist"))
    console.log(`bundle ${page}: ${modules} imported module(s) → ${file} (${(bytes / 1024).toFixed(0)} KiB)`);
}
