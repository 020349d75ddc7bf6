// The GPT-3.5 evolution tree, drawn from the lineage table: left to right in time (columns are generations),
// each edge an elbow down its parent's column and along its child's row, labelled with its training method under
// that run, solid where documented and dashed where inferred. Nodes are focusable buttons on the web: click, Enter or Space selects a model.
// treeLayout computes everything as plain data (rows, labels, margins); the functions after it each draw one group.
import * as Plot from "@observablehq/plot";
import type { LineageMethod, LineageRow, ReleaseRow } from "../contract.js";
import { glyphWidth, presetStyle, textWidth, type PresetStyle } from "../figures/presets.js";
import type { Lang, Preset } from "../figures/types.js";
import { accessiblePlot } from "./a11y.js";
import { formatDate, plotWidth } from "./encoding.js";
import { layoutTree, type TreeNode } from "./lineage-layout.js";
import { dictionaryFor, punctuation } from "../i18n/index.js";
import { SELECTED } from "../figures/palette.js";
import { maxOf } from "./number-extent.js";

/** A method's name from the dictionary, on two lines where it is long (the label sits between two columns). */
// (Only English names start with these words: a Chinese name stays on one line.)
export const methodLabel = (method: LineageMethod, lang: Lang) =>
  dictionaryFor(lang).common.method[method].replace(/^(supervised|continued|browsing) /, "$1\n");
const INFERRED = { en: "(inferred)", zh: "（推断）" } as const;
const STAND_IN = { en: "(stand-in parent)", zh: "（替代的父模型）" } as const;
export const NO_LINEAGE = { en: "No lineage in the catalog for these models", zh: "目录中没有这些模型的谱系" } as const;

export interface TreeOptions {
  width: number;
  preset?: Preset;
  lang?: Lang;
  selected?: string | null;
  onSelect?: (id: string) => void;
  /** Which edges belong to the tree: those whose parent is in one of these families (the story's GPT-3.5 line). */
  families: readonly string[];
  /** Models left out (a slide leaves out the small sizes). */
  omit?: readonly string[];
  /** A height to fill, when taller than the rows need (the report grows the tree into its page): rows spread apart. */
  height?: number;
}

export function treeEdges(
  edges: readonly LineageRow[],
  releases: readonly ReleaseRow[],
  families: readonly string[],
  omit: readonly string[] = []
): LineageRow[] {
  const family = new Map(releases.map((r) => [r.id, r.family]));
  return edges.filter(
    (e) => families.includes(family.get(e.parent) ?? "") && !omit.includes(e.parent) && !omit.includes(e.child)
  );
}

const rowHeight = (preset: Preset) => presetStyle(preset).fontSize * 5;
/** A node's name starts this far left of its node (px). */
const NAME_INSET = 8;
/** The radius of an edge's turn from its parent's column into its child's row (px). */
const turnRadius = (fontSize: number) => fontSize * 0.8;

/** The least of d3's path context that an edge's curve draws with. */
interface PathContext {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  arcTo(x1: number, y1: number, x2: number, y2: number, radius: number): void;
}

/**
 * An edge as an elbow (a d3 curve factory for Plot's link): down (or up) its parent's column, a turn of `radius`, then
 * straight along its child's row. The edges out of one parent share its column and leave each row's run free for
 * its label; an edge along its row is a straight line.
 */
export function elbowCurve(radius: number) {
  return (context: PathContext) => {
    let points: [number, number][] = [];
    return {
      lineStart: () => (points = []),
      point: (x: number, y: number) => void points.push([x, y]),
      lineEnd: () => {
        const [[x1, y1], [x2, y2]] = [points[0]!, points.at(-1)!];
        context.moveTo(x1, y1);
        const r = Math.min(radius, Math.abs(y2 - y1), Math.abs(x2 - x1));
        if (r > 0) context.arcTo(x1, y2, x1 + Math.sign(x2 - x1) * r, y2, r);
        context.lineTo(x2, y2);
      },
      areaStart: () => {},
      areaEnd: () => {}
    };
  };
}

/** The height the tree's rows need: the same edges as the tree draws (its families, less what it omits). */
export function lineageTreeHeight(
  edges: readonly LineageRow[],
  releases: readonly ReleaseRow[],
  families: readonly string[],
  preset: Preset = "web",
  omit: readonly string[] = []
): number {
  const { rows } = layoutTree(treeEdges(edges, releases, families, omit));
  return Math.round(rows * rowHeight(preset) + presetStyle(preset).fontSize * 4);
}

