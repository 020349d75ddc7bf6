// The trend fits as a table: growth per year and doubling time for each measure and population.
import type { TrendRow } from "../contract.js";
import { dictionaryFor, textIn, type Lang } from "../i18n/index.js";
import { formatYearMonth } from "../i18n/format.js";
import { tableWithHeader } from "./html-table.js";

export function trendTable(fits: readonly TrendRow[], lang: Lang = "en"): HTMLTableElement {
  const { common, tables } = dictionaryFor(lang);
  const w = tables.trend;
  const { table, body } = tableWithHeader([
    w.measure,
    w.population,
    w.models,
    w.span,
    w.growthPerYear,
    w.doublingTime,
    w.r2
  ]);
  const month = (date: string) => formatYearMonth(date, lang);
  for (const fit of fits) {
    const row = body.insertRow();
    const population = (common.population as Record<string, string>)[fit.population] ?? fit.population_label;
    const head = [common.metricShort[fit.metric], population, `${fit.n} (${fit.estimates})`];
    for (const text of head) row.insertCell().textContent = text;
    if (fit.status !== "fitted") {
      // No fit: say why across the fit's columns, rather than print numbers that do not exist.
      const cell = row.insertCell();
      cell.colSpan = 4;
      cell.textContent = w.noTrend(textIn(lang, fit, "reason"));
      continue;
    }
    for (const text of [
      w.spanValue(month(fit.start_date), month(fit.end_date)),
      `×${fit.growth_per_year.toFixed(1)}`,
      w.doublingValue(fit.doubling_months.toFixed(1)),
      fit.r2.toFixed(2)
    ])
      row.insertCell().textContent = text;
  }
  return table;
}
