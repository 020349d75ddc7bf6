// `npm run build`: Framework's build and the page bundling (bundle-pages.ts) into a fresh folder, swapped in for dist/
// only when both succeed. A build that fails (a data error, a broken page) leaves the last good dist/ as it was, so
// `npm run serve` keeps serving the working site; before, the build cleaned dist/ first and a failure left nothing.
// Framework runs as a library here, not through its command line, so a failure prints the loader's own message (a
// SourceError's file, row and field) and one line from us, without Framework's "Unexpected error ... please file an
// issue" banner or a stack trace.
import { existsSync, renameSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { bundlePages } from "./bundle-pages.js";

/** Where the next build is written, and where the previous dist/ waits during the swap (git-ignored, Framework's). */
export const NEXT_DIR = join("src", ".observablehq", "build-next");
export const PREVIOUS_DIR = join("src", ".observablehq", "build-previous");

/**
 * Runs `build` into `next` (emptied first: an interrupted build may have left files), then replaces `dist` with it.
 * On failure `dist` is untouched and `next` removed; the error is rethrown.
 */
export async function buildAndSwap(
  dist: string,
  build: (out: string) => Promise<void>,
  { next = NEXT_DIR, previous = PREVIOUS_DIR } = {}
): Promise<void> {
  rmSync(next, { recursive: true, force: true });
  try {
    await build(next);
  } catch (error) {
    rmSync(next, { recursive: true, force: true });
    throw error;
  }
  // Two renames: dist/ is missing only between them, never half-written.
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(dist)) renameSync(dist, previous);
  renameSync(next, dist);
  rmSync(previous, { recursive: true, force: true });
}

interface FrameworkConfig {
  root: string;
  output: string;
}
interface FrameworkBuild {
  build(options: { config: FrameworkConfig }, effects: unknown): Promise<void>;
  FileBuildEffects: new (outputRoot: string, cacheDir: string) => unknown;
}
interface FrameworkConfigModule {
  readConfig(configPath?: string, root?: string): Promise<FrameworkConfig>;
}

/** Framework's build of the site (observablehq.config.ts) into `out`, its loader cache cleaned first. */
export async function frameworkBuild(out: string): Promise<void> {
  // Framework ships no types for these modules; their shape is declared above.
  const framework = "@observablehq/framework/dist";
  const { build, FileBuildEffects } = (await import(`${framework}/build.js`)) as FrameworkBuild;
  const { readConfig } = (await import(`${framework}/config.js`)) as FrameworkConfigModule;
  const config = await readConfig();
  const cache = join(config.root, ".observablehq", "cache");
  rmSync(cache, { recursive: true, force: true });
  await build({ config: { ...config, output: out } }, new FileBuildEffects(resolve(out), cache));
  for (const { page, modules, file, bytes } of await bundlePages(out))
    console.log(`bundle ${page}: ${modules} imported module(s) → ${file} (${(bytes / 1024).toFixed(0)} KiB)`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const dist = process.argv[2] ?? "dist";
  try {
    await buildAndSwap(dist, frameworkBuild);
    console.log(`built ${dist}/`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const kept = existsSync(dist) ? `the last good ${dist}/ is left as it was` : `there is no ${dist}/ yet`;
    // A loader's own message (file, row, field) is printed above this line by the loader.
    console.error(`\nThe build failed (${message}); ${kept}.`);
    process.exitCode = 1;
  }
}
