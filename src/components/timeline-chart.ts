// The release timeline: one row per model family, grouped into lanes by branch or by organization, each model
// a mark on its release date (sizes released together share a mark), with the milestones of the story.
import { dictionaryFor, textIn, inParens, punctuation, rulesFor } from "../i18n/index.js";
import * as Plot from "@observablehq/plot";
import { BRANCHES, type MilestoneRow, type ReleaseRow } from "../contract.js";
import { glyphWidth, presetStyle, typesetWidth, type PresetStyle } from "../figures/presets.js";
import type { Lang, Lanes, Preset } from "../figures/types.js";
import { accessiblePlot } from "./a11y.js";
import { BRANCH_COLOR, formatCount, formatDate, parseDate, plotWidth } from "./encoding.js";
import { packRows } from "./label-layout.js";
import { legendHeight, legendMark, legendRows, type LegendItem } from "./svg-legend.js";
import { MILESTONE_COLOR, MILESTONE_TEXT, SELECTED } from "../figures/palette.js";
import { tagModels } from "./model-filter.js";
import { maxOf, minOf } from "./number-extent.js";
import { timelinePeriodMarks } from "./timeline-period.js";

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

/** On a slide's fixed canvas each lane's name stands inside its lane, at its top left, over the lane's dots. */
const namesInLanes = (preset: Preset, compact: boolean) => compact && preset === "slide";
/** A lane's name as set: bold capitals in Latin scripts (a fifth wider than the estimate's lower case). */
const laneName = (text: string, cjk: boolean) => (cjk ? text : text.toUpperCase());
const laneNameWidth = (text: string, style: PresetStyle, cjk: boolean) =>
  glyphWidth(text, style.smallFontSize) * (cjk ? 1 : 1.2);

/**
 * A row's pitch: a slide's lanes spread for the back row; on paper 1.4 lines, so the 44 family rows and their frame
 * (810 px) fit a printed page under its heading and lede at the print preset's 11 px (8 pt), not scaled.
 */
const ROW_PITCH: Partial<Record<Preset, number>> = { slide: 3.5, print: 1.4 };
const rowHeight = (preset: Preset) => presetStyle(preset).fontSize * (ROW_PITCH[preset] ?? 1.75);
const MILESTONE_LEVELS = 3;

export function timelineChartHeight(
  releases: readonly ReleaseRow[],
  lanes: Lanes,
  preset: Preset = "web",
  width = 1000,
  lang: Lang = "en"
): number {
  return timelineMargins(releases, lanes, preset, width, lang, false).height;
}

/**
 * The margins: the longest row label on the left, the milestone levels on top, the axis and legend below. A fixed
 * canvas (compact) gives the plot what the page spends on ease: no axis title under the years, the legend across the
 * canvas's whole width, a narrow right margin; on a slide (one row per lane) the lanes' names inside their lanes,
 * so no left margin holds them (a sixth of a square card's width goes to the plot).
 */
function timelineMargins(
  releases: readonly ReleaseRow[],
  lanes: Lanes,
  preset: Preset,
  width: number,
  lang: Lang,
  compact: boolean
) {
  const style = presetStyle(preset);
  const cjk = rulesFor(lang).wideGlyphs;
  const { rows } = timelineRows(releases, lanes, lang, preset === "slide" ? "lane" : "family");
  // Lane headings are set in capitals in Latin scripts: a fifth wider than the estimate's lower case.
  const longest = maxOf(
    rows.map((r) => (r.kind === "lane" ? laneNameWidth(r.text, style, cjk) : glyphWidth(r.text, style.fontSize))),
    0
  );
  const marginRight = Math.round(style.fontSize * (compact ? 0.8 : 2));
  const marginLeft = namesInLanes(preset, compact) ? marginRight : Math.round(Math.min(width * 0.4, longest + 24));
  const branches = BRANCHES.filter((b) => releases.some((r) => r.branch === b));
  const legend: LegendItem[] = [
    ...branches.map(
      (b) =>
        ({
          label: dictionaryFor(lang).charts.timeline.branch[b],
          swatch: { kind: "dot", fill: BRANCH_COLOR[b] }
        }) as LegendItem
    ),
    ...(releases.some((r) => r.gpt_line)
      ? [
          {
            label: dictionaryFor(lang).charts.timeline.gpt,
            swatch: { kind: "dot", fill: "none", stroke: "currentColor" }
          } as LegendItem
        ]
      : []),
    {
      label: dictionaryFor(lang).charts.timeline.milestone,
      swatch: { kind: "line", stroke: MILESTONE_COLOR, dash: "4,3" }
    }
  ];
  const legendX = compact ? 16 : marginLeft;
  const legendWidth = plotWidth(width, marginLeft, marginRight) - (compact ? 32 : marginRight + marginLeft);
  // The axis: its tick labels, and under them its title, then the legend.
  const axisHeight = style.fontSize * (compact ? 2 : 3.8);
  const marginBottom = Math.round(
    axisHeight +
      legendHeight(legendRows(legend, legendWidth, style.smallFontSize, cjk, typesetWidth).length, style.smallFontSize)
  );
  const marginTop = Math.round(style.smallFontSize * 1.6 * MILESTONE_LEVELS + 8);
  const height = Math.round(marginTop + rows.length * rowHeight(preset) + marginBottom);
  return { marginLeft, marginRight, marginTop, marginBottom, height, legend, legendX, legendWidth, axisHeight };
}

