// The tokens chart's layout step, without a DOM: domains, margins and label places as plain data.
import { describe, expect, test } from "vitest";
import { tokensLayout } from "../../support/look-charts.js";
import { CHINCHILLA_TOKENS_PER_PARAMETER } from "../../../src/components/explore/data.js";
import { overlaps } from "../../../src/components/label-layout.js";
import { releases } from "../../support/catalog-tables.js";

const isDecade = (v: number) => Number.isInteger(Math.round(Math.log10(v) * 1e9) / 1e9);

describe("tokens layout", () => {
  const layout = tokensLayout(releases, { width: 960 });

  test("draws exactly the models that disclose both measures", () => {
    const both = releases.filter((r) => r.parameters !== null && r.training_tokens !== null && r.derived_from === null);
    expect(both.length).toBeGreaterThan(3);
    expect(layout.points.map((p) => p.id)).toEqual(both.map((r) => r.id));
  });

  test("the domains are whole decades that hold every point", () => {
    const [x0, x1] = layout.xDomain;
    const [y0, y1] = layout.yDomain;
    expect([x0, x1, y0, y1].every(isDecade)).toBe(true);
    for (const p of layout.points) {
      expect(p.x.value).toBeGreaterThan(x0);
      expect(p.x.value).toBeLessThan(x1);
      expect(p.y.value).toBeGreaterThan(y0);
      expect(p.y.value).toBeLessThan(y1);
    }
  });

  test("the domain follows the data: a tenfold larger model widens it", () => {
    const biggest = layout.points.reduce((a, b) => (a.x.value > b.x.value ? a : b));
    const grown = releases.map((r) => (r.id === biggest.id ? { ...r, parameters: r.parameters! * 100 } : r));
    expect(tokensLayout(grown, { width: 960 }).xDomain[1]).toBeGreaterThan(layout.xDomain[1]);
  });

  test("the reference is 20 tokens per parameter, inside the y domain", () => {
    for (const r of layout.reference) {
      expect(r.y / r.x).toBeCloseTo(CHINCHILLA_TOKENS_PER_PARAMETER, 9);
      expect(r.y).toBeLessThanOrEqual(layout.yDomain[1]);
    }
  });

  test("family labels: one per family at most, inside the plot, overlapping no other label", () => {
    expect(layout.labels.length).toBeGreaterThan(2);
    expect(new Set(layout.labels.map((l) => l.text)).size).toBe(layout.labels.length);
    for (const [i, a] of layout.labels.entries()) {
      expect(a.box.x0).toBeGreaterThanOrEqual(layout.plotBox.x0);
      expect(a.box.x1).toBeLessThanOrEqual(layout.plotBox.x1);
      for (const b of layout.labels.slice(i + 1)) expect(overlaps(a.box, b.box)).toBe(false);
    }
  });

  test("printed, a narrower chart wraps its legend onto more rows and grows its bottom margin to hold them", () => {
    // (On a page the legend stands inside the plot where it finds room: the canvas is the look's height.)
    const [wide, narrow] = [960, 360].map((width) => tokensLayout(releases, { width, preset: "print" }));
    expect(narrow!.margins.bottom).toBeGreaterThan(wide!.margins.bottom);
  });

  test("Chinese tick labels (10 万亿) get a wider right margin than English (10T)", () => {
    expect(tokensLayout(releases, { width: 960, lang: "zh" }).margins.right).toBeGreaterThan(layout.margins.right);
  });
});
