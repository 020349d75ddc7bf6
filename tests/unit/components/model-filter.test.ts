// @vitest-environment jsdom
import { expect, test } from "vitest";
import { growthChart } from "../../support/look-charts.js";
import { tokensChart } from "../../support/look-charts.js";
import { applyModelFilter } from "../../../src/components/model-filter.js";
import { releases, trends } from "../../support/catalog-tables.js";
import { STORY_AS_OF } from "../../support/story-data.js";

const GPT_PATH = ["gpt-1", "gpt-2-xl", "gpt-3-175b"];
const shown = (chart: Element) =>
  [...chart.querySelectorAll("[data-models]")].filter((e) => !e.classList.contains("filtered-out"));
const shownIds = (chart: Element, selector: string) =>
  new Set(
    shown(chart)
      .filter((e) => e.matches(selector))
      .flatMap((e) => e.getAttribute("data-models")!.split(" "))
  );

test("every point and undisclosed marker of a growth chart is tagged with its model, the GPT line with all of its", () => {
  const chart = growthChart(releases, { asOf: STORY_AS_OF, width: 1000, metric: "parameters", gptPath: GPT_PATH });
  const dots = [...chart.querySelectorAll('g[aria-label="dot"] > circle, g[aria-label="dot"] > path')];
  expect(new Set(dots.map((d) => d.getAttribute("data-models")))).toEqual(new Set(releases.map((r) => r.id)));
  expect(chart.querySelector('g[aria-label="line"] > path')!.getAttribute("data-models")).toBe(
    "gpt-1 gpt-2-xl gpt-3-175b"
  );
});

test("a filter hides exactly the models outside it, the GPT line with any of its points, and a trend with any model it was fitted on", () => {
  const chart = growthChart(releases, {
    asOf: STORY_AS_OF,
    width: 1000,
    metric: "parameters",
    gptPath: GPT_PATH,
    trends
  });
  const decoders = new Set(
    releases.filter((r) => r.branch === "decoder-only" && r.release_date >= "2019").map((r) => r.id)
  );
  applyModelFilter(chart, decoders);
  expect(shownIds(chart, "circle, path:not(g[aria-label='line'] > path)")).toEqual(decoders);
  // GPT-1 (2018) is filtered out, so the line through it and the flagship trend fitted on it go too.
  for (const line of chart.querySelectorAll('g[aria-label="line"] > path'))
    expect(line.classList.contains("filtered-out")).toBe(true);
  applyModelFilter(chart, null);
  expect(chart.querySelectorAll(".filtered-out")).toHaveLength(0);
});

test("a chart drawn with a filter already applied starts filtered", () => {
  const visible = new Set(["gpt-3-175b", "bert-large", "palm-540b"]);
  for (const chart of [
    growthChart(releases, { asOf: STORY_AS_OF, width: 800, metric: "training_compute", visible }),
    tokensChart(releases, { width: 800, visible })
  ])
    expect([...shownIds(chart, "path, circle")].every((id) => visible.has(id))).toBe(true);
});
