// Emergent-ability thresholds (Wei et al. 2022, the emergence table), a layer of any view with parameters or training
// compute on y: a rule at each threshold's value (few-shot solid, augmented dashed: colour is not the only cue), its
// label in the right margin spread apart and linked to its rule, or on a fixed canvas a number at the rule's end keyed
// under the plot; a label too long for 40% of the width is not written (the rule, its tooltip and the key stay).
import * as Plot from "@observablehq/plot";
import type { EmergenceRow, Metric } from "../../contract.js";
import { dictionaryFor, textIn, punctuation } from "../../i18n/index.js";
import { textWidth, presetStyle, type PresetStyle } from "../../figures/presets.js";
import type { Lang, Preset } from "../../figures/types.js";
import { THRESHOLD_COLOR } from "../../figures/palette.js";
import { formatMetric } from "../encoding.js";
import { spreadLabels } from "../label-layout.js";
import type { LegendItem } from "../svg-legend.js";
import { maxOf } from "../number-extent.js";
import type { Box } from "../label-layout.js";
import type { LegendObstacles } from "./legend-place.js";
import { ruleNames } from "./threshold-names.js";

/** The thresholds drawn, on the measure's scale. */
export interface ThresholdData {
  thresholds: readonly EmergenceRow[];
  metric: Metric;
}

/** What the threshold labels need of the chart's frame. */
export interface ThresholdFrame {
  width: number;
  height: number;
  lang: Lang;
  style: PresetStyle;
  cjk: boolean;
}

export const thresholdValue = (row: EmergenceRow, metric: Metric) =>
  metric === "parameters" ? row.threshold_parameters : metric === "training_compute" ? row.threshold_flops : null;

export const thresholdLabel = (row: EmergenceRow, metric: Metric, lang: Lang = "en") =>
  `${textIn(lang, row, "ability")} · ${formatMetric(metric, thresholdValue(row, metric), lang).replace(" FLOP", "")} ${row.family ?? ""}`.trim();

/** Few-shot thresholds first, each kind in its own order: which thresholds get a label when not all can. */
const byLabelPriority = (a: EmergenceRow, b: EmergenceRow) =>
  a.prompting === b.prompting ? a.order - b.order : a.prompting === "few-shot" ? -1 : 1;

/**
 * The right margin holds the threshold labels: as wide as the longest that fits in 40% of the width. A label is never
 * cut: one longer than that is not written (its rule stays, with the whole row in its tooltip and the legend's key);
 * with none written the margin is a plain gutter. On a fixed canvas (keyed) the margin holds only a number at each
 * rule's end, and the key under the plot reads number, ability and value: the plot keeps the width.
 */
export function thresholdMargin(data: ThresholdData, frame: ThresholdFrame, keyed = false) {
  const { style, cjk, width } = frame;
  const small = style.smallFontSize;
  const full = data.thresholds.map((t) => thresholdLabel(t, data.metric, frame.lang));
  if (keyed) return thresholdKey(data, frame);
  const room = width * 0.4 - 30;
  const fits = (text: string) => textWidth(text.length, small, cjk) <= room;
  const texts = full.map((text) => (fits(text) ? text : null));
  // A rule none of whose labels fits is named by its scale and families alone ("5,400 亿 PaLM"): no rule unnamed.
  for (const { group, scale } of thresholdScales(data, frame.lang))
    if (group.every((t) => texts[data.thresholds.indexOf(t)] === null) && fits(scale))
      texts[data.thresholds.indexOf(group[0]!)] = scale;
  const longest = maxOf(
    texts.map((text) => (text === null ? 0 : textWidth(text.length, small, cjk))),
    0
  );
  const right = longest > 0 ? Math.round(longest + 30) : Math.round(style.fontSize * 1.5);
  return { right, texts, key: [] as LegendItem[], keyShort: [] as string[] };
}

/**
 * The thresholds as the rules that draw them: one group per scale (thresholds at the same scale share a rule), its
 * thresholds in priority order (few-shot first), from the highest rule down; each with its scale and families
 * ("175B GPT-3") and its abilities ("Addition (4–5 digit), MMLU (57 topics)").
 */
