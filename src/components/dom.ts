// The one way the notebook builds DOM by hand: `h` for HTML, `svg` for SVG. Plot and Inputs build their own; what
// is built around them (frames, panels, lists, tables) goes through these two, so every element reads the same way:
// a tag, its properties (or SVG attributes), then its children.

/** A child: a node, or text; null, undefined and false are left out (for `cond && h(...)`). */
export type Child = Node | string | number | null | undefined | false;

/** Attributes set with setAttribute: ARIA, role, and whatever has no DOM property. null, undefined and false are left out. */
export type Attributes = Record<string, string | number | boolean | null | undefined>;

/** An HTML element's DOM properties (className, textContent, href, …; undefined ones are left unset), plus `attrs` and `dataset`. */
export type Props<K extends keyof HTMLElementTagNameMap> = Partial<Omit<HTMLElementTagNameMap[K], "dataset">> & {
  attrs?: Attributes;
  dataset?: Record<string, string>;
};

/**
 * The class of interface-only text (how to work a figure, what to select): on the page only, hidden on paper by one
 * rule in src/style.css's print block, so no page hides its own.
 */
export const INTERFACE_ONLY = "interface-only";

export const SVG_NS = "http://www.w3.org/2000/svg";

function setAttributes(node: Element, attributes: Attributes): void {
  for (const [name, value] of Object.entries(attributes))
    if (value !== null && value !== undefined && value !== false)
      node.setAttribute(name, value === true ? "" : String(value));
}

function appendChildren(node: Element, children: readonly Child[]): void {
  for (const child of children)
    if (child !== null && child !== undefined && child !== false)
      node.append(typeof child === "number" ? String(child) : child);
}

/** An HTML element: `h("a", { href, className: "source" }, "text")`. */
/**
 * A URL or host that may wrap after its punctuation (a slug's _ and - too) and nowhere else ("https://arxiv.<wbr>org/<wbr>abs/<wbr>1706.<wbr>03762"): a
 * narrow column on paper (the Data page's sources, a figure's Source column) keeps each part whole instead of being
 * cut anywhere or running out of its card.
 */
export const wrappableUrl = (url: string): (string | HTMLElement)[] =>
  url.split(/(?<=[./?&=#_-]+)(?![./?&=#_-])/).flatMap((part, i) => (i ? [h("wbr"), part] : [part]));

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props<K> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const { attrs, dataset, ...properties } = props;
  // A property given as undefined is left unset (an optional className must not become "undefined").
  const defined = Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== undefined));
  const node = Object.assign(document.createElement(tag), defined);
  if (attrs) setAttributes(node, attrs);
  if (dataset) Object.assign(node.dataset, dataset);
  appendChildren(node, children);
  return node;
}

/** An SVG element, its attributes set in the order given: `svg("rect", { width: 10, height: 10, fill })`. */
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag) as SVGElementTagNameMap[K];
  setAttributes(node, attributes);
  appendChildren(node, children);
  return node;
}

/**
 * Labels that start with a glyph standing for a mark (a capability state's ●, ◐, ○, ↓): the glyph and the words in
 * two tspans, the glyph's classed `mark-glyph`, so that a transparent download inks it as a mark without the words'
 * halo (src/components/figure.ts: a halo round ○ reads as ◎, round ● as a ring). Labels of several lines are left.
 */
export function markGlyphSpans(texts: Iterable<Element>, glyphs: readonly string[]): void {
  for (const text of texts) {
    const words = text.textContent ?? "";
    const glyph = glyphs.find((g) => words.startsWith(g));
    if (!glyph || text.children.length) continue;
    text.replaceChildren(svg("tspan", { class: "mark-glyph" }, glyph), svg("tspan", {}, words.slice(glyph.length)));
  }
}
