// A minimal static server for the built site: `npm run serve` and the browser tests use it.
// Loopback only; serves `dist/` as Framework's clean URLs expect (/scaling -> scaling.html).
import { createServer, type Server } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2"
};

async function resolveFile(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null; // a malformed escape (/%E0): not a file of ours
  }
  const clean = normalize(decoded).replace(/^(\.\.[/\\])+/, "");
  const candidates = clean.endsWith("/") ? [join(clean, "index.html")] : [clean, `${clean}.html`];
  for (const candidate of candidates) {
    const file = join(root, candidate);
    if (!file.startsWith(root)) return null;
    const info = await stat(file).catch(() => null);
    if (info?.isFile()) return file;
  }
  return null;
}

/**
 * The largest request head the server accepts: 1 MiB. Node's default (16 KiB) answered 431 to a shared link with a
 * long query string (the filters and selection are in the URL); 1 MiB is far beyond any link the site writes.
 */
export const MAX_HEADER_BYTES = 1024 * 1024;

export async function serveStatic(dir: string, port = 0): Promise<{ server: Server; origin: string }> {
  const root = resolve(dir);
  const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, async (request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const file = await resolveFile(root, url.pathname);
    if (!file) {
      response.writeHead(404, { "content-type": "text/plain" }).end("Not found");
      return;
    }
    const body = await readFile(file);
    response.writeHead(200, { "content-type": contentTypes[extname(file)] ?? "application/octet-stream" }).end(body);
  });
  await new Promise<void>((done) => server.listen(port, "127.0.0.1", done));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("server has no port");
  return { server, origin: `http://127.0.0.1:${address.port}` };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const dir = process.argv[2] ?? "dist";
  const port = Number(process.env.PORT ?? 3000);
  const { origin } = await serveStatic(dir, port);
  console.log(`Serving ${dir}/ at ${origin}/`);
}
