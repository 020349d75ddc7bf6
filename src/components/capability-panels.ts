// The capability page's smaller views: the alignment tax, the emergence thresholds, and the article's summary
// of where each ability came from.
import * as Plot from "@observablehq/plot";
import type { AbilityRow, CapabilityRow, EmergenceRow } from "../contract.js";
import { presetStyle, textWidth, type PresetStyle } from "../figures/presets.js";
import type { Lang, Preset } from "../figures/types.js";
import { accessiblePlot } from "./a11y.js";
import { abilityName, STAGE_COLOR } from "./capability-matrix.js";
import { formatCount, plotWidth } from "./encoding.js";
import { TAX_COLORS, THRESHOLD_COLOR } from "../figures/palette.js";
import { claimIn, dictionaryFor, textIn, rulesFor } from "../i18n/index.js";
import { tableWithHeader } from "./html-table.js";
import { h } from "./dom.js";
import { STATE_SYMBOL, words } from "./i18n.js";
import { placeLabels } from "./label-layout.js";
import { minOf, maxOf } from "./number-extent.js";

export const STATE_LEVELS = ["absent", "regressed", "weak", "present"] as const;
const TAX_COLOR = TAX_COLORS;

/** The alignment tax's selection: the models along the line (in order) and the abilities followed (a colour each). */
export interface TaxSelection {
  models: readonly string[];
  abilities: readonly string[];
}

export const taxRows = (cells: readonly CapabilityRow[], { models, abilities }: TaxSelection) =>
  cells.filter((c) => models.includes(c.model) && abilities.includes(c.ability));

export const alignmentTaxHeight = (width: number, preset: Preset = "web") =>
  Math.round(presetStyle(preset).fontSize * (preset === "slide" ? 22 : 27));

/** The four states' levels, with room above and below for the dots. */
const TAX_LEVEL_DOMAIN = [-0.4, 3.4];

export interface TaxOptions extends TaxSelection {
  width: number;
  lang?: Lang;
  preset?: Preset;
  height?: number;
}

/** The alignment tax as plain data: its rows with their levels, the models drawn, the margins, the end labels. */
export function taxLayout(cells: readonly CapabilityRow[], options: TaxOptions) {
  const { width, lang = "en", preset = "web", height } = options;
  const w = words(lang);
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
  const h = Math.round(height ?? alignmentTaxHeight(width, preset));
  const last = rows.filter((r) => r.model === models.at(-1));
  // End labels to the right of the last model, each clear of the others.
  const longestName = maxOf(
    last.map((r) => textWidth(r.name.length, style.smallFontSize, cjk)),
    0
  );
  const marginRight = Math.round(Math.min(width * 0.35, longestName + 30));
  const marginLeft = Math.round(
    maxOf(STATE_LEVELS.map((s) => textWidth(`${STATE_SYMBOL[s]} ${w.state[s]}`.length, fs, cjk))) + fs * 2.5
  );
  // Model names are long: the x axis takes two lines of them when they do not fit one.
  const marginBottom = Math.round(fs * 3.6);
  const marginTop = Math.round(fs);
  const y = Plot.scale({ y: { domain: TAX_LEVEL_DOMAIN, range: [h - marginBottom, marginTop] } });
  const right = plotWidth(width, marginLeft, marginRight) - marginRight;
  const ends = placeLabels(
    last.map((r) => ({
      x: right,
      y: y.apply(r.level) as number,
      width: textWidth(r.name.length, style.smallFontSize, cjk),
      height: style.smallFontSize * 1.2,
      priority: 0
    })),
    { x0: right, x1: width, y0: 0, y1: h },
    { gap: 12, anchors: ["right", "above-right", "below-right"] }
  );
  const endLabels = last.flatMap((r, i) => (ends[i] ? [{ ...r, dy: ends[i]!.dy }] : []));
  const modelLabel = (id: string) => (modelName.get(id) ?? id).replace(/^(text|code)-/, "$1-\n");
  return { rows, models, modelLabel, endLabels, height: h, marginLeft, marginRight, marginBottom, marginTop };
}

type TaxLayout = ReturnType<typeof taxLayout>;

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

/** Each ability's name at the end of its line, in its colour. */
function taxEndLabels(layout: TaxLayout, style: PresetStyle, abilities: readonly string[]): Plot.Markish[] {
  return abilities.map((ability, i) =>
    Plot.text(
      layout.endLabels.filter((r) => r.ability === ability),
      {
        x: "model",
        y: "level",
        text: "name",
        dx: 14,
        dy: layout.endLabels.find((r) => r.ability === ability)?.dy ?? 0,
        textAnchor: "start",
        fill: TAX_COLOR[i],
        fontWeight: 600,
        fontSize: style.smallFontSize,
        className: "halo"
      }
    )
  );
}

