// Serves the built site (`npm run build` runs first, from the test:browser script) on loopback.
import { existsSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { serveStatic } from "../../scripts/static-server.js";

declare module "vitest" {
  export interface ProvidedContext {
    origin: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync("dist/index.html")) throw new Error("dist/ is not built: run `npm run build` first");
  const { server, origin } = await serveStatic("dist");
  project.provide("origin", origin);
  return () => new Promise<void>((done) => server.close(() => done()));
}
