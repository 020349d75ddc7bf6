// Large point clouds on a canvas beneath the SVG marks: thousands of Epoch AI models (the backdrop) and a catalog of
// thousands of models. One SVG circle per model costs seconds to build and tens of milliseconds per redraw at 20,000
// models, a canvas a few milliseconds. Each canvas sits in a <foreignObject> at its place in the mark order, so
// everything else stays SVG: the highlighted models (dot, ring and name), the named line, fits and the legend. Its
// points are found under the pointer through a grid of pixel cells, and the one found is ringed and named (the
// tooltip and highlight the SVG dots had). Only on screen: downloads and print draw every point as an SVG circle.
import type { RenderFunction } from "@observablehq/plot";
import { BACKDROP_GREY, SELECTED } from "../../figures/palette.js";
import { presetStyle } from "../../figures/presets.js";
import { h, svg } from "../dom.js";
import type { ExploreLayout } from "./layout.js";
import { pointTitle, type MarkContext } from "./marks.js";

/** Above this many points (backdrop, or catalog) an interactive chart draws them on a canvas. */
export const CANVAS_MIN = 2000;

/** How near the pointer (px) a point is found. */
const SEARCH_RADIUS = 8;

/** Opacity of the backdrop's grey dots, and of a large catalog's coloured ones (the cloud's density shows through). */
const BACKDROP_OPACITY = 0.55;
const CATALOG_OPACITY = 0.8;

/** Whether a chart draws its backdrop on a canvas: a large backdrop, on screen. */
export const backdropOnCanvas = (layout: Pick<ExploreLayout, "backdrop">, { preset }: MarkContext) =>
  presetStyle(preset).interactive && layout.backdrop.length > CANVAS_MIN;

/** Whether a chart draws its catalog's models (but the highlighted ones) on a canvas: many of them, on screen. */
export const catalogOnCanvas = (layout: Pick<ExploreLayout, "points">, { preset }: MarkContext) =>
  presetStyle(preset).interactive && layout.points.length > CANVAS_MIN;

/**
 * The layouts the SVG marks draw from: `dots`, every point, or only the highlighted ones when the others are on a
 * canvas; `ranges`, every estimate's range, or above CANVAS_MIN points only the highlighted models' (thousands of
 * crossing rules hide the cloud, on screen and in a download alike).
 */
export function svgLayouts(layout: ExploreLayout, context: MarkContext) {
  const large = layout.points.length > CANVAS_MIN;
  const highlighted = large ? { ...layout, points: layout.points.filter((p) => p.highlighted) } : layout;
  return { dots: catalogOnCanvas(layout, context) ? highlighted : layout, ranges: highlighted };
}

/** A point's look on the canvas: its colour (#rrggbb), opacity, and 0 for a filled dot or a ring's stroke width. */
export interface DotStyle {
  color: string;
  opacity: number;
  ring: number;
}

/** Points in pixels, each with the index of its style; `labels` names point i in lines (for the pointer). */
export interface CanvasPoints {
  xs: Float64Array;
  ys: Float64Array;
  styles: Uint8Array;
  labels: (i: number) => string[];
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
            // Of equally near points the last drawn wins: it is the one on top.
            if (distance < bestDistance || (distance === bestDistance && i > best))
              [best, bestDistance] = [i, distance];
          }
      return best;
    }
  };
}

/**
 * One dot as the pixels it covers around its centre (offsets dx, dy) and how much (times its opacity): a disc, or a
 * ring `ring` px wide. Only covered pixels are listed, so drawing a dot touches nothing else.
 */
export function dotStamp(radius: number, { opacity, ring }: DotStyle) {
  const size = Math.ceil(radius * 2) + 2;
  const dxs: number[] = [];
  const dys: number[] = [];
  const covers: number[] = [];
  const centre = size / 2;
  const disc = (r: number, distance: number) => Math.min(1, Math.max(0, r + 0.5 - distance));
  for (let j = 0; j < size; ++j)
    for (let i = 0; i < size; ++i) {
      const distance = Math.hypot(i + 0.5 - centre, j + 0.5 - centre);
      const cover = opacity * (disc(radius, distance) - (ring ? disc(radius - ring, distance) : 0));
      if (cover <= 0) continue;
      dxs.push(i);
      dys.push(j);
      covers.push(cover);
    }
  return { half: size / 2, dx: Int32Array.from(dxs), dy: Int32Array.from(dys), cover: Float32Array.from(covers) };
}

