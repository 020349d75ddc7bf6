// The lineage on scale axes: each training step drawn from parent to child on release date × parameters
// (log). Models whose size is undisclosed sit in a labelled band above the axis, on their release date. Names are
// placed clear of each other and of the points; edges at one height are drawn as arcs so that two steps from one
// parent do not read as a chain.
import { dictionaryFor, inParens, punctuation } from "../i18n/index.js";
import * as Plot from "@observablehq/plot";
import type { LineageRow, ReleaseRow } from "../contract.js";
import { presetStyle, textWidth } from "../figures/presets.js";
import type { Lang, Preset } from "../figures/types.js";
import { accessiblePlot } from "./a11y.js";
import { formatCount, parseDate, plotWidth } from "./encoding.js";
import { NO_LINEAGE, treeEdges } from "./lineage-tree.js";
import { packRows, placeLabels, type Box } from "./label-layout.js";
import { minOf, maxOf } from "./number-extent.js";

export const lineageScaleHeight = (width: number, preset: Preset = "web") =>
  preset === "print" ? Math.round(width * 0.6) : Math.round(Math.max(480, Math.min(620, width * 0.55)));

export interface LineageScaleOptions {
  width: number;
  preset?: Preset;
  lang?: Lang;
  selected?: string | null;
  /** A height to fill, when taller than its own (the report grows the chart into its page). */
  height?: number;
}

