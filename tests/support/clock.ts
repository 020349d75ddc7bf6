// The unit suite's clock. Every test runs as of the data's own date (AS_OF, as-of.ts), never the day it runs; with
// CLOCK_SHIFT_YEARS=N the system clock the tests see is moved N years (npm run test:clock runs the suite 3 years ahead
// and 3 years behind), which proves that nothing reads the clock but the as-of date.
import { vi } from "vitest";
import { dataDate } from "../../data-loaders/build-info.js";

process.env.AS_OF ??= dataDate();

const shift = Number(process.env.CLOCK_SHIFT_YEARS ?? 0);
if (shift) {
  const now = new Date();
  now.setUTCFullYear(now.getUTCFullYear() + shift);
  // Before the test file is imported, so that module-level code sees the moved clock too.
  vi.useFakeTimers({ now, toFake: ["Date"], shouldAdvanceTime: true });
}
