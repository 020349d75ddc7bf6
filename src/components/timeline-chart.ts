// The release timeline: one row per model family, grouped into lanes by branch or by organization, each model
// a mark on its release date (sizes released together share a mark), with the milestones of the story.
import * as Plot from "@observablehq/plot";
import { accessiblePlot } from "./a11y.js";
import type { ReleaseRow } from "../../data-loaders/tables.js";
import { BRANCHES, BRANCH_COLORS, formatCount, formatDate, parseDate, plotWidth } from "./encoding.js";

export interface Milestone {
  date: string;
  label: string;
  model: string | null;
}

export type Lanes = "branch" | "organization";

const ROW = 22;

/** Map.groupBy, which Node 20 lacks. */
function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
const MILESTONE_LEVELS = 3;

interface TimelineRow {
  row: number;
  kind: "lane" | "family";
  text: string;
}

export function timelineRows(releases: ReleaseRow[], lanes: Lanes) {
  const first = (rows: ReleaseRow[]) => rows.reduce((a, b) => (b.release_date < a.release_date ? b : a)).release_date;
  const laneGroups = [...groupBy(releases, (r) => r[lanes])].sort(([, a], [, b]) => first(a).localeCompare(first(b)));
  const rows: TimelineRow[] = [];
  const familyRow = new Map<string, number>();
  for (const [lane, members] of laneGroups) {
    rows.push({ row: rows.length, kind: "lane", text: lanes === "branch" ? lane : lane });
    const families = [...groupBy(members, (r) => r.family)].sort(([, a], [, b]) => first(a).localeCompare(first(b)));
    for (const [family] of families) {
      familyRow.set(`${lane}|${family}`, rows.length);
      rows.push({ row: rows.length, kind: "family", text: family });
    }
  }
  // Models of one family released on one date (the GPT-3 sizes) share a mark.
  const marks = [...groupBy(releases, (r) => `${r[lanes]}|${r.family}|${r.release_date}`).values()].map((group) => {
    const r = group[0]!;
    return {
      id: r.id,
      ids: group.map((g) => g.id),
      row: familyRow.get(`${r[lanes]}|${r.family}`)!,
      date: parseDate(r.release_date),
      branch: r.branch,
      gpt_line: group.some((g) => g.gpt_line),
      count: group.length,
      names: group.map((g) => `${g.name} (${formatCount(g.parameters)})`).join(", "),
      released: formatDate(r.release_date, r.release_precision)
    };
  });
  return { rows, marks };
}

export function timelineChart(
  releases: ReleaseRow[],
  milestones: Milestone[],
  { width, lanes = "branch", selected = null }: { width: number; lanes?: Lanes; selected?: string | null }
) {
  const { rows, marks } = timelineRows(releases, lanes);
  const marginTop = 22 + 16 * MILESTONE_LEVELS;
  const height = marginTop + rows.length * ROW + 40;
  const dates = releases.map((r) => +parseDate(r.release_date));
  const x0 = new Date(Math.min(...dates, ...milestones.map((m) => +parseDate(m.date))) - 60 * 864e5);
  const x1 = new Date(Math.max(...dates, ...milestones.map((m) => +parseDate(m.date))) + 60 * 864e5);
  const milestoneMarks = milestones.map((m, i) => ({ ...m, x: parseDate(m.date), level: i % MILESTONE_LEVELS }));
  const chosen = marks.find((m) => selected !== null && m.ids.includes(selected));
  return accessiblePlot(Plot.plot({
    width: plotWidth(width, 190, 30),
    height,
    marginTop,
    marginLeft: 190,
    marginRight: 30,
    style: { fontSize: "13px" },
    ariaLabel: `Release timeline of ${releases.length} language models, ${lanes === "branch" ? "by branch" : "by organization"}`,
    ariaDescription: `${rows.filter((r) => r.kind === "family").length} model families; milestones: ${milestones.map((m) => `${m.label} (${m.date})`).join(", ")}.`,
    x: { type: "utc", domain: [x0, x1], label: "Release date", grid: true, ticks: "year" },
    y: { axis: null, domain: [-0.5, rows.length - 0.5], range: [marginTop, height - 40] },
    color: { legend: true, domain: [...BRANCHES], range: BRANCH_COLORS, label: "Branch" },
    marks: [
      Plot.ruleY(rows.filter((r) => r.kind === "lane"), { y: (d) => d.row - 0.5, stroke: "currentColor", strokeOpacity: 0.25 }),
      Plot.text(rows.filter((r) => r.kind === "lane"), { x: x0, y: "row", text: (d) => d.text.toUpperCase(), textAnchor: "end", dx: -10, fontWeight: 700, fontSize: 12 }),
      Plot.text(rows.filter((r) => r.kind === "family"), { x: x0, y: "row", text: "text", textAnchor: "end", dx: -10 }),
      Plot.ruleX(milestoneMarks, { x: "x", y1: -0.5, y2: rows.length - 0.5, stroke: "#b45309", strokeDasharray: "4,3", strokeOpacity: 0.8 }),
      // Milestone labels above the rows, on staggered lines (y in row units: a row is ROW pixels).
      Plot.text(milestoneMarks, { x: "x", y: (d) => -0.5 + (14 + 16 * d.level - marginTop) / ROW, text: "label", fill: "#92400e", fontWeight: 600, fontSize: 12, className: "halo" }),
      Plot.dot(marks, {
        x: "date",
        y: "row",
        r: (d) => Math.min(9, 4 + Math.sqrt(d.count) * 1.5),
        fill: "branch",
        stroke: (d) => (d.gpt_line ? "currentColor" : "none"),
        strokeWidth: 1.5,
        channels: { Models: "names", Released: "released" },
        tip: { format: { x: false, y: false, fill: false, r: false, stroke: false } }
      }),
      chosen ? Plot.dot([chosen], { x: "date", y: "row", r: 12, stroke: "#dc2626", strokeWidth: 3 }) : null
    ]
  }));
}
