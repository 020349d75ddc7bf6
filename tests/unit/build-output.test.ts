// What `npm run build` and `npm run serve` do to the built site beyond Framework: each page's modules bundled into
// one file (scripts/bundle-pages.ts), text compressed and hashed files cached by the static server.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, describe, expect, test } from "vitest";
import { bundlePages, cellImports, rewritePage } from "../../scripts/bundle-pages.js";
import { chooseEncoding, serveStatic } from "../../scripts/static-server.js";

const dirs: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A page as Framework writes it: preloads of every module, cells that import() them. */
const PAGE = `<!DOCTYPE html>
<head>
<link rel="modulepreload" href="./_observablehq/client.0000aaaa.js">
<link rel="modulepreload" href="./_observablehq/stdlib.0000bbbb.js">
<link rel="modulepreload" href="./_import/a.1111.js">
<link rel="modulepreload" href="./_import/b.2222.js">
<link rel="modulepreload" href="./_node/dep@1.0.0/index.3333.js">
</head>
<script type="module">
define({id: "1", body: async () => {
const [{name: first}, {name: second}] = await Promise.all([import("./_import/a.1111.js"), import("./_import/b.2222.js")]);
return {first, second};
}});
define({id: "2", body: async () => {
const {name} = await import("./_import/a.1111.js");
return {name};
}});
</script>`;

describe("each page's modules in one file", () => {
  test("the cells' imports, once each, in order", () => {
    expect(cellImports(PAGE)).toEqual(["./_import/a.1111.js", "./_import/b.2222.js"]);
  });
  test("each import() takes its module from the bundle, by index; the bundle's preload replaces the modules'", () => {
    const page = rewritePage(PAGE, cellImports(PAGE), "./_import/pages/p.abcd.js");
    expect(page).toContain(
      'import("./_import/pages/p.abcd.js").then((m) => m.m0), import("./_import/pages/p.abcd.js").then((m) => m.m1)'
    );
    expect(page).toContain('const {name} = await import("./_import/pages/p.abcd.js").then((m) => m.m0);');
    expect(page.match(/modulepreload/g)).toHaveLength(3);
    expect(page).toMatch(/stdlib\.0000bbbb\.js">\n<link rel="modulepreload" href="\.\/_import\/pages\/p\.abcd\.js">/);
    expect(page).not.toContain("_node/dep");
  });
  test("two modules that export the same name stay apart, and what they import is inside the bundle", async () => {
    const dist = tempDir("bundle-");
    mkdirSync(join(dist, "_import"));
    mkdirSync(join(dist, "_node", "dep@1.0.0"), { recursive: true });
    writeFileSync(join(dist, "_node", "dep@1.0.0", "index.3333.js"), `export const greet = (who) => "hello " + who;`);
    writeFileSync(
      join(dist, "_import", "a.1111.js"),
      `import {greet} from "../_node/dep@1.0.0/index.3333.js"; export const name = greet("a");`
    );
    writeFileSync(join(dist, "_import", "b.2222.js"), `export const name = "b";`);
    writeFileSync(join(dist, "index.html"), PAGE);
    writeFileSync(join(dist, "plain.html"), "<!DOCTYPE html><p>no modules</p>");
    const [bundled, ...rest] = await bundlePages(dist);
    expect(rest).toEqual([]);
    expect(bundled).toMatchObject({
      page: "index.html",
      modules: 2,
      file: expect.stringMatching(/^_import\/pages\/index\.[0-9a-f]{8}\.js$/)
    });
    const bundle = await import(pathToFileURL(join(dist, bundled!.file)).href);
    expect([bundle.m0.name, bundle.m1.name]).toEqual(["hello a", "b"]);
    expect(readFileSync(join(dist, "index.html"), "utf8")).toContain(`import("./${bundled!.file}").then((m) => m.m1)`);
    expect(readFileSync(join(dist, "plain.html"), "utf8")).toBe("<!DOCTYPE html><p>no modules</p>");
  });
});

describe("the static server", () => {
  test.each([
    ["gzip, deflate, br, zstd", "br"],
    ["gzip", "gzip"],
    ["br;q=0, gzip;q=0.8", "gzip"],
    ["identity", "identity"],
    [undefined, "identity"]
  ] as const)("Accept-Encoding %s: %s", (header, encoding) => expect(chooseEncoding(header)).toBe(encoding));

  test("text is sent compressed and decodes to the file; hashed files are cached for good, pages are not", async () => {
    const dist = tempDir("serve-");
    mkdirSync(join(dist, "_import"));
    const script = `export const words = ${JSON.stringify("the same words again ".repeat(500))};`;
    writeFileSync(join(dist, "_import", "words.abcd1234.js"), script);
    writeFileSync(join(dist, "index.html"), "<!DOCTYPE html><title>home</title>");
    const { server, origin } = await serveStatic(dist);
    const get = (path: string, acceptEncoding: string) =>
      new Promise<{ headers: Record<string, unknown>; body: Buffer }>((done, fail) =>
        request(`${origin}${path}`, { headers: { "accept-encoding": acceptEncoding } }, (response) => {
          const chunks: Buffer[] = [];
          response
            .on("data", (chunk: Buffer) => chunks.push(chunk))
            .on("end", () => done({ headers: response.headers, body: Buffer.concat(chunks) }));
        })
          .on("error", fail)
          .end()
      );
    try {
      const br = await get("/_import/words.abcd1234.js", "gzip, br");
      expect(br.headers["content-encoding"]).toBe("br");
      expect(br.body.length).toBeLessThan(script.length / 10);
      expect(brotliDecompressSync(br.body).toString()).toBe(script);
      expect(br.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
      const gzip = await get("/_import/words.abcd1234.js", "gzip");
      expect(gunzipSync(gzip.body).toString()).toBe(script);
      const plain = await get("/_import/words.abcd1234.js", "identity");
      expect(plain.headers["content-encoding"]).toBeUndefined();
      expect(plain.body.toString()).toBe(script);
      const page = await get("/", "gzip");
      expect(page.headers["cache-control"]).toBe("no-cache");
      expect(gunzipSync(page.body).toString()).toContain("<title>home</title>");
    } finally {
      server.close();
    }
  });
});