const rgbOf = (color: string) => [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16)) as [number, number, number];

/**
 * The dots composited in a buffer of the canvas's pixels (each over those before it, as SVG paints circles in order)
 * and returned as RGBA for one putImageData: a path of 20,000 arcs costs hundreds of milliseconds to rasterize in a
 * software-rendered canvas, this a few. Point i is drawn in styles[points.styles[i]].
 */
export function dotPixels(
  width: number,
  height: number,
  points: { xs: ArrayLike<number>; ys: ArrayLike<number>; styles: ArrayLike<number> },
  styles: readonly DotStyle[],
  radius: number,
  into?: Uint8ClampedArray<ArrayBuffer>
): Uint8ClampedArray<ArrayBuffer> {
  const stamps = styles.map((style) => ({ ...dotStamp(radius, style), rgb: rgbOf(style.color) }));
  // Composited straight into the image's bytes (no buffer of the whole canvas to fill and convert): only the pixels
  // a dot covers are read and written. A buffer of the right size is cleared and reused (megabytes a redraw).
  const rgba = into?.length === width * height * 4 ? into.fill(0) : new Uint8ClampedArray(width * height * 4);
  for (let p = 0; p < points.xs.length; ++p) {
    // Plain statements in this loop (no destructuring): it runs a million times a drawing.
    const { half, dx, dy, cover, rgb } = stamps[points.styles[p]!]!;
    const r = rgb[0];
    const g = rgb[1];
    const b = rgb[2];
    const x0 = Math.round(points.xs[p]! - half);
    const y0 = Math.round(points.ys[p]! - half);
    for (let m = 0; m < cover.length; ++m) {
      const x = x0 + dx[m]!;
      const y = y0 + dy[m]!;
      if (x < 0 || x >= width || y < 0 || y >= height) continue;
      const k = (y * width + x) * 4;
      const c = cover[m]!;
      const was = rgba[k + 3]!;
      if (was === 0) {
        // Nothing under it (most of a dot's pixels): the dot's own colour at its cover.
        rgba[k] = r;
        rgba[k + 1] = g;
        rgba[k + 2] = b;
        rgba[k + 3] = c * 255;
        continue;
      }
      // Source over: what was there shows through the dot's (1 - c), weighted by its own alpha.
      const under = (was / 255) * (1 - c);
      const alpha = c + under;
      const share = 1 / alpha;
      rgba[k] = (r * c + rgba[k]! * under) * share;
      rgba[k + 1] = (g * c + rgba[k + 1]! * under) * share;
      rgba[k + 2] = (b * c + rgba[k + 2]! * under) * share;
      rgba[k + 3] = alpha * 255;
    }
  }
  return rgba;
}

/** What a canvas layer draws: points in data values, each with a style, and how the pointer names one. */
export interface CanvasDots {
  className: string;
  radius: number;
  styles: readonly DotStyle[];
  points: readonly { x: number; y: number; style: number }[];
  labels: (i: number) => string[];
  /**
   * What the points were made from (a list the layout keeps while it is unchanged) and the frame they are drawn in:
   * a redraw with the same source and frame (a filter of the catalog over a large backdrop) copies the last image.
   */
  source?: object;
  frame?: string;
}

/** What places a layer's points in pixels: the domains, the scales' types and the chart's size. */
const frameOf = (layout: ExploreLayout) =>
  JSON.stringify([
    layout.xDomain,
    layout.yDomain,
    layout.xlog,
    layout.ylog,
    layout.width,
    layout.height,
    layout.margins
  ]);

/** The backdrop's layer: small grey dots named by their model. */
export function backdropDots(layout: ExploreLayout, { preset }: MarkContext): CanvasDots {
  return {
    className: "explore-backdrop explore-backdrop-canvas",
    radius: Math.max(2, presetStyle(preset).dotRadius * 0.55),
    styles: [{ color: BACKDROP_GREY, opacity: BACKDROP_OPACITY, ring: 0 }],
    points: layout.backdrop.map((b) => ({ x: b.x, y: b.y, style: 0 })),
    labels: (i) => [layout.backdrop[i]!.name],
    source: layout.backdrop,
    frame: frameOf(layout)
  };
}

