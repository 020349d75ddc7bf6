// The growth chart's layout step, without drawing: domains, margins, the band of undisclosed values and label places
// are plain data, so what they promise (room for long labels, nothing overlapping, a frame that follows the data) is
// asserted here directly.
import { describe, expect, test } from "vitest";
import * as Plot from "@observablehq/plot";
import { growthLayout, type GrowthOptions as GrowthChartOptions } from "../../support/look-charts.js";
import { overlaps, type Box } from "../../../src/components/label-layout.js";
import { PRESET_STYLES } from "../../../src/figures/presets.js";
import { emergence, releases, trends } from "../../support/catalog-tables.js";
import { STORY_AS_OF } from "../../support/story-data.js";

const BASE: GrowthChartOptions = {
  asOf: STORY_AS_OF,
  width: 960,
  metric: "parameters",
  thresholds: emergence,
  trends,
  gptPath: ["gpt-1", "gpt-2-xl", "gpt-3-175b"]
};
const layoutOf = (options: Partial<GrowthChartOptions> = {}, rows = releases) =>
  growthLayout(rows, { ...BASE, ...options });
/** The models whose parameters are undisclosed (the band's). */
const undisclosedOf = (rows: typeof releases) => rows.filter((r) => r.parameters === null);
const inside = (box: Box, bounds: Box) =>
  box.x0 >= bounds.x0 && box.x1 <= bounds.x1 && box.y0 >= bounds.y0 && box.y1 <= bounds.y1;
const noTwoOverlap = (boxes: Box[]) => {
  for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
};

describe("growth layout: domains follow the data", () => {
  const layout = layoutOf();
  test("a log y domain of whole decades holds every model and every threshold drawn", () => {
    const [lo, hi] = layout.yDomain;
    expect(Number.isInteger(Math.log10(lo)) && Number.isInteger(Math.log10(hi))).toBe(true);
    for (const p of layout.points) expect(p.y.value >= lo && p.y.value <= hi).toBe(true);
    for (const t of layout.thresholdMarks) expect(t.value >= lo && t.value <= hi).toBe(true);
  });
  test("a model ten times larger than any raises the top of the domain", () => {
    const grown = [...releases, { ...releases.find((r) => r.id === "gpt-3-175b")!, id: "huge", parameters: 1e15 }];
    expect(layoutOf({}, grown).yDomain[1]).toBeGreaterThanOrEqual(1e15);
    expect(layout.yDomain[1]).toBeLessThan(1e15);
  });
  test("the date domain is padded around the releases drawn, and every point falls inside it", () => {
    for (const p of layout.points) expect(p.x.value > layout.xDomain[0] && p.x.value < layout.xDomain[1]).toBe(true);
  });
  test("a linear scale starts at zero", () => {
    expect(layoutOf({ scale: "linear" }).yDomain[0]).toBe(0);
  });
});