export interface TimelineOptions {
  width: number;
  lanes?: Lanes;
  selected?: string | null;
  preset?: Preset;
  lang?: Lang;
  /** A fixed canvas's height: the rows spread to fill it (never below their natural pitch), the frame compact. */
  height?: number;
}

/**
 * The x frame: the releases drawn, two months either side (a filter that keeps none: the milestones'). A milestone
 * outside it is not drawn.
 */
function timeFrame(releases: readonly ReleaseRow[], milestones: readonly MilestoneRow[]): [Date, Date] {
  const dates = releases.length
    ? releases.map((r) => +parseDate(r.release_date))
    : milestones.map((m) => +parseDate(m.date));
  return [new Date(minOf(dates) - 60 * 864e5), new Date(maxOf(dates) + 60 * 864e5)];
}

/**
 * Milestones in the frame, each with its label above the rows on the first of the levels where it clears the
 * others (centred on its rule, or by an end at its rule near the frame's edge, kept inside the plot); `level` is null
 * where no level has room (the rule is drawn).
 */
export function placeMilestones(
  milestones: readonly (MilestoneRow & { label: string })[],
  frame: { x0: Date; x1: Date; left: number; right: number; fontSize: number }
) {
  const { x0, x1, left, right, fontSize } = frame;
  const x = Plot.scale({ x: { type: "utc", domain: [x0, x1], range: [left, right] } });
  const inFrame = milestones.filter((m) => +parseDate(m.date) >= +x0 && +parseDate(m.date) <= +x1);
  // Half an em kept clear at the frame's right: a label pressed against it reads as cut (GPT-4 on the talk's slide).
  const inset = fontSize / 2;
  const intervals = inFrame.map((m) => {
    const px = x.apply(parseDate(m.date)) as number;
    // Set in bold (600): measured glyph by glyph (a count of characters set "Transformer 论文" a full em a letter).
    const w = typesetWidth(m.label, fontSize, true);
    // Centred on its rule where that fits; else ending (near the right) or starting (near the left) at its rule,
    // so it stays by its own rule, then kept inside the frame.
    const centred = px - w / 2;
    const byRule =
      centred + w > right - inset ? px + fontSize * 0.3 - w : centred < left ? px - fontSize * 0.3 : centred;
    const start = Math.max(left, Math.min(right - inset - w, byRule));
    return { x0: start, x1: start + w };
  });
  const levels = packRows(intervals, MILESTONE_LEVELS);
  return inFrame.map((m, i) => ({
    ...m,
    x: parseDate(m.date),
    level: levels[i] ?? null,
    labelX: x.invert!((intervals[i]!.x0 + intervals[i]!.x1) / 2) as Date
  }));
}