/**
 * The catalog's layer: every model but the highlighted ones (drawn in SVG above), in its group's colour, filled when
 * both values are disclosed and a ring when either is an estimate (the SVG dots' hollow), named with its values.
 */
export function catalogDots(layout: ExploreLayout, { preset, lang }: MarkContext): CanvasDots {
  const style = presetStyle(preset);
  const groups = [...layout.colors.keys()];
  const styles = groups.flatMap((group) =>
    [0, style.strokeWidth].map((ring) => ({ color: layout.colors.get(group)!, opacity: CATALOG_OPACITY, ring }))
  );
  const shown = layout.points.filter((p) => !p.highlighted);
  const title = pointTitle(layout, lang);
  return {
    className: "explore-models-canvas",
    radius: style.dotRadius,
    styles,
    points: shown.map((p) => ({
      x: p.x.value,
      y: p.y.value,
      style: groups.indexOf(p.group) * 2 + (p.x.estimate || p.y.estimate ? 1 : 0)
    })),
    labels: (i) => title(shown[i]!).split("\n"),
    source: layout.points,
    frame: frameOf(layout)
  };
}

/** The last image of each layer (by class): its key, its canvas, its points in pixels, and its pixel buffer. */
const lastImages = new Map<
  string,
  {
    source?: object;
    key: string;
    canvas: HTMLCanvasElement;
    xs: Float64Array;
    ys: Float64Array;
    rgba?: Uint8ClampedArray<ArrayBuffer>;
  }
>();

/**
 * A layer as a Plot mark (a render function); `sink` receives its points' places for the pointer's lookup. The
 * canvas covers the plot and a dot's width around it, not the margins (every point is inside the domains): a third
 * fewer pixels to composite, write and hand to the compositor, which is most of a redraw's cost at 20,000 points.
 */
export function canvasDotMark(dots: CanvasDots, sink: CanvasPoints) {
  const render: RenderFunction = (_index, scales, _values, dimensions) => {
    const { width, height, marginTop, marginRight, marginBottom, marginLeft } = dimensions;
    const pad = Math.ceil(dots.radius) + 2;
    const [left, top] = [Math.max(0, marginLeft - pad), Math.max(0, marginTop - pad)];
    const [right, bottom] = [Math.min(width, width - marginRight + pad), Math.min(height, height - marginBottom + pad)];
    const ratio = globalThis.devicePixelRatio || 1;
    const [w, h2] = [Math.round((right - left) * ratio), Math.round((bottom - top) * ratio)];
    const key = `${dots.frame}|${dots.radius}|${JSON.stringify(dots.styles)}|${left},${top},${w},${h2},${ratio}`;
    const last = lastImages.get(dots.className);
    const reused = dots.frame !== undefined && last && last.source === dots.source && last.key === key ? last : null;
    const n = dots.points.length;
    sink.styles = Uint8Array.from(dots.points, (p) => p.style);
    [sink.labels, sink.index] = [dots.labels, null];
    const canvas = h("canvas", { width: w, height: h2 });
    canvas.style.cssText = `display:block;width:${right - left}px;height:${bottom - top}px`;
    const context = canvas.getContext("2d");
    if (reused) {
      [sink.xs, sink.ys] = [reused.xs, reused.ys];
      context?.drawImage(reused.canvas, 0, 0);
      reused.canvas = canvas;
    } else {
      const [x, y] = [scales.x!, scales.y!];
      const drawing = { xs: new Float64Array(n), ys: new Float64Array(n), styles: sink.styles };
      [sink.xs, sink.ys] = [new Float64Array(n), new Float64Array(n)];
      for (let i = 0; i < n; ++i) {
        const p = dots.points[i]!;
        sink.xs[i] = x(p.x) as number;
        sink.ys[i] = y(p.y) as number;
        drawing.xs[i] = (sink.xs[i]! - left) * ratio;
        drawing.ys[i] = (sink.ys[i]! - top) * ratio;
      }
      const rgba = dotPixels(w, h2, drawing, dots.styles, dots.radius * ratio, last?.rgba);
      context?.putImageData(new ImageData(rgba, w, h2), 0, 0);
      lastImages.set(dots.className, { source: dots.source, key, canvas, xs: sink.xs, ys: sink.ys, rgba });
    }
    return svg(
      "foreignObject",
      {
        class: dots.className,
        x: left,
        y: top,
        width: right - left,
        height: bottom - top,
        "aria-hidden": "true",
        "data-points": n
      },
      canvas
    );
  };
  return render;
}

