// A trend's (or the reference line's) legend entry beside its own line on a fixed canvas (legend-place.ts).
import { expect, test } from "vitest";
import { entriesBesideLines, clearOf, type Polyline } from "../../../src/components/explore/legend-place.js";
import type { LegendItem } from "../../../src/components/svg-legend.js";

const plotBox = { x0: 0, y0: 0, x1: 400, y1: 300 };
const style = { fontSize: 12, pad: 6 };
const item = (label: string): LegendItem => ({ label, swatch: { kind: "line", stroke: "#64748b", dash: "8,5" } });
// Rising to the right on screen (y down): from the bottom left to the top right.
const rising: Polyline = [
  [20, 280],
  [380, 20]
];
const boxOf = (b: { x: number; y: number; used: number; height: number }) => ({
  x0: b.x - style.pad,
  y0: b.y - style.pad,
  x1: b.x + b.used + style.pad,
  y1: b.y + b.height + style.pad
});
/** The distance from a point to the line's segment. */
const distance = ([px, py]: [number, number]) => {
  const [[x0, y0], [x1, y1]] = rising as [[number, number], [number, number]];
  const t = Math.max(
    0,
    Math.min(1, ((px - x0) * (x1 - x0) + (py - y0) * (y1 - y0)) / ((x1 - x0) ** 2 + (y1 - y0) ** 2))
  );
  return Math.hypot(px - (x0 + t * (x1 - x0)), py - (y0 + t * (y1 - y0)));
};

test("an entry stands beside its line: inside the plot, clear of it, its nearest corner within a few px of it", () => {
  const [block] = entriesBesideLines(
    [{ forms: [[item("all models: ×2 every 5.7 months")]], line: rising }],
    plotBox,
    { boxes: [], lines: [rising] },
    style
  )!;
  const box = boxOf(block!);
  expect(box.x0).toBeGreaterThanOrEqual(plotBox.x0);
  expect(box.x1).toBeLessThanOrEqual(plotBox.x1);
  expect(clearOf({ boxes: [], lines: [rising] })(box)).toBe(true);
  const corners: [number, number][] = [
    [box.x0, box.y0],
    [box.x1, box.y0],
    [box.x0, box.y1],
    [box.x1, box.y1]
  ];
  expect(corners.map(distance).reduce((a, b) => Math.min(a, b))).toBeLessThan(4);
});

test("an entry too wide for any place beside its line takes its second form, and none found is null (the legend keeps it)", () => {
  const long = item("a label far too long to stand anywhere beside this line in a plot of this size at all");
  const short = [item("all models:"), { label: "×2 every 5.7 months", swatch: { kind: "none" as const } }];
  const placed = entriesBesideLines(
    [{ forms: [[long], short], line: rising }],
    plotBox,
    { boxes: [], lines: [rising] },
    style
  );
  expect(placed?.[0]?.items.map((i) => i.label)).toEqual(["all models:", "×2 every 5.7 months"]);
  // Everything taken: no place, so null (never a partial set).
  const full = { boxes: [plotBox], lines: [rising] };
  expect(entriesBesideLines([{ forms: [short], line: rising }], plotBox, full, style)).toBeNull();
  const two = entriesBesideLines(
    [
      { forms: [short], line: rising },
      { forms: [[long]], line: rising }
    ],
    plotBox,
    { boxes: [], lines: [rising] },
    style
  );
  expect(two).toBeNull();
});

test("two entries beside lines do not overlap each other", () => {
  const blocks = entriesBesideLines(
    [
      { forms: [[item("GPT flagships: ×2 every 2.2 months")]], line: rising },
      { forms: [[item("all models: ×2 every 5.7 months")]], line: rising }
    ],
    plotBox,
    { boxes: [], lines: [rising] },
    style
  )!;
  const [a, b] = blocks.map(boxOf) as [ReturnType<typeof boxOf>, ReturnType<typeof boxOf>];
  expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).toBe(false);
});