export function thresholdScales(data: ThresholdData, lang: Lang) {
  const { enumeration } = punctuation(lang);
  const valueOf = (t: EmergenceRow) => thresholdValue(t, data.metric)!;
  const groups = new Map<number, EmergenceRow[]>();
  for (const t of [...data.thresholds].sort(byLabelPriority))
    groups.set(valueOf(t), [...(groups.get(valueOf(t)) ?? []), t]);
  return [...groups.values()].map((group) => {
    const families = [...new Set(group.map((t) => t.family ?? ""))].join(enumeration);
    return {
      value: valueOf(group[0]!),
      group,
      scale: `${formatMetric(data.metric, valueOf(group[0]!), lang).replace(" FLOP", "")} ${families}`.trim(),
      abilities: group.map((t) => textIn(lang, t, "ability")).join(enumeration)
    };
  });
}

/**
 * The numbered key: one number per rule drawn (thresholds at the same scale share a rule, one number and one entry
 * that lists their abilities, "2 175B GPT-3: Addition (4–5 digit), MMLU (57 topics)"), every rule numbered (a rule
 * with no name says nothing), from the highest rule down so the numbers read in the key's order.
 */
function thresholdKey(data: ThresholdData, frame: ThresholdFrame) {
  const { style, lang } = frame;
  const { colon } = punctuation(lang);
  const chosen = thresholdScales(data, lang).sort((a, b) => b.value - a.value);
  // The number stands at the group's first threshold; the others share its rule.
  const texts = data.thresholds.map((t) => {
    const n = chosen.findIndex((g) => g.group[0] === t);
    return n < 0 ? null : String(n + 1);
  });
  const key = chosen.map((g, n): LegendItem => ({
    label: `${n + 1} ${g.scale}${colon}${g.abilities}`,
    swatch: { kind: "none" }
  }));
  // An entry wider than the legend's row keeps its number, scale and families (the rule is named all the same).
  const keyShort = chosen.map((g, n) => `${n + 1} ${g.scale}`);
  const right = Math.round(textWidth(String(chosen.length).length, style.smallFontSize) + 24);
  return { right, texts, key, keyShort };
}

/**
 * Each rule's name on it, inside the plot (./threshold-names.ts): its scale, families and abilities where every rule
 * has room for them ("175B GPT-3: Addition (4–5 digit), MMLU (57 topics)"), else its scale and families; null when
 * one finds no place.
 */
export function thresholdRuleNames(
  data: ThresholdData,
  frame: { py: (v: number) => number; plotBox: Box; lang: Lang; fontSize: number },
  obstacles: LegendObstacles
) {
  const { colon } = punctuation(frame.lang);
  const rules = thresholdScales(data, frame.lang)
    .sort((a, b) => b.value - a.value)
    .map((s) => ({
      ruleY: frame.py(s.value),
      names: [`${s.scale}${colon}${s.abilities}`, s.scale],
      // A name without its abilities keeps them a pointer away.
      title: s.group.map((t) => thresholdTooltip(t, frame.lang)).join("\n\n")
    }));
  return ruleNames(rules, frame.plotBox, obstacles, frame.fontSize);
}

/** A threshold's tooltip: the ability, its prompting, both thresholds, the model family and the reference. */
export function thresholdTooltip(t: EmergenceRow, lang: Lang): string {
  const w = dictionaryFor(lang).charts.growth;
  const { colon, comma, open, close, stop } = punctuation(lang);
  const differs = t.catalog_flops_differs
    ? ` ${w.catalogDiffers(t.model_name ?? "", formatMetric("training_compute", t.catalog_flops, lang))}`
    : "";
  return `${textIn(lang, t, "ability")}${open}${w.promptingName[t.prompting]}${close}${colon}${w.emerges} ${formatMetric("parameters", t.threshold_parameters, lang)}${comma}${formatMetric("training_compute", t.threshold_flops, lang)}${open}${w.weiEstimate}${close}${comma}${t.family ?? ""}${t.model_name ? `${open}${t.model_name}${close}` : ""}${stop}${t.reference ?? ""}${differs}`.trim();
}

/**
 * Threshold labels spread apart in the right margin, few-shot first; past the room (or the preset's limit) the rule
 * alone remains. labelValue is where a label sits, on the y scale; null for a rule without a label.
 */
