// Measurements of a standalone download (an SVG document alone on a page): text that overlaps text, crosses a rule it
// does not label or a drawn path (arrow, link, line), is cut ("…") or falls outside the canvas or the drawing that clips it; and the share of the canvas
// the plot area takes (the extent of the grid and the rules in its frame where the chart has a grid, else the
// drawing's).
import type { Page } from "playwright-core";

export interface DownloadMeasure {
  problems: string[];
  /** The plot area over the canvas, 0 to 1. */
  plotShare: number;
}

export function measureDownload(page: Page, overlapShare = 0.1): Promise<DownloadMeasure> {
  return page.evaluate((overlapShare) => {
    const root = document.querySelector("body > svg") as SVGSVGElement;
    const canvas = root.getBoundingClientRect();
    const problems: string[] = [];
    const visible = (e: Element) => {
      const style = getComputedStyle(e);
      return style.display !== "none" && style.visibility !== "hidden" && !e.closest(".filtered-out");
    };
    // A text's words without its <title> (the tooltip Plot writes inside it).
    const words = (t: Element) =>
      [...t.childNodes]
        .filter((n) => n.nodeName !== "title")
        .map((n) => n.textContent)
        .join("")
        .trim();
    const texts = [...root.querySelectorAll("text")]
      .filter((t) => words(t) && t.getClientRects().length && visible(t))
      .flatMap((t) => (t.querySelector("tspan") ? [...t.querySelectorAll("tspan")] : [t]))
      .map((t) => ({ node: t, text: words(t), box: t.getBoundingClientRect(), whole: t.closest("text") }))
      .filter((t) => t.text && t.box.width > 0);
    const inside = (b: DOMRect, f: DOMRect) =>
      b.left >= f.left - 1 && b.right <= f.right + 1 && b.top >= f.top - 1 && b.bottom <= f.bottom + 1;
    // Type no smaller than a 70th of the canvas's height (15 px on a 1080 slide, 7 pt on an A4 column), as drawn:
    // a drawing scaled down to fit its canvas must stay legible.
    const leastType = canvas.height / 70;
    for (const t of texts) {
      if (t.text.includes("…")) problems.push(`cut: ${t.text}`);
      const size =
        parseFloat(getComputedStyle(t.node).fontSize) * (t.box.height / (t.node.getBBox?.().height || t.box.height));
      if (size < leastType) problems.push(`type ${size.toFixed(1)} px under ${leastType.toFixed(1)}: ${t.text}`);
      const clip = t.node.parentElement!.closest("svg")!;
      if (!inside(t.box, canvas)) problems.push(`outside the canvas: ${t.text}`);
      else if (clip !== root && !inside(t.box, clip.getBoundingClientRect())) problems.push(`clipped: ${t.text}`);
    }

    /**
     * Slanted texts (a matrix's model names at 45°) overlap only if they are closer across their baseline than a
     * line's height: their axis-aligned boxes always overlap and say nothing.
     */
    const slant = (t: Element) => {
      const m = (t as SVGGraphicsElement).getScreenCTM();
      if (!m) return null;
      const angle = (Math.atan2(m.b, m.a) * 180) / Math.PI;
      const off = Math.abs(((angle % 90) + 90) % 90);
      return off < 1 || off > 89
        ? null
        : { angle, x: m.e, y: m.f, thick: (t as SVGGraphicsElement).getBBox().height * Math.hypot(m.a, m.b) };
    };
    const slantedApart = (a: Element, b: Element) => {
      const [p, q] = [slant(a), slant(b)];
      if (!p || !q || Math.abs(p.angle - q.angle) > 1) return false;
      const normal = { x: -Math.sin((p.angle * Math.PI) / 180), y: Math.cos((p.angle * Math.PI) / 180) };
      return Math.abs((q.x - p.x) * normal.x + (q.y - p.y) * normal.y) >= Math.min(p.thick, q.thick) * 0.8;
    };
    for (let i = 0; i < texts.length; ++i)
      for (let j = i + 1; j < texts.length; ++j) {
        if (slantedApart(texts[i]!.node, texts[j]!.node)) continue;
        // Lines of one text are set by its line height: their boxes (ascent to descent) may touch.
        if (texts[i]!.whole === texts[j]!.whole) continue;
        const [a, b] = [texts[i]!.box, texts[j]!.box];
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w <= 1 || h <= 1) continue;
        if ((w * h) / Math.min(a.width * a.height, b.width * b.height) > overlapShare)
          problems.push(`overlap: ${texts[i]!.text} × ${texts[j]!.text}`);
      }
    // The middle of a text's box: a line through it crosses the words, one grazing its edge does not.
    const textCore = (box: DOMRect) => ({
      left: box.left + 2,
      right: box.right - 2,
      top: box.top + box.height * 0.3,
      bottom: box.bottom - box.height * 0.3
    });
    // Rules (Plot's rule marks: thresholds, milestones, reference lines) through the middle of a text's box.
    const rules = [...root.querySelectorAll('g[aria-label^="rule"] line')]
      .filter(visible)
      .map((l) => l.getBoundingClientRect());
    for (const t of texts) {
      const core = textCore(t.box);
      for (const r of rules) {
        const horizontal = r.height < 2;
        const crosses = horizontal
          ? r.top + r.height / 2 > core.top &&
            r.top + r.height / 2 < core.bottom &&
            r.left < core.left &&
            r.right > core.right
          : r.left + r.width / 2 > core.left &&
            r.left + r.width / 2 < core.right &&
            r.top < core.top &&
            r.bottom > core.bottom;
        if (crosses) {
          problems.push(`a rule crosses: ${t.text}`);
          break;
        }
      }
    }
    // Every threshold rule (an emergence threshold's, classed explore-threshold-rule) is named: by a text touching it
    // (its box's bottom or top on the rule, over the rule's run), a text at its end on its row, or a text at the far end
    // of a leader from its end (the column of labels beside the plot); a bare number so placed names it only if the
    // legend keys that number ("3 175B GPT-3: …").
    const keyNumbers = new Set(
      [...root.querySelectorAll(".svg-legend text")].map((t) => words(t).match(/^(\d+) /)?.[1]).filter(Boolean)
    );
    const leaders = [...root.querySelectorAll('g[aria-label="link"] path')].filter(visible).flatMap((p) => {
      const path = p as SVGPathElement;
      const m = path.getScreenCTM();
      const length = path.getTotalLength();
      return m ? [[path.getPointAtLength(0), path.getPointAtLength(length)].map((q) => q.matrixTransform(m))] : [];
    });
    for (const line of [...root.querySelectorAll("g.explore-threshold-rule line")].filter(visible)) {
      const r = line.getBoundingClientRect();
      const y = r.top + r.height / 2;
      const atEnd = (x: number, row: number, box: DOMRect) =>
        box.left >= x - 2 && box.left <= x + 16 && row >= box.top - 1 && row <= box.bottom + 1;
      const names = texts.filter(({ box }) => {
        const tol = Math.max(3, box.height * 0.3);
        const touching =
          box.right > r.left && box.left < r.right && (Math.abs(box.bottom - y) <= tol || Math.abs(box.top - y) <= tol);
        const linked = leaders.some((ends) =>
          ends.some(
            (a, i) =>
              Math.abs(a.y - y) <= 2 && Math.abs(a.x - r.right) <= 12 && atEnd(ends[1 - i]!.x, ends[1 - i]!.y, box)
          )
        );
        return touching || linked || atEnd(r.right, y, box);
      });
      const named = names.some((t) => !/^\d+$/.test(t.text) || keyNumbers.has(t.text));
      if (!named) problems.push(`a threshold rule has no name (${Math.round(y - canvas.top)} px down)`);
    }
    // Drawn paths (a lineage's arcs, a tree's links, a chart's lines) through the middle of a text: sampled every 2 px
    // along the path, in screen px. A text may lie on the path it labels, where both carry that path's data-edge (the
    // evolution tree's method labels, over a halo); any other path through it crosses it.
    const selector = 'g[aria-label="arrow"] path, g[aria-label="link"] path, g[aria-label="line"] path';
    // (A path in a <marker> is an arrowhead's shape, drawn at its path's end: not a path of its own.)
    const drawnPaths = [...root.querySelectorAll(selector)]
      .filter((p) => visible(p) && !p.closest("marker"))
      .map((p) => {
        const path = p as SVGPathElement;
        const m = path.getScreenCTM();
        const length = path.getTotalLength();
        const points =
          m && length
            ? Array.from({ length: Math.ceil(length / 2) + 1 }, (_, i) =>
                path.getPointAtLength(Math.min(length, i * 2)).matrixTransform(m)
              )
            : [];
        return { edge: path.getAttribute("data-edge"), points };
      });
    for (const t of texts) {
      const core = textCore(t.box);
      const labels = t.whole?.getAttribute("data-edge");
      const crossed = drawnPaths.some(
        ({ edge, points }) =>
          !(labels && edge === labels) &&
          points.some((p) => p.x > core.left && p.x < core.right && p.y > core.top && p.y < core.bottom)
      );
      if (crossed) problems.push(`a line crosses: ${t.text}`);
    }
    // Marks (a dot, a ×, a tree's node) under the middle of a text: a name stands beside its mark, not on another's.
    // A mark inside the legend is its key's swatch, beside its words.
    const marks = [...root.querySelectorAll('g[aria-label^="dot"] circle, g[aria-label^="dot"] path')]
      .filter((m) => visible(m) && !m.closest(".svg-legend"))
      .map((m) => m.getBoundingClientRect());
    for (const t of texts) {
      const core = textCore(t.box);
      const under = marks.find(
        (m) => m.left < core.right && m.right > core.left && m.top < core.bottom && m.bottom > core.top
      );
      if (under) problems.push(`a mark under: ${t.text}`);
    }
    // The plot area: the extent of the grid's lines and of the rules drawn in the same frame (a timeline's milestones
    // run down every row, beyond its first and last year line; a threshold runs across the whole plot).
    const gridLines = [...root.querySelectorAll('g[aria-label$="grid"] line')];
    const frameLines = gridLines.length
      ? [...gridLines, ...[...root.querySelectorAll('g[aria-label^="rule"] line')].filter(visible)]
      : [];
    const grid = frameLines.map((l) => l.getBoundingClientRect());
    const drawing = root.querySelector("svg svg")!.getBoundingClientRect();
    const area = grid.length
      ? (Math.max(...grid.map((b) => b.right)) - Math.min(...grid.map((b) => b.left))) *
        (Math.max(...grid.map((b) => b.bottom)) - Math.min(...grid.map((b) => b.top)))
      : drawing.width * drawing.height;
    return { problems: [...new Set(problems)], plotShare: area / (canvas.width * canvas.height) };
  }, overlapShare);
}

