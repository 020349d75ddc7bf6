// A file of an installed package, served as it is (in JSON): for a library the browser runs as a classic script because
// Framework cannot bundle it as a module (pptxgenjs: its ES build imports node:fs and node:https dynamically, which
// Framework's bundler turns into a second chunk it does not write; see src/compose/pptx.ts).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** The text of `file` beside the installed package's entry point (its "exports" name only the entry points). */
export function besideEntry(name: string, file: string): string {
  const entry = createRequire(import.meta.url).resolve(name);
  return readFileSync(join(dirname(entry), file), "utf8");
}
