// The capability page's smaller views: the alignment tax, the emergence thresholds, and the article's summary
// of where each ability came from.
import * as Plot from "@observablehq/plot";
import type { AbilityRow, CapabilityRow, EmergenceRow } from "../contract.js";
import { glyphWidth, presetStyle, textWidth, typesetWidth, type PresetStyle } from "../figures/presets.js";
import type { Lang, Preset } from "../figures/types.js";
import { accessiblePlot } from "./a11y.js";
import { abilityName, STAGE_COLOR } from "./capability-matrix.js";
import { formatCount, plotWidth } from "./encoding.js";
import { TAX_COLORS, THRESHOLD_COLOR } from "../figures/palette.js";
import { claimIn, dictionaryFor, textIn, rulesFor } from "../i18n/index.js";
import { LANGS } from "../i18n/lang.js";
import { tableWithHeader } from "./html-table.js";
import { h, markGlyphSpans } from "./dom.js";
import { STATE_SYMBOL, words } from "./i18n.js";
import { spreadLabels } from "./label-layout.js";
import { legendHeight, legendMark, legendRows, type LegendItem } from "./svg-legend.js";
import { minOf, maxOf } from "./number-extent.js";

export const STATE_LEVELS = ["absent", "regressed", "weak", "present"] as const;
const TAX_COLOR = TAX_COLORS;
/** A symbol per ability, so colour is not the only cue. */
const TAX_SYMBOLS = ["circle", "square", "triangle"] as const;

/** The alignment tax's selection: the models along the line (in order) and the abilities followed (a colour each). */
export interface TaxSelection {
  models: readonly string[];
  abilities: readonly string[];
}

export const taxRows = (cells: readonly CapabilityRow[], { models, abilities }: TaxSelection) =>
  cells.filter((c) => models.includes(c.model) && abilities.includes(c.ability));

/** The chart's height with the models' names in one line and no legend (a wide chart): the levels' band and an axis. */
const wideTaxHeight = (preset: Preset) => Math.round(presetStyle(preset).fontSize * (preset === "slide" ? 22 : 27));

/** Under the plot: the models' names in `lines` lines, then the legend's rows where the lines are named there. */
const taxMarginBottom = (style: PresetStyle, lines: 1 | 2 | 3, legendLines: number) =>
  Math.round(style.fontSize * (1.2 * lines + 0.8) + legendHeight(legendLines, style.smallFontSize));

/**
 * The height the chart takes at `width`, in the language that needs more (a figure's height is one for both): the
 * four levels keep one spacing at any width (they are states, not a quantity a taller plot would resolve better),
 * and what a narrower chart needs under its axis (a model's name in two or three lines, the legend's rows) is added
 * to the height rather than taken from the levels, as the emergence panel grows by its rows.
 */
export const alignmentTaxHeight = (
  cells: readonly CapabilityRow[],
  selection: TaxSelection,
  width: number,
  preset: Preset = "web"
) => maxOf(LANGS.map((lang) => taxLayout(cells, { ...selection, width, lang, preset }).height));

/** The four states' levels; the plot's insets leave room above and below for the dots (below, clear of the ticks). */
const TAX_LEVEL_DOMAIN = [0, 3];
const taxInset = (style: PresetStyle) => Math.round(style.dotRadius + 2.5 + 6);
const taxInsetBottom = (style: PresetStyle) => Math.round(style.dotRadius + 2.5 + 3);
/** A state's name stands this far above its rule: its descent (a quarter em) and a pixel clear of the rule. */
const stateNameLift = (fs: number) => Math.ceil(fs * 0.25 + 1);

export interface TaxOptions extends TaxSelection {
  width: number;
  lang?: Lang;
  preset?: Preset;
  height?: number;
}

/** A model's name on the x axis, in lines: whole, "text-davinci-002" as "text-" over "davinci-002", or in three. */
const modelLines = (name: string, lines: 1 | 2 | 3) => {
  const two = name.replace(/^(text|code)-/, "$1-\n");
  return lines === 1 ? name : lines === 2 ? two : two.replace(/-(\d+)$/, "-\n$1");
};

/** The frame's left edge from the canvas's: the state names stand inside the frame, on their levels' rules. */
const TAX_MARGIN_LEFT = 16;

