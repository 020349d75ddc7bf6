// A large backdrop (thousands of Epoch AI models) on a canvas beneath the SVG marks: one SVG circle per model costs
// seconds to build and tens of milliseconds per redraw at 20,000 models, a canvas a few milliseconds. The canvas sits
// in a <foreignObject> at the backdrop's place in the mark order, so everything else stays SVG. Its points are found
// under the pointer through a grid of pixel cells, and the one found is ringed and named (the tooltip and highlight
// the SVG dots had). Only on screen: downloads and print draw the backdrop as SVG circles (vector).
import type { RenderFunction } from "@observablehq/plot";
import { BACKDROP_GREY, SELECTED } from "../../figures/palette.js";
import { presetStyle } from "../../figures/presets.js";
import { h, svg } from "../dom.js";
import type { ExploreLayout } from "./layout.js";
import type { MarkContext } from "./marks.js";

/** Above this many backdrop points an interactive chart draws them on a canvas. */
export const CANVAS_MIN = 2000;

/** How near the pointer (px) a backdrop point is found. */
const SEARCH_RADIUS = 8;

/** Whether a chart draws its backdrop on a canvas: a large backdrop, on screen. */
export const backdropOnCanvas = (layout: Pick<ExploreLayout, "backdrop">, { preset }: MarkContext) =>
  presetStyle(preset).interactive && layout.backdrop.length > CANVAS_MIN;

/** The backdrop's points in pixels, filled in when the canvas is drawn (the pointer's lookup reads them). */
export interface BackdropPixels {
  xs: Float64Array;
  ys: Float64Array;
  names: readonly string[];
  /** Built at the first pointer move over the chart, not at every redraw. */
  index: PixelIndex | null;
}

export interface PixelIndex {
  /** The point nearest (px, py) within `radius` pixels, or -1. */
  nearest(px: number, py: number): number;
}

/**
 * Points bucketed into square cells of the search radius (counting sort into typed arrays): the nearest within the
 * radius is in the 3×3 cells around the pointer, so a lookup reads a few points however many there are.
 */
export function pixelIndex(xs: ArrayLike<number>, ys: ArrayLike<number>, radius: number): PixelIndex {
  let [maxX, maxY] = [0, 0];
  for (let i = 0; i < xs.length; ++i) [maxX, maxY] = [Math.max(maxX, xs[i]!), Math.max(maxY, ys[i]!)];
  const [columns, rows] = [Math.floor(maxX / radius) + 1, Math.floor(maxY / radius) + 1];
  const cellOf = (x: number, y: number) =>
    Math.min(rows - 1, Math.max(0, Math.floor(y / radius))) * columns +
    Math.min(columns - 1, Math.max(0, Math.floor(x / radius)));
  const starts = new Int32Array(columns * rows + 1);
  const cells = Int32Array.from({ length: xs.length }, (_, i) => cellOf(xs[i]!, ys[i]!));
  for (const cell of cells) ++starts[cell + 1]!;
  for (let c = 0; c < columns * rows; ++c) starts[c + 1]! += starts[c]!;
  const members = new Int32Array(xs.length);
  const filled = starts.slice(0, -1);
  cells.forEach((cell, i) => void (members[filled[cell]!++] = i));
  return {
    nearest(px, py) {
      let [best, bestDistance] = [-1, radius * radius];
      const [cx, cy] = [Math.floor(px / radius), Math.floor(py / radius)];
      for (let y = Math.max(0, cy - 1); y <= Math.min(rows - 1, cy + 1); ++y)
        for (let x = Math.max(0, cx - 1); x <= Math.min(columns - 1, cx + 1); ++x)
          for (let m = starts[y * columns + x]!; m < starts[y * columns + x + 1]!; ++m) {
            const i = members[m]!;
            const distance = (xs[i]! - px) ** 2 + (ys[i]! - py) ** 2;
            if (distance <= bestDistance) [best, bestDistance] = [i, distance];
          }
      return best;
    }
  };
}

/** One dot's opacity on each pixel of a square `size` wide: 55% inside, antialiased at its edge. */
function dotMask(radius: number): { size: number; mask: Float32Array } {
  const size = Math.ceil(radius * 2) + 2;
  const mask = new Float32Array(size * size);
  const centre = size / 2;
  for (let j = 0; j < size; ++j)
    for (let i = 0; i < size; ++i) {
      const distance = Math.hypot(i + 0.5 - centre, j + 0.5 - centre);
      mask[j * size + i] = 0.55 * Math.min(1, Math.max(0, radius + 0.5 - distance));
    }
  return { size, mask };
}

/**
 * The dots composited in a buffer of the canvas's pixels and written in one putImageData: a path of 20,000 arcs costs
 * hundreds of milliseconds to rasterize in a software-rendered canvas, this a few. Each dot is BACKDROP_GREY at 55%
 * opacity, and overlapping dots darken as the SVG's translucent circles do.
 */