describe("growth layout: margins make room for what they hold", () => {
  test("long threshold labels widen the right margin, up to 40% of the width; past it the rule keeps its scale", () => {
    const one = emergence.find((e) => e.threshold_parameters !== null)!;
    // Printed (a page's chart is laid out as a fixed canvas, its rules named on them).
    const short = layoutOf({ preset: "print", thresholds: [{ ...one, ability: "Short" }] });
    const long = layoutOf({
      preset: "print",
      thresholds: [{ ...one, ability: `Short ${"and a longer name ".repeat(1)}` }]
    });
    expect(long.margins.right).toBeGreaterThan(short.margins.right);
    expect(long.thresholdMarks[0]!.label!.startsWith("Short and a longer name")).toBe(true);
    const huge = layoutOf({ preset: "print", thresholds: emergence.map((e) => ({ ...e, ability: "x".repeat(400) })) });
    expect(huge.margins.right).toBeLessThanOrEqual(Math.round(960 * 0.4));
    // No ability is written (none fits), never cut; each rule is named by its scale and families alone.
    for (const t of huge.thresholdMarks) expect(t.label ?? "").not.toMatch(/x{10}|…/);
    const named = new Set(huge.thresholdMarks.filter((t) => t.label !== null).map((t) => t.value));
    expect(named).toEqual(new Set(huge.thresholdMarks.map((t) => t.value)));
    expect(huge.margins.right).toBeLessThan(short.margins.right);
  });
  test("the undisclosed band shrinks before the plot: at most a sixth of a short chart's height", () => {
    const short = layoutOf({ width: 480, height: 360 });
    const bandHeight = short.margins.top;
    expect(bandHeight).toBeLessThanOrEqual(360 / 6 + PRESET_STYLES.web.fontSize + 6);
    expect(short.band!.crosses).toHaveLength(undisclosedOf(releases).length);
  });
  test("no point label sits on a threshold rule", () => {
    const layout = layoutOf();
    for (const label of layout.labels)
      for (const t of layout.thresholdMarks) {
        const box = label.box;
        expect(box.y0 < t.ruleY && box.y1 > t.ruleY, `${label.name} on ${t.ability}`).toBe(false);
      }
  });
  test("no thresholds: the right margin shrinks to a tick's half-width", () => {
    const print = { preset: "print" } as const;
    expect(layoutOf({ ...print, thresholds: [] }).margins.right).toBeLessThan(layoutOf(print).margins.right);
  });
  test("a narrow chart wraps its legend onto more rows and grows its bottom margin", () => {
    expect(layoutOf({ width: 420 }).margins.bottom).toBeGreaterThan(layoutOf().margins.bottom);
  });
  test("undisclosed models open a band above the plot; without them the top margin is just a line of type", () => {
    const withBand = layoutOf();
    expect(undisclosedOf(releases).length).toBeGreaterThan(0);
    const disclosed = releases.filter((r) => r.parameters !== null);
    const noBand = layoutOf({}, disclosed);
    expect(noBand.band).toBeNull();
    expect(withBand.margins.top).toBeGreaterThan(noBand.margins.top);
    // Every undisclosed model has its × in the band, between the band's top and the plot.
    expect(withBand.band!.crosses.map((c) => c.id).sort()).toEqual(
      undisclosedOf(releases)
        .map((r) => r.id)
        .sort()
    );
  });
});

