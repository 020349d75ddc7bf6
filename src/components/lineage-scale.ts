// The lineage on scale axes: each training step drawn from parent to child on release date × parameters
// (log). Models whose size is undisclosed sit in a band above the axis, on their release date: their × on the band's
// foot, their names in rows above tied by leaders (lineage-scale/band.ts). Names are placed clear of each other, the
// points and the arcs; edges at one height are drawn as arcs so that two steps from one parent do not read as a chain;
// a key names the ×, the solid (documented) and the dashed (inferred) steps. The layout is computed first
// (lineage-scale/layout.ts), then the marks.
import * as Plot from "@observablehq/plot";
import { dictionaryFor, punctuation } from "../i18n/index.js";
import type { LineageRow, ReleaseRow } from "../contract.js";
import type { Lang, Preset } from "../figures/types.js";
import { accessiblePlot } from "./a11y.js";
import { formatCount } from "./encoding.js";
import { plotBase, xAxisBase, yAxisBase } from "./plot-base.js";
import { lineageScaleLayout } from "./lineage-scale/layout.js";
import { bandMarks, emptyMark, keyMark, linkMarks, nameMarks, nodeMark, selectionMark } from "./lineage-scale/marks.js";

export { lineageScaleHeight, lineageScaleLayout } from "./lineage-scale/layout.js";

export interface LineageScaleOptions {
  width: number;
  preset?: Preset;
  lang?: Lang;
  selected?: string | null;
  /** A height to fill, when taller than its own (the report grows the chart into its page). */
  height?: number;
  /** Which edges to draw: as the evolution tree's (see TreeOptions.families). */
  families: readonly string[];
}

/** Size ticks at whole decades only, in the chart's language (10 亿 / 100 亿 / 1 万亿 in Chinese), the others blank. */
export const sizeTickFormat = (lang: Lang) => (v: number) =>
  Number.isInteger(Math.round(Math.log10(v) * 1e6) / 1e6) ? formatCount(v, lang) : "";

export function lineageScaleChart(
  edges: readonly LineageRow[],
  releases: readonly ReleaseRow[],
  options: LineageScaleOptions
): SVGSVGElement {
  const { selected = null, preset = "web", lang = "en" } = options;
  const w = dictionaryFor(lang).charts.lineageScale;
  const layout = lineageScaleLayout(edges, releases, options);
  const aria = {
    label: w.aria(layout.nodes.length, layout.undisclosed.length),
    description: w.ariaUndisclosed(layout.undisclosed.map((r) => r.name).join(punctuation(lang).enumeration))
  };
  return accessiblePlot(
    Plot.plot({
      ...plotBase(preset, layout, aria),
      x: {
        type: "utc",
        domain: [layout.x0, layout.x1],
        ...xAxisBase(preset, w.date),
        ...(layout.compact ? { label: null } : {}),
        ticks: "year"
      },
      y: {
        type: "log",
        domain: layout.domain,
        ...yAxisBase(w.y, { preset, left: layout.margins.left }),
        tickFormat: sizeTickFormat(lang)
      },
      marks: [
        ...bandMarks(layout),
        ...linkMarks(layout, preset, lang),
        nodeMark(layout, preset, lang),
        ...nameMarks(layout, preset),
        selectionMark(layout, preset, selected),
        keyMark(layout, preset),
        emptyMark(layout, preset, lang)
      ]
    })
  ) as SVGSVGElement;
}