/** The timeline as plain data: rows and marks, margins and height, the frame, the milestones placed. */
export function timelineLayout(
  releases: readonly ReleaseRow[],
  milestoneRows: readonly MilestoneRow[],
  options: TimelineOptions
) {
  const { lanes = "branch", selected = null, preset = "web", lang = "en" } = options;
  const style = presetStyle(preset);
  const width = Math.round(options.width);
  const { rows, marks } = timelineRows(releases, lanes, lang, preset === "slide" ? "lane" : "family");
  const compact = options.height !== undefined;
  const fullMargins = timelineMargins(releases, lanes, preset, width, lang, compact);
  const [x0, x1] = timeFrame(releases, milestoneRows);
  const milestones = placeMilestones(
    milestoneRows.map((m) => ({ ...m, label: textIn(lang, m, "label") })),
    {
      x0,
      x1,
      left: fullMargins.marginLeft,
      right: plotWidth(width, fullMargins.marginLeft, fullMargins.marginRight) - fullMargins.marginRight,
      fontSize: style.smallFontSize
    }
  );
  // A fixed canvas keeps only the milestone levels its labels use.
  const levels = compact
    ? maxOf(
        milestones.map((m) => (m.level ?? 0) + 1),
        1
      )
    : MILESTONE_LEVELS;
  // Levels a line and a third apart on a fixed canvas (the labels' halos keep them legible), else a line and 0.6.
  const levelPitch = compact ? 1.35 : 1.6;
  const margins = { ...fullMargins, marginTop: Math.round(style.smallFontSize * levelPitch * levels + 8) };
  const rowsRoom = (options.height ?? 0) - margins.marginTop - margins.marginBottom;
  const pitch = Math.max(rowHeight(preset), rowsRoom / Math.max(1, rows.length));
  // A label's level in the y scale's units: the levels stack up from the top of the frame, above row 0.
  const labelY = (level: number) =>
    -0.5 + (style.smallFontSize * (1.1 + levelPitch * level) - margins.marginTop) / pitch;
  const plotRight = plotWidth(width, margins.marginLeft, margins.marginRight);
  const lanesInside = namesInLanes(preset, compact) ? laneNames(rows, { pitch, style, lang }) : null;
  // The dots centred in what a lane's name leaves of its row.
  const dotShift = (lanesInside?.strip ?? 0) / 2;
  const placedMarks = marks.map((m) => ({ ...m, y: m.row + dotShift }));
  const x = Plot.scale({
    x: { type: "utc", domain: [x0, x1], range: [margins.marginLeft, plotRight - margins.marginRight] }
  });
  return {
    ...margins,
    compact,
    height: Math.round(margins.marginTop + rows.length * pitch + margins.marginBottom),
    width: plotRight,
    rows,
    lanesInside,
    marks: placedMarks,
    x0,
    x1,
    milestones: milestones.map((m) => ({
      ...m,
      y: m.level === null ? null : labelY(m.level),
      segments: ruleSegments(x.apply(m.x) as number, rows.length, lanesInside, margins.marginLeft)
    })),
    chosen: placedMarks.find((m) => selected !== null && m.ids.includes(selected)) ?? null
  };
}

/**
 * The lanes' names inside their lanes (a slide's fixed canvas): each at its lane's top left, in a strip of its row
 * (`strip`, in rows) above the dots, and the px it spans from the frame's left edge.
 */
function laneNames(
  rows: readonly TimelineRow[],
  { pitch, style, lang }: { pitch: number; style: PresetStyle; lang: Lang }
) {
  const cjk = rulesFor(lang).wideGlyphs;
  return {
    strip: (style.smallFontSize * 1.6) / pitch,
    names: rows.map((r) => ({ row: r.row, text: laneName(r.text, cjk), span: laneNameWidth(r.text, style, cjk) + 8 }))
  };
}

/**
 * A milestone's rule down the rows, in the y scale's units: whole, or broken where a lane's name stands across it
 * (the name's strip, from its lane's top), so no rule runs through a name.
 */
function ruleSegments(px: number, rows: number, lanesInside: ReturnType<typeof laneNames> | null, left = 0) {
  const breaks = (lanesInside?.names ?? [])
    .filter((n) => px - left <= n.span)
    .map((n) => [n.row - 0.5, n.row - 0.5 + lanesInside!.strip] as const);
  const segments: { y1: number; y2: number }[] = [];
  let top = -0.5;
  for (const [from, to] of breaks) {
    if (from > top) segments.push({ y1: top, y2: from });
    top = Math.max(top, to);
  }
  if (top < rows - 0.5) segments.push({ y1: top, y2: rows - 0.5 });
  return segments;
}

type TimelineLayout = ReturnType<typeof timelineLayout>;

/**
 * The row labels left of the frame: lane headings (upper case in Latin scripts) over a rule, family names; or, on a
 * slide's fixed canvas, each lane's name inside its lane at the top left, the lanes parted by rules.
 */
function rowMarks(layout: TimelineLayout, style: PresetStyle, cjk: boolean): Plot.Markish[] {
  if (layout.lanesInside)
    return [
      Plot.ruleY(layout.rows.slice(1), { y: (d) => d.row - 0.5, stroke: "currentColor", strokeOpacity: 0.25 }),
      Plot.text(layout.lanesInside.names, {
        x: layout.x0,
        y: (d) => d.row - 0.5,
        text: "text",
        textAnchor: "start",
        lineAnchor: "top",
        dy: style.smallFontSize * 0.25,
        fontWeight: 700,
        fontSize: style.smallFontSize,
        className: "halo lane-name"
      })
    ];
  const lanes = layout.rows.filter((r) => r.kind === "lane");
  return [
    Plot.ruleY(lanes, { y: (d) => d.row - 0.5, stroke: "currentColor", strokeOpacity: 0.25 }),
    Plot.text(lanes, {
      x: layout.x0,
      y: "row",
      text: (d) => laneName(d.text, cjk),
      textAnchor: "end",
      dx: -10,
      fontWeight: 700,
      fontSize: style.smallFontSize
    }),
    Plot.text(
      layout.rows.filter((r) => r.kind === "family"),
      { x: layout.x0, y: "row", text: "text", textAnchor: "end", dx: -10 }
    )
  ];
}

