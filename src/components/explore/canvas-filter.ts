// A Scaling chart's canvas layers (./backdrop-canvas.ts) under the page's filter: the page hides filtered models in
// place, without redrawing the chart (src/components/model-filter.ts); a canvas is one element for thousands of
// models, so it redraws its own pixels with only the models shown, and the pointer then finds only those.
import { filterItself } from "../model-filter.js";
import { backdropDots, catalogDots, dotPixels, type CanvasDots, type CanvasPoints } from "./backdrop-canvas.js";
import type { ExploreLayout } from "./layout.js";
import type { MarkContext } from "./marks.js";

/** A layer drawn on a canvas, its points' models in drawing order, and what its pointer reads. */
export interface FilteredLayer {
  className: string;
  dots: CanvasDots;
  ids: readonly string[];
  sink: CanvasPoints;
}

/** Makes each canvas layer of `chart` take the page's filter itself. */
export function filterCanvasLayers(chart: SVGSVGElement, layers: readonly FilteredLayer[]) {
  for (const { className, dots, ids, sink } of layers) {
    const element = chart.querySelector(`foreignObject.${className.split(" ").at(-1)}`);
    const canvas = element?.querySelector("canvas");
    if (!element || !canvas) continue;
    // The whole layer, as first drawn: every filter starts from it.
    const all = { xs: sink.xs, ys: sink.ys, styles: sink.styles, labels: sink.labels };
    filterItself(element, (visible) => {
      const kept = ids.flatMap((id, i) => (!visible || visible.has(id) ? [i] : []));
      sink.xs = Float64Array.from(kept, (i) => all.xs[i]!);
      sink.ys = Float64Array.from(kept, (i) => all.ys[i]!);
      sink.styles = Uint8Array.from(kept, (i) => all.styles[i]!);
      sink.labels = (k) => all.labels(kept[k]!);
      sink.index = null;
      const context = canvas.getContext("2d");
      if (!context) return;
      const ratio = canvas.width / Math.max(1, Number(element.getAttribute("width")));
      const scaled = (values: Float64Array) => values.map((v) => v * ratio);
      const points = { xs: scaled(sink.xs), ys: scaled(sink.ys), styles: sink.styles };
      const rgba = dotPixels(canvas.width, canvas.height, points, dots.styles, dots.radius * ratio);
      context.putImageData(new ImageData(rgba, canvas.width, canvas.height), 0, 0);
    });
  }
}

/** The layers a chart drew on canvases (`sinks`: the catalog's first, as canvasLayers returns them). */
export function canvasFilterLayers(
  layout: ExploreLayout,
  context: MarkContext,
  { backdrop, catalog, sinks }: { backdrop: unknown; catalog: unknown; sinks: readonly CanvasPoints[] }
): FilteredLayer[] {
  const layers: FilteredLayer[] = [];
  if (catalog) {
    const dots = catalogDots(layout, context);
    const ids = layout.points.filter((p) => !p.highlighted).map((p) => p.id);
    layers.push({ className: dots.className, dots, ids, sink: sinks[0]! });
  }
  if (backdrop) {
    const dots = backdropDots(layout, context);
    layers.push({ className: dots.className, dots, ids: layout.backdrop.map((b) => b.id), sink: sinks.at(-1)! });
  }
  return layers;
}