/**
 * A transparent download's marks and texts that would vanish on a light or a dark slide: a shape's paint (stroke or
 * fill, at least half opaque) or an unhaloed text's fill with less than `least` contrast against white or against a
 * dark slate (#1e293b). A text with a halo (a stroke at least 2 px wide that contrasts with its fill) reads on both.
 * Faint paints (grid lines, shaded bands, cell borders at a quarter) are decoration and not measured, nor is an
 * area's fill (a shape over 24 px, or one a text is set on, as a matrix's cell): it is read by its hue and its text.
 */
export function contrastProblems(
  page: Page,
  least = 2,
  {
    backgrounds = [
      [255, 255, 255],
      [30, 41, 59]
    ],
    textLeast = least,
    where = "on a light or dark slide",
    onShapes = false
  } = {}
): Promise<string[]> {
  return page.evaluate(
    ([least, backgrounds, textLeast, where, onShapes]) => {
      const root = document.querySelector("body > svg") as SVGSVGElement;
      const probe = document.createElement("canvas").getContext("2d")!;
      const rgb = (paint: string): number[] | null => {
        if (!paint || paint === "none" || paint.startsWith("url(")) return null;
        probe.clearRect(0, 0, 1, 1);
        probe.fillStyle = "#000";
        probe.fillStyle = paint;
        probe.fillRect(0, 0, 1, 1);
        const [r, g, b, a] = probe.getImageData(0, 0, 1, 1).data;
        return a! < 128 ? null : [r!, g!, b!];
      };
      const luminance = ([r, g, b]: number[]) =>
        [r!, g!, b!]
          .map((c) => c / 255)
          .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
          .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
      const contrast = (a: number[], b: number[]) => {
        const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
        return (x! + 0.05) / (y! + 0.05);
      };
      const weakest = (colour: number[], on = backgrounds) => Math.min(...on.map((b) => contrast(colour, b)));
      // With onShapes, a text set on a filled shape (a matrix's cell) is read on that shape's paint, not on the paper.
      const filled = onShapes
        ? [...root.querySelectorAll("rect, path, circle, polygon")].filter((e) => {
            const box = e.getBoundingClientRect();
            return Math.min(box.width, box.height) > 8 && rgb(getComputedStyle(e).fill);
          })
        : [];
      const readOn = (text: Element): number[][] => {
        const box = text.getBoundingClientRect();
        const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
        const under = filled.filter((e) => {
          const b = e.getBoundingClientRect();
          const before = e.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING;
          return before && within(b, x, y);
        });
        const top = under.at(-1);
        return top && opacity(top) * parseFloat(getComputedStyle(top).fillOpacity) >= 0.5
          ? [rgb(getComputedStyle(top).fill)!]
          : backgrounds;
      };
      const opacity = (e: Element) => {
        let o = 1;
        for (let n: Element | null = e; n && n !== root.parentElement; n = n.parentElement)
          o *= parseFloat(getComputedStyle(n).opacity || "1");
        return o;
      };
      const shown = (e: Element) =>
        e.getClientRects().length > 0 &&
        getComputedStyle(e).display !== "none" &&
        getComputedStyle(e).visibility !== "hidden" &&
        !e.closest(".filtered-out, marker, defs, clipPath");
      const within = (b: DOMRect, x: number, y: number) => x >= b.left && x <= b.right && y >= b.top && y <= b.bottom;
      const textCentres = [...root.querySelectorAll("text")].map((t) => {
        const b = t.getBoundingClientRect();
        return [b.left + b.width / 2, b.top + b.height / 2] as const;
      });
      const problems: string[] = [];
      const name = (e: Element) =>
        e.tagName === "text"
          ? `text "${(e.textContent ?? "").slice(0, 30)}"`
          : `${e.closest("g[aria-label]")?.getAttribute("aria-label") ?? e.closest("g[class]")?.getAttribute("class") ?? "drawing"} ${e.tagName}`;
      for (const e of root.querySelectorAll("circle, rect, path, line, polygon, ellipse, polyline, text")) {
        if (!shown(e)) continue;
        const style = getComputedStyle(e);
        const o = opacity(e);
        if (e.tagName === "text") {
          const fill = rgb(style.fill);
          const halo = rgb(style.stroke);
          if (!fill || o * parseFloat(style.fillOpacity) < 0.5) continue;
          if (halo && parseFloat(style.strokeWidth) >= 2 && contrast(fill, halo) >= 3) continue;
          if (weakest(fill, readOn(e)) < textLeast) problems.push(`faint ${where}: ${name(e)} ${style.fill}`);
          continue;
        }
        const stroke = parseFloat(style.strokeWidth) > 0 ? rgb(style.stroke) : null;
        const strokeShown = stroke && o * parseFloat(style.strokeOpacity) >= 0.5 ? stroke : null;
        if (strokeShown && weakest(strokeShown) < least) problems.push(`faint ${where}: ${name(e)} ${style.stroke}`);
        // A line has no inside to paint; an area (a matrix's cell, a band) is read by its hue, text set on it; a small
        // shape's fill is its mark unless an outline that reads on both carries it.
        const box = e.getBoundingClientRect();
        const area = Math.min(box.width, box.height) > 24 || textCentres.some(([x, y]) => within(box, x, y));
        const fill = ["line", "polyline"].includes(e.tagName) || area ? null : rgb(style.fill);
        if (!fill || o * parseFloat(style.fillOpacity) < 0.5 || (strokeShown && weakest(strokeShown) >= least))
          continue;
        if (weakest(fill) < least) problems.push(`faint ${where}: ${name(e)} ${style.fill}`);
      }
      return [...new Set(problems)];
    },
    [least, backgrounds, textLeast, where, onShapes] as const
  );
}
