// The lineage-on-scale chart's marks, each group from the layout (lineage-scale/layout.ts): the band of undisclosed
// sizes, the training steps as arcs, the models, their names, the selection ring and the message for an empty tree.
import * as Plot from "@observablehq/plot";
import { dictionaryFor, inParens, punctuation } from "../../i18n/index.js";
import { presetStyle } from "../../figures/presets.js";
import type { Lang, Preset } from "../../figures/types.js";
import { NO_LINEAGE } from "../lineage-tree.js";
import { SELECTED } from "../../figures/palette.js";
import type { LineageScaleLayout } from "./layout.js";
import { BEND_DEGREES, INFERRED_DASH } from "./arcs.js";
import { legendMark } from "../svg-legend.js";
import { typesetWidth } from "../../figures/presets.js";

/** The band above the plot where models of undisclosed size sit: a light shading (the key names its ×). */
export const bandMarks = (layout: LineageScaleLayout) => [
  Plot.rect([0], {
    x1: layout.x0,
    x2: layout.x1,
    y1: layout.bandArea.y1,
    y2: layout.bandArea.y2,
    fill: "currentColor",
    fillOpacity: 0.06
  })
];

/**
 * The training steps: documented solid, inferred dashed, each an arc so that siblings do not read as a chain, bent to
 * the side the layout chose (one mark per evidence and side: Plot's bend is one per mark).
 */
export function linkMarks(layout: LineageScaleLayout, preset: Preset, lang: Lang) {
  const { common } = dictionaryFor(lang);
  type Link = LineageScaleLayout["links"][number];
  const kinds = (["documented", "inferred"] as const).flatMap((evidence) =>
    [1, -1].map((side) => ({ evidence, side }))
  );
  return kinds.map(({ evidence, side }) =>
    Plot.arrow(
      layout.links.filter((l) => l.evidence === evidence && l.side === side),
      {
        x1: "x1",
        y1: "y1",
        x2: "x2",
        y2: "y2",
        // Arcs: two steps out of one parent on one level no longer read as a chain through the middle model.
        bend: side * BEND_DEGREES,
        stroke: "currentColor",
        strokeOpacity: 0.7,
        strokeWidth: presetStyle(preset).strokeWidth,
        strokeDasharray: evidence === "documented" ? undefined : INFERRED_DASH,
        insetEnd: 6,
        title: (d: Link) =>
          `${d.parent_name} → ${d.child_name}${punctuation(lang).colon}${common.method[d.method]}${inParens(common.evidence[d.evidence], lang)}`
      }
    )
  );
}

/** The models: a filled dot at a disclosed size, a × in the band for an undisclosed one. */
export function nodeMark(layout: LineageScaleLayout, preset: Preset, lang: Lang) {
  const style = presetStyle(preset);
  return Plot.dot(layout.nodes, {
    x: "x",
    y: "y",
    r: style.dotRadius,
    fill: (d) => (d.parameters === null ? "var(--theme-background)" : "currentColor"),
    stroke: "currentColor",
    symbol: (d: { parameters: number | null }) => (d.parameters === null ? "times" : "circle"),
    strokeWidth: style.strokeWidth,
    title: (d) => `${d.name}${punctuation(lang).colon}${d.size}`
  });
}

/** Names where the layout placed them: one mark per text anchor (Plot's textAnchor is one per mark). */
export function nameMarks(layout: LineageScaleLayout, preset: Preset) {
  const small = presetStyle(preset).smallFontSize;
  type Label = LineageScaleLayout["bandLabels"][number];
  const sized = (["start", "end", "middle"] as const).map((anchor) =>
    Plot.text(
      layout.sizedLabels.filter((d) => d.place.textAnchor === anchor),
      { x: "labelX", y: "labelY", text: "name", textAnchor: anchor, fontSize: small, className: "halo" }
    )
  );
  // The band's names on their rows, each tied to its × by a leader.
  const band = Plot.text(layout.bandLabels, {
    x: (d: Label) => d.label.x,
    y: (d: Label) => d.label.y,
    text: "name",
    textAnchor: "start",
    fontSize: small,
    className: "halo"
  });
  const leaders = Plot.link(layout.bandLabels, {
    x1: (d: Label) => d.leader.from.x,
    y1: (d: Label) => d.leader.from.y,
    x2: (d: Label) => d.leader.to.x,
    y2: (d: Label) => d.leader.to.y,
    stroke: "currentColor",
    strokeOpacity: 0.45,
    strokeWidth: Math.max(1, presetStyle(preset).strokeWidth / 2)
  });
  // A sized model's name set a little away from its point, tied to it by a leader.
  type Sized = LineageScaleLayout["sizedLabels"][number];
  const sizedLeaders = Plot.link(
    layout.sizedLabels.filter((d) => d.leader),
    {
      x1: (d: Sized) => d.leader!.from.x,
      y1: (d: Sized) => d.leader!.from.y,
      x2: (d: Sized) => d.leader!.to.x,
      y2: (d: Sized) => d.leader!.to.y,
      stroke: "currentColor",
      strokeOpacity: 0.45,
      strokeWidth: Math.max(1, presetStyle(preset).strokeWidth / 2)
    }
  );
  return [leaders, sizedLeaders, ...sized, band];
}

/** A red ring around the selected model, if it is in the tree. */
export function selectionMark(layout: LineageScaleLayout, preset: Preset, selected: string | null) {
  const chosen = layout.nodes.filter((n) => n.id === selected);
  if (!selected || !chosen.length) return null;
  return Plot.dot(chosen, { x: "x", y: "y", r: presetStyle(preset).dotRadius + 6, stroke: SELECTED, strokeWidth: 3 });
}

/** An empty tree says so in the middle of the frame. */
export const emptyMark = (layout: LineageScaleLayout, preset: Preset, lang: Lang) =>
  layout.tree.length
    ? null
    : Plot.text([NO_LINEAGE[lang]], { frameAnchor: "middle", fontSize: presetStyle(preset).fontSize });

/** The key to the arcs' strokes, where the layout set it (a corner of the plot left free, or under the axis). */
export const keyMark = (layout: LineageScaleLayout, preset: Preset) =>
  layout.key.items.length
    ? legendMark(layout.key.items, {
        x: layout.key.x,
        y: layout.key.y,
        width: layout.key.width,
        fontSize: presetStyle(preset).smallFontSize,
        measure: typesetWidth
      })
    : null;