/** A node's label: its name (and its API name where it differs, off slides) and its release date. */
function nodeLabels(nodes: readonly TreeNode[], releases: readonly ReleaseRow[], short: boolean, lang: Lang) {
  const byId = new Map(releases.map((r) => [r.id, r]));
  return nodes.map((n) => {
    const model = byId.get(n.id);
    const name = model
      ? model.api_name && model.api_name !== model.name && !short
        ? `${model.name} (${model.api_name})`
        : model.name
      : n.id;
    return { ...n, name, date: model ? formatDate(model.release_date, model.release_precision, lang) : "" };
  });
}

/** An edge from its parent's place to its child's, labelled with its method and, on a second line, its evidence. */
function edgeLabels(tree: readonly LineageRow[], nodes: readonly TreeNode[], lang: Lang) {
  const position = new Map(nodes.map((n) => [n.id, n]));
  return tree.map((e) => {
    const from = position.get(e.parent)!;
    const to = position.get(e.child)!;
    // A stand-in parent (GPT-3 13B for Codex's unreleased base) says so: it is not the model trained from.
    const label =
      methodLabel(e.method, lang) +
      (e.stand_in ? `\n${STAND_IN[lang]}` : e.evidence === "inferred" ? `\n${INFERRED[lang]}` : "");
    return { ...e, x1: from.column, y1: from.row, x2: to.column, y2: to.row, label };
  });
}

/** How an edge is drawn, boldest first: documented solid, inferred dashed, from a stand-in parent dotted. */
const strength = (e: LineageRow) => (e.stand_in ? 0 : e.evidence === "documented" ? 2 : 1);

/**
 * Where each edge's line starts down its parent's column (trunkY, a row): where the nearest sibling on its way that
 * is drawn at least as boldly turns off the column (`turn` rows before that sibling's row), else at its parent. Each
 * stretch of a shared column is then drawn once, in the boldest line that runs along it, rather than a dashed line
 * showing through a solid one laid over it.
 */
function trunkStarts<E extends LineageRow & { y1: number; y2: number }>(edges: readonly E[], turn: number) {
  return edges.map((e) => {
    const between = edges.filter(
      (s) =>
        s.parent === e.parent &&
        strength(s) >= strength(e) &&
        (s.y2 - e.y1) * (e.y2 - e.y1) > 0 &&
        Math.abs(s.y2 - e.y1) < Math.abs(e.y2 - e.y1)
    );
    const nearest = between.sort((a, b) => Math.abs(b.y2 - e.y1) - Math.abs(a.y2 - e.y1))[0];
    return { ...e, trunkY: nearest ? nearest.y2 - Math.sign(e.y2 - e.y1) * turn : e.y1 };
  });
}

/**
 * Where an edge's label sits: under the straight run into its child (every edge ends along its child's row, see
 * elbowCurve), as near the child as clears the child's node and the name of the node a row below, which starts just
 * left of that node. The links of a fan drop down their parent's column and turn into their rows before their runs, so
 * no other link crosses a label there; where a run is shorter than its label, the label starts at the run's start.
 */
function labelPlaces<E extends ReturnType<typeof edgeLabels>[number]>(
  edges: readonly E[],
  { column, fontSize, turn }: { column: number; fontSize: number; turn: number }
) {
  return edges.map((e) => {
    if (column <= 0) return { ...e, labelX: e.x1 + 0.5 * (e.x2 - e.x1) };
    const half = maxOf(e.label.split("\n").map((line) => glyphWidth(line, fontSize))) / 2;
    const nearChild = e.x2 - (half + NAME_INSET + fontSize * 0.6) / column;
    const runStart = e.x1 + (turn + half + fontSize * 0.4) / column;
    return { ...e, labelX: Math.max(runStart, nearChild) };
  });
}