export function alignmentTaxChart(cells: readonly CapabilityRow[], options: TaxOptions): SVGSVGElement {
  const { width, lang = "en", preset = "web" } = options;
  const w = words(lang);
  const style = presetStyle(preset);
  const layout = taxLayout(cells, options);
  return accessiblePlot(
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
      x: { domain: layout.models, tickFormat: layout.modelLabel, label: null, padding: 0.3 },
      y: {
        domain: TAX_LEVEL_DOMAIN,
        ticks: [0, 1, 2, 3],
        tickFormat: (i: number) => `${STATE_SYMBOL[STATE_LEVELS[i]!]} ${w.state[STATE_LEVELS[i]!]}`,
        label: null,
        grid: true
      },
      color: { domain: [...options.abilities], range: TAX_COLOR },
      symbol: { domain: [...options.abilities], range: ["circle", "square", "triangle"] },
      marks: [...taxLineMarks(layout, style, lang), ...taxEndLabels(layout, style, options.abilities)]
    })
  ) as SVGSVGElement;
}

export const emergenceRowsDrawn = (rows: readonly EmergenceRow[]) =>
  rows
    .filter((r) => r.threshold_parameters !== null)
    .sort((a, b) => a.threshold_parameters! - b.threshold_parameters! || a.order - b.order);

export const emergencePanelHeight = (rows: readonly EmergenceRow[], preset: Preset = "web") =>
  Math.round(presetStyle(preset).fontSize * 5 + emergenceRowsDrawn(rows).length * presetStyle(preset).fontSize * 1.75);

export function emergencePanel(
  rows: readonly EmergenceRow[],
  { width, lang = "en", preset = "web" }: { width: number; lang?: Lang; preset?: Preset }
): SVGSVGElement {
  const style = presetStyle(preset);
  const fs = style.fontSize;
  const drawn = emergenceRowsDrawn(rows);
  // Two rows can share an ability name (few-shot and augmented): the y domain is the row, the label its ability.
  const key = (r: EmergenceRow) => String(r.order);
  // Ability names take the left margin, up to half the width; a longer name is shortened, whole in its tooltip.
  const abilityOf = (r: EmergenceRow | undefined) => (r ? textIn(lang, r, "ability") : undefined);
  const cjk = rulesFor(lang).wideGlyphs;
  const marginLeft = Math.round(
    Math.min(width * 0.5, maxOf(drawn.map((r) => textWidth(abilityOf(r)!.length, fs, cjk))) + 16)
  );
  const fits = Math.floor((marginLeft - 16) / (fs * (cjk ? 1.02 : 0.6)));
  const shortName = (name: string) =>
    name.length <= fits ? name : `${name.slice(0, Math.max(1, fits - 1)).trimEnd()}…`;
  const marginRight = Math.round(fs * 7);
  const valueLabel = (d: EmergenceRow) => `${formatCount(d.threshold_parameters, lang)} ${d.family ?? ""}`.trim();
  return accessiblePlot(
    Plot.plot({
      width: plotWidth(width, marginLeft, marginRight),
      height: emergencePanelHeight(rows, preset),
      marginLeft,
      marginRight,
      marginBottom: Math.round(fs * 3.8),
      style: { fontSize: `${fs}px` },
      ariaLabel: words(lang).emergenceTitle,
      ariaDescription: words(lang).emergenceAria(
        drawn.length,
        formatCount(drawn[0]?.threshold_parameters, lang),
        formatCount(drawn.at(-1)?.threshold_parameters, lang)
      ),
      x: {
        type: "log",
        domain: [
          10 ** Math.floor(Math.log10(minOf(drawn.map((d) => d.threshold_parameters!)) / 2)),
          10 ** Math.ceil(Math.log10(maxOf(drawn.map((d) => d.threshold_parameters!)) * 2))
        ],
        label: words(lang).emergenceAxis,
        labelAnchor: "center",
        labelArrow: "none",
        labelOffset: fs * 3,
        grid: true,
        tickFormat: (v: number) => (Number.isInteger(Math.round(Math.log10(v) * 1e6) / 1e6) ? formatCount(v, lang) : "")
      },
      y: {
        domain: drawn.map(key),
        tickFormat: (k: string) => shortName(abilityOf(drawn.find((d) => key(d) === k)) ?? k),
        label: null
      },
      marks: [
        Plot.ruleY(drawn, {
          y: key,
          x1: 10 ** Math.floor(Math.log10(minOf(drawn.map((d) => d.threshold_parameters!)) / 2)),
          x2: "threshold_parameters",
          strokeOpacity: 0.2
        }),
        Plot.dot(drawn, {
          x: "threshold_parameters",
          y: key,
          r: style.dotRadius + 1.5,
          stroke: THRESHOLD_COLOR["few-shot"],
          strokeWidth: 2,
          fill: (d: EmergenceRow) =>
            d.prompting === "few-shot" ? THRESHOLD_COLOR["few-shot"] : "var(--theme-background)",
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
        })
      ]
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
