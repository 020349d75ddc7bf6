// The report names the years it covers from its data, never a fixed span: the cover's subtitle the years of the
// releases it shows, the citation the catalog's years from the build's info.
import { expect, test } from "vitest";
import { yearSpan } from "../../src/views/report.js";
import { en } from "../../src/i18n/en.js";
import { zh } from "../../src/i18n/zh.js";

test("yearSpan gives the earliest and latest year of the dates, in any order, or null for none", () => {
  expect(yearSpan(["2023-03-14", "2017-06-12", "2020-05-28"])).toEqual([2017, 2023]);
  expect(yearSpan(["2025-04-29"])).toEqual([2025, 2025]);
  expect(yearSpan([])).toBeNull();
});

test("the report's subtitle and citation print the years they are given, in both languages", () => {
  expect(en.report.cover.subtitle(2017, 2025)).toContain("2017–2025");
  expect(zh.report.cover.subtitle(2017, 2023)).toContain("2017–2023 年");
  expect(en.report.citation("2026-12-05", "2017–2025")).toContain("large language models, 2017–2025.");
  expect(zh.report.citation("2026-12-05", "2017–2025")).toContain("规模笔记，2017–2025。");
});

test("the build's info spans the catalog's release dates, earliest to latest", async () => {
  const { loadCatalog } = await import("../../data-loaders/catalog.js");
  const { buildInfo } = await import("../../data-loaders/build-info.js");
  const catalog = loadCatalog(undefined, "2026-12-05");
  const dates = catalog.models.map((m) => m.release.date).sort();
  const info = buildInfo(catalog, "2026-12-05");
  expect(info.first_release).toBe(dates[0]);
  expect(info.latest_release).toBe(dates.at(-1));
  expect(info.first_release! < info.latest_release!).toBe(true);
});
