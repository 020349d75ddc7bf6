// @vitest-environment jsdom
import { describe, expect, test } from "vitest";
import { growthChart, thresholdLabel } from "../../../src/components/growth-chart.js";
import { emergence, releases, trends } from "../../support/catalog-tables.js";

import { chartSvg as svgOf, markTexts, ownText, translation } from "../../support/plot-dom.js";

const texts = (chart: Element, mark: string) => markTexts(chart, mark).map(ownText);
const count = (chart: Element, selector: string) => chart.querySelectorAll(selector).length;

describe("parameters against release date", () => {
  const known = releases.filter((r) => r.parameters !== null);
  const undisclosed = releases.filter((r) => r.parameters === null);
  const fewShot = emergence.filter((e) => e.prompting === "few-shot" && e.threshold_parameters !== null);
  const chart = growthChart(releases, { width: 1200, metric: "parameters", thresholds: fewShot, trends, gptPath: ["gpt-1", "gpt-2-xl", "gpt-3-175b"] });

  test("a log y scale over whole decades", () => {
    const y = (chart as any).scale("y");
    expect(y.type).toBe("log");
    expect(Math.log10(y.domain[0]) % 1).toBe(0);
    expect(Math.log10(y.domain[1]) % 1).toBe(0);
  });
  test("one point per model with a known size, none at a guessed value for the rest", () => {
    expect(count(chart, 'g[aria-label="dot"] path')).toBe(known.length + undisclosed.length);
    expect(known.length).toBeGreaterThan(40);
  });
  test("every undisclosed model is drawn as undisclosed on its date, labelled by name", () => {
    expect(undisclosed.map((r) => r.id).sort()).toEqual(["chatgpt", "code-cushman-001", "code-davinci-002", "gpt-4", "text-davinci-001", "text-davinci-002", "text-davinci-003"]);
    const labels = texts(chart, "text").filter((t) => t.endsWith("· undisclosed"));
    expect(labels.sort()).toEqual(undisclosed.map((r) => `${r.name} · undisclosed`).sort());
    expect(texts(chart, "text")).toContain("Parameters undisclosed (×, on the release date)");
  });
  test("a labelled rule for every few-shot threshold", () => {
    const labels = texts(chart, "text");
    for (const row of fewShot) expect(labels).toContain(thresholdLabel(row, "parameters"));
    expect(labels).toContain("Word in Context (WiC) benchmark · 540B PaLM");
  });
  test("threshold labels do not overlap", () => {
    const ys = [...chart.querySelectorAll('g[aria-label="text"] text')]
      .filter((t) => fewShot.some((row) => ownText(t) === thresholdLabel(row, "parameters")))
      .map((t) => translation(t).y)
      .sort((a, b) => a - b);
    expect(ys).toHaveLength(fewShot.length);
    for (let i = 1; i < ys.length; ++i) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(12.9);
  });
  test("the trends are drawn with their doubling time", () => {
    expect(texts(chart, "text").join("\n")).toMatch(/GPT flagships, ×2 every \d+\.\d months[\s\S]*all models, ×2 every \d+\.\d months/);
  });
  test("an accessible name and description", () => {
    expect(svgOf(chart).getAttribute("aria-label")).toMatch(/Parameters of 47 language models by release date, log scale/);
    expect(svgOf(chart).getAttribute("aria-description")).toMatch(/7 undisclosed \(.*GPT-4/);
    expect(count(chart, "g[aria-label]:not([role])")).toBe(0);
  });
});

test("linear scale on request", () => {
  const chart = growthChart(releases, { width: 800, metric: "parameters", scale: "linear" });
  expect((chart as any).scale("y").type).toBe("linear");
});

test("estimates are hollow diamonds; disclosed values filled circles", () => {
  const chart = growthChart(releases, { width: 800, metric: "training_compute" });
  const estimates = releases.filter((r) => r.training_compute_status === "estimate").length;
  expect(estimates).toBeGreaterThan(5);
  // Hollow: a dot group with no fill whose marks are not the × of undisclosed values.
  const hollow = [...chart.querySelectorAll('g[aria-label="dot"][fill="none"] path')].filter((p) => !p.getAttribute("d")?.startsWith("M-"));
  expect(hollow.length).toBe(estimates);
  const filled = [...chart.querySelectorAll('g[aria-label="dot"] path[fill]')].filter((p) => p.getAttribute("fill") !== "none");
  expect(filled.length).toBe(releases.filter((r) => r.training_compute_status === "disclosed").length);
});

test("a filtered catalog draws only the filtered models", () => {
  const encoders = releases.filter((r) => r.branch === "encoder-only");
  const chart = growthChart(encoders, { width: 800, metric: "parameters" });
  expect(count(chart, 'g[aria-label="dot"] path')).toBe(encoders.length);
});

test("compute thresholds use FLOP", () => {
  const chart = growthChart(releases, { width: 1200, metric: "training_compute", thresholds: emergence });
  expect(texts(chart, "text")).toContain("Chain-of-thought: Math word problems · 1.3e23 LaMDA");
});

test("a chart asked for a tiny width (resize() during layout) still draws no negative sizes", () => {
  for (const width of [0, 50, 300]) {
    const chart = growthChart(releases, { width, metric: "parameters", thresholds: emergence });
    const negative = [...chart.querySelectorAll("rect")].filter((r) => Number(r.getAttribute("width")) < 0 || Number(r.getAttribute("height")) < 0);
    expect(negative, `width ${width}`).toEqual([]);
    expect(Number(svgOf(chart).getAttribute("width"))).toBeGreaterThan(300);
  }
});