export function lineageScaleChart(
  edges: readonly LineageRow[],
  releases: readonly ReleaseRow[],
  options: LineageScaleOptions
): SVGSVGElement {
  const { selected = null, preset = "web", lang = "en" } = options;
  const style = presetStyle(preset);
  const fs = style.fontSize;
  const small = style.smallFontSize;
  const cjk = lang === "zh";
  const width = Math.round(options.width);
  const height = Math.max(lineageScaleHeight(width, preset), Math.round(options.height ?? 0));
  const tree = treeEdges(edges, releases);
  const byId = new Map(releases.map((r) => [r.id, r]));
  const ids = [...new Set(tree.flatMap((e) => [e.parent, e.child]))].flatMap((id) =>
    byId.has(id) ? [byId.get(id)!] : []
  );
  const sizes = ids.filter((r) => r.parameters !== null).map((r) => r.parameters!);
  const domain: [number, number] = sizes.length
    ? [10 ** Math.floor(Math.log10(minOf(sizes))), 10 ** Math.ceil(Math.log10(maxOf(sizes)))]
    : [1e8, 1e12];
  const dates = ids.length ? ids.map((r) => +parseDate(r.release_date)) : [+parseDate("2020-01-01")];
  const x0 = new Date(minOf(dates) - 90 * 864e5);
  const x1 = new Date(maxOf(dates) + 90 * 864e5);
  const marginLeft = Math.round(fs * 5.4);
  const marginRight = Math.round(fs * 2);
  const right = plotWidth(width, marginLeft, marginRight) - marginRight;
  const x = Plot.scale({ x: { type: "utc", domain: [x0, x1], range: [marginLeft, right] } });
  const { common } = dictionaryFor(lang);

  // The band: names packed into rows under the band's title, each × on its date.
  const undisclosed = ids
    .filter((r) => r.parameters === null)
    .sort((a, b) => a.release_date.localeCompare(b.release_date));
  const intervals = undisclosed.map((r) => {
    const px = x.apply(parseDate(r.release_date)) as number;
    const w = textWidth(r.name.length, small, cjk);
    return px + 8 + w <= right
      ? { x0: px - 6, x1: px + 8 + w, right: true }
      : { x0: px - 8 - w, x1: px + 6, right: false };
  });
  const rowOf = packRows(intervals, 4);
  const bandRows = maxOf(
    rowOf.map((r) => (r ?? 0) + 1),
    1
  );
  const bandTitle = 6 + small;
  const bandRowY = (row: number) => bandTitle + small * 0.9 + style.labelGap * (row + 0.5);
  const marginTop = Math.round(bandRowY(bandRows - 1) + style.labelGap);
  const marginBottom = Math.round(fs * 3.8);
  const y = Plot.scale({ y: { type: "log", domain, range: [height - marginBottom, marginTop] } });
  const position = (r: ReleaseRow) => {
    const i = undisclosed.indexOf(r);
    return { x: parseDate(r.release_date), y: r.parameters ?? (y.invert!(bandRowY(rowOf[i] ?? 0)) as number) };
  };
  const nodes = ids.map((r) => ({ ...r, ...position(r), size: formatCount(r.parameters, lang) }));
  const links = tree.flatMap((e) => {
    const parent = byId.get(e.parent);
    const child = byId.get(e.child);
    if (!parent || !child) return [];
    const a = position(parent);
    const b = position(child);
    return [{ ...e, x1: a.x, y1: a.y, x2: b.x, y2: b.y }];
  });

  // Names of sized models: placed around their point clear of the others; band names beside their ×.
  const sized = nodes.filter((n) => n.parameters !== null);
  const plotBox: Box = { x0: marginLeft, x1: right, y0: marginTop, y1: height - marginBottom };
  const px = (n: { x: Date }) => x.apply(n.x) as number;
  const py = (n: { y: number }) => y.apply(n.y) as number;
  const obstacles = sized.map((n) => ({ x0: px(n) - 6, x1: px(n) + 6, y0: py(n) - 6, y1: py(n) + 6 }));
  const placed = placeLabels(
    sized.map((n) => ({
      x: px(n),
      y: py(n),
      width: textWidth(n.name.length, small, cjk),
      height: small * 1.15,
      priority: Math.log10(n.parameters!)
    })),
    plotBox,
    { gap: 9, obstacles }
  );
  const sizedLabels = sized.flatMap((n, i) => (placed[i] ? [{ ...n, place: placed[i]! }] : []));
  const bandLabels = undisclosed.flatMap((r, i) =>
    rowOf[i] === null ? [] : [{ ...nodes.find((n) => n.id === r.id)!, right: intervals[i]!.right }]
  );
  const link = (evidence: "documented" | "inferred") =>
    Plot.arrow(
      links.filter((l) => l.evidence === evidence),
      {
        x1: "x1",
        y1: "y1",
        x2: "x2",
        y2: "y2",
        // Arcs: two steps out of one parent on one level no longer read as a chain through the middle model.
        bend: true,
        stroke: "currentColor",
        strokeOpacity: 0.7,
        strokeWidth: style.strokeWidth,
        strokeDasharray: evidence === "documented" ? undefined : "5,4",
        insetEnd: 6,
        title: (d: (typeof links)[number]) =>
          `${d.parent_name} → ${d.child_name}${punctuation(lang).colon}${common.method[d.method]}${inParens(common.evidence[d.evidence], lang)}`
      }
    );
  return accessiblePlot(
    Plot.plot({
      width: plotWidth(width, marginLeft, marginRight),
      height,
      marginTop,
      marginBottom,
      marginLeft,
      marginRight,
      style: { fontSize: `${fs}px` },
      ariaLabel: dictionaryFor(lang).charts.lineageScale.aria(nodes.length, undisclosed.length),
      ariaDescription: dictionaryFor(lang).charts.lineageScale.ariaUndisclosed(
        undisclosed.map((r) => r.name).join(punctuation(lang).enumeration)
      ),
      x: {
        type: "utc",
        domain: [x0, x1],
        label: dictionaryFor(lang).charts.lineageScale.date,
        labelAnchor: "center",
        labelArrow: "none",
        labelOffset: fs * 3,
        grid: true,
        ticks: "year"
      },
      y: {
        type: "log",
        domain,
        label: dictionaryFor(lang).charts.lineageScale.y,
        labelAnchor: "center",
        labelArrow: "none",
        grid: true,
        tickFormat: (v: number) => (Number.isInteger(Math.round(Math.log10(v) * 1e6) / 1e6) ? formatCount(v) : "")
      },
      marks: [
        Plot.rect([0], {
          x1: x0,
          x2: x1,
          y1: y.invert!(4) as number,
          y2: y.invert!(marginTop - 4) as number,
          fill: "currentColor",
          fillOpacity: 0.06
        }),
        Plot.text([dictionaryFor(lang).charts.lineageScale.band], {
          x: x0,
          y: y.invert!(bandTitle - small * 0.3) as number,
          textAnchor: "start",
          dx: 6,
          fontWeight: 600,
          fontSize: small
        }),
        link("documented"),
        link("inferred"),
        Plot.dot(nodes, {
          x: "x",
          y: "y",
          r: style.dotRadius,
          fill: (d) => (d.parameters === null ? "var(--theme-background)" : "currentColor"),
          stroke: "currentColor",
          symbol: (d: { parameters: number | null }) => (d.parameters === null ? "times" : "circle"),
          strokeWidth: style.strokeWidth,
          title: (d) => `${d.name}${punctuation(lang).colon}${d.size}`
        }),
        ...(["start", "end", "middle"] as const).map((anchor) => {
          const group = sizedLabels.filter((d) => d.place.textAnchor === anchor);
          return Plot.text(group, {
            x: (d) => x.invert!(px(d) + d.place.dx),
            y: (d) => y.invert!(py(d) + d.place.dy),
            text: "name",
            textAnchor: anchor,
            fontSize: small,
            className: "halo"
          });
        }),
        ...[true, false].map((toRight) => {
          const group = bandLabels.filter((d) => d.right === toRight);
          return Plot.text(group, {
            x: "x",
            y: "y",
            text: "name",
            textAnchor: toRight ? "start" : "end",
            dx: toRight ? 8 : -8,
            fontSize: small,
            className: "halo"
          });
        }),
        selected && nodes.some((n) => n.id === selected)
          ? Plot.dot(
              nodes.filter((n) => n.id === selected),
              { x: "x", y: "y", r: style.dotRadius + 6, stroke: "#dc2626", strokeWidth: 3 }
            )
          : null,
        tree.length ? null : Plot.text([NO_LINEAGE[lang]], { frameAnchor: "middle", fontSize: fs })
      ]
    })
  ) as SVGSVGElement;
}