/** The first model's place from the frame's left edge: right of the widest state name, its dots' radius and a gap. */
function firstModelOffset(style: PresetStyle, lang: Lang) {
  const w = words(lang);
  const widestState = maxOf(
    STATE_LEVELS.map((s) =>
      textWidth(`${STATE_SYMBOL[s]} ${w.state[s]}`.length, style.fontSize, rulesFor(lang).wideGlyphs)
    )
  );
  return Math.round(widestState + style.dotRadius + 2.5 + style.fontSize * 0.5);
}

/**
 * The alignment tax as plain data: its rows with their levels, the models drawn, the margins, and how the lines are
 * named: at the end of each line, or in a legend under the axis where the models' columns would be too narrow for
 * their names beside the end names, or, on a fixed canvas, where the legend leaves the larger plot (the end names
 * take a third of a wide canvas's width, the legend a row of its height). The state names stand above their levels'
 * rules inside the frame, left of the first model (its dots the only marks there), so the rules run the canvas's
 * width rather than starting after a margin of names.
 */
export function taxLayout(cells: readonly CapabilityRow[], options: TaxOptions) {
  const { width, lang = "en", preset = "web", height } = options;
  const style = presetStyle(preset);
  const fs = style.fontSize;
  const cjk = rulesFor(lang).wideGlyphs;
  const rows = taxRows(cells, options).map((c) => ({
    ...c,
    level: STATE_LEVELS.indexOf(c.state),
    name: abilityName(c, lang)
  }));
  const modelName = new Map(rows.map((r) => [r.model, r.model_name]));
  const models = options.models.filter((m) => modelName.has(m));
  const marginLeft = TAX_MARGIN_LEFT;
  const firstModel = firstModelOffset(style, lang);
  const ends = endNames(
    rows.filter((r) => r.model === models.at(-1)),
    width,
    style,
    cjk
  );
  // The models' step: the first at `firstModel`, the last 0.3 of a step from the frame's right edge.
  const step = (right: number) => (width - marginLeft - right - firstModel) / Math.max(0.3, models.length - 1 + 0.3);
  // The widest line of a model's name (Latin in either language, measured glyph by glyph), whole or in two lines or
  // three, against a model's column.
  const widest = (lines: 1 | 2 | 3) =>
    maxOf(
      models.map((m) =>
        maxOf(
          modelLines(modelName.get(m) ?? m, lines)
            .split("\n")
            .map((l) => typesetWidth(l, fs))
        )
      ),
      1
    );
  const narrow = (right: number, lines: 1 | 2 | 3) => step(right) < widest(lines);
  const items = fewestRows(
    options.abilities.map((a, i) => ({
      label: rows.find((r) => r.ability === a)?.name ?? a,
      swatch: { kind: "dot", fill: TAX_COLOR[i]!, symbol: TAX_SYMBOLS[i] }
    })),
    width - 32,
    style.smallFontSize
  );
  // Above the top level's rule: its state name (an em's ascent over its lift), or the dots' inset and a little more.
  const marginTop = Math.max(Math.round(fs * 0.3), Math.ceil(fs * 0.95 + stateNameLift(fs) - taxInset(style)));
  const naming = (legend: boolean) => {
    const marginRight = legend ? Math.round(fs * 1.5) : ends.room;
    const modelLineCount: 1 | 2 | 3 = ([1, 2] as const).find((n) => !narrow(marginRight, n)) ?? 3;
    const legendLines = legend ? legendRows(items, width - 32, style.smallFontSize, cjk, typesetWidth).length : 0;
    const marginBottom = taxMarginBottom(style, modelLineCount, legendLines);
    // A given height is filled; else the wide chart's, and what this width needs under the axis beyond its one line.
    const h = Math.round(height ?? wideTaxHeight(preset) + marginBottom - taxMarginBottom(style, 1, 0));
    const plot = (width - marginLeft - marginRight) * (h - marginTop - marginBottom);
    return { legend, marginRight, modelLineCount, legendLines, marginBottom, plot, h };
  };
  const [atEnds, underAxis] = [naming(false), naming(true)];
  const { legend, marginRight, modelLineCount, legendLines, marginBottom, h } =
    narrow(ends.room, 2) || (height !== undefined && underAxis.plot > atEnds.plot) ? underAxis : atEnds;
  const xRange: [number, number] = [marginLeft + firstModel, Math.round(width - marginRight - 0.3 * step(marginRight))];
  const y = Plot.scale({
    y: { domain: TAX_LEVEL_DOMAIN, range: [h - marginBottom - taxInsetBottom(style), marginTop + taxInset(style)] }
  });
  // The end names keep their lines' order and stand apart by the tallest name.
  const spread = spreadLabels(
    ends.labels.map((r) => y.apply(r.level) as number),
    style.smallFontSize *
      1.2 *
      maxOf(
        ends.labels.map((r) => r.lines.length),
        1
      ) +
      4,
    marginTop,
    h - marginBottom
  );
  const endLabels = legend
    ? []
    : ends.labels.map((r, i) => ({ ...r, name: r.lines.join("\n"), dy: spread[i]! - (y.apply(r.level) as number) }));
  const modelLabel = (id: string) => modelLines(modelName.get(id) ?? id, modelLineCount);
  const legendBox = legend ? { items, y: h - legendHeight(legendLines, style.smallFontSize) } : null;
  return {
    rows,
    models,
    modelLabel,
    endLabels,
    legendBox,
    xRange,
    height: h,
    marginLeft,
    marginRight,
    marginBottom,
    marginTop
  };
}

