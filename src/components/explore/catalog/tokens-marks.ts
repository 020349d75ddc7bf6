// The tokens chart's marks, each group from the layout (tokens/layout.ts): the Chinchilla reference, the models
// (one mark per kind), the family labels, the selection ring and the legend.
import * as Plot from "@observablehq/plot";
import type { ReleaseRow } from "../../../contract.js";
import { dictionaryFor } from "../../../i18n/index.js";
import { presetStyle } from "../../../figures/presets.js";
import type { Lang, Preset } from "../../../figures/types.js";
import { formatCount } from "../../encoding.js";
import { tagModels } from "../../model-filter.js";
import { SELECTED } from "../../../figures/palette.js";
import { isEstimate, type TokensLayout } from "./tokens-layout.js";

const byId = (d: { id: string }) => d.id;

/** One mark per kind, with constant styles: the GPT line outlined, estimates hollow diamonds. */
export function modelMarks(layout: TokensLayout, preset: Preset, lang: Lang) {
  const style = presetStyle(preset);
  const w = dictionaryFor(lang).charts.tokens;
  return [false, true].flatMap((gpt) =>
    [false, true].map((estimated) => {
      const kind = layout.points.filter((d) => d.gpt_line === gpt && isEstimate(d) === estimated);
      return Plot.dot(kind, {
        x: "parameters",
        y: "training_tokens",
        r: gpt ? style.dotRadius + 1.5 : style.dotRadius,
        fill: estimated ? "none" : "branch",
        stroke: gpt ? "currentColor" : "branch",
        strokeWidth: style.strokeWidth,
        symbol: estimated ? "diamond" : "circle",
        // The points' own <title>s: a point hidden by a filter shows no tooltip.
        title: (d: ReleaseRow) =>
          w.tooltip(
            d.name,
            formatCount(d.parameters, lang),
            formatCount(d.training_tokens, lang),
            (d.training_tokens! / d.parameters!).toFixed(1),
            d.training_tokens_source_url ?? d.training_tokens_source
          ),
        render: tagModels(kind, byId)
      });
    })
  );
}

/** The family labels where the layout placed them; Plot's textAnchor is one per mark, so one mark per anchor. */
export const familyLabelMarks = (layout: TokensLayout, preset: Preset) =>
  (["start", "end", "middle"] as const).map((anchor) => {
    const group = layout.labels.filter((d) => d.place.textAnchor === anchor);
    return Plot.text(group, {
      x: "x",
      y: "y",
      text: "family",
      textAnchor: anchor,
      fontSize: presetStyle(preset).smallFontSize,
      className: "halo",
      render: tagModels(group, byId)
    });
  });

/** A red ring around the selected model, if it is drawn. */
export function selectionMark(layout: TokensLayout, preset: Preset, selected: string | null) {
  const chosen = layout.points.find((p) => p.id === selected);
  if (!chosen) return null;
  return Plot.dot([chosen], {
    x: "parameters",
    y: "training_tokens",
    r: presetStyle(preset).dotRadius + 6,
    stroke: SELECTED,
    strokeWidth: 3,
    render: tagModels([chosen], byId)
  });
}
