// The release timeline: one row per model family, grouped into lanes by branch or by organization, each model
// a mark on its release date (sizes released together share a mark), with the milestones of the story.
import { dictionaryFor, inLang, inParens, punctuation } from "../i18n/index.js";
import * as Plot from "@observablehq/plot";
import { BRANCHES, type MilestoneRow, type ReleaseRow } from "../contract.js";
import { presetStyle, textWidth } from "../figures/presets.js";
import type { Lang, Lanes, Preset } from "../figures/types.js";
import { accessiblePlot } from "./a11y.js";
import { BRANCH_COLOR, formatCount, formatDate, parseDate, plotWidth } from "./encoding.js";
import { packRows } from "./label-layout.js";
import { legendHeight, legendMark, legendRows, type LegendItem } from "./svg-legend.js";
import { minOf, maxOf } from "./number-extent.js";

/** Map.groupBy, which Node 20 lacks. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

interface TimelineRow {
  row: number;
  kind: "lane" | "family";
  text: string;
}

/** Rows by family under lane headings; or, where space is short (a slide), one row per lane. */
export function timelineRows(
  releases: readonly ReleaseRow[],
  lanes: Lanes,
  lang: Lang = "en",
  rowsBy: "family" | "lane" = "family"
) {
  const first = (rows: ReleaseRow[]) => rows.reduce((a, b) => (b.release_date < a.release_date ? b : a)).release_date;
  const laneGroups = [...groupBy(releases, (r) => r[lanes])].sort(([, a], [, b]) => first(a).localeCompare(first(b)));
  const rows: TimelineRow[] = [];
  const familyRow = new Map<string, number>();
  const laneName = (lane: string) =>
    lanes === "branch"
      ? (dictionaryFor(lang).charts.timeline.branch[
          lane as keyof ReturnType<typeof dictionaryFor>["charts"]["timeline"]["branch"]
        ] ?? lane)
      : lane;
  for (const [lane, members] of laneGroups) {
    if (rowsBy === "lane") {
      for (const r of members) familyRow.set(`${lane}|${r.family}`, rows.length);
      rows.push({ row: rows.length, kind: "family", text: laneName(lane) });
      continue;
    }
    rows.push({ row: rows.length, kind: "lane", text: laneName(lane) });
    const families = [...groupBy(members, (r) => r.family)].sort(([, a], [, b]) => first(a).localeCompare(first(b)));
    for (const [family] of families) {
      familyRow.set(`${lane}|${family}`, rows.length);
      rows.push({ row: rows.length, kind: "family", text: family });
    }
  }
  // Models of one family released on one date (the GPT-3 sizes) share a mark.
  const marks = [
    ...groupBy(releases, (r) => `${r[lanes]}|${rowsBy === "lane" ? "" : r.family}|${r.release_date}`).values()
  ].map((group) => {
    const r = group[0]!;
    return {
      id: r.id,
      ids: group.map((g) => g.id),
      row: familyRow.get(`${r[lanes]}|${r.family}`)!,
      date: parseDate(r.release_date),
      branch: r.branch,
      gpt_line: group.some((g) => g.gpt_line),
      count: group.length,
      names: group.map((g) => `${g.name}${inParens(formatCount(g.parameters, lang), lang)}`).join("\n"),
      released: formatDate(r.release_date, r.release_precision, lang)
    };
  });
  return { rows, marks };
}

const rowHeight = (preset: Preset) => presetStyle(preset).fontSize * (preset === "slide" ? 3.5 : 1.75);
const MILESTONE_LEVELS = 3;

export function timelineChartHeight(
  releases: readonly ReleaseRow[],
  lanes: Lanes,
  preset: Preset = "web",
  width = 1000,
  lang: Lang = "en"
): number {
  return layout(releases, [], lanes, preset, width, lang).height;
}

function layout(
  releases: readonly ReleaseRow[],
  milestones: readonly MilestoneRow[],
  lanes: Lanes,
  preset: Preset,
  width: number,
  lang: Lang
) {
  const style = presetStyle(preset);
  const cjk = lang === "zh";
  const { rows } = timelineRows(releases, lanes, lang, preset === "slide" ? "lane" : "family");
  const longest = maxOf(
    rows.map((r) => textWidth(r.text.length, r.kind === "lane" ? style.smallFontSize : style.fontSize, cjk))
  );
  const marginLeft = Math.round(Math.min(width * 0.4, longest + 24));
  const branches = BRANCHES.filter((b) => releases.some((r) => r.branch === b));
  const legend: LegendItem[] = [
    ...branches.map(
      (b) =>
        ({
          label: dictionaryFor(lang).charts.timeline.branch[b],
          swatch: { kind: "dot", fill: BRANCH_COLOR[b] }
        }) as LegendItem
    ),
    { label: dictionaryFor(lang).charts.timeline.gpt, swatch: { kind: "dot", fill: "none", stroke: "currentColor" } },
    { label: dictionaryFor(lang).charts.timeline.milestone, swatch: { kind: "line", stroke: "#b45309", dash: "4,3" } }
  ];
  const marginRight = Math.round(style.fontSize * 2);
  const legendWidth = plotWidth(width, marginLeft, marginRight) - marginRight - marginLeft;
  const marginBottom = Math.round(
    style.fontSize * 3.8 +
      legendHeight(legendRows(legend, legendWidth, style.smallFontSize, cjk).length, style.smallFontSize)
  );
  const marginTop = Math.round(style.smallFontSize * 1.6 * MILESTONE_LEVELS + 8);
  const height = Math.round(marginTop + rows.length * rowHeight(preset) + marginBottom);
  return { marginLeft, marginRight, marginTop, marginBottom, height, legend, legendWidth };
}

