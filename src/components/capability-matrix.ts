// The capability matrix: models × abilities, each cell showing its state by symbol and the stage that unlocked
// the ability by colour and abbreviation (colour is never the only cue). Cells are focusable; selecting one
// (hover, click, Enter) reports it, so the page can show the evidence.
import * as Plot from "@observablehq/plot";
import { STAGES, type CapabilityRow, type Stage } from "../contract.js";
import { glyphWidth, presetStyle, type PresetStyle } from "../figures/presets.js";
import type { Preset } from "../figures/types.js";
import { plotWidth } from "./encoding.js";
import { legendHeight, legendMark, legendRows, type LegendItem } from "./svg-legend.js";
import { accessiblePlot } from "./a11y.js";
import { markGlyphSpans } from "./dom.js";
import { STATE_SYMBOL, words, type Lang } from "./i18n.js";
import { claimIn, textIn, type Translations, inParens, punctuation, rulesFor } from "../i18n/index.js";
import { INK, SELECTED, STAGE_COLOR } from "../figures/palette.js";
import { maxOf } from "./number-extent.js";

export type MatrixCell = CapabilityRow;

export { STAGES };
export { STAGE_COLOR };
export const STAGE_COLORS = STAGES.map((s) => STAGE_COLOR[s]);

/** A stage colour mixed halfway to white: weak and regressed cells, opaque so dark text stays legible on any page. */
export function pale(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  const mix = (c: number) =>
    Math.round(c + (255 - c) * 0.55)
      .toString(16)
      .padStart(2, "0");
  return `#${mix(n >> 16)}${mix((n >> 8) & 255)}${mix(n & 255)}`;
}

export const abilityName = (
  cell: Pick<MatrixCell, "ability_name" | keyof Translations<"ability_name", string>>,
  lang: Lang
) => textIn(lang, cell, "ability_name");

/** A cell's text: its state's symbol, its stage's abbreviation, * if inferred; set close in print's narrow columns. */
export function cellText(cell: MatrixCell, lang: Lang, compact = false, symbolOnly = false): string {
  const w = words(lang);
  if (symbolOnly) return `${STATE_SYMBOL[cell.state]}${cell.inferred ? "*" : ""}`;
  const stage = cell.stage ? (w.stageShort as Record<string, string>)[cell.stage] : "";
  return `${STATE_SYMBOL[cell.state]}${compact ? "" : " "}${stage}${cell.inferred ? "*" : ""}`.trim();
}

/** The room the rotated model names take above the cells (45°: their length × sin 45°). */
const headerHeight = (cells: readonly MatrixCell[], fs: number, preset: Preset) =>
  Math.round(
    maxOf(
      cells.map((c) => c.model_name.length),
      4
    ) *
      fs *
      0.6 *
      Math.sin((tickRotation(preset) * -Math.PI) / 180) +
      fs * 1.5
  );
/** Model names slanted: 45° on pages; 30° on a slide, whose few wide columns leave room and whose height is short;
 * upright in print, whose narrow columns would make slanted names run into each other. */
const tickRotation = (preset: Preset) => (preset === "slide" ? -30 : preset === "print" ? -90 : -45);
/** A row per ability: roomy on the web, tighter where the type is large (a slide) or the canvas small (compact). */
const rowHeight = (preset: Preset, compact: boolean) =>
  presetStyle(preset).fontSize * (preset === "slide" ? 1.35 : compact ? 1.5 : 2.3);
/** The size a cell's text is set at: the body size on a slide, the small size elsewhere. */
const cellFontSize = (preset: Preset) =>
  preset === "slide" ? presetStyle(preset).fontSize : presetStyle(preset).smallFontSize;

/** The widest cell text as drawn (a tenth under the glyph estimate, which is an upper bound for Latin). */
const widestCellText = (cells: readonly MatrixCell[], preset: Preset, lang: Lang) =>
  0.9 * maxOf(cells.map((c) => glyphWidth(cellText(c, lang, preset === "print"), cellFontSize(preset))));

/** Room to the right for the last columns' slanted names, which lean past the plot's right edge. */
function rightRoom(models: readonly string[], column: number, preset: Preset): number {
  const fs = presetStyle(preset).fontSize;
  const lean = Math.cos((tickRotation(preset) * Math.PI) / 180);
  // 0.7 em a glyph: model names are mostly capitals and digits, wider than the 0.6 em of average text.
  const past = models.map((name, i) => name.length * fs * 0.7 * lean + fs * 0.3 - (models.length - i - 0.5) * column);
  // At least Plot's default 20 px.
  return Math.ceil(Math.max(20, maxOf(past)));
}

