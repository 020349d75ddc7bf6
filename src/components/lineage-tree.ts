// The GPT-3.5 evolution tree, drawn from the lineage table: left to right in time (columns are generations),
// each edge labelled with its training method, solid where documented and dashed where inferred.
// Nodes are focusable buttons: click, Enter or Space selects a model.
import * as Plot from "@observablehq/plot";
import { accessiblePlot } from "./a11y.js";
import type { ReleaseRow } from "../../data-loaders/tables.js";
import { formatDate, plotWidth } from "./encoding.js";
import { layoutTree, type LineageEdge } from "./lineage-layout.js";

export const GPT35_FAMILIES = ["GPT-3", "Codex", "InstructGPT", "GPT-3.5", "GPT-4", "WebGPT"];

export interface TreeOptions {
  width: number;
  selected?: string | null;
  onSelect?: (id: string) => void;
  /** Which edges belong to the tree: by default those whose parent is in the GPT-3.5 story's families. */
  families?: string[];
}

// Node labels sit above their node, edge labels below their edge: a row holds both.
const ROW_HEIGHT = 66;
export const wrapMethod = (method: string) => method.replace("supervised instruction tuning", "supervised\ninstruction tuning").replace("browsing fine-tuning", "browsing\nfine-tuning");

export function treeEdges(edges: LineageEdge[], releases: ReleaseRow[], families = GPT35_FAMILIES): LineageEdge[] {
  const family = new Map(releases.map((r) => [r.id, r.family]));
  return edges.filter((e) => families.includes(family.get(e.parent) ?? ""));
}

export function lineageTree(edges: LineageEdge[], releases: ReleaseRow[], options: TreeOptions): SVGSVGElement | HTMLElement {
  const { width, selected = null, onSelect } = options;
  const tree = treeEdges(edges, releases, options.families);
  const { nodes, columns, rows } = layoutTree(tree);
  const byId = new Map(releases.map((r) => [r.id, r]));
  const position = new Map(nodes.map((n) => [n.id, n]));
  const nodeRows = nodes.map((n) => {
    const model = byId.get(n.id)!;
    return { ...n, name: model.api_name && model.api_name !== model.name ? `${model.name} (${model.api_name})` : model.name, date: formatDate(model.release_date, model.release_precision) };
  });
  const edgeRows = tree.map((e) => {
    const from = position.get(e.parent)!;
    const to = position.get(e.child)!;
    return { ...e, x1: from.column, y1: from.row, x2: to.column, y2: to.row, label: wrapMethod(e.method) };
  });
  const height = rows * ROW_HEIGHT + 60;
  const link = (evidence: "documented" | "inferred") =>
    Plot.link(edgeRows.filter((e) => e.evidence === evidence), {
      x1: "x1", y1: "y1", x2: "x2", y2: "y2",
      curve: "bump-x",
      stroke: "currentColor",
      strokeOpacity: evidence === "documented" ? 0.8 : 0.6,
      strokeWidth: 1.6,
      strokeDasharray: evidence === "documented" ? undefined : "5,4",
      markerEnd: "arrow"
    });
  const chart = accessiblePlot(Plot.plot({
    width: plotWidth(width, 24, Math.min(200, width / (columns + 1)), 120 * columns),
    height,
    marginLeft: 24,
    marginRight: Math.min(200, width / (columns + 1)),
    marginTop: 40,
    marginBottom: 20,
    style: { fontSize: "13px" },
    ariaLabel: `GPT-3.5 evolution tree: ${nodes.length} models, ${tree.length} training steps, left to right in time`,
    ariaDescription: edgeRows.map((e) => `${byId.get(e.parent)?.name} → ${byId.get(e.child)?.name}: ${e.method} (${e.evidence})`).join("; "),
    x: { axis: null, domain: [0, columns - 1] },
    y: { axis: null, domain: [-0.5, rows - 0.5], range: [40, height - 20] },
    marks: [
      link("documented"),
      link("inferred"),
      Plot.text(edgeRows, {
        x: (d) => d.x2 - 0.45,
        y: "y2",
        text: (d) => (d.evidence === "inferred" ? `${d.label}\n(inferred)` : d.label),
        fontSize: 11,
        dy: 10,
        lineHeight: 1.05,
        lineAnchor: "top",
        textAnchor: "middle",
        className: "halo edge-label"
      }),
      Plot.dot(nodeRows, { x: "column", y: "row", r: 7, fill: "var(--theme-background)", stroke: "currentColor", strokeWidth: 2, className: "tree-node" }),
      Plot.text(nodeRows, { x: "column", y: "row", text: (d) => `${d.name}\n${d.date}`, dx: -8, dy: -11, lineAnchor: "bottom", textAnchor: "start", lineHeight: 1.1, className: "halo node-label" }),
      selected && position.has(selected)
        ? Plot.dot([position.get(selected)!], { x: "column", y: "row", r: 11, stroke: "#dc2626", strokeWidth: 3 })
        : null
    ]
  }));
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
