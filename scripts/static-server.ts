// A minimal static server for the built site: `npm run serve` and the browser tests use it.
// Loopback only; serves `dist/` as Framework's clean URLs expect (/scaling -> scaling.html), text compressed (a page's
// scripts are about 750 KB as built and about a quarter of that compressed: Lighthouse counted 0.6 s of its 1.7 s
// to the largest paint against the uncompressed files), hashed files cached for good.
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse
} from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { brotliCompressSync, constants as zlib, gzipSync } from "node:zlib";

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

/** Types worth compressing: text. Images and fonts are compressed already. */
const COMPRESSIBLE = new Set([".html", ".js", ".css", ".json", ".csv", ".svg"]);

export type Encoding = "br" | "gzip" | "identity";

/** The encoding to answer with: Brotli where the client takes it, else gzip, else none (q=0 refuses one). */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding {
  const accepted = new Set(
    (acceptEncoding ?? "")
      .split(",")
      .map((part) => part.trim().split(";"))
      .filter(([, q]) => !q || !/^\s*q\s*=\s*0(\.0*)?\s*$/.test(q))
      .map(([name]) => name!.trim().toLowerCase())
  );
  return accepted.has("br") ? "br" : accepted.has("gzip") ? "gzip" : "identity";
}

/** Compressed bodies, made once per file and encoding (dist/ does not change while it is served). */
const compressed = new Map<string, Buffer>();
function encode(file: string, body: Buffer, encoding: Exclude<Encoding, "identity">): Buffer {
  const key = `${encoding}:${file}`;
  let result = compressed.get(key);
  if (!result) {
    result =
      encoding === "br"
        ? brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9 } })
        : gzipSync(body, { level: 9 });
    compressed.set(key, result);
  }
  return result;
}

/** Framework's content-hashed files (_import, _node, _observablehq, _file) never change under their name. */
const isHashed = (urlPath: string) => /^\/_(import|node|npm|observablehq|file)\//.test(urlPath);

function headersFor(
  file: string,
  urlPath: string,
  request: IncomingHttpHeaders
): { encoding: Encoding; headers: Record<string, string> } {
  const type = extname(file);
  const encoding = COMPRESSIBLE.has(type) ? chooseEncoding(request["accept-encoding"]) : "identity";
  return {
    encoding,
    headers: {
      "content-type": contentTypes[type] ?? "application/octet-stream",
      "cache-control": isHashed(urlPath) ? "public, max-age=31536000, immutable" : "no-cache",
      ...(COMPRESSIBLE.has(type) ? { vary: "Accept-Encoding" } : {}),
      ...(encoding === "identity" ? {} : { "content-encoding": encoding })
    }
  };
}

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

/** The methods a static site answers; anything else gets 405 with this list in `Allow`. */
const ALLOWED_METHODS = "GET, HEAD";

export type ByteRange = { start: number; end: number } | "unsatisfiable" | null;

/**
 * The one byte range a `Range` header asks of a body of `size` bytes (RFC 9110 §14): `bytes=a-b`, `bytes=a-` or
 * `bytes=-n`, the end clamped to the body. null when there is no usable range (no header, another unit, a malformed
 * or multi-range value: the whole body is answered, as the RFC allows); "unsatisfiable" when it starts past the end.
 */
export function parseRange(header: string | undefined, size: number): ByteRange {
  const match = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header ?? "");
  if (!match || (match[1] === "" && match[2] === "")) return null;
  const [first, last] = [match[1]!, match[2]!];
  if (first === "") {
    const suffix = Number(last);
    if (suffix === 0) return "unsatisfiable";
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last === "" ? size - 1 : Math.min(Number(last), size - 1);
  if (last !== "" && Number(last) < start) return null; // an invalid range is ignored (RFC 9110 §14.1.1)
  if (start >= size) return "unsatisfiable";
  return { start, end };
}

/** The request target as a URL, or null when it is not one (`GET http://[ HTTP/1.1`). */
function targetUrl(target: string | undefined): URL | null {
  try {
    return new URL(target ?? "/", "http://127.0.0.1");
  } catch {
    return null;
  }
}

function plain(response: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  const body = Buffer.from(text);
  response
    .writeHead(status, { "content-type": "text/plain; charset=utf-8", "content-length": String(body.length), ...extra })
    .end(body);
}

async function answer(root: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== "GET" && request.method !== "HEAD")
    return plain(response, 405, "Method not allowed", { allow: ALLOWED_METHODS });
  const url = targetUrl(request.url);
  if (!url) return plain(response, 400, "Bad request");
  const file = await resolveFile(root, url.pathname);
  if (!file) return plain(response, 404, "Not found");
  const body = await readFile(file);
  const { encoding, headers } = headersFor(file, url.pathname, request.headers);
  const range = parseRange(request.headers.range, body.length);
  if (range === "unsatisfiable")
    return plain(response, 416, "Range not satisfiable", { "content-range": `bytes */${body.length}` });
  if (range) {
    // A range is of the file's own bytes: answered uncompressed (a range of a compressed body would need the
    // encoding to be stable across requests, which nothing here promises).
    const { "content-encoding": _, ...identity } = headers;
    const part = body.subarray(range.start, range.end + 1);
    response
      .writeHead(206, {
        ...identity,
        "accept-ranges": "bytes",
        "content-range": `bytes ${range.start}-${range.end}/${body.length}`,
        "content-length": String(part.length)
      })
      .end(part);
    return;
  }
  const sent = encoding === "identity" ? body : encode(file, body, encoding);
  response.writeHead(200, { ...headers, "accept-ranges": "bytes", "content-length": String(sent.length) }).end(sent);
}

export async function serveStatic(dir: string, port = 0): Promise<{ server: Server; origin: string }> {
  const root = resolve(dir);
  const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (request, response) => {
    // Nothing a request carries may stop the server: any failure answers this request alone.
    answer(root, request, response).catch((error: unknown) => {
      console.error(`static server: ${request.method} ${request.url}: ${String(error)}`);
      if (!response.headersSent) plain(response, 500, "Internal server error");
      else response.destroy();
    });
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
