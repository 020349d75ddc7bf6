// A legend drawn inside the chart's own SVG (Plot's legends are HTML beside it): a downloaded or printed chart then
// carries its legend, and the legend's size is known before drawing, so the figure reserves it.
import { glyphWidth } from "../figures/presets.js";
import { svg } from "./dom.js";

export interface LegendItem {
  label: string;
  /** What the swatch draws. */
  swatch:
    | { kind: "dot"; fill: string; stroke?: string; symbol?: "circle" | "diamond" | "times" | "square" | "triangle" }
    | { kind: "line"; stroke: string; dash?: string; width?: number }
    | { kind: "none" };
}

/**
 * How a legend measures its labels: by default the presets' glyph estimate; a chart that wants no row it does not
 * need passes the tighter typesetWidth (the same estimate to its layout and its mark).
 */
export type LegendMeasure = (text: string, fontSize: number) => number;

/** Rows of items that fit `width`: each item is its swatch, a gap and its label. */
export function legendRows(
  items: LegendItem[],
  width: number,
  fontSize: number,
  _cjk = false,
  measure: LegendMeasure = glyphWidth
): LegendItem[][] {
  const rows: LegendItem[][] = [[]];
  let used = 0;
  for (const item of items) {
    const w = itemWidth(item, fontSize, measure);
    if (used + w > width && rows.at(-1)!.length) {
      rows.push([]);
      used = 0;
    }
    rows.at(-1)!.push(item);
    used += w;
  }
  return rows.filter((row) => row.length);
}

// Measured glyph by glyph: the Latin in a Chinese label (names, numbers) is no wider than in an English one.
export const itemWidth = (item: LegendItem, fontSize: number, measure: LegendMeasure) =>
  (item.swatch.kind === "none" ? fontSize * 1.2 : fontSize * 2.4) + measure(item.label, fontSize);

/** A filled shape's outline around (cx, cy), of half-size r (the shapes Plot's symbol scale draws). */
const shapePath = (shape: "diamond" | "square" | "triangle", cx: number, cy: number, r: number) =>
  shape === "diamond"
    ? `M${cx},${cy - r}L${cx + r},${cy}L${cx},${cy + r}L${cx - r},${cy}Z`
    : shape === "square"
      ? `M${cx - r * 0.8},${cy - r * 0.8}h${r * 1.6}v${r * 1.6}h${-r * 1.6}Z`
      : `M${cx},${cy - r}L${cx + r},${cy + r * 0.7}L${cx - r},${cy + r * 0.7}Z`;

export const legendHeight = (rows: number, fontSize: number) => (rows ? rows * fontSize * 1.6 + fontSize * 0.4 : 0);

/** A Plot mark (a render function) drawing the legend's rows from (x, y), top left, in the text colour. */
export function legendMark(
  items: LegendItem[],
  {
    x,
    y,
    width,
    fontSize,
    cjk = false,
    measure
  }: { x: number; y: number; width: number; fontSize: number; cjk?: boolean; measure?: LegendMeasure }
) {
  return () => {
    const g = svg("g", {
      class: "svg-legend",
      "font-size": fontSize,
      "text-anchor": "start",
      role: "list",
      "aria-label": "Legend"
    });
    legendRows(items, width, fontSize, cjk, measure).forEach((row, r) => {
      let left = x;
      const baseline = y + fontSize * (1.2 + 1.6 * r);
      for (const item of row) {
        const entry = svg("g", { role: "listitem" });
        const cx = left + fontSize * 0.7;
        const cy = baseline - fontSize * 0.35;
        const { swatch } = item;
        if (swatch.kind === "none") {
          // The label carries its own symbol (●, ◐, *).
        } else if (swatch.kind === "line") {
          entry.append(
            svg("line", {
              x1: left,
              x2: left + fontSize * 1.5,
              y1: cy,
              y2: cy,
              stroke: swatch.stroke,
              "stroke-width": swatch.width ?? 2,
              ...(swatch.dash ? { "stroke-dasharray": swatch.dash } : {})
            })
          );
        } else if (swatch.symbol === "times") {
          const r = fontSize * 0.3;
          entry.append(
            svg("path", {
              d: `M${cx - r},${cy - r}L${cx + r},${cy + r}M${cx - r},${cy + r}L${cx + r},${cy - r}`,
              stroke: swatch.stroke ?? swatch.fill,
              "stroke-width": 2,
              fill: "none"
            })
          );
        } else if (swatch.symbol && swatch.symbol !== "circle") {
          entry.append(
            svg("path", {
              d: shapePath(swatch.symbol, cx, cy, fontSize * 0.4),
              fill: swatch.fill,
              stroke: swatch.stroke ?? swatch.fill,
              "stroke-width": 1.5
            })
          );
        } else {
          entry.append(
            svg("circle", {
              cx,
              cy,
              r: fontSize * 0.33,
              fill: swatch.fill,
              stroke: swatch.stroke ?? swatch.fill,
              "stroke-width": 1.5
            })
          );
        }
        entry.append(
          svg(
            "text",
            { x: swatch.kind === "none" ? left : left + fontSize * 1.9, y: baseline, fill: "currentColor" },
            item.label
          )
        );
        g.append(entry);
        left += itemWidth(item, fontSize, measure ?? glyphWidth);
      }
    });
    return g as SVGElement;
  };
}
