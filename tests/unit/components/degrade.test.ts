// @vitest-environment jsdom
// Degrade, do not crash: a figure given nothing to draw (no lineage, no fit) draws what there is and says why.
import { expect, test } from "vitest";
import { lineageTree } from "../../../src/components/lineage-tree.js";
import { lineageScaleChart } from "../../../src/components/lineage-scale.js";
import { growthChart } from "../../support/look-charts.js";
import { trendTable } from "../../../src/components/trend-table.js";
import type { TrendRow } from "../../../src/contract.js";
import { GPT35_FAMILIES } from "../../../src/figures/story.js";
import { releases } from "../../support/catalog-tables.js";
import { STORY_AS_OF } from "../../support/story-data.js";

test("an empty lineage draws an empty tree that says so", () => {
  const options = { width: 900, families: GPT35_FAMILIES };
  for (const chart of [lineageTree([], releases, options), lineageScaleChart([], releases, options)]) {
    expect(chart.tagName.toLowerCase()).toBe("svg");
    expect(chart.textContent).toMatch(/No lineage/);
  }
});

test("a trend with too few points draws no line, and the trend table says why", () => {
  const unfitted: TrendRow = {
    metric: "parameters",
    population: "gpt-flagships",
    population_label: "GPT flagships",
    models: ["gpt-1"],
    n: 1,
    estimates: 0,
    status: "not enough points",
    reason: "a trend needs at least two points, got 1",
    reason_zh: "趋势至少需要两个点，现有 1 个",
    slope_log10_per_year: null,
    growth_per_year: null,
    doubling_months: null,
    r2: null,
    start_date: null,
    end_date: null,
    start_value: null,
    end_value: null
  };
  const chart = growthChart(releases, { asOf: STORY_AS_OF, width: 900, metric: "parameters", trends: [unfitted] });
  expect(
    chart.querySelectorAll('g[aria-label="line"] path[stroke-dasharray], g[aria-label="line"][stroke-dasharray] path')
  ).toHaveLength(0);
  expect(trendTable([unfitted]).textContent).toContain("No trend: a trend needs at least two points, got 1");
});