/** An empty sink for a layer's points (filled when its canvas is drawn). */
export const canvasPoints = (): CanvasPoints => ({
  xs: new Float64Array(),
  ys: new Float64Array(),
  styles: new Uint8Array(),
  labels: () => [],
  index: null
});

/**
 * The canvas layers of a chart and what the SVG marks still draw: the backdrop's and the catalog's layers when each
 * is large and on screen (null otherwise), the layouts of svgLayouts, and the sinks the pointer reads (the catalog's
 * first: its points are drawn above the backdrop's).
 */
export function canvasLayers(layout: ExploreLayout, context: MarkContext) {
  const [backdropSink, catalogSink] = [canvasPoints(), canvasPoints()];
  const backdrop = backdropOnCanvas(layout, context)
    ? canvasDotMark(backdropDots(layout, context), backdropSink)
    : null;
  const catalog = catalogOnCanvas(layout, context) ? canvasDotMark(catalogDots(layout, context), catalogSink) : null;
  const sinks = [...(catalog ? [catalogSink] : []), ...(backdrop ? [backdropSink] : [])];
  return { backdrop, catalog, sinks, ...svgLayouts(layout, context) };
}

/**
 * The pointer over the chart: the point nearest it on a canvas layer (unless an SVG model is under it, whose own
 * tooltip wins; of the layers, the first with a point near) is ringed and named in a label beside it.
 */
export function followPointer(chart: SVGSVGElement, layers: readonly CanvasPoints[], { preset }: MarkContext) {
  if (!layers.length) return;
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
  const [width, height] = [Number(chart.getAttribute("width")), Number(chart.getAttribute("height"))];
  const hide = () => hover.setAttribute("display", "none");
  const found = (px: number, py: number) => {
    for (const layer of layers) {
      if (!layer.xs.length) continue;
      layer.index ??= pixelIndex(layer.xs, layer.ys, SEARCH_RADIUS);
      const i = layer.index.nearest(px, py);
      if (i >= 0) return { layer, i };
    }
    return null;
  };
  chart.addEventListener("pointerleave", hide);
  chart.addEventListener("pointermove", (event) => {
    const target = event.target as Element | null;
    if (target?.closest(".explore-models")) return hide();
    const box = chart.getBoundingClientRect();
    const scale = box.width ? width / box.width : 1;
    const hit = found((event.clientX - box.left) * scale, (event.clientY - box.top) * scale);
    if (!hit) return hide();
    const [x, y] = [hit.layer.xs[hit.i]!, hit.layer.ys[hit.i]!];
    ring.setAttribute("cx", String(x));
    ring.setAttribute("cy", String(y));
    placeLabel(label, hit.layer.labels(hit.i), { x, y, width, height, lineHeight: style.smallFontSize * 1.25 });
    hover.removeAttribute("display");
  });
}

/** The hover's name (and values) beside the point: to its right, or left on the right of the chart; lower near the top. */
function placeLabel(
  label: SVGElement,
  lines: readonly string[],
  { x, y, width, height, lineHeight }: { x: number; y: number; width: number; height: number; lineHeight: number }
) {
  const left = x > width * 0.7;
  const top = Math.min(Math.max(lineHeight, y - 6), height - lineHeight * lines.length);
  label.setAttribute("text-anchor", left ? "end" : "start");
  label.replaceChildren(
    ...lines.map((line, k) =>
      svg(
        "tspan",
        {
          x: left ? x - 9 : x + 9,
          y: top + k * lineHeight,
          "font-weight": k === 0 && lines.length > 1 ? "bold" : null
        },
        line
      )
    )
  );
}
