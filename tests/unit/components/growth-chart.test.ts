// @vitest-environment jsdom
import { describe, expect, test } from "vitest";
import { growthChart } from "../../support/look-charts.js";
import { thresholdLabel, thresholdScales } from "../../../src/components/explore/thresholds.js";
import { emergence, releases, trends } from "../../support/catalog-tables.js";
import { chartSvg as svgOf, markTexts, ownText, translation } from "../../support/plot-dom.js";
import { STORY_AS_OF } from "../../support/story-data.js";

const texts = (chart: Element) => markTexts(chart, "text").map(ownText);
const points = (chart: Element) => [
  ...chart.querySelectorAll('g[aria-label="dot"] > circle, g[aria-label="dot"] > path')
];
const GPT_PATH = ["gpt-1", "gpt-2-xl", "gpt-3-175b"];

describe("parameters against release date", () => {
  const known = releases.filter((r) => r.parameters !== null);
  const undisclosed = releases.filter((r) => r.parameters === null);
  const fewShot = emergence.filter((e) => e.prompting === "few-shot" && e.threshold_parameters !== null);
  const chart = growthChart(releases, {
    asOf: STORY_AS_OF,
    width: 1200,
    metric: "parameters",
    thresholds: fewShot,
    trends,
    gptPath: GPT_PATH
  });

  test("a log y scale over whole decades", () => {
    const y = (chart as any).scale("y");
    expect(y.type).toBe("log");
    expect(Math.log10(y.domain[0]) % 1).toBe(0);
    expect(Math.log10(y.domain[1]) % 1).toBe(0);
  });
  test("one mark per model: a point for each known size, a × for each undisclosed one, none at a guessed value", () => {
    expect(
      points(chart)
        .map((p) => p.getAttribute("data-models"))
        .sort()
    ).toEqual(releases.map((r) => r.id).sort());
    const crosses = points(chart).filter((p) => undisclosed.some((r) => r.id === p.getAttribute("data-models")));
    const bandBottom = Math.max(
      ...[...chart.querySelectorAll('g[aria-label="rect"] rect')].map(
        (r) => Number(r.getAttribute("y")) + Number(r.getAttribute("height"))
      )
    );
    for (const cross of crosses) expect(translation(cross).y).toBeLessThan(bandBottom);
    expect(known.length).toBeGreaterThan(10);
  });
  test("every undisclosed model is named in the band", () => {
    for (const r of undisclosed) expect(texts(chart)).toContain(r.name);
    expect(texts(chart)).toContain("Parameters: undisclosed, on the release date");
  });
  test("every few-shot threshold's rule is named on it, by its scale and families (its abilities in the rule's tooltip)", () => {
    const labels = texts(chart);
    for (const { scale } of thresholdScales({ thresholds: fewShot, metric: "parameters" }, "en"))
      expect(labels.some((l) => l.startsWith(scale))).toBe(true);
  });
  test("the trends are named beside their lines with their doubling times, and drawn as curves tagged with their models", () => {
    expect(chart.textContent).toMatch(/GPT flagships: ×2 every \d+\.\d months/);
    expect(chart.textContent).toMatch(/all models: ×2 every \d+\.\d months/);
    const flagship = trends.find((t) => t.metric === "parameters" && t.population === "gpt-flagships")!;
    expect(chart.querySelector(`[data-models="${flagship.models.join(" ")}"]`)!.tagName.toLowerCase()).toBe("path");
  });
  test("an accessible name and description", () => {
    expect(svgOf(chart).getAttribute("aria-label")).toBe(
      `Parameters of ${known.length} language models by release date, log scale`
    );
    expect(svgOf(chart).getAttribute("aria-description")).toContain("GPT-4");
    expect(chart.querySelectorAll("g[aria-label]:not([role])")).toHaveLength(0);
  });
});

test("linear scale on request, with trends drawn as curves", () => {
  const chart = growthChart(releases, { asOf: STORY_AS_OF, width: 800, metric: "parameters", scale: "linear", trends });
  expect((chart as any).scale("y").type).toBe("linear");
  const curve = chart.querySelector(
    'g[aria-label="line"] path[stroke-dasharray], g[aria-label="line"][stroke-dasharray] path'
  )!;
  // A sampled exponential: many segments, not a two-point line.
  expect(curve.getAttribute("d")!.split("L").length).toBeGreaterThan(20);
});

test("estimates are hollow diamonds; disclosed values filled circles", () => {
  const chart = growthChart(releases, { asOf: STORY_AS_OF, width: 800, metric: "training_compute" });
  // A derived model's compute is its own additional training only (sources README, rule 7): not drawn here.
  const estimates = releases.filter((r) => r.training_compute_status === "estimate" && r.derived_from === null);
  expect(estimates.length).toBeGreaterThan(2);
  const hollow = [...chart.querySelectorAll('g[aria-label="dot"][fill="none"] > path')].filter((p) =>
    estimates.some((r) => r.id === p.getAttribute("data-models"))
  );
  expect(hollow).toHaveLength(estimates.length);
});

test("a filtered catalog draws only the filtered models", () => {
  const encoders = releases.filter((r) => r.branch === "encoder-only");
  const chart = growthChart(encoders, { asOf: STORY_AS_OF, width: 800, metric: "parameters" });
  expect(points(chart)).toHaveLength(encoders.length);
});

test("compute thresholds are in FLOP", () => {
  const chart = growthChart(releases, {
    asOf: STORY_AS_OF,
    width: 1200,
    metric: "training_compute",
    thresholds: emergence
  });
  const withFlop = emergence.filter((e) => e.threshold_flops !== null);
  expect(withFlop.length).toBeGreaterThan(3);
  // Each rule named by its scale in FLOP ("2.3e22 GPT-3"), on the rule; the label beside it (printed) the same.
  for (const row of withFlop.slice(0, 3))
    expect(texts(chart).some((t) => t.startsWith(thresholdLabel(row, "training_compute").split(" · ")[1]!))).toBe(true);
  expect(thresholdLabel(withFlop[0]!, "training_compute")).toMatch(/· \d(\.\d)?e\d\d /);
});

test("a chart asked for a tiny width (a layout in progress) still draws no negative sizes", () => {
  for (const width of [0, 50, 300]) {
    const chart = growthChart(releases, { asOf: STORY_AS_OF, width, metric: "parameters", thresholds: emergence });
    const negative = [...chart.querySelectorAll("rect")].filter(
      (r) => Number(r.getAttribute("width")) < 0 || Number(r.getAttribute("height")) < 0
    );
    expect(negative, `width ${width}`).toEqual([]);
  }
});