export function dotPixels(
  width: number,
  height: number,
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  radius: number
): Uint8ClampedArray<ArrayBuffer> {
  const { size, mask } = dotMask(radius);
  const alpha = new Float32Array(width * height);
  const half = size / 2;
  for (let p = 0; p < xs.length; ++p) {
    const [x0, y0] = [Math.round(xs[p]! - half), Math.round(ys[p]! - half)];
    const [i0, i1] = [Math.max(0, -x0), Math.min(size, width - x0)];
    for (let j = Math.max(0, -y0); j < size && y0 + j < height; ++j) {
      const row = (y0 + j) * width + x0;
      const maskRow = j * size;
      for (let i = i0; i < i1; ++i) {
        const cover = mask[maskRow + i]!;
        if (cover) alpha[row + i] = alpha[row + i]! + cover * (1 - alpha[row + i]!);
      }
    }
  }
  const rgba = new Uint8ClampedArray(width * height * 4);
  // Whole pixels at once, little-endian (every browser): alpha, blue, green, red from the high byte down.
  const words = new Uint32Array(rgba.buffer);
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(BACKDROP_GREY.slice(i, i + 2), 16)) as [number, number, number];
  const grey = (b << 16) | (g << 8) | r;
  for (let k = 0; k < alpha.length; ++k) if (alpha[k]) words[k] = (((alpha[k]! * 255 + 0.5) << 24) | grey) >>> 0;
  return rgba;
}

/** The backdrop as a canvas mark; `pixels` receives the points' places for the pointer's lookup. */
export function canvasBackdropMark(layout: ExploreLayout, { preset }: MarkContext, pixels: BackdropPixels) {
  const radius = Math.max(2, presetStyle(preset).dotRadius * 0.55);
  const render: RenderFunction = (_index, scales, _values, dimensions) => {
    const { width, height } = dimensions;
    const [x, y] = [scales.x!, scales.y!];
    const n = layout.backdrop.length;
    [pixels.xs, pixels.ys] = [new Float64Array(n), new Float64Array(n)];
    layout.backdrop.forEach((p, i) => {
      pixels.xs[i] = x(p.x) as number;
      pixels.ys[i] = y(p.y) as number;
    });
    pixels.index = null;
    const ratio = globalThis.devicePixelRatio || 1;
    const [w, h2] = [Math.round(width * ratio), Math.round(height * ratio)];
    const canvas = h("canvas", { width: w, height: h2 });
    canvas.style.cssText = `display:block;width:${width}px;height:${height}px`;
    const context = canvas.getContext("2d");
    if (context) {
      const scaled = (values: Float64Array) => values.map((v) => v * ratio);
      const rgba = dotPixels(w, h2, scaled(pixels.xs), scaled(pixels.ys), radius * ratio);
      context.putImageData(new ImageData(rgba, w, h2), 0, 0);
    }
    return svg(
      "foreignObject",
      { class: "explore-backdrop explore-backdrop-canvas", width, height, "aria-hidden": "true", "data-points": n },
      canvas
    );
  };
  return render;
}

/**
 * The pointer over the chart: the backdrop point nearest it (unless a catalog model is under it, whose own tooltip
 * wins) is ringed and named in a label beside it.
 */
export function followPointer(chart: SVGSVGElement, pixels: BackdropPixels, { preset }: MarkContext) {
  const style = presetStyle(preset);
  const ring = svg("circle", { r: style.dotRadius + 2, fill: "none", stroke: SELECTED, "stroke-width": 2 });
  const label = svg("text", {
    "font-size": style.smallFontSize,
    fill: "currentColor",
    stroke: "var(--theme-background, white)",
    "stroke-width": 3,
    "paint-order": "stroke"
  });
  const hover = svg(
    "g",
    { class: "explore-backdrop-hover", "pointer-events": "none", display: "none", "aria-hidden": "true" },
    ring,
    label
  );
  chart.append(hover);
  const width = Number(chart.getAttribute("width"));
  const hide = () => hover.setAttribute("display", "none");
  chart.addEventListener("pointerleave", hide);
  chart.addEventListener("pointermove", (event) => {
    const target = event.target as Element | null;
    if (!pixels.xs.length || target?.closest(".explore-models")) return hide();
    pixels.index ??= pixelIndex(pixels.xs, pixels.ys, SEARCH_RADIUS);
    const box = chart.getBoundingClientRect();
    const scale = box.width ? width / box.width : 1;
    const [px, py] = [(event.clientX - box.left) * scale, (event.clientY - box.top) * scale];
    const i = pixels.index.nearest(px, py);
    if (i < 0) return hide();
    const [x, y] = [pixels.xs[i]!, pixels.ys[i]!];
    ring.setAttribute("cx", String(x));
    ring.setAttribute("cy", String(y));
    const left = x > width * 0.7;
    label.setAttribute("x", String(left ? x - 9 : x + 9));
    label.setAttribute("y", String(y - 6));
    label.setAttribute("text-anchor", left ? "end" : "start");
    label.textContent = pixels.names[i]!;
    hover.removeAttribute("display");
  });
}
