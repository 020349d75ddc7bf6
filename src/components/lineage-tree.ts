// The GPT-3.5 evolution tree, drawn from the lineage table: left to right in time (columns are generations),
// each edge labelled with its training method at the edge's midpoint, solid where documented and dashed where
// inferred. Nodes are focusable buttons on the web: click, Enter or Space selects a model.
import * as Plot from "@observablehq/plot";
import type { LineageMethod, LineageRow, ReleaseRow } from "../contract.js";
import { presetStyle } from "../figures/presets.js";
import { GPT35_FAMILIES } from "../figures/story.js";
import type { Lang, Preset } from "../figures/types.js";
import { accessiblePlot } from "./a11y.js";
import { formatDate, plotWidth } from "./encoding.js";
import { SELECTED } from "./palette.js";
import { layoutTree } from "./lineage-layout.js";
import { dictionaryFor, punctuation } from "../i18n/index.js";

/** A method's name from the dictionary, on two lines where it is long (the label sits between two columns). */
export const methodLabel = (method: LineageMethod, lang: Lang) =>
  lang === "zh"
    ? dictionaryFor(lang).common.method[method]
    : dictionaryFor(lang).common.method[method].replace(/^(supervised|continued|browsing) /, "$1\n");
const INFERRED = { en: "(inferred)", zh: "（推断）" } as const;
const STAND_IN = { en: "(stand-in parent)", zh: "（替代的父模型）" } as const;
export const NO_LINEAGE = { en: "No lineage in the catalog for these models", zh: "目录中没有这些模型的谱系" } as const;

export interface TreeOptions {
  width: number;
  preset?: Preset;
  lang?: Lang;
  selected?: string | null;
  onSelect?: (id: string) => void;
  /** Which edges belong to the tree: by default those whose parent is in the GPT-3.5 story's families. */
  families?: readonly string[];
  /** Models left out (a slide leaves out the small sizes). */
  omit?: readonly string[];
  /** A height to fill, when taller than the rows need (the report grows the tree into its page): rows spread apart. */
  height?: number;
}

export function treeEdges(
  edges: readonly LineageRow[],
  releases: readonly ReleaseRow[],
  families: readonly string[] = GPT35_FAMILIES,
  omit: readonly string[] = []
): LineageRow[] {
  const family = new Map(releases.map((r) => [r.id, r.family]));
  return edges.filter(
    (e) => families.includes(family.get(e.parent) ?? "") && !omit.includes(e.parent) && !omit.includes(e.child)
  );
}

const rowHeight = (preset: Preset) => presetStyle(preset).fontSize * 5;

export function lineageTreeHeight(
  edges: readonly LineageRow[],
  releases: readonly ReleaseRow[],
  preset: Preset = "web",
  omit: readonly string[] = []
): number {
  const { rows } = layoutTree(treeEdges(edges, releases, GPT35_FAMILIES, omit));
  return Math.round(rows * rowHeight(preset) + presetStyle(preset).fontSize * 4);
}