/** The tree as plain data: nodes and edges with their places and labels, the chart's size and margins. */
export function treeLayout(edges: readonly LineageRow[], releases: readonly ReleaseRow[], options: TreeOptions) {
  const { preset = "web", lang = "en", omit = [] } = options;
  const fs = presetStyle(preset).fontSize;
  const width = Math.round(options.width);
  const tree = treeEdges(edges, releases, options.families, omit);
  const { nodes, columns, rows } = layoutTree(tree);
  const margins = {
    marginTop: Math.round(fs * 3),
    marginBottom: Math.round(fs),
    marginLeft: Math.round(fs * 1.5),
    // Node labels run right of their node: the last column needs room for its names.
    marginRight: Math.round(Math.min(width * 0.3, fs * 11))
  };
  // Model names are Latin in both languages: measured as Latin.
  const cjk = false;
  const longestOf = (short: boolean) =>
    maxOf(
      nodeLabels(nodes, releases, short, lang).map((n) => n.name.length),
      0
    );
  // A node's label runs right towards the next column: where the longest name with its API name would reach it
  // (slides, narrow downloads), the names go without.
  const room =
    (plotWidth(width, margins.marginLeft, margins.marginRight, 120 * columns) -
      margins.marginLeft -
      margins.marginRight) /
    Math.max(1, columns - 1);
  const short = preset === "slide" || textWidth(longestOf(false), fs, cjk) > room - fs;
  // In a download a column is as wide as its longest name and half an edge label: the drawing is then scaled to its
  // canvas as a whole (see standaloneSvg) rather than its labels run into each other. The page, the report and the
  // talk draw at their container's width.
  const columnWidth = preset === "download" ? Math.max(120, textWidth(longestOf(short) + 3, fs, cjk)) : 120;
  // The last column's names run into the right margin: the columns between need (columns − 1) widths.
  const drawnWidth = plotWidth(width, margins.marginLeft, margins.marginRight, columnWidth * Math.max(1, columns - 1));
  // A given height is filled: rows spread apart when it is taller than they need, and close up (to no less than
  // three lines of type a row) when it is shorter, so a fixed-size download keeps the whole tree on its canvas.
  const height = Math.round(
    options.height === undefined
      ? lineageTreeHeight(edges, releases, options.families, preset, omit)
      : Math.max(options.height, rows * fs * 3.4 + fs * 4)
  );
  const rowPx = (height - margins.marginTop - margins.marginBottom) / Math.max(1, rows);
  return {
    tree,
    nodes: nodeLabels(nodes, releases, short, lang),
    edges: labelPlaces(trunkStarts(edgeLabels(tree, nodes, lang), turnRadius(fs) / rowPx), {
      column: (drawnWidth - margins.marginLeft - margins.marginRight) / Math.max(1, columns - 1),
      fontSize: presetStyle(preset).smallFontSize,
      turn: turnRadius(fs)
    }),
    columns,
    rows,
    width: drawnWidth,
    height,
    ...margins
  };
}

type TreeLayout = ReturnType<typeof treeLayout>;

/**
 * Edges from a parent to its child, documented (solid) or inferred (dashed); each runs into its child's ring, and the
 * columns read left to right in time. No arrowheads: an end marker sat under the child's ring (drawn over the edge,
 * filled with the page), so it showed only where a download has no background, as a chevron inside the ring; and
 * Plot names each marker from a counter over the whole process (plot-marker-N), so the same tree drew differently
 * after other drawings.
 */
function linkMark(edges: TreeLayout["edges"], evidence: "documented" | "inferred", style: PresetStyle) {
  return Plot.link(
    edges.filter((e) => e.evidence === evidence && !e.stand_in),
    {
      x1: "x1",
      y1: "trunkY",
      x2: "x2",
      y2: "y2",
      curve: elbowCurve(turnRadius(style.fontSize)),
      stroke: "currentColor",
      strokeOpacity: evidence === "documented" ? 0.8 : 0.6,
      strokeWidth: style.strokeWidth + 0.2,
      strokeDasharray: evidence === "documented" ? undefined : "5,4",
      className: `tree-link-${evidence}`
    }
  );
}

/** Every edge: inferred, documented, from a stand-in parent; then the method labels under their runs. */
function edgeMarks(edges: TreeLayout["edges"], style: PresetStyle): Plot.Markish[] {
  return [
    // Where edges out of one parent share its column, the documented ones are drawn over the inferred: the column
    // is solid as far as a documented edge runs down it, dashed beyond.
    linkMark(edges, "inferred", style),
    linkMark(edges, "documented", style),
    // Stand-in parents: dotted, fainter.
    Plot.link(
      edges.filter((e) => e.stand_in),
      {
        x1: "x1",
        y1: "trunkY",
        x2: "x2",
        y2: "y2",
        curve: elbowCurve(turnRadius(style.fontSize)),
        stroke: "currentColor",
        strokeOpacity: 0.45,
        strokeWidth: style.strokeWidth,
        strokeDasharray: "1,4",
        strokeLinecap: "round",
        className: "tree-link-stand-in"
      }
    ),
    // Small italic type over a halo, under the run into the child (see labelPlaces): no other edge runs there, and
    // the names above the row's nodes stay clear.
    Plot.text(edges, {
      x: "labelX",
      y: "y2",
      text: "label",
      dy: style.smallFontSize * 0.5,
      lineAnchor: "top",
      fontSize: style.smallFontSize,
      lineHeight: 1.05,
      textAnchor: "middle",
      fontStyle: "italic",
      className: "halo edge-label"
    })
  ];
}

