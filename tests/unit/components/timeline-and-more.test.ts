// @vitest-environment jsdom
import { expect, test } from "vitest";
import { timelineChart, timelineRows } from "../../../src/components/timeline-chart.js";
import { tokensChart } from "../../../src/components/tokens-chart.js";
import { articleTableView } from "../../../src/components/article-table.js";
import { figureCsv } from "../../../src/components/figure.js";
import { spreadLabels, yPosition } from "../../../src/components/label-layout.js";
import { formatCount, formatDataSize, formatFlop } from "../../../src/components/encoding.js";
import { loadCatalog } from "../../../data-loaders/catalog.js";
import { articleTable } from "../../../data-loaders/tables.js";
import { leastSquares } from "../../../data-loaders/trends.js";
import { milestones, releases, trends } from "../../support/catalog-tables.js";
import { chartSvg, markTexts, ownText } from "../../support/plot-dom.js";

test("timeline: every model in a mark, every family in a row, milestones labelled", () => {
  const { rows, marks } = timelineRows(releases, "branch");
  expect(marks.flatMap((m) => m.ids).sort()).toEqual(releases.map((r) => r.id).sort());
  expect(rows.filter((r) => r.kind === "family")).toHaveLength(new Set(releases.map((r) => `${r.branch}|${r.family}`)).size);
  const chart = timelineChart(releases, milestones, { width: 1280 });
  const labels = markTexts(chart).map(ownText);
  for (const label of ["Transformer paper", "BERT", "GPT-3 API opens", "InstructGPT", "ChatGPT launch", "GPT-4"]) expect(labels).toContain(label);
  expect(chartSvg(chart).querySelectorAll('g[aria-label="dot"] circle')).toHaveLength(marks.length);
});

test("timeline lanes by organization", () => {
  const { rows } = timelineRows(releases, "organization");
  expect(rows.filter((r) => r.kind === "lane").map((r) => r.text)).toContain("OpenAI");
});

test("tokens chart: only models with both numbers, and the 20-tokens-per-parameter line", () => {
  const chart = tokensChart(releases, { width: 900 });
  const both = releases.filter((r) => r.parameters !== null && r.training_tokens !== null);
  expect(chartSvg(chart).querySelectorAll('g[aria-label="dot"] circle, g[aria-label="dot"] path')).toHaveLength(both.length);
  expect(markTexts(chart).map(ownText)).toContain("Chinchilla-optimal: ≈20 tokens per parameter");
  const svg = chartSvg(chart) as unknown as { scale: (n: string) => { type: string } };
  expect((chart as any).scale("x").type).toBe("log");
  expect((chart as any).scale("y").type).toBe("log");
});

test("the article table flags GPT-3's 45TB against the catalog", () => {
  const table = articleTableView(articleTable(loadCatalog()) as any);
  const gpt3 = [...table.tBodies[0]!.rows].find((r) => r.textContent!.includes("GPT-3"))!;
  expect(gpt3.textContent).toContain("45TB");
  expect(gpt3.textContent).toMatch(/⚑ .*570 GB.*300B training tokens/);
  expect(gpt3.cells[3]!.textContent).toBe("×117");
});

test("figure CSV: a header and one line per row, quoted where needed", () => {
  const csv = figureCsv([{ a: "x, y", b: null }, { a: "z", b: 2 }], [
    { label: "A", value: (d: any) => d.a },
    { label: "B", value: (d: any) => d.b }
  ]);
  expect(csv.split("\n")).toEqual(["A,B", '"x, y",', "z,2"]);
});

test("spreadLabels keeps order and the gap, pushing labels down, and up from the bottom edge", () => {
  expect(spreadLabels([10, 11, 12], 10)).toEqual([10, 20, 30]);
  const placed = spreadLabels([100, 50, 52, 300], 13, 0, 400);
  expect(placed[3]).toBe(300);
  expect(placed[1]! < placed[2]!).toBe(true);
  expect(placed[2]! - placed[1]!).toBeGreaterThanOrEqual(13);
  expect(spreadLabels([5, 5, 5], 10, 0, 20)).toEqual([0, 10, 20]);
});

test("yPosition inverts itself on log and linear scales", () => {
  for (const type of ["log", "linear"] as const) {
    const y = yPosition(type, [1e6, 1e12], [500, 20]);
    expect(y.fromPixel(y.toPixel(175e9)) / 175e9).toBeCloseTo(1, 9);
  }
});

test("least squares recovers a known doubling time", () => {
  // Doubling every 6 months: log10 grows by 2·log10(2) a year.
  const points = [2018, 2019, 2020, 2021].map((x) => ({ x, y: 8 + (x - 2018) * 2 * Math.log10(2) }));
  const fit = leastSquares(points);
  expect((12 * Math.log10(2)) / fit.slope).toBeCloseTo(6, 9);
  expect(fit.r2).toBeCloseTo(1, 9);
  expect(() => leastSquares([{ x: 1, y: 1 }])).toThrow(/at least two points/);
});

test("trend table: GPT flagships grew faster than all models", () => {
  const params = trends.filter((t) => t.metric === "parameters");
  const gpt = params.find((t) => t.population === "gpt-flagships")!;
  const all = params.find((t) => t.population === "all")!;
  expect(gpt.models).toEqual(["gpt-1", "gpt-2-xl", "gpt-3-175b"]);
  expect(gpt.doubling_months).toBeLessThan(all.doubling_months);
  expect(all.n).toBe(releases.filter((r) => r.parameters !== null).length);
});

test("formats", () => {
  expect(formatCount(175e9)).toBe("175B");
  expect(formatCount(1.5e9)).toBe("1.5B");
  expect(formatCount(null)).toBe("undisclosed");
  expect(formatFlop(3.14e23)).toBe("3.1e23 FLOP");
  expect(formatFlop(1e25)).toBe("1e25 FLOP");
  expect(formatDataSize(570e9, "bytes")).toBe("570 GB");
  expect(formatDataSize(45e12, "bytes")).toBe("45 TB");
  expect(formatDataSize(3.3e9, "words")).toBe("3.3B words");
});