export function thresholdPlaces(
  data: ThresholdData,
  texts: readonly (string | null)[],
  y: { py: (v: number) => number; fromPixel: (p: number) => number; top: number; bottom: number },
  frame: ThresholdFrame
) {
  const { style, lang } = frame;
  const small = style.smallFontSize;
  const room = Math.max(1, Math.floor((y.bottom - y.top) / style.labelGap));
  const labels = data.thresholds.map((row, i) => ({ row, text: texts[i] ?? null }));
  // One label per rule first (a rule's others only where room is left), each kind in its order.
  const value = (row: EmergenceRow) => thresholdValue(row, data.metric);
  const firstOfRule = (l: (typeof labels)[number]) =>
    labels.find((o) => o.text !== null && value(o.row) === value(l.row)) === l ? 0 : 1;
  const labelled = [...labels]
    .filter((l) => l.text !== null)
    .sort((a, b) => firstOfRule(a) - firstOfRule(b) || byLabelPriority(a.row, b.row))
    // Keyed numbers are not capped by the preset's count of labels: a rule whose key entry has no number is unnamed.
    .slice(0, Math.min(room, labels.some((l) => /^\d+$/.test(l.text ?? "")) ? Infinity : style.maxThresholdLabels));
  const placedY = spreadLabels(
    labelled.map((t) => y.py(thresholdValue(t.row, data.metric)!)),
    style.labelGap,
    y.top + small / 2,
    y.bottom - small / 2
  );
  return data.thresholds.map((t) => {
    const i = labelled.findIndex((l) => l.row === t);
    return {
      ...t,
      value: thresholdValue(t, data.metric)!,
      /** The rule's pixel row. */
      ruleY: y.py(thresholdValue(t, data.metric)!),
      labelValue: i >= 0 ? y.fromPixel(placedY[i]!) : null,
      label: labels.find((l) => l.row === t)!.text,
      full: thresholdTooltip(t, lang)
    };
  });
}

export type ThresholdPlace = ReturnType<typeof thresholdPlaces>[number];

/** The legend's entries for the kinds of threshold drawn. */
export function thresholdLegend(thresholds: readonly EmergenceRow[], lang: Lang): LegendItem[] {
  const w = dictionaryFor(lang).charts.growth;
  return [
    ...(thresholds.some((t) => t.prompting === "few-shot")
      ? [{ label: w.fewShot, swatch: { kind: "line", stroke: THRESHOLD_COLOR["few-shot"] } } as LegendItem]
      : []),
    ...(thresholds.some((t) => t.prompting === "augmented")
      ? [{ label: w.augmented, swatch: { kind: "line", stroke: THRESHOLD_COLOR.augmented, dash: "6,3" } } as LegendItem]
      : [])
  ];
}

/**
 * Emergent-ability thresholds (Wei et al.'s estimates): few-shot solid, augmented dashed (colour is not the only
 * cue), each label linked to its rule; on the web a pointer highlights a rule and shows its whole row.
 */
export function thresholdMarks(
  layout: {
    thresholdMarks: ThresholdPlace[];
    labelledThresholds: ThresholdPlace[];
    x1: Date | number;
    ruleNames?: readonly { text: string; labelX: number; labelY: number }[] | null;
  },
  { preset }: { preset: Preset }
) {
  const style = presetStyle(preset);
  const { thresholdMarks: rules, labelledThresholds: labelled, x1 } = layout;
  const rule = (prompting: "few-shot" | "augmented") =>
    Plot.ruleY(
      rules.filter((d) => d.prompting === prompting),
      {
        y: "value",
        stroke: THRESHOLD_COLOR[prompting],
        strokeOpacity: 0.55,
        ...(prompting === "augmented" ? { strokeDasharray: "6,3" } : {}),
        strokeWidth: style.strokeWidth,
        // What a download's measure finds as a threshold's rule, to ask that it is named.
        className: "explore-threshold-rule"
      }
    );
  return [
    rule("few-shot"),
    rule("augmented"),
    // On a fixed canvas, each rule's name on it (its baseline just above the rule, or its top just under it).
    layout.ruleNames?.length
      ? Plot.text(layout.ruleNames, {
          x: "labelX",
          y: "labelY",
          text: "text",
          title: "title",
          textAnchor: "start",
          lineAnchor: "bottom",
          fontSize: style.smallFontSize,
          fill: "currentColor",
          className: "explore-threshold-name"
        })
      : null,
    Plot.link(labelled, {
      x1,
      x2: x1,
      y1: "value",
      y2: "labelValue",
      dx: 4,
      stroke: (d: (typeof labelled)[number]) => THRESHOLD_COLOR[d.prompting],
      strokeOpacity: 0.7
    }),
    Plot.text(labelled, {
      x: x1,
      y: "labelValue",
      text: "label",
      title: "full",
      textAnchor: "start",
      dx: 8,
      fontSize: style.smallFontSize,
      fill: "currentColor"
    }),
    style.interactive ? Plot.ruleY(rules, Plot.pointerY({ y: "value", stroke: "currentColor", strokeWidth: 2 })) : null,
    style.interactive ? Plot.tip(rules, Plot.pointerY({ x: x1, y: "value", title: "full", anchor: "right" })) : null
  ];
}