export function lineageTree(
  edges: readonly LineageRow[],
  releases: readonly ReleaseRow[],
  options: TreeOptions
): SVGSVGElement {
  const { selected = null, onSelect, preset = "web", lang = "en", omit = [] } = options;
  const style = presetStyle(preset);
  const fs = style.fontSize;
  const width = Math.round(options.width);
  const tree = treeEdges(edges, releases, options.families, omit);
  const { nodes, columns, rows } = layoutTree(tree);
  const byId = new Map(releases.map((r) => [r.id, r]));
  const position = new Map(nodes.map((n) => [n.id, n]));
  const nodeRows = nodes.map((n) => {
    const model = byId.get(n.id);
    const name = model
      ? model.api_name && model.api_name !== model.name && preset !== "slide"
        ? `${model.name} (${model.api_name})`
        : model.name
      : n.id;
    return { ...n, name, date: model ? formatDate(model.release_date, model.release_precision, lang) : "" };
  });
  const edgeRows = tree.map((e) => {
    const from = position.get(e.parent)!;
    const to = position.get(e.child)!;
    // A stand-in parent (GPT-3 13B for Codex's unreleased base) says so: it is not the model trained from.
    const label =
      methodLabel(e.method, lang) +
      (e.stand_in ? `\n${STAND_IN[lang]}` : e.evidence === "inferred" ? `\n${INFERRED[lang]}` : "");
    return { ...e, x1: from.column, y1: from.row, x2: to.column, y2: to.row, label };
  });
  const height = Math.max(lineageTreeHeight(edges, releases, preset, omit), Math.round(options.height ?? 0));
  const marginTop = Math.round(fs * 3);
  const marginBottom = Math.round(fs);
  const marginLeft = Math.round(fs * 1.5);
  // Node labels run right of their node: the last column needs room for its names.
  const marginRight = Math.round(Math.min(width * 0.3, fs * 11));
  const link = (evidence: "documented" | "inferred") =>
    Plot.link(
      edgeRows.filter((e) => e.evidence === evidence && !e.stand_in),
      {
        x1: "x1",
        y1: "y1",
        x2: "x2",
        y2: "y2",
        curve: "bump-x",
        stroke: "currentColor",
        strokeOpacity: evidence === "documented" ? 0.8 : 0.6,
        strokeWidth: style.strokeWidth + 0.2,
        strokeDasharray: evidence === "documented" ? undefined : "5,4",
        markerEnd: "arrow"
      }
    );
  const chart = accessiblePlot(
    Plot.plot({
      width: plotWidth(width, marginLeft, marginRight, 120 * columns),
      height,
      marginLeft,
      marginRight,
      marginTop,
      marginBottom,
      style: { fontSize: `${fs}px` },
      ariaLabel: dictionaryFor(lang).charts.tree.aria(nodes.length, tree.length),
      ariaDescription: edgeRows
        .map((e) =>
          dictionaryFor(lang).charts.tree.edge(
            byId.get(e.parent)?.name ?? e.parent,
            byId.get(e.child)?.name ?? e.child,
            dictionaryFor(lang).common.method[e.method],
            dictionaryFor(lang).common.evidence[e.evidence]
          )
        )
        .join(punctuation(lang).list),
      x: { axis: null, domain: [0, Math.max(1, columns - 1)] },
      y: { axis: null, domain: [-0.5, rows - 0.5], range: [marginTop, height - marginBottom] },
      marks: [
        link("documented"),
        link("inferred"),
        // Stand-in parents: dotted, fainter, no arrow.
        Plot.link(
          edgeRows.filter((e) => e.stand_in),
          {
            x1: "x1",
            y1: "y1",
            x2: "x2",
            y2: "y2",
            curve: "bump-x",
            stroke: "currentColor",
            strokeOpacity: 0.45,
            strokeWidth: style.strokeWidth,
            strokeDasharray: "1,4",
            strokeLinecap: "round"
          }
        ),
        // On the edge near its child, where a fan of edges from one parent has spread a full row apart: the point
        // at t = 0.8 of the bump curve (a cubic with control points at mid-x on each end's height), over a halo.
        Plot.text(edgeRows, {
          x: (d) => d.x1 + 0.752 * (d.x2 - d.x1),
          y: (d) => d.y1 + 0.896 * (d.y2 - d.y1),
          text: "label",
          fontSize: style.smallFontSize,
          lineHeight: 1.05,
          textAnchor: "middle",
          fontStyle: "italic",
          className: "halo edge-label"
        }),
        Plot.dot(nodeRows, {
          x: "column",
          y: "row",
          r: style.dotRadius + 2.5,
          fill: "var(--theme-background)",
          stroke: "currentColor",
          strokeWidth: style.strokeWidth + 0.5,
          className: "tree-node"
        }),
        Plot.text(nodeRows, {
          x: "column",
          y: "row",
          text: (d) => (preset === "slide" ? d.name : `${d.name}\n${d.date}`),
          dx: -8,
          dy: -(style.dotRadius + 6),
          lineAnchor: "bottom",
          textAnchor: "start",
          lineHeight: 1.1,
          fontWeight: 600,
          className: "halo node-label"
        }),
        selected && position.has(selected)
          ? Plot.dot([position.get(selected)!], {
              x: "column",
              y: "row",
              r: style.dotRadius + 6,
              stroke: SELECTED,
              strokeWidth: 3
            })
          : null,
        // An empty lineage (a catalog without edges) draws an empty tree that says so.
        tree.length ? null : Plot.text([NO_LINEAGE[lang]], { frameAnchor: "middle", fontSize: fs })
      ]
    })
  ) as SVGSVGElement;
  if (!style.interactive) return chart;
  // Nodes as buttons: the i-th circle is the i-th node (Plot keeps data order).
  chart.querySelectorAll<SVGCircleElement>(".tree-node circle").forEach((circle, i) => {
    const node = nodeRows[i]!;
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
  return chart;
}
