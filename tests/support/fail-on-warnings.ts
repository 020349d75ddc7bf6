// Plot reports problems (bad scale types, NaN data, ...) with console.warn: any warning fails the test.
import { afterEach, beforeEach, vi } from "vitest";

let warnings: unknown[][] = [];
beforeEach(() => {
  warnings = [];
  vi.spyOn(console, "warn").mockImplementation((...args: unknown[]) => void warnings.push(args));
});
afterEach(() => {
  vi.restoreAllMocks();
  if (warnings.length) throw new Error(`console.warn was called: ${warnings.map((w) => w.join(" ")).join("\n")}`);
});