/** Orders of a few items, each once (the given order first). */
const orders = <T>(items: readonly T[]): T[][] =>
  items.length <= 1
    ? [[...items]]
    : items.flatMap((item, i) => orders([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));

/**
 * The legend's items in the order that needs the fewest rows at `width` (a short name beside another rather than a
 * row each), the abilities' own order where it is as good. More than five items keep their order.
 */
function fewestRows(items: LegendItem[], width: number, fontSize: number): LegendItem[] {
  const rowsOf = (order: LegendItem[]) => legendRows(order, width, fontSize, false, typesetWidth).length;
  const candidates = items.length > 5 ? [items] : orders(items);
  return candidates.reduce((best, order) => (rowsOf(order) < rowsOf(best) ? order : best));
}

/** The names at the lines' ends, wrapped to at most 30% of the width, and the right margin that holds them. */
function endNames<T extends { name: string }>(last: T[], width: number, style: PresetStyle, cjk: boolean) {
  const longest = maxOf(
    last.map((r) => textWidth(r.name.length, style.smallFontSize, cjk)),
    0
  );
  const labels = last.map((r) => ({
    ...r,
    lines: wrapName(r.name, Math.min(width * 0.3, longest), style.smallFontSize)
  }));
  // The margin holds the widest line as wrapped (a name's width by its length alone is an upper estimate: it kept a
  // third of the width for lines a fifth wide).
  const widest = maxOf(
    labels.flatMap((l) => l.lines.map((line) => mixedWidth(line, style.smallFontSize))),
    0
  );
  return { labels, room: Math.round(widest + style.fontSize * 1.5) };
}

type TaxLayout = ReturnType<typeof taxLayout>;

/** The levels' rules, each state's name standing on its rule at the frame's left edge, clear of the rule below it. */
function taxLevelMarks(lang: Lang, fs: number): Plot.Markish[] {
  const w = words(lang);
  const ticks = [0, 1, 2, 3];
  return [
    Plot.gridY({ ticks }),
    Plot.axisY({
      ticks,
      tickFormat: (i: number) => `${STATE_SYMBOL[STATE_LEVELS[i]!]} ${w.state[STATE_LEVELS[i]!]}`,
      tickSize: 0,
      tickPadding: 0,
      textAnchor: "start",
      lineAnchor: "bottom",
      dy: -stateNameLift(fs),
      label: null
    })
  ];
}

/** A line and a dot per ability (a symbol each, so colour is not the only cue), the evidence in its tooltip. */
function taxLineMarks(layout: TaxLayout, style: PresetStyle, lang: Lang): Plot.Markish[] {
  return [
    Plot.line(layout.rows, {
      x: "model",
      y: "level",
      z: "ability",
      stroke: "ability",
      strokeWidth: style.strokeWidth + 1.5
    }),
    Plot.dot(layout.rows, {
      x: "model",
      y: "level",
      fill: "ability",
      r: style.dotRadius + 2.5,
      symbol: "ability",
      ...(style.interactive
        ? {
            tip: true,
            channels: {
              [words(lang).evidence]: (d: CapabilityRow) => claimIn(lang, d)
            }
          }
        : {})
    })
  ];
}

/** Each ability's name at the end of its line, in its colour; or, on a narrow canvas, the legend under the axis. */
function taxNames(layout: TaxLayout, style: PresetStyle, abilities: readonly string[], width: number, cjk: boolean) {
  if (layout.legendBox)
    return [
      legendMark(layout.legendBox.items, {
        x: 16,
        y: layout.legendBox.y,
        width: width - 32,
        fontSize: style.smallFontSize,
        cjk,
        measure: typesetWidth
      })
    ];
  return layout.endLabels.map((r) =>
    Plot.text([r], {
      x: "model",
      y: "level",
      text: "name",
      dx: 14,
      dy: r.dy,
      textAnchor: "start",
      fill: TAX_COLOR[abilities.indexOf(r.ability)],
      fontWeight: 600,
      fontSize: style.smallFontSize,
      lineHeight: 1.2,
      className: "halo"
    })
  );
}

export function alignmentTaxChart(cells: readonly CapabilityRow[], options: TaxOptions): SVGSVGElement {
  const { width, lang = "en", preset = "web" } = options;
  const w = words(lang);
  const style = presetStyle(preset);
  const layout = taxLayout(cells, options);
  const chart = accessiblePlot(
    Plot.plot({
      width: plotWidth(width, layout.marginLeft, layout.marginRight),
      height: layout.height,
      marginLeft: layout.marginLeft,
      marginRight: layout.marginRight,
      marginBottom: layout.marginBottom,
      marginTop: layout.marginTop,
      style: { fontSize: `${style.fontSize}px` },
      ariaLabel: w.taxTitle,
      ariaDescription: w.taxCaption,
      x: { domain: layout.models, tickFormat: layout.modelLabel, label: null, range: layout.xRange, padding: 0 },
      y: { domain: TAX_LEVEL_DOMAIN, insetTop: taxInset(style), insetBottom: taxInsetBottom(style) },
      color: { domain: [...options.abilities], range: TAX_COLOR },
      symbol: { domain: [...options.abilities], range: [...TAX_SYMBOLS] },
      marks: [
        ...taxLevelMarks(lang, style.fontSize),
        ...taxLineMarks(layout, style, lang),
        ...taxNames(layout, style, options.abilities, width, rulesFor(lang).wideGlyphs)
      ]
    })
  ) as SVGSVGElement;
  markGlyphSpans(chart.querySelectorAll('g[aria-label="y-axis tick label"] text'), Object.values(STATE_SYMBOL));
  return chart;
}

export const emergenceRowsDrawn = (rows: readonly EmergenceRow[]) =>
  rows
    .filter((r) => r.threshold_parameters !== null)
    .sort((a, b) => a.threshold_parameters! - b.threshold_parameters! || a.order - b.order);

/** A text's width at `fs` px: wide glyphs (Chinese) take a full em, others the presets' Latin estimate. */
export const mixedWidth = glyphWidth;

/** A name in lines at most `room` px wide at `fs` px: broken at spaces (Latin) or anywhere (Chinese), never cut. */
export function wrapName(name: string, room: number, fs: number): string[] {
  if (mixedWidth(name, fs) <= room) return [name];
  const cjk = /[\u3000-\u9fff\uff00-\uffef]/u.test(name);
  const pieces = cjk ? [...name] : name.split(" ");
  const lines: string[] = [];
  let line = "";
  for (const piece of pieces) {
    const next = line ? (cjk ? line + piece : `${line} ${piece}`) : piece;
    if (line && mixedWidth(next, fs) > room) {
      lines.push(line);
      line = piece;
    } else line = next;
  }
  return [...lines, line];
}

/** The ability names take at most this share of the width beside the rows; longer names go above their rows. */
const EMERGENCE_NAME_SHARE = 0.45;

/** The x domain: whole decades around the thresholds, the top one at least twice the largest (room for its label). */
function emergenceDomain(drawn: readonly EmergenceRow[]): [number, number] {
  const values = drawn.map((d) => d.threshold_parameters!);
  return [10 ** Math.floor(Math.log10(minOf(values) / 2)), 10 ** Math.ceil(Math.log10(maxOf(values) * 2))];
}

/** A threshold's label beside its dot: the value and the family. */
const emergenceValueLabel = (d: EmergenceRow, lang: Lang) =>
  `${formatCount(d.threshold_parameters, lang)} ${d.family ?? ""}`.trim();

/**
 * The right margin: what the value labels right of the dots need beyond the plot's end, and at least half the last
 * tick's label. A label at a fraction f of the plot, w wide with its gap, ends within the margin when
 * f × (width − left − right) + w ≤ width − left, so right ≥ (w − (1 − f) × (width − left)) / f.
 */
function emergenceRight(drawn: readonly EmergenceRow[], left: number, width: number, preset: Preset, lang: Lang) {
  const { fontSize, smallFontSize } = presetStyle(preset);
  const domain = emergenceDomain(drawn);
  const [lo, hi] = domain.map(Math.log10) as [number, number];
  const needs = drawn.map((d) => {
    const f = (Math.log10(d.threshold_parameters!) - lo) / (hi - lo);
    const w = 12 + mixedWidth(emergenceValueLabel(d, lang), smallFontSize) + 4;
    return (w - (1 - f) * (width - left)) / f;
  });
  return Math.round(maxOf(needs, Math.max(fontSize, mixedWidth(formatCount(domain[1], lang), fontSize) / 2 + 6)));
}

/** The key to the dots' fill (few-shot filled, augmented hollow), for the kinds of prompting drawn. */
function promptingKey(drawn: readonly EmergenceRow[], lang: Lang): LegendItem[] {
  const kinds = (["few-shot", "augmented"] as const).filter((kind) => drawn.some((d) => d.prompting === kind));
  return kinds.map((kind) => ({
    label: dictionaryFor(lang).common.prompting[kind],
    swatch: {
      kind: "dot",
      stroke: THRESHOLD_COLOR["few-shot"],
      fill: kind === "few-shot" ? THRESHOLD_COLOR["few-shot"] : "var(--theme-background)"
    }
  }));
}

/** The key's height under the axis: as many rows as the longer language needs. */
const promptingKeyHeight = (drawn: readonly EmergenceRow[], width: number, fs: number) =>
  legendHeight(
    maxOf(
      LANGS.map((lang) => legendRows(promptingKey(drawn, lang), width - fs * 2, fs).length),
      0
    ),
    fs
  );

/**
 * The emergence panel as plain data. Its ability names stand beside the rows or each above its own row (the plot
 * then has the whole width, and no name is cut or wrapped on a narrow canvas). Given a height to fill (a download's
 * canvas, a printed page; not a slide), the way that leaves the larger plot once the drawing is scaled to that height;
 * else beside when the longest name takes under EMERGENCE_NAME_SHARE of the width in both languages. The pitch and the mode hold for
 * both languages: the height is reserved before the language is known.
 */
export function emergenceLayout(rows: readonly EmergenceRow[], width: number, preset: Preset = "web", height?: number) {
  const fs = presetStyle(preset).fontSize;
  const drawn = emergenceRowsDrawn(rows);
  // What is not rows: the axis and its title, the margins, and the key to the dots.
  const key = promptingKeyHeight(drawn, width, fs);
  const reserve = fs * 5 + key;
  const namesIn = (lang: Lang) => drawn.map((r) => textIn(lang, r, "ability"));
  const longest = maxOf(
    LANGS.flatMap((lang) => namesIn(lang).map((n) => mixedWidth(n, fs))),
    0
  );
  const lay = (lang: Lang, above: boolean) => {
    const names = namesIn(lang);
    // Above the rows, the margin holds half the first tick's label (centred on the plot's edge).
    const marginLeft = Math.round(
      above
        ? Math.max(fs, mixedWidth(formatCount(emergenceDomain(drawn)[0], lang), fs) / 2 + 6)
        : maxOf(
            names.map((n) => mixedWidth(n, fs)),
            0
          ) + 16
    );
    const marginRight = emergenceRight(drawn, marginLeft, width, preset, lang);
    return { marginLeft, marginRight, names: names.map((n) => (above ? wrapName(n, width - fs * 2, fs) : [n])) };
  };
  const mode = (above: boolean) => {
    const both = { en: lay("en", above), zh: lay("zh", above) };
    const lines = maxOf(
      [...both.en.names, ...both.zh.names].map((n) => n.length),
      1
    );
    const pitch = above ? fs * (1.6 + 1.2 * lines) : fs * 1.75;
    const natural = reserve + drawn.length * pitch;
    // The plot's area once the drawing is scaled to the height (a drawing taller than its room is scaled down).
    const plot = (h: number) => {
      const scale = Math.min(1, h / natural);
      const narrowest = minOf(LANGS.map((l) => width - both[l].marginLeft - both[l].marginRight));
      return narrowest * (Math.max(natural, h) - reserve) * scale ** 2;
    };
    return { drawn, fs, key, reserve, both, above, inside: false as const, pitch, plot };
  };
  const [beside, above] = [mode(false), mode(true)];
  // A slide keeps its type at the talk's legible size (1/40 of the slide): it is never chosen to be scaled down. On a
  // slide's fixed canvas its names stand inside the plot, on their rows, where each fits (16:9; not 4:3, where a name
  // right of its value would take more than a third of the width).
  // On a page, and in its "as shown" download, so too: beside the rows the names took half the width.
  const insideWanted = preset === "slide" ? height !== undefined : preset !== "print" && height === undefined;
  const inside = insideWanted ? namesInside(beside, width, preset) : null;
  if (inside) return inside;
  // On paper a drawing is not scaled to its room (its type would fall under 7.5 pt): the width's rule, whatever the
  // height (at 182 mm the report's grown chart chose names above, 130 px taller than its page left it).
  if (height !== undefined && preset !== "print") return above.plot(height) > beside.plot(height) ? above : beside;
  return longest + 16 > width * EMERGENCE_NAME_SHARE ? above : beside;
}

/** The gap, in em, between a name inside the plot and its row's rule or value label. */
const INSIDE_GAP = 1;

/** Where an ability's name stands inside the plot: from the plot's left edge to before its dot, or after its value. */
interface InsideName {
  side: "left" | "right";
  /** Where its row's rule starts (after a name on the left), in parameters. */
  ruleFrom: number;
}

/**
 * The names inside the plot, each on its row (a slide's fixed canvas: the rows are as far apart as beside it, and the
 * plot takes the width the names took): left of its dot where it fits between the plot's left edge and the dot, the
 * row's rule then starting after it; else right of its value label, the right margin holding it. Null where a name
 * fits neither way within a third of the width beyond the plot.
 */
function namesInside(
  layout: {
    drawn: EmergenceRow[];
    fs: number;
    key: number;
    reserve: number;
    pitch: number;
    plot: (height: number) => number;
  },
  width: number,
  preset: Preset
) {
  const { drawn, fs } = layout;
  const domain = emergenceDomain(drawn);
  const [lo, hi] = domain.map(Math.log10) as [number, number];
  const gap = fs * INSIDE_GAP;
  const inLang = (lang: Lang) => {
    const marginLeft = Math.round(Math.max(fs, mixedWidth(formatCount(domain[0], lang), fs) / 2 + 6));
    const frame = (right: number) => width - marginLeft - right;
    const fraction = (d: EmergenceRow) => (Math.log10(d.threshold_parameters!) - lo) / (hi - lo);
    const nameWidth = (d: EmergenceRow) => mixedWidth(textIn(lang, d, "ability"), fs);
    const valueRight = emergenceRight(drawn, marginLeft, width, preset, lang);
    // Left of the dot: the name, a gap and the dot's radius before the dot's centre.
    // Measured against the narrowest frame allowed (a right margin of a third), so that it fits whatever the margin.
    const fitsLeft = (d: EmergenceRow) => nameWidth(d) + gap + fs * 0.6 <= fraction(d) * frame(width / 3);
    const rightNeeds = drawn.map((d) => {
      if (fitsLeft(d)) return 0;
      const w = 12 + mixedWidth(emergenceValueLabel(d, lang), presetStyle(preset).smallFontSize) + gap + nameWidth(d);
      return (w - (1 - fraction(d)) * (width - marginLeft)) / fraction(d);
    });
    const marginRight = Math.round(maxOf([valueRight, ...rightNeeds]));
    const names: InsideName[] = drawn.map((d) => {
      if (!fitsLeft(d)) return { side: "right", ruleFrom: domain[0] };
      const px = nameWidth(d) + gap / 2;
      return { side: "left", ruleFrom: 10 ** (lo + (px / frame(marginRight)) * (hi - lo)) };
    });
    return { marginLeft, marginRight, names: drawn.map((d) => [textIn(lang, d, "ability")]), inside: names };
  };
  const both = { en: inLang("en"), zh: inLang("zh") };
  if (LANGS.some((l) => both[l].marginRight > width / 3)) return null;
  const { key, reserve, pitch, plot } = layout;
  return { drawn, fs, key, reserve, pitch, plot, both, above: false, inside: true as const };
}

export const emergencePanelHeight = (rows: readonly EmergenceRow[], preset: Preset = "web", width = 640) => {
  const { reserve, drawn, pitch } = emergenceLayout(rows, width, preset);
  return Math.round(reserve + drawn.length * pitch);
};

/** Decades on the x axis, every one when their labels fit, else every second or third. */
function decadeTicks(domain: [number, number], plotWidth: number, fs: number, lang: Lang): number[] {
  const [lo, hi] = domain.map((d) => Math.round(Math.log10(d)));
  const decades = Array.from({ length: hi! - lo! + 1 }, (_, i) => 10 ** (lo! + i));
  const label =
    maxOf(
      decades.map((d) => mixedWidth(formatCount(d, lang), fs)),
      0
    ) + fs;
  const step = Math.max(1, Math.ceil((label * decades.length) / Math.max(1, plotWidth)));
  return decades.filter((_, i) => i % step === 0);
}

type EmergenceLayout = ReturnType<typeof emergenceLayout>;

/**
 * A dot per threshold on a faint rule from the axis (or from its name, inside the plot), its value and family beside
 * it; names above rows or inside the plot if so laid.
 */
function emergenceMarks(layout: EmergenceLayout, names: string[][], least: number, lang: Lang, preset: Preset) {
  const { drawn, fs } = layout;
  const style = presetStyle(preset);
  const key = (r: EmergenceRow) => String(r.order);
  const abilityOf = (r: EmergenceRow) => textIn(lang, r, "ability");
  const valueLabel = (d: EmergenceRow) => emergenceValueLabel(d, lang);
  const inside = layout.inside ? layout.both[lang].inside : null;
  return [
    Plot.ruleY(drawn, {
      y: key,
      x1: (_d: EmergenceRow, i: number) => inside?.[i]!.ruleFrom ?? least,
      x2: "threshold_parameters",
      strokeOpacity: 0.2
    }),
    Plot.dot(drawn, {
      x: "threshold_parameters",
      y: key,
      r: style.dotRadius + 1.5,
      stroke: THRESHOLD_COLOR["few-shot"],
      strokeWidth: 2,
      fill: (d: EmergenceRow) => (d.prompting === "few-shot" ? THRESHOLD_COLOR["few-shot"] : "var(--theme-background)"),
      title: (d: EmergenceRow) =>
        `${abilityOf(d)} (${dictionaryFor(lang).common.prompting[d.prompting]}): ${formatCount(d.threshold_parameters, lang)} ${d.family ?? ""}. ${d.reference ?? ""}`
    }),
    Plot.text(drawn, {
      x: "threshold_parameters",
      y: key,
      text: valueLabel,
      dx: 12,
      textAnchor: "start",
      fontSize: style.smallFontSize,
      className: "halo"
    }),
    ...(inside ? insideNameMarks(drawn, inside, { lang, least, fs, small: style.smallFontSize }) : []),
    ...(layout.above
      ? [
          Plot.text(drawn, {
            x: least,
            y: key,
            text: (_d: EmergenceRow, i: number) => names[i]!.join("\n"),
            dy: -fs * 0.8,
            lineAnchor: "bottom",
            textAnchor: "start",
            lineHeight: 1.2,
            fontSize: fs
          })
        ]
      : [])
  ];
}

/** The names inside the plot: from its left edge, or after the value label (its estimated width and a gap). */
function insideNameMarks(
  drawn: readonly EmergenceRow[],
  inside: readonly InsideName[],
  { lang, least, fs, small }: { lang: Lang; least: number; fs: number; small: number }
) {
  const key = (r: EmergenceRow) => String(r.order);
  const text = (r: EmergenceRow) => textIn(lang, r, "ability");
  const on = (side: InsideName["side"]) => drawn.filter((_d, i) => inside[i]!.side === side);
  return [
    Plot.text(on("left"), { x: least, y: key, text, textAnchor: "start", fontSize: fs, className: "halo" }),
    ...on("right").map((d) =>
      Plot.text([d], {
        x: "threshold_parameters",
        y: key,
        text,
        dx: 12 + mixedWidth(emergenceValueLabel(d, lang), small) + fs * INSIDE_GAP,
        textAnchor: "start",
        fontSize: fs,
        className: "halo"
      })
    )
  ];
}

export function emergencePanel(
  rows: readonly EmergenceRow[],
  { width, lang = "en", preset = "web", height }: { width: number; lang?: Lang; preset?: Preset; height?: number }
): SVGSVGElement {
  const layout = emergenceLayout(rows, width, preset, height);
  const { drawn, fs } = layout;
  const { marginLeft, marginRight, names } = layout.both[lang];
  // Two rows can share an ability name (few-shot and augmented): the y domain is the row, the label its ability.
  const key = (r: EmergenceRow) => String(r.order);
  const nameOf = new Map(drawn.map((r, i) => [key(r), names[i]!.join("\n")]));
  const domain = emergenceDomain(drawn);
  const least = domain[0];
  const plotW = plotWidth(width, marginLeft, marginRight);
  // A fixed canvas's room when it is taller than the rows need (the rows spread to fill it).
  const chartHeight = Math.max(Math.round(layout.reserve + drawn.length * layout.pitch), Math.round(height ?? 0));
  const promptingLegend = legendMark(promptingKey(drawn, lang), {
    x: fs,
    y: chartHeight - layout.key,
    width: width - fs * 2,
    fontSize: fs,
    cjk: rulesFor(lang).wideGlyphs
  });
  return accessiblePlot(
    Plot.plot({
      width: plotW,
      height: chartHeight,
      marginLeft,
      marginRight,
      marginBottom: Math.round(fs * 3.8 + layout.key),
      style: { fontSize: `${fs}px` },
      ariaLabel: words(lang).emergenceTitle,
      ariaDescription: words(lang).emergenceAria(
        drawn.length,
        formatCount(drawn[0]?.threshold_parameters, lang),
        formatCount(drawn.at(-1)?.threshold_parameters, lang)
      ),
      x: {
        type: "log",
        domain,
        label: words(lang).emergenceAxis,
        labelAnchor: "center",
        labelArrow: "none",
        labelOffset: fs * 3,
        grid: true,
        ticks: decadeTicks(domain, plotW - marginLeft - marginRight, fs, lang),
        tickFormat: (v: number) => formatCount(v, lang)
      },
      y:
        layout.above || layout.inside
          ? {
              domain: drawn.map(key),
              axis: null,
              insetTop: layout.above
                ? fs *
                  1.2 *
                  maxOf(
                    names.map((n) => n.length),
                    1
                  )
                : 0
            }
          : { domain: drawn.map(key), tickFormat: (k: string) => nameOf.get(k) ?? k, label: null },
      marks: [...emergenceMarks(layout, names, least, lang, preset), promptingLegend]
    })
  ) as SVGSVGElement;
}

export function originTable(abilities: readonly AbilityRow[], lang: Lang): HTMLTableElement {
  const w = words(lang);
  const { table, body } = tableWithHeader(["#", w.ability, w.origin, w.claim], "origin-table");
  for (const a of abilities) {
    const tr = body.insertRow();
    tr.insertCell().textContent = a.summary_order === null ? "" : String(a.summary_order);
    tr.insertCell().textContent = textIn(lang, a, "name");
    const stage = tr.insertCell();
    const swatch = h("span", { className: "legend-swatch" });
    swatch.style.background = STAGE_COLOR[a.origin_stage];
    stage.append(swatch, (w.stage as Record<string, string>)[a.origin_stage] ?? a.origin_stage);
    tr.insertCell().append(
      ...(a.article_text ? [h("span", { lang: "zh-Hans", textContent: a.article_text })] : []),
      ...(a.claim && !rulesFor(lang).readsTheArticle
        ? [h("div", { className: "claim-en", textContent: textIn(lang, a, "claim") ?? "" })]
        : [])
    );
  }
  return table;
}