/**
 * The matrix's geometry at a width. Where a fixed canvas (a slide, a download) leaves columns too narrow for a cell's
 * "● RLHF*", the matrix goes compact: cells carry only their state's symbol (and * if inferred), the stage is told
 * by the fill and the key; the ability names keep one line at their full width, and the columns keep room for the
 * symbols (the download scales the whole down to its canvas, type staying legible, rather than cells colliding).
 */
function matrixGeometry(cells: readonly MatrixCell[], width: number, preset: Preset, lang: Lang) {
  const style = presetStyle(preset);
  const fs = style.fontSize;
  const models = [
    ...new Map(
      [...cells].sort((a, b) => a.model_date.localeCompare(b.model_date)).map((c) => [c.model, c.model_name])
    ).entries()
  ];
  const longest = maxOf(cells.map((c) => abilityName(c, lang).length));
  const needed = 16 + longest * fs * (rulesFor(lang).wideGlyphs ? 1.05 : 0.58);
  // A slide's rows are too short for two lines: its names may take 45% of the width before they wrap.
  const capped = Math.min(width * (preset === "slide" ? 0.45 : 0.4), needed);
  const names = models.map(([, name]) => name);
  const minColumn = preset === "print" ? 41 : 60;
  const band = (left: number) => ((width - left - rightRoom(names, minColumn, preset)) / models.length) * 0.94;
  const compact = (preset === "slide" || preset === "download") && widestCellText(cells, preset, lang) > band(capped);
  const marginLeft = compact ? Math.round(needed) : capped;
  const column = compact ? Math.max(2.4 * cellFontSize(preset), 40) : minColumn;
  const legendItems = matrixLegendItems(lang, compact);
  const legendLines = legendRows(
    legendItems,
    width - 2 * legendInset(preset),
    style.smallFontSize,
    rulesFor(lang).wideGlyphs
  ).length;
  const marginRight = rightRoom(names, Math.max(column, (width - marginLeft) / models.length), preset);
  return {
    models,
    compact,
    marginLeft,
    marginRight,
    column,
    // Ability names longer than their margin wrap onto two lines (in ems, as Plot's lineWidth counts), never
    // running off the left edge; rows are then tall enough for two lines.
    wraps: needed > marginLeft,
    legendItems,
    marginTop: headerHeight(cells, fs, preset),
    marginBottom: Math.round(10 + legendHeight(legendLines, style.smallFontSize)),
    rows: new Set(cells.map((c) => c.ability)).size * rowHeight(preset, compact)
  };
}

/**
 * The legend's inset from the drawing's left edge: 28 px on a slide and in a download, so that a drawing scaled down
 * to its canvas (a square card by 0.6, an A4 column by 0.46) keeps the legend 12 px or more in from the edge, as its
 * title, not 4 to 6 px. The page's and the print's figure, never scaled, keep 8 px.
 */
const legendInset = (preset: Preset) => (preset === "slide" || preset === "download" ? 28 : 8);

export function matrixHeight(
  cells: readonly MatrixCell[],
  width: number,
  preset: Preset = "web",
  lang: Lang = "en"
): number {
  const g = matrixGeometry(cells, width, preset, lang);
  return Math.round(g.marginTop + g.rows + g.marginBottom);
}

/** The legend of both encodings, drawn inside the matrix's SVG. */
export function matrixLegendItems(lang: Lang, compact = false): LegendItem[] {
  const w = words(lang);
  return [
    ...(["present", "weak", "absent", "regressed"] as const).map(
      (s) =>
        ({
          label: `${STATE_SYMBOL[s]} ${w.state[s]}${s === "weak" || s === "regressed" ? inParens(w.paler, lang) : ""}`,
          swatch: { kind: "none" }
        }) as LegendItem
    ),
    ...STAGES.map(
      (s) =>
        ({
          // Compact cells carry no stage abbreviation: the key names the stage by its colour alone.
          label: compact
            ? (w.stage as Record<string, string>)[s]!
            : `${(w.stageShort as Record<string, string>)[s]} = ${(w.stage as Record<string, string>)[s]}`,
          swatch: { kind: "dot", fill: STAGE_COLOR[s], stroke: "currentColor" }
        }) as LegendItem
    ),
    { label: `* ${w.inferred}`, swatch: { kind: "none" } }
  ];
}