/** The nodes: a ring each, its name (and date, off slides) above it; the selected one circled. */
function nodeMarks(layout: TreeLayout, style: PresetStyle, preset: Preset, selected: string | null): Plot.Markish[] {
  const chosen = layout.nodes.find((n) => n.id === selected);
  return [
    Plot.dot(layout.nodes, {
      x: "column",
      y: "row",
      r: style.dotRadius + 2.5,
      fill: "var(--theme-background)",
      stroke: "currentColor",
      strokeWidth: style.strokeWidth + 0.5,
      className: "tree-node"
    }),
    Plot.text(layout.nodes, {
      x: "column",
      y: "row",
      text: (d) => (preset === "slide" ? d.name : `${d.name}\n${d.date}`),
      dx: -NAME_INSET,
      dy: -(style.dotRadius + 6),
      lineAnchor: "bottom",
      textAnchor: "start",
      lineHeight: 1.1,
      fontWeight: 600,
      className: "halo node-label"
    }),
    chosen
      ? Plot.dot([chosen], {
          x: "column",
          y: "row",
          r: style.dotRadius + 6,
          stroke: SELECTED,
          strokeWidth: 3
        })
      : null
  ];
}

/** The tree's description for a screen reader: one sentence per edge. */
function treeDescription(layout: TreeLayout, releases: readonly ReleaseRow[], lang: Lang): string {
  const name = new Map(releases.map((r) => [r.id, r.name]));
  const d = dictionaryFor(lang);
  return layout.edges
    .map((e) =>
      d.charts.tree.edge(
        name.get(e.parent) ?? e.parent,
        name.get(e.child) ?? e.child,
        d.common.method[e.method],
        d.common.evidence[e.evidence]
      )
    )
    .join(punctuation(lang).list);
}

/**
 * Each edge's path and its label carry the edge (data-edge, parent>child), in the order Plot draws them (data order
 * within each mark): a label set on its own edge, over a halo, is told from a label that another edge runs through.
 */
function tagEdges(chart: SVGSVGElement, edges: TreeLayout["edges"]): void {
  const drawn: [string, TreeLayout["edges"]][] = [
    [".tree-link-documented > path", edges.filter((e) => e.evidence === "documented" && !e.stand_in)],
    [".tree-link-inferred > path", edges.filter((e) => e.evidence === "inferred" && !e.stand_in)],
    [".tree-link-stand-in > path", edges.filter((e) => e.stand_in)],
    [".edge-label > text", edges]
  ];
  for (const [selector, rows] of drawn)
    chart.querySelectorAll(selector).forEach((element, i) => {
      if (rows[i]) element.setAttribute("data-edge", `${rows[i].parent}>${rows[i].child}`);
    });
}

/** Nodes as buttons: the i-th circle is the i-th node (Plot keeps data order). */
function makeNodesButtons(
  chart: SVGSVGElement,
  nodes: TreeLayout["nodes"],
  selected: string | null,
  onSelect?: (id: string) => void
): void {
  chart.querySelectorAll<SVGCircleElement>(".tree-node circle").forEach((circle, i) => {
    const node = nodes[i]!;
    circle.setAttribute("tabindex", "0");
    circle.setAttribute("role", "button");
    circle.setAttribute("aria-label", `${node.name}, ${node.date}: show its model card`);
    circle.setAttribute("aria-pressed", String(node.id === selected));
    circle.dataset.model = node.id;
    circle.style.cursor = "pointer";
    circle.addEventListener("click", () => onSelect?.(node.id));
    circle.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        onSelect?.(node.id);
      }
    });
  });
}

export function lineageTree(
  edges: readonly LineageRow[],
  releases: readonly ReleaseRow[],
  options: TreeOptions
): SVGSVGElement {
  const { selected = null, onSelect, preset = "web", lang = "en" } = options;
  const style = presetStyle(preset);
  const layout = treeLayout(edges, releases, options);
  const { height, marginTop, marginBottom, marginLeft, marginRight } = layout;
  const chart = accessiblePlot(
    Plot.plot({
      width: layout.width,
      height,
      marginLeft,
      marginRight,
      marginTop,
      marginBottom,
      style: { fontSize: `${style.fontSize}px` },
      ariaLabel: dictionaryFor(lang).charts.tree.aria(layout.nodes.length, layout.tree.length),
      ariaDescription: treeDescription(layout, releases, lang),
      x: { axis: null, domain: [0, Math.max(1, layout.columns - 1)] },
      y: { axis: null, domain: [-0.5, layout.rows - 0.5], range: [marginTop, height - marginBottom] },
      marks: [
        ...edgeMarks(layout.edges, style),
        ...nodeMarks(layout, style, preset, selected),
        // An empty lineage (a catalog without edges) draws an empty tree that says so.
        layout.tree.length ? null : Plot.text([NO_LINEAGE[lang]], { frameAnchor: "middle", fontSize: style.fontSize })
      ]
    })
  ) as SVGSVGElement;
  tagEdges(chart, layout.edges);
  if (style.interactive) makeNodesButtons(chart, layout.nodes, selected, onSelect);
  return chart;
}
