// The trend fits as a table: growth per year and doubling time for each measure and population.
import type { TrendRow } from "../contract.js";
import { tableWithHeader } from "./html-table.js";

export function trendTable(fits: readonly TrendRow[]): HTMLTableElement {
  const { table, body } = tableWithHeader(["Measure", "Population", "Models (estimates)", "Span", "Growth per year", "Doubling time", "R²"]);
  for (const fit of fits) {
    const row = body.insertRow();
    const head = [fit.metric === "parameters" ? "Parameters" : "Training compute", fit.population_label, `${fit.n} (${fit.estimates})`];
    for (const text of head) row.insertCell().textContent = text;
    if (fit.status !== "fitted") {
      // No fit: say why across the fit's columns, rather than print numbers that do not exist.
      const cell = row.insertCell();
      cell.colSpan = 4;
      cell.textContent = `No trend: ${fit.reason}`;
      continue;
    }
    for (const text of [`${fit.start_date.slice(0, 7)} to ${fit.end_date.slice(0, 7)}`, `×${fit.growth_per_year.toFixed(1)}`, `${fit.doubling_months.toFixed(1)} months`, fit.r2.toFixed(2)])
      row.insertCell().textContent = text;
  }
  return table;
}