export interface MatrixOptions {
  width: number;
  /** A height to fill, when taller than the rows need (the report fills a page with it): the rows share the extra. */
  height?: number;
  lang?: Lang;
  preset?: Preset;
  selected?: string | null;
  onSelect?: (key: string) => void;
}

/** The matrix as plain data: its columns (models by date) and rows (abilities in the article's order), its size. */
export function matrixLayout(cells: readonly MatrixCell[], options: MatrixOptions) {
  const { width, lang = "en", preset = "web" } = options;
  const fs = presetStyle(preset).fontSize;
  const g = matrixGeometry(cells, width, preset, lang);
  const abilities = [
    ...new Map(
      [...cells].sort((a, b) => a.ability_order - b.ability_order).map((c) => [c.ability, abilityName(c, lang)])
    ).entries()
  ];
  return {
    models: g.models,
    abilities,
    compact: g.compact,
    marginLeft: g.marginLeft,
    marginRight: g.marginRight,
    // Plot estimates a line's width from average glyphs: a margin of 15% keeps a line of wide letters inside.
    labelEms: g.wraps ? ((g.marginLeft - 12) / fs) * 0.85 : Infinity,
    marginTop: g.marginTop,
    marginBottom: g.marginBottom,
    // A column per model, at least 60 px on screen; in print 41 px (a cell's "●RLHF*" at 7.5 pt) keeps the matrix
    // within the printable width: at 60 it was drawn 857 px wide, scaled down to fit, and its type fell below 6 pt.
    // (The slanted names' room on the right counts only when compact: the print width was sized without it.)
    width: plotWidth(width, g.marginLeft, g.compact ? g.marginRight : 0, g.column * g.models.length),
    height: Math.max(Math.round(g.marginTop + g.rows + g.marginBottom), Math.round(options.height ?? 0)),
    legendItems: g.legendItems
  };
}

type MatrixLayout = ReturnType<typeof matrixLayout>;

const keyOf = (c: MatrixCell) => `${c.model}|${c.ability}`;
const stateName = (cell: MatrixCell, lang: Lang) => (words(lang).state as Record<string, string>)[cell.state];
const stageName = (stage: Stage, lang: Lang) => (words(lang).stage as Record<string, string>)[stage];

/** A cell's tooltip: model, ability, state and stage; the article's claim (and its English); the source. */
export function cellTitle(d: MatrixCell, lang: Lang): string {
  const stage = d.stage ? ` (${stageName(d.stage, lang)})` : "";
  // In Chinese the article's words (or their translation); in English the article's words over their English.
  const claim = rulesFor(lang).readsTheArticle
    ? (claimIn(lang, d) ?? "")
    : `${d.article_text ? `${d.article_text}\n` : ""}${textIn(lang, d, "claim")}`;
  const source = `${words(lang).source}${punctuation(lang).colon}${d.source}`;
  return `${d.model_name} · ${abilityName(d, lang)}: ${stateName(d, lang)}${stage}\n${claim}\n${source}`;
}

/** A cell's name for a screen reader: model, ability, state and stage. */
export const cellAriaLabel = (cell: MatrixCell, lang: Lang) =>
  `${cell.model_name}, ${abilityName(cell, lang)}: ${stateName(cell, lang)}${cell.stage ? `, ${stageName(cell.stage, lang)}` : ""}`;

/** The cells, filled by the stage (paler where weak or regressed, none where absent), and their text. */
function cellMarks(cells: readonly MatrixCell[], preset: Preset, lang: Lang, symbolOnly: boolean): Plot.Markish[] {
  return [
    Plot.cell(cells, {
      x: "model",
      y: "ability",
      fill: (d) =>
        d.state === "absent" || d.stage === null
          ? "none"
          : d.state === "weak" || d.state === "regressed"
            ? `${d.stage} (pale)`
            : d.stage,
      stroke: "currentColor",
      strokeOpacity: 0.25,
      className: "matrix-cell"
    }),
    Plot.text(cells, {
      x: "model",
      y: "ability",
      text: (d) => cellText(d, lang, preset === "print", symbolOnly),
      fill: INK,
      fontSize: cellFontSize(preset),
      className: "matrix-text"
    })
  ];
}

