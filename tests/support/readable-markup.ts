// Snapshots a reviewer can read: a drawing's markup pretty-printed, one element a line, attributes on lines of their
// own when the tag would be long, path data broken at its commands, and every number rounded to two decimals (as
// Plot's own test harness rounds), so that a changed snapshot shows what moved rather than a 45,000-character line.

const INDENT = "  ";
const MAX_LINE = 100;

/** Numbers with more than two decimals rounded to two (trailing zeros dropped); 1.92000000001e+21 to 1.92e+21. */
export const roundNumbers = (text: string) =>
  text.replace(/-?\d+\.\d{3,}(?:e[-+]?\d+)?/gi, (n) =>
    /e/i.test(n)
      ? Number(Number(n).toPrecision(3))
          .toExponential()
          .replace(/\.?0+e/, "e")
      : String(Math.round(Number(n) * 100) / 100)
  );

/** Path data, one command a line ("M10,20L30,40" → "M10,20", "L30,40"). */
const splitPath = (d: string) => d.split(/(?=[MLHVCSQTAZmlhvcsqtaz])/).filter((part) => part.trim() !== "");

/** CSS text, one declaration a line. */
const splitStyle = (css: string) =>
  css
    .split(/(?<=[;{}])\s*/)
    .map((part) => part.trim())
    .filter(Boolean);

/** A run with no spaces (Chinese prose) cut into pieces that fit the line, counting a Han character as two columns. */
const CJK_RUN = 40;
const pieces = (word: string, width: number) =>
  word.length <= width / 2 ? [word] : (word.match(new RegExp(`[^]{1,${CJK_RUN}}`, "gu")) ?? [word]);

/** Prose wrapped at spaces (and inside long unspaced runs) to fit the line. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).flatMap((w) => (w ? pieces(w, width) : []))) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

const escapeAttribute = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
const escapeText = (value: string) => value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function attributeLines(name: string, value: string, pad: string): string[] {
  const rounded = roundNumbers(value);
  const simple = `${name}="${escapeAttribute(rounded)}"`;
  if (simple.length <= MAX_LINE - pad.length) return [`${pad}${simple}`];
  const parts =
    name === "d" || name === "points"
      ? splitPath(rounded)
      : name === "style"
        ? splitStyle(rounded)
        : wrap(rounded, MAX_LINE - pad.length - INDENT.length);
  if (parts.length < 2) return [`${pad}${simple}`];
  return [`${pad}${name}="`, ...parts.map((p) => `${pad}${INDENT}${escapeAttribute(p)}`), `${pad}"`];
}

function openTag(element: Element, pad: string): string[] {
  const tag = element.tagName.toLowerCase();
  const attributes = [...element.attributes].map((a) => attributeLines(a.name, a.value, pad + INDENT));
  const inline = `${pad}<${tag}${attributes.map((lines) => ` ${lines.join(" ").trim()}`).join("")}>`;
  if (attributes.every((lines) => lines.length === 1) && inline.length <= MAX_LINE) return [inline];
  return [`${pad}<${tag}`, ...attributes.flat(), `${pad}>`];
}

function nodeLines(node: Node, depth: number): string[] {
  const pad = INDENT.repeat(depth);
  if (node.nodeType === 3 /* text */) {
    const text = roundNumbers(node.textContent ?? "").trim();
    if (!text) return [];
    const isStyle = node.parentElement?.tagName.toLowerCase() === "style";
    const lines = isStyle ? splitStyle(text) : wrap(escapeText(text), MAX_LINE - pad.length);
    return lines.map((line) => `${pad}${line}`);
  }
  if (node.nodeType !== 1 /* element */) return [];
  const element = node as Element;
  const children = [...element.childNodes].flatMap((child) => nodeLines(child, depth + 1));
  const open = openTag(element, pad);
  const close = `${pad}</${element.tagName.toLowerCase()}>`;
  if (open.length === 1 && children.length === 0) return [`${open[0]}</${element.tagName.toLowerCase()}>`];
  // A short element with one short text stays on one line: <text>GPT-3</text>.
  if (open.length === 1 && children.length === 1 && element.children.length === 0) {
    const line = `${open[0]}${children[0]!.trim()}</${element.tagName.toLowerCase()}>`;
    if (line.length <= MAX_LINE) return [line];
  }
  return [...open, ...children, close];
}

/** The element's markup as a readable, line-oriented, rounded document. */
export function readableMarkup(element: Element): string {
  return `${nodeLines(element, 0).join("\n")}\n`;
}
