// @vitest-environment jsdom
// The lineage-on-scale chart: its layout step (plain data, no DOM needed) and what its axes say in each language.
import * as Plot from "@observablehq/plot";
import { describe, expect, test } from "vitest";
import { lineageScaleChart, lineageScaleLayout, sizeTickFormat } from "../../../src/components/lineage-scale.js";
import { overlaps } from "../../../src/components/label-layout.js";
import { treeEdges } from "../../../src/components/lineage-tree.js";
import { chartSvg, ownText } from "../../support/plot-dom.js";
import { lineage, releases } from "../../support/catalog-tables.js";
import { GPT35_FAMILIES } from "../../../src/figures/story.js";
import { lineageScaleDomains } from "../../../src/components/lineage-scale/layout.js";
import { bandTexts, segmentThrough, undisclosedBand } from "../../../src/components/lineage-scale/band.js";
import { textCore } from "../../../src/components/lineage-scale/arcs.js";

const yTicks = (chart: Element) =>
  [...chartSvg(chart).querySelectorAll('g[aria-label="y-axis tick label"] text')].map(ownText).filter(Boolean);

describe("lineage on scale: the size axis speaks the chart's language", () => {
  test("English ticks read 1B / 10B / 100B / 1T", () => {
    const ticks = yTicks(lineageScaleChart(lineage, releases, { width: 960, families: GPT35_FAMILIES }));
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    expect(ticks).toContain("100B");
    for (const tick of ticks) expect(tick).toMatch(/^\d+(\.\d+)?[KMBT]$/);
  });
  test("Chinese ticks use 亿 and 万亿, never B or T", () => {
    const ticks = yTicks(lineageScaleChart(lineage, releases, { width: 960, lang: "zh", families: GPT35_FAMILIES }));
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    expect(ticks.some((t) => t.includes("亿"))).toBe(true);
    expect(ticks.some((t) => t.includes("万亿"))).toBe(true);
    for (const tick of ticks) expect(tick).not.toMatch(/[KMBT]/);
  });
  test("between decades the ticks are blank", () => {
    expect(sizeTickFormat("zh")(1e10)).toBe("100 亿");
    expect(sizeTickFormat("en")(3e10)).toBe("");
  });
});

describe("lineage on scale: the layout step", () => {
  const layout = lineageScaleLayout(lineage, releases, { width: 960, families: GPT35_FAMILIES });
  const treeIds = new Set(treeEdges(lineage, releases, GPT35_FAMILIES).flatMap((e) => [e.parent, e.child]));

  test("every model of the tree is a node, once; every step an edge between two nodes", () => {
    expect(layout.nodes.map((n) => n.id).sort()).toEqual([...treeIds].sort());
    const ids = new Set(layout.nodes.map((n) => n.id));
    for (const link of layout.links) expect(ids.has(link.parent) && ids.has(link.child)).toBe(true);
  });

  test("the size domain holds every disclosed size, a third of a decade clear under the least and up to a whole decade; dates sit inside the date domain", () => {
    const [lo, hi] = layout.domain;
    expect(Number.isInteger(Math.log10(hi))).toBe(true);
    const least = Math.min(...layout.nodes.flatMap((n) => (n.parameters === null ? [] : [n.parameters])));
    expect(Math.log10(least) - Math.log10(lo)).toBeGreaterThanOrEqual(1 / 3 - 1e-9);
    for (const n of layout.nodes) {
      if (n.parameters !== null) expect(n.parameters >= lo && n.parameters <= hi).toBe(true);
      expect(+n.x).toBeGreaterThan(+layout.x0);
      expect(+n.x).toBeLessThan(+layout.x1);
    }
  });

  test("undisclosed models sit in the band above the plot, at no guessed size", () => {
    expect(layout.undisclosed.length).toBeGreaterThanOrEqual(5);
    for (const r of layout.undisclosed) {
      const node = layout.nodes.find((n) => n.id === r.id)!;
      expect(node.parameters).toBeNull();
      // Above the plot: larger than the top of the size domain on the y scale.
      expect(node.y).toBeGreaterThan(layout.domain[1]);
      expect(node.y).toBeLessThan(layout.bandArea.y1);
    }
  });

  test("the band grows the top margin: more undisclosed models, more rows, a taller band", () => {
    const sizes = releases.map((r) => (treeIds.has(r.id) ? { ...r, parameters: null } : r));
    const crowded = lineageScaleLayout(lineage, sizes, { width: 480, families: GPT35_FAMILIES });
    expect(crowded.margins.top).toBeGreaterThan(layout.margins.top);
  });

  test("names of sized models stay inside the plot and overlap no other name", () => {
    expect(layout.sizedLabels.length).toBeGreaterThan(3);
    for (const [i, a] of layout.sizedLabels.entries()) {
      expect(a.place.box.x0).toBeGreaterThanOrEqual(layout.plotBox.x0);
      expect(a.place.box.x1).toBeLessThanOrEqual(layout.plotBox.x1);
      expect(a.place.box.y0).toBeGreaterThanOrEqual(layout.plotBox.y0);
      for (const b of layout.sizedLabels.slice(i + 1)) expect(overlaps(a.place.box, b.place.box)).toBe(false);
    }
  });
});

describe("lineage on scale: the band of undisclosed sizes is laid out fast (a page resize lays it out again)", () => {
  test("the crowded square's band (seven names, six in 2022) in three rows, no leader through a name, in under 200 ms", () => {
    const models = releases.filter((r) =>
      treeEdges(lineage, releases, GPT35_FAMILIES).some((e) => e.parent === r.id || e.child === r.id)
    );
    const undisclosed = models
      .filter((r) => r.parameters === null)
      .sort((a, b) => a.release_date.localeCompare(b.release_date));
    const { x0, x1 } = lineageScaleDomains(models);
    // The square download's plot: 1080 px wide, the Chinese axis's left margin.
    const x = Plot.scale({ x: { type: "utc", domain: [x0, x1], range: [186, 1044] } });
    const lay = () =>
      undisclosedBand(undisclosed, (d) => x.apply(d) as number, { left: 186, right: 1044, preset: "slide" });
    // Warmed up, then the least of five: a machine shared with other work pauses some runs, never speeds one up.
    lay();
    lay();
    const times = Array.from({ length: 5 }, () => {
      const start = performance.now();
      lay();
      return performance.now() - start;
    });
    const band = lay();
    expect(undisclosed.length).toBeGreaterThanOrEqual(7);
    expect(band.rows).toBeLessThanOrEqual(3);
    const texts = bandTexts(band, 28).map(textCore);
    for (const [i, name] of band.names.entries())
      for (const [j, text] of texts.entries()) if (i !== j) expect(segmentThrough(name.leader, text)).toBe(false);
    expect(Math.min(...times)).toBeLessThan(200);
  });
});