describe("growth layout: labels do not overlap", () => {
  const layout = layoutOf({ labelAll: true, selected: "gpt-3-175b" });
  test("point labels stay inside the plot and clear of each other and of every point", () => {
    const boxes = layout.labels.map((l) => l.box);
    expect(boxes.length).toBeGreaterThan(3);
    for (const box of boxes) expect(inside(box, layout.plotBox)).toBe(true);
    noTwoOverlap(boxes);
  });
  test("the selection is always labelled, with priority", () => {
    expect(layout.labels.map((l) => l.id)).toContain("gpt-3-175b");
    // A model off the GPT line gets a label only when selected.
    const other = layoutOf().points.find((p) => !p.row.gpt_line)!;
    expect(layoutOf().labels.map((l) => l.id)).not.toContain(other.id);
    expect(layoutOf({ selected: other.id }).labels.map((l) => l.id)).toContain(other.id);
  });
  test("printed, threshold labels are spread at least a label's height apart, inside the plot's height", () => {
    const layout = layoutOf({ labelAll: true, selected: "gpt-3-175b", preset: "print" });
    const style = PRESET_STYLES.print;
    const y = Plot.scale({
      y: { type: "log", domain: layout.yDomain, range: [layout.height - layout.margins.bottom, layout.margins.top] }
    });
    const ys = layout.labelledThresholds.map((t) => y.apply(t.labelValue!) as number).sort((a, b) => a - b);
    expect(ys.length).toBeGreaterThan(3);
    for (let i = 1; i < ys.length; ++i) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(style.labelGap - 1e-6);
    for (const v of ys) expect(v >= layout.margins.top && v <= layout.height - layout.margins.bottom).toBe(true);
  });
  test("a slide labels at most its preset's share of thresholds; the rest keep their rules", () => {
    const slide = layoutOf({ preset: "slide", width: 1760, height: 820 });
    expect(slide.labelledThresholds.length).toBeLessThanOrEqual(PRESET_STYLES.slide.maxThresholdLabels);
    expect(slide.thresholdMarks.length).toBeGreaterThan(slide.labelledThresholds.length);
  });
  test("on a wide fixed canvas the thresholds are named on their rules inside the plot, with no key", () => {
    const slide = layoutOf({ preset: "slide", width: 1760, height: 820 });
    const values = [...new Set(slide.thresholdMarks.map((t) => t.value))];
    expect(values.length).toBeGreaterThan(3);
    // One name per rule, its scale first, touching the rule (its baseline just above it or its top just under it).
    expect(slide.ruleNames).toHaveLength(values.length);
    const fontSize = PRESET_STYLES.slide.smallFontSize;
    for (const t of slide.thresholdMarks) {
      const touching = slide.ruleNames!.filter(
        (n) => Math.abs(n.box.y1 - t.ruleY) < fontSize * 0.4 || Math.abs(n.box.y0 - t.ruleY) < fontSize * 0.4
      );
      expect(touching.length, t.ability).toBeGreaterThan(0);
      expect(inside(touching[0]!.box, { ...slide.plotBox, y0: slide.plotBox.y0 - fontSize / 3 })).toBe(true);
    }
    noTwoOverlap([...slide.ruleNames!.map((n) => n.box), ...slide.labels.map((l) => l.box)]);
    // Nothing numbered, no key: the plot runs to within a few ems of the edge.
    expect(slide.labelledThresholds).toEqual([]);
    expect(slide.legend.some((l) => /^\d+ /.test(l.label))).toBe(false);
    expect(slide.margins.right).toBeLessThan(PRESET_STYLES.slide.fontSize * 3);
    // A page names them on their rules too (its chart is the look's height); a printed page keeps them beside.
    expect(layout.ruleNames).toHaveLength(values.length);
    const printed = layoutOf({ preset: "print" });
    expect(printed.ruleNames).toBeNull();
    expect(printed.labelledThresholds.every((t) => !/^\d+$/.test(t.label!))).toBe(true);
  });
  test("where a rule's name finds no place, every rule is numbered at its end and keyed under the plot", () => {
    const low = layoutOf({ preset: "slide", width: 1760, height: 660 });
    expect(low.ruleNames).toBeNull();
    const numbers = low.labelledThresholds.map((t) => t.label);
    const byValue = [...low.labelledThresholds].sort((a, b) => b.value - a.value).map((t) => t.label);
    expect(byValue).toEqual(numbers.map((_, i) => String(i + 1)));
    expect(new Set(low.labelledThresholds.map((t) => t.value))).toEqual(
      new Set(low.thresholdMarks.map((t) => t.value))
    );
    for (const n of numbers) expect(low.legend.filter((l) => l.label.startsWith(`${n} `))).toHaveLength(1);
  });
  test("notes are placed clear of the point labels, or left out", () => {
    const noted = layoutOf({ annotations: [{ id: "gpt-3-175b", text: "In-context learning appears at this scale" }] });
    expect(noted.notes).toHaveLength(1);
    for (const label of noted.labels) expect(overlaps(label.box, noted.notes[0]!.place.box)).toBe(false);
    expect(layoutOf({ annotations: [{ id: "no-such-model", text: "?" }] }).notes).toHaveLength(0);
  });
});

describe("growth layout: the legend lists only what is drawn", () => {
  test("no backdrop, no backdrop entry; no thresholds, no threshold entries", () => {
    const labels = layoutOf({ thresholds: [] }).legend.map((i) => i.label);
    expect(labels.some((l) => /Epoch/i.test(l))).toBe(false);
    expect(labels.some((l) => /few-shot/i.test(l))).toBe(false);
    expect(layoutOf().legend.some((i) => /few-shot/i.test(i.label))).toBe(true);
  });
});

describe("growth layout: the legend lists what is drawn", () => {
  test("a download drawn with a filter lists only the branches it shows; the page keeps every entry", () => {
    const decoders = new Set(releases.filter((r) => r.branch === "decoder-only").map((r) => r.id));
    const labels = (preset: "web" | "download") =>
      layoutOf({ preset, visible: decoders }).legend.map((item) => item.label);
    expect(labels("download")).toContain("decoder-only");
    expect(labels("download")).not.toContain("encoder-only");
    expect(labels("web")).toContain("encoder-only");
  });
});
