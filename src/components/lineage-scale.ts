// The lineage on scale axes: each training step drawn from parent to child on release date × parameters
// (log). Models whose size is undisclosed sit in a labelled band above the axis, on their release date.
import * as Plot from "@observablehq/plot";
import { accessiblePlot } from "./a11y.js";
import type { ReleaseRow } from "../../data-loaders/tables.js";
import { formatCount, parseDate, plotWidth } from "./encoding.js";
import { treeEdges } from "./lineage-tree.js";
import type { LineageEdge } from "./lineage-layout.js";
import { yPosition } from "./label-layout.js";

const BAND_LEVELS = 3;

export function lineageScaleChart(edges: LineageEdge[], releases: ReleaseRow[], { width, selected = null }: { width: number; selected?: string | null }) {
  const tree = treeEdges(edges, releases);
  const byId = new Map(releases.map((r) => [r.id, r]));
  const ids = [...new Set(tree.flatMap((e) => [e.parent, e.child]))].map((id) => byId.get(id)!);
  const sizes = ids.filter((r) => r.parameters !== null).map((r) => r.parameters!);
  const domain: [number, number] = [10 ** Math.floor(Math.log10(Math.min(...sizes))), 10 ** Math.ceil(Math.log10(Math.max(...sizes)))];
  const height = 520;
  const bandHeight = 24 + 18 * BAND_LEVELS;
  const marginTop = 12 + bandHeight;
  const marginBottom = 36;
  const y = yPosition("log", domain, [height - marginBottom, marginTop]);
  const undisclosed = ids.filter((r) => r.parameters === null).sort((a, b) => a.release_date.localeCompare(b.release_date));
  const level = new Map(undisclosed.map((r, i) => [r.id, i % BAND_LEVELS]));
  const position = (r: ReleaseRow) => ({
    x: parseDate(r.release_date),
    y: r.parameters ?? y.fromPixel(30 + 18 * level.get(r.id)!)
  });
  const nodes = ids.map((r) => ({ ...r, ...position(r), size: formatCount(r.parameters) }));
  const links = tree.map((e) => {
    const a = position(byId.get(e.parent)!);
    const b = position(byId.get(e.child)!);
    return { ...e, x1: a.x, y1: a.y, x2: b.x, y2: b.y };
  });
  const dates = nodes.map((n) => +n.x);
  const link = (evidence: "documented" | "inferred") =>
    Plot.link(links.filter((l) => l.evidence === evidence), {
      x1: "x1", y1: "y1", x2: "x2", y2: "y2",
      stroke: "currentColor",
      strokeOpacity: 0.7,
      strokeWidth: 1.5,
      strokeDasharray: evidence === "documented" ? undefined : "5,4",
      markerEnd: "arrow",
      channels: { Method: "method", Evidence: "evidence" },
      tip: true
    });
  return accessiblePlot(Plot.plot({
    width: plotWidth(width, 72, 130),
    height,
    marginTop,
    marginBottom,
    marginLeft: 72,
    marginRight: 130,
    style: { fontSize: "13px" },
    ariaLabel: `Lineage of ${nodes.length} GPT models on release date and parameter axes; ${undisclosed.length} of undisclosed size shown in a band above`,
    ariaDescription: `Undisclosed sizes: ${undisclosed.map((r) => r.name).join(", ")}.`,
    x: { type: "utc", domain: [new Date(Math.min(...dates) - 90 * 864e5), new Date(Math.max(...dates) + 60 * 864e5)], label: "Release date", grid: true },
    y: { type: "log", domain, range: [height - marginBottom, marginTop], label: "Parameters (log scale)", labelAnchor: "center", grid: true, tickFormat: (v: number) => (Number.isInteger(Math.log10(v)) ? formatCount(v) : "") },
    marks: [
      Plot.rect([0], { x1: new Date(Math.min(...dates) - 90 * 864e5), x2: new Date(Math.max(...dates) + 60 * 864e5), y1: y.fromPixel(8), y2: y.fromPixel(marginTop - 6), fill: "currentColor", fillOpacity: 0.06 }),
      Plot.text(["Size undisclosed: placed by date only"], { frameAnchor: "top-left", dy: -marginTop + 14, dx: 4, fontWeight: 600, fontSize: 12 }),
      link("documented"),
      link("inferred"),
      Plot.dot(nodes, { x: "x", y: "y", r: 5, fill: (d) => (d.parameters === null ? "var(--theme-background)" : "currentColor"), stroke: "currentColor", symbol: (d: { parameters: number | null }) => (d.parameters === null ? "times" : "circle"), strokeWidth: 1.5, channels: { Model: "name", Size: "size" }, tip: true }),
      Plot.text(nodes, { x: "x", y: "y", text: "name", dx: 8, textAnchor: "start", fontSize: 12, className: "halo" }),
      selected && nodes.some((n) => n.id === selected) ? Plot.dot(nodes.filter((n) => n.id === selected), { x: "x", y: "y", r: 11, stroke: "#dc2626", strokeWidth: 3 }) : null
    ]
  }));
}
