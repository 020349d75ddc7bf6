// What every loader entry in src/data/ does: build a table, write it to stdout as JSON. A failure prints its message
// (a SourceError lists every problem with file, row and field) and exits 1, without a Node stack trace: the stack
// says where the loader noticed, which the reader does not need; the message says what to fix.
import { loadCatalog, type Catalog } from "./catalog.js";

export interface LoaderIO {
  write: (text: string) => void;
  error: (text: string) => void;
  exit: (code: number) => void;
}

const processIO: LoaderIO = {
  write: (text) => process.stdout.write(text),
  error: (text) => process.stderr.write(text),
  exit: (code) => {
    process.exitCode = code;
  }
};

/** Runs `build` and writes its result as JSON; on any error, prints the message only and sets exit code 1. */
export async function runLoader(
  build: () => unknown,
  io: LoaderIO = processIO,
  /** "text": the result is a string written as it is (a loader that builds a script, such as epoch-import.js). */
  as: "json" | "text" = "json"
): Promise<void> {
  let json: string;
  try {
    const result = await build();
    json = as === "text" ? String(result) : JSON.stringify(result);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.error(`${message}\n`);
    io.exit(1);
    return;
  }
  io.write(json);
}

/** The common case: a table built from the validated curated catalog. */
export const runCatalogLoader = (table: (catalog: Catalog) => unknown, io?: LoaderIO): Promise<void> =>
  runLoader(() => table(loadCatalog()), io);
