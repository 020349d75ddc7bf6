import { expect, test } from "vitest";
import { buildAsOf, isIsoDay } from "../../data-loaders/as-of.js";

test("the build's as-of date: $AS_OF when pinned, else the clock's day, never a malformed day", () => {
  const clock = () => new Date("2031-04-05T23:59:59Z");
  expect(buildAsOf({}, clock)).toBe("2031-04-05");
  expect(buildAsOf({ AS_OF: "" }, clock)).toBe("2031-04-05");
  expect(buildAsOf({ AS_OF: "2023-03-14" }, clock)).toBe("2023-03-14");
  for (const bad of ["2023-02-30", "2023-3-14", "yesterday", "2023-03-14T00:00"])
    expect(() => buildAsOf({ AS_OF: bad }, clock)).toThrow(/AS_OF=.*YYYY-MM-DD/);
  expect(isIsoDay("2024-02-29")).toBe(true);
  expect(isIsoDay("2023-02-29")).toBe(false);
});

test("the unit suite runs as of a pinned date, and under CLOCK_SHIFT_YEARS on a moved clock", () => {
  expect(isIsoDay(process.env.AS_OF ?? "")).toBe(true);
  const shift = Number(process.env.CLOCK_SHIFT_YEARS ?? 0);
  const realNow = performance.timeOrigin + performance.now();
  const years = (Date.now() - realNow) / (365.25 * 864e5);
  expect(Math.round(years) + 0).toBe(shift);
});