export interface TimelineOptions {
  width: number;
  lanes?: Lanes;
  selected?: string | null;
  preset?: Preset;
  lang?: Lang;
}

export function timelineChart(
  releases: readonly ReleaseRow[],
  milestoneRows: readonly MilestoneRow[],
  options: TimelineOptions
): SVGSVGElement {
  const { lanes = "branch", selected = null, preset = "web", lang = "en" } = options;
  const milestones = milestoneRows.map((m) => ({ ...m, label: inLang(lang, m.label, m.label_zh) }));
  const style = presetStyle(preset);
  const cjk = lang === "zh";
  const width = Math.round(options.width);
  const { rows, marks } = timelineRows(releases, lanes, lang, preset === "slide" ? "lane" : "family");
  const { marginLeft, marginRight, marginTop, marginBottom, height, legend, legendWidth } = layout(
    releases,
    milestones,
    lanes,
    preset,
    width,
    lang
  );
  const dates = releases.map((r) => +parseDate(r.release_date));
  // The frame is the catalog's releases: a milestone outside it is not drawn (and cannot stretch the axis).
  const x0 = new Date(minOf(dates) - 60 * 864e5);
  const x1 = new Date(maxOf(dates) + 60 * 864e5);
  const right = plotWidth(width, marginLeft, marginRight) - marginRight;
  const x = Plot.scale({ x: { type: "utc", domain: [x0, x1], range: [marginLeft, right] } });
  const inFrame = milestones.filter((m) => +parseDate(m.date) >= +x0 && +parseDate(m.date) <= +x1);
  // Milestone labels above the rows, each on the first level where it clears the others (centred on its rule).
  const labelWidth = (m: MilestoneRow) => textWidth(m.label.length, style.smallFontSize, cjk);
  const intervals = inFrame.map((m) => {
    const px = x.apply(parseDate(m.date)) as number;
    const w = labelWidth(m);
    const x0px = Math.max(marginLeft, Math.min(right - w, px - w / 2));
    return { x0: x0px, x1: x0px + w };
  });
  const levels = packRows(intervals, MILESTONE_LEVELS);
  const rowPx = rowHeight(preset);
  const yOfLevel = (level: number) => -0.5 + (style.smallFontSize * (1.1 + 1.6 * level) - marginTop) / rowPx;
  const milestoneMarks = inFrame.map((m, i) => ({
    ...m,
    x: parseDate(m.date),
    level: levels[i],
    labelX: x.invert!((intervals[i]!.x0 + intervals[i]!.x1) / 2) as Date
  }));
  const chosen = marks.find((m) => selected !== null && m.ids.includes(selected));
  return accessiblePlot(
    Plot.plot({
      width: plotWidth(width, marginLeft, marginRight),
      height,
      marginTop,
      marginLeft,
      marginRight,
      marginBottom,
      style: { fontSize: `${style.fontSize}px` },
      ariaLabel: dictionaryFor(lang).charts.timeline.aria(releases.length, lanes === "branch"),
      ariaDescription: dictionaryFor(lang).charts.timeline.ariaMilestones(
        rows.filter((r) => r.kind === "family").length,
        inFrame.map((m) => `${m.label} (${m.date})`).join(punctuation(lang).enumeration)
      ),
      x: {
        type: "utc",
        domain: [x0, x1],
        label: dictionaryFor(lang).charts.timeline.date,
        labelAnchor: "center",
        labelArrow: "none",
        labelOffset: style.fontSize * 3,
        grid: true,
        ticks: "year"
      },
      y: { axis: null, domain: [-0.5, rows.length - 0.5], range: [marginTop, height - marginBottom] },
      color: { domain: [...BRANCHES], range: BRANCHES.map((b) => BRANCH_COLOR[b]) },
      marks: [
        Plot.ruleY(
          rows.filter((r) => r.kind === "lane"),
          { y: (d) => d.row - 0.5, stroke: "currentColor", strokeOpacity: 0.25 }
        ),
        Plot.text(
          rows.filter((r) => r.kind === "lane"),
          {
            x: x0,
            y: "row",
            text: (d) => (cjk ? d.text : d.text.toUpperCase()),
            textAnchor: "end",
            dx: -10,
            fontWeight: 700,
            fontSize: style.smallFontSize
          }
        ),
        Plot.text(
          rows.filter((r) => r.kind === "family"),
          { x: x0, y: "row", text: "text", textAnchor: "end", dx: -10 }
        ),
        Plot.ruleX(milestoneMarks, {
          x: "x",
          y1: -0.5,
          y2: rows.length - 0.5,
          stroke: "#b45309",
          strokeDasharray: "4,3",
          strokeOpacity: 0.8
        }),
        Plot.text(
          milestoneMarks.filter((m) => m.level !== null),
          {
            x: "labelX",
            y: (d) => yOfLevel(d.level!),
            text: "label",
            fill: "#92400e",
            fontWeight: 600,
            fontSize: style.smallFontSize,
            className: "halo milestone-label"
          }
        ),
        Plot.dot(marks, {
          x: "date",
          y: "row",
          r: (d) => Math.min(style.dotRadius * 2, style.dotRadius + Math.sqrt(d.count) * 1.5),
          fill: "branch",
          stroke: (d) => (d.gpt_line ? "currentColor" : "none"),
          strokeWidth: style.strokeWidth,
          title: (d) => `${d.names}\n${d.released}`
        }),
        chosen
          ? Plot.dot([chosen], { x: "date", y: "row", r: style.dotRadius * 2.6, stroke: "#dc2626", strokeWidth: 3 })
          : null,
        legendMark(legend, {
          x: marginLeft,
          y: height - marginBottom + style.fontSize * 3.8,
          width: legendWidth,
          fontSize: style.smallFontSize,
          cjk
        })
      ]
    })
  ) as SVGSVGElement;
}