/** A dashed rule down the rows at each milestone, its label at its level above them. */
function milestoneMarks(layout: TimelineLayout, style: PresetStyle): Plot.Markish[] {
  return [
    Plot.ruleX(
      layout.milestones.flatMap((m) => m.segments.map((segment) => ({ x: m.x, ...segment }))),
      {
        x: "x",
        y1: "y1",
        y2: "y2",
        stroke: MILESTONE_COLOR,
        strokeDasharray: "4,3",
        strokeOpacity: 0.8
      }
    ),
    Plot.text(
      layout.milestones.filter((m) => m.level !== null),
      {
        x: "labelX",
        y: "y",
        text: "label",
        fill: MILESTONE_TEXT,
        fontWeight: 600,
        fontSize: style.smallFontSize,
        className: "halo milestone-label"
      }
    )
  ];
}

/** A dot per release (larger for sizes released together), ringed on the GPT line; the selected one circled. */
function releaseMarks(layout: TimelineLayout, style: PresetStyle): Plot.Markish[] {
  return [
    Plot.dot(layout.marks, {
      x: "date",
      y: "y",
      r: (d) => Math.min(style.dotRadius * 2, style.dotRadius + Math.sqrt(d.count) * 1.5),
      fill: "branch",
      stroke: (d) => (d.gpt_line ? "currentColor" : "none"),
      strokeWidth: style.strokeWidth,
      title: (d) => `${d.names}\n${d.released}`,
      // Each dot says which models it stands for (a view's filter, a download's check of what it draws).
      render: tagModels(layout.marks, (d) => d.ids)
    }),
    layout.chosen
      ? Plot.dot([layout.chosen], {
          x: "date",
          y: "y",
          r: style.dotRadius * 2.6,
          stroke: SELECTED,
          strokeWidth: 3
        })
      : null
  ];
}

export function timelineChart(
  releases: readonly ReleaseRow[],
  milestoneRows: readonly MilestoneRow[],
  options: TimelineOptions
): SVGSVGElement {
  const { lanes = "branch", preset = "web", lang = "en" } = options;
  const style = presetStyle(preset);
  const cjk = rulesFor(lang).wideGlyphs;
  const layout = timelineLayout(releases, milestoneRows, options);
  const { marginLeft, marginRight, marginTop, marginBottom, height, x0, x1 } = layout;
  const d = dictionaryFor(lang).charts.timeline;
  return accessiblePlot(
    Plot.plot({
      width: layout.width,
      height,
      marginTop,
      marginLeft,
      marginRight,
      marginBottom,
      style: { fontSize: `${style.fontSize}px` },
      ariaLabel: d.aria(releases.length, lanes === "branch"),
      ariaDescription: d.ariaMilestones(
        layout.rows.filter((r) => r.kind === "family").length,
        layout.milestones.map((m) => `${m.label} (${m.date})`).join(punctuation(lang).enumeration)
      ),
      x: {
        type: "utc",
        domain: [x0, x1],
        label: layout.compact ? null : d.date,
        labelAnchor: "center",
        labelArrow: "none",
        labelOffset: style.fontSize * 3,
        grid: true,
        ticks: "year"
      },
      y: { axis: null, domain: [-0.5, layout.rows.length - 0.5], range: [marginTop, height - marginBottom] },
      color: { domain: [...BRANCHES], range: BRANCHES.map((b) => BRANCH_COLOR[b]) },
      // The dots' radii are px (the preset's dot, larger for sizes released together), not a scale's 0 to 3 px.
      r: { type: "identity" },
      marks: [
        ...timelinePeriodMarks(releases, { x1, rows: layout.rows.length, fontSize: style.smallFontSize }, lang),
        ...rowMarks(layout, style, cjk),
        ...milestoneMarks(layout, style),
        ...releaseMarks(layout, style),
        legendMark(layout.legend, {
          x: layout.legendX,
          y: height - marginBottom + layout.axisHeight,
          width: layout.legendWidth,
          fontSize: style.smallFontSize,
          cjk,
          measure: typesetWidth
        })
      ]
    })
  ) as SVGSVGElement;
}