/** Where someone can point: the evidence in a tip; and the selected cell outlined. */
function pointerMarks(cells: readonly MatrixCell[], style: PresetStyle, lang: Lang, selected: string | null) {
  return [
    !style.interactive
      ? null
      : Plot.tip(
          cells,
          Plot.pointer({ x: "model", y: "ability", title: (d: MatrixCell) => cellTitle(d, lang), lineWidth: 40 })
        ),
    selected
      ? Plot.cell(
          cells.filter((c) => keyOf(c) === selected),
          { x: "model", y: "ability", stroke: SELECTED, strokeWidth: 3, fill: "none" }
        )
      : null
  ];
}

/** Cells as buttons: the i-th rect is the i-th cell (Plot keeps data order); focus or a click selects. */
function makeCellsButtons(
  chart: SVGSVGElement,
  cells: readonly MatrixCell[],
  lang: Lang,
  onSelect?: (key: string) => void
): void {
  chart.querySelectorAll<SVGRectElement>(".matrix-cell rect").forEach((rect, i) => {
    const cell = cells[i]!;
    rect.setAttribute("tabindex", "0");
    rect.setAttribute("role", "button");
    rect.setAttribute("aria-label", cellAriaLabel(cell, lang));
    rect.dataset.key = keyOf(cell);
    const choose = () => onSelect?.(keyOf(cell));
    rect.addEventListener("click", choose);
    rect.addEventListener("focus", choose);
    rect.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        choose();
      }
    });
  });
}

function matrixPlot(cells: readonly MatrixCell[], layout: MatrixLayout, options: MatrixOptions): SVGSVGElement {
  const { lang = "en", preset = "web", selected = null } = options;
  const style = presetStyle(preset);
  const w = words(lang);
  const abilityLabel = new Map(layout.abilities);
  const modelLabel = new Map(layout.models);
  const { height, marginBottom } = layout;
  return accessiblePlot(
    Plot.plot({
      width: layout.width,
      height,
      marginLeft: layout.marginLeft,
      marginRight: layout.marginRight,
      marginTop: layout.marginTop,
      marginBottom,
      style: { fontSize: `${style.fontSize}px` },
      ariaLabel: `${w.matrixTitle}: ${layout.models.length} × ${layout.abilities.length}`,
      ariaDescription: w.matrixCaption,
      x: {
        domain: layout.models.map(([id]) => id),
        axis: "top",
        tickFormat: (id: string) => modelLabel.get(id) ?? id,
        tickRotate: tickRotation(preset),
        label: null,
        padding: preset === "print" ? 0.03 : 0.06
      },
      y: {
        domain: layout.abilities.map(([id]) => id),
        label: null,
        padding: 0.08
      },
      // "none" (an absent ability) is transparent but still a cell: every row of the table is drawn and focusable.
      color: {
        domain: [...STAGES, ...STAGES.map((s) => `${s} (pale)`), "none"],
        range: [...STAGE_COLORS, ...STAGE_COLORS.map(pale), "transparent"]
      },
      marks: [
        Plot.axisY({
          tickFormat: (id: string) => abilityLabel.get(id) ?? id,
          tickSize: 0,
          ...(Number.isFinite(layout.labelEms) ? { lineWidth: layout.labelEms } : {})
        }),
        ...cellMarks(cells, preset, lang, layout.compact),
        ...pointerMarks(cells, style, lang, selected),
        legendMark(layout.legendItems, {
          x: legendInset(preset),
          y: height - marginBottom + 4,
          width: options.width - 2 * legendInset(preset),
          fontSize: style.smallFontSize,
          cjk: rulesFor(lang).wideGlyphs
        })
      ]
    })
  ) as SVGSVGElement;
}

export function capabilityMatrix(cells: readonly MatrixCell[], options: MatrixOptions): SVGSVGElement {
  const { lang = "en", preset = "web", onSelect } = options;
  const chart = matrixPlot(cells, matrixLayout(cells, options), options);
  // Absent cells have text in the dark: on a dark page the text must follow the page colour instead.
  chart.querySelectorAll<SVGTextElement>(".matrix-text text").forEach((text, i) => {
    if (cells[i]!.state !== "absent") return;
    text.setAttribute("fill", "currentColor");
    // On no background (a transparent download) the glyph is a mark, not words (src/components/figure.ts).
    text.classList.add("mark-glyph");
  });
  markGlyphSpans(chart.querySelectorAll(".svg-legend text"), Object.values(STATE_SYMBOL));
  if (presetStyle(preset).interactive) makeCellsButtons(chart, cells, lang, onSelect);
  return chart;
}
