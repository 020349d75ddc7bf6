// Notes, a layer of any view: a short text beside a model's point (the tokens chart's note on GPT-3's data), placed
// like the names (src/components/label-layout.ts), clear of the points and of every label, or left out (the caption
// says the same).
import * as Plot from "@observablehq/plot";
import { presetStyle, type PresetStyle } from "../../figures/presets.js";
import type { Preset } from "../../figures/types.js";
import { placeLabels, type Box, type PlacedLabel } from "../label-layout.js";
import { tagModels } from "../model-filter.js";

/** Notes are NOTE_EMS wide, wrapped; Plot's lineWidth is in ems. */
export const NOTE_EMS = 16;

export interface Annotation {
  id: string;
  text: string;
}

/**
 * Each note's place beside its model's point (`at`, in pixels), and where its text goes in data values (`invert`);
 * a note whose model is not drawn, or that fits nowhere, is left out.
 */
export function notePlaces<P extends { id: string }>(
  annotations: readonly Annotation[],
  points: readonly P[],
  pixels: {
    at: (p: P) => readonly [number, number];
    invert: (x: number, y: number) => { labelX: unknown; labelY: number };
  },
  { plotBox, obstacles, style, cjk }: { plotBox: Box; obstacles: Box[]; style: PresetStyle; cjk: boolean }
) {
  const small = style.smallFontSize;
  return annotations.flatMap((a) => {
    const point = points.find((q) => q.id === a.id);
    if (!point) return [];
    const lines = Math.ceil((a.text.length * (cjk ? 1.02 : 0.6)) / NOTE_EMS);
    const [x, y] = pixels.at(point);
    const request = { x, y, width: NOTE_EMS * small, height: lines * small * 1.2, priority: 0 };
    const [place] = placeLabels([request], plotBox, {
      gap: style.dotRadius + 6,
      obstacles,
      anchors: ["below-right", "below-left", "above-right", "above-left", "right", "left"]
    });
    return place ? [{ ...a, point, place, ...pixels.invert(x + place.dx, y + place.dy) }] : [];
  });
}

/** The notes where they were placed. */
export const noteMarks = (
  notes: readonly (Annotation & { place: PlacedLabel; labelX: unknown; labelY: number })[],
  { preset }: { preset: Preset }
) =>
  notes.map((a) =>
    Plot.text([a], {
      x: "labelX",
      y: "labelY",
      text: "text",
      textAnchor: a.place.textAnchor,
      lineAnchor: "middle",
      fontSize: presetStyle(preset).smallFontSize,
      lineWidth: NOTE_EMS,
      className: "halo",
      render: tagModels([a], (d) => d.id)
    })
  );
