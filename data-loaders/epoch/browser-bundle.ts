// Bundles browser-entry.ts into one ES module (the file attachment epoch-import.js), and checks that nothing of Node
// or arquero came with it: the import must run in any browser.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

export async function epochImportModule(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL("./browser-entry.ts", import.meta.url))],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    write: false,
    legalComments: "none"
  });
  const text = result.outputFiles[0]!.text;
  if (/\bnode:|arquero/.test(text)) throw new Error("epoch-import.js: the browser bundle took in Node or arquero code");
  return text;
}
