// Reading Plot's SVG in tests: the chart's own <svg>, the text of a mark, positions from transforms.

/** The chart's SVG: Plot wraps it in a <figure> when it draws a legend. */
export function chartSvg(chart: Element): SVGSVGElement {
  const svg = chart.tagName.toLowerCase() === "svg" ? chart : chart.querySelector('svg[class^="plot"]');
  if (!svg) throw new Error("no chart svg");
  return svg as SVGSVGElement;
}

/** A text element's own text, without the <title> Plot adds for a title channel. */
export const ownText = (t: Element) =>
  [...t.childNodes]
    .filter((n) => n.nodeName.toLowerCase() !== "title")
    .map((n) => n.textContent)
    .join("");

export const markTexts = (chart: Element, mark = "text") => [...chart.querySelectorAll(`g[aria-label="${mark}"] text`)];

/** The translate() of an element: Plot positions marks by transform. */
export function translation(element: Element): { x: number; y: number } {
  const match = /translate\(([-\d.e]+),([-\d.e]+)\)/.exec(element.getAttribute("transform") ?? "");
  return {
    x: Number(match?.[1] ?? element.getAttribute("x") ?? NaN),
    y: Number(match?.[2] ?? element.getAttribute("y") ?? NaN)
  };
}
