// Measurements of what a reader sees, in the page: text that collides with other text in a chart, or that spills out
// of its chart. Shared by the page tests, the talk tests and the report tests.
import type { Page } from "playwright-core";

export interface TextProblem {
  figure: string;
  kind: "overlap" | "outside";
  text: string;
}

/**
 * In every chart SVG under `root`: pairs of visible text boxes overlapping by more than `share` of the smaller box,
 * and text boxes outside their SVG. Hidden text (filtered out, display none, empty) is left out.
 */
export function textProblems(page: Page, root = "body", share = 0.3): Promise<TextProblem[]> {
  return page.evaluate(
    ({ root, share }) => {
      const problems: { figure: string; kind: "overlap" | "outside"; text: string }[] = [];
      for (const svg of document.querySelectorAll<SVGSVGElement>(`${root} svg[class^="plot"]`)) {
        if (svg.closest("[hidden], details:not([open])")) continue;
        const frame = svg.getBoundingClientRect();
        if (frame.width === 0) continue;
        const figure =
          svg.closest("figure[id], [data-figure]")?.getAttribute("id") ??
          svg.getAttribute("data-figure") ??
          svg.getAttribute("aria-label") ??
          "chart";
        const texts = [...svg.querySelectorAll("text")]
          .filter(
            (t) =>
              t.textContent!.trim() &&
              t.getClientRects().length &&
              getComputedStyle(t).display !== "none" &&
              getComputedStyle(t).visibility !== "hidden" &&
              !t.closest(".filtered-out")
          )
          // A <text> with <tspan> lines: measure the lines, not the whole.
          .flatMap((t) => (t.querySelector("tspan") ? [...t.querySelectorAll("tspan")] : [t]))
          .map((t) => ({ node: t, text: t.textContent!.trim(), box: t.getBoundingClientRect() }))
          .filter((t) => t.text && t.box.width > 0);
        for (const t of texts)
          if (
            t.box.left < frame.left - 1 ||
            t.box.right > frame.right + 1 ||
            t.box.top < frame.top - 1 ||
            t.box.bottom > frame.bottom + 1
          )
            problems.push({ figure, kind: "outside", text: t.text });

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
            const [a, b] = [texts[i]!.box, texts[j]!.box];
            const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
            const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
            if (w <= 0 || h <= 0) continue;
            const smaller = Math.min(a.width * a.height, b.width * b.height);
            if ((w * h) / smaller > share)
              problems.push({ figure, kind: "overlap", text: `${texts[i]!.text} × ${texts[j]!.text}` });
          }
      }
      return problems;
    },
    { root, share }
  );
}

export const describeTextProblems = (problems: TextProblem[]) =>
  problems.map((p) => `${p.figure}: ${p.kind}: ${p.text}`);
