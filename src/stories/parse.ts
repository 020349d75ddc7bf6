// A story: a talk or a report written as Markdown, in the conventions Slidev users know. Front matter between two
// `---` lines, slides separated by a line `---`, a slide's title its first `#` heading, speaker notes in an HTML
// comment at the end of a slide, and a view of the notebook inserted with image syntax whose URL is a page URL
// (`![GPT-3](/scaling?model=gpt-3-175b#parameters-by-date)`). Pure and dependency-free: it runs in Node (the build,
// the export) and in the browser alike. Malformed input throws a StoryError naming the file, the line and why;
// nothing is silently dropped. Which values a view's parameters may take is checked against the data (resolve.ts).
import { LANGS, type Lang } from "../i18n/lang.js";
import { PERIOD_CHOICES, type PeriodChoice } from "../views/period.js";
import { parseViewLink, type ViewLink } from "./views.js";

/** A story is written in one of the notebook's languages. */
export const STORY_LANGS = LANGS;
export type StoryLang = Lang;
export const PAPERS = ["a4", "letter"] as const;
export type Paper = (typeof PAPERS)[number];

export interface StoryMeta {
  title: string;
  lang: StoryLang;
  author?: string;
  /** YYYY-MM-DD */
  date?: string;
  paper: Paper;
  /** The talk's planned length, in minutes (the presenter's countdown). */
  duration?: number;
  /**
   * The models the story draws by default: `article` retells the source article (the models after its end left out,
   * as on /talk), `all` (the same as no key) every model of the catalog. A link's `?period=` overrides it.
   */
  period?: PeriodChoice;
}

/** Inline text is kept as written (`**bold**`, `*em*`, `` `code` ``, `[text](url)`); the renderer reads it. */
export type Block =
  | { kind: "paragraph"; text: string; line: number }
  | { kind: "heading"; level: number; text: string; line: number }
  | { kind: "list"; ordered: boolean; items: string[]; line: number }
  | { kind: "table"; header: string[]; rows: string[][]; line: number }
  | { kind: "image"; alt: string; src: string; line: number }
  | { kind: "view"; alt: string; view: ViewLink; line: number };

export interface StorySlide {
  title: string;
  /** The line of the slide's first line (1-based, in the file). */
  line: number;
  blocks: Block[];
  notes: string;
}

export interface Story {
  file: string;
  meta: StoryMeta;
  slides: StorySlide[];
}

/** Speaker notes as a story holds them: a paragraph's lines run on, paragraphs separated by one blank line. */
export const normalizeNotes = (notes: string): string =>
  notes
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean)
        .join(" ")
    )
    .filter(Boolean)
    .join("\n\n");

export class StoryError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string
  ) {
    super(`${file}:${line}: ${reason}`);
    this.name = "StoryError";
  }
}

interface Line {
  text: string;
  /** 1-based line number in the file. */
  n: number;
}

const FRONT_KEYS = ["title", "lang", "author", "date", "paper", "duration", "period"] as const;
type FrontKey = (typeof FRONT_KEYS)[number];

/** One front-matter value, checked; returns the error's reason, or null. */
function frontValueError(key: FrontKey, value: string): string | null {
  if (value === "") return `"${key}" is empty`;
  if (key === "lang" && !(STORY_LANGS as readonly string[]).includes(value))
    return `lang must be one of ${STORY_LANGS.join(", ")}, not "${value}"`;
  if (key === "paper" && !(PAPERS as readonly string[]).includes(value))
    return `paper must be one of ${PAPERS.join(", ")}, not "${value}"`;
  if (key === "date" && !/^\d{4}-\d{2}-\d{2}$/.test(value)) return `date must be YYYY-MM-DD, not "${value}"`;
  if (key === "duration" && !/^[1-9]\d{0,2}$/.test(value))
    return `duration must be a whole number of minutes (1-999), not "${value}"`;
  if (key === "period" && !(PERIOD_CHOICES as readonly string[]).includes(value))
    return `period must be one of ${PERIOD_CHOICES.join(", ")} (article: the models up to the article's end; all: every model), not "${value}"`;
  return null;
}

const unquote = (value: string) => value.replace(/^"(.*)"$/, "$1").replace(/^'(.*)'$/, "$1");

/** The front matter (`key: value` lines between two `---`), and the index of the first line after it. */
function parseFrontMatter(lines: Line[], file: string): { meta: StoryMeta; next: number } {
  const first = lines.findIndex((l) => l.text.trim() !== "");
  if (first < 0) throw new StoryError(file, 1, "the story is empty");
  if (lines[first]!.text.trim() !== "---")
    throw new StoryError(file, lines[first]!.n, "a story starts with front matter between two lines `---`");
  const close = lines.findIndex((l, i) => i > first && l.text.trim() === "---");
  if (close < 0) throw new StoryError(file, lines[first]!.n, "the front matter is not closed by a line `---`");
  const values: Partial<Record<FrontKey, string>> = {};
  for (const { text, n } of lines.slice(first + 1, close)) {
    if (text.trim() === "" || text.trim().startsWith("#")) continue;
    const match = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(text.trim());
    if (!match) throw new StoryError(file, n, `front matter lines are "key: value", not "${text.trim()}"`);
    const key = match[1]! as FrontKey;
    if (!FRONT_KEYS.includes(key))
      throw new StoryError(file, n, `unknown front matter key "${key}" (known: ${FRONT_KEYS.join(", ")})`);
    if (key in values) throw new StoryError(file, n, `"${key}" is given twice`);
    const value = unquote(match[2]!.trim());
    const reason = frontValueError(key, value);
    if (reason) throw new StoryError(file, n, reason);
    values[key] = value;
  }
  const at = lines[first]!.n;
  if (!values.title) throw new StoryError(file, at, "the front matter has no title");
  if (!values.lang) throw new StoryError(file, at, `the front matter has no lang (${STORY_LANGS.join(" or ")})`);
  const meta: StoryMeta = {
    title: values.title,
    lang: values.lang as StoryLang,
    paper: (values.paper ?? "a4") as Paper
  };
  if (values.author) meta.author = values.author;
  if (values.date) meta.date = values.date;
  if (values.duration) meta.duration = Number(values.duration);
  if (values.period) meta.period = values.period as PeriodChoice;
  return { meta, next: close + 1 };
}

/** The slides' lines: split at every line `---`. An empty slide is an error, never dropped. */
function splitSlides(lines: Line[], file: string): Line[][] {
  const slides: Line[][] = [[]];
  for (const line of lines) {
    if (line.text.trim() === "---") slides.push([]);
    else slides.at(-1)!.push(line);
  }
  // Blank lines after the last separator are not a slide; a separator with nothing after it is tolerated at the end.
  if (slides.length > 1 && slides.at(-1)!.every((l) => l.text.trim() === "")) slides.pop();
  slides.forEach((slide, i) => {
    if (slide.every((l) => l.text.trim() === "")) {
      const at = slide[0]?.n ?? lines.find((l) => l.text.trim() === "---")?.n ?? 1;
      throw new StoryError(file, at, `slide ${i + 1} is empty (two \`---\` with nothing between them)`);
    }
  });
  return slides;
}

/** The speaker notes: one HTML comment at the end of the slide. Returns the notes and the lines before them. */
function takeNotes(slide: Line[], file: string): { notes: string; body: Line[] } {
  const open = slide.findIndex((l) => l.text.includes("<!--"));
  const stray = slide.find((l, i) => l.text.includes("-->") && (open < 0 || i < open));
  if (stray) throw new StoryError(file, stray.n, "`-->` closes notes that were never opened with `<!--`");
  if (open < 0) return { notes: "", body: slide };
  const openLine = slide[open]!;
  if (!openLine.text.trimStart().startsWith("<!--"))
    throw new StoryError(file, openLine.n, "speaker notes `<!-- … -->` must start on a line of their own");
  const close = slide.findIndex(
    (l, i) => i >= open && l.text.indexOf("-->", i === open ? l.text.indexOf("<!--") + 4 : 0) >= 0
  );
  if (close < 0) throw new StoryError(file, openLine.n, "unbalanced notes: `<!--` is never closed by `-->`");
  const closeLine = slide[close]!;
  const after = closeLine.text.slice(closeLine.text.lastIndexOf("-->") + 3);
  const rest = slide.slice(close + 1).find((l) => l.text.trim() !== "");
  if (after.trim() !== "" || rest)
    throw new StoryError(file, rest?.n ?? closeLine.n, "speaker notes must be the last thing on a slide");
  const text = slide
    .slice(open, close + 1)
    .map((l) => l.text)
    .join("\n");
  const inner = text.slice(text.indexOf("<!--") + 4, text.lastIndexOf("-->"));
  if (inner.includes("<!--")) throw new StoryError(file, openLine.n, "one comment of notes per slide, not nested");
  const notes = normalizeNotes(inner);
  return { notes, body: slide.slice(0, open) };
}

const IMAGE = /^!\[([^\]]*)\]\(\s*([^)\s]+)\s*\)$/;
const INLINE_IMAGE = /!\[[^\]]*\]\(/;
const LIST_ITEM = /^(\s*)([-*+]|\d{1,3}[.)])\s+(.*)$/;
const TABLE_SEPARATOR = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/;

const cells = (text: string) =>
  text
    .trim()
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split("|")
    .map((c) => c.trim());

/** A table from its first line: header, separator, rows; every row as wide as the header. */
function readTable(body: Line[], start: number, file: string): { block: Block; next: number } {
  const header = cells(body[start]!.text);
  const separator = body[start + 1];
  if (!separator || !TABLE_SEPARATOR.test(separator.text.trim()))
    throw new StoryError(
      file,
      separator?.n ?? body[start]!.n,
      "a table's second line separates its header: | --- | --- |"
    );
  if (cells(separator.text).length !== header.length)
    throw new StoryError(
      file,
      separator.n,
      `the table has ${header.length} columns but its separator has ${cells(separator.text).length}`
    );
  const rows: string[][] = [];
  let i = start + 2;
  for (; i < body.length && body[i]!.text.trim().startsWith("|"); i++) {
    const row = cells(body[i]!.text);
    if (row.length !== header.length)
      throw new StoryError(file, body[i]!.n, `this row has ${row.length} cells, the table's header ${header.length}`);
    rows.push(row);
  }
  return { block: { kind: "table", header, rows, line: body[start]!.n }, next: i };
}

/** A list from its first item: items are one line each; an indented line continues the item above. */
function readList(body: Line[], start: number): { block: Block; next: number } {
  const ordered = /^\s*\d/.test(body[start]!.text);
  const items: string[] = [];
  let i = start;
  for (; i < body.length && body[i]!.text.trim() !== ""; i++) {
    const match = LIST_ITEM.exec(body[i]!.text);
    if (match) items.push(match[3]!.trim());
    else if (/^\s+\S/.test(body[i]!.text) && items.length) items[items.length - 1] += ` ${body[i]!.text.trim()}`;
    else break;
  }
  return { block: { kind: "list", ordered, items, line: body[start]!.n }, next: i };
}

/** An image on a line of its own: a view of the notebook when its URL is a page's, else a picture. */
function readImage(line: Line, file: string): Block {
  const match = IMAGE.exec(line.text.trim())!;
  const [alt, src] = [match[1]!.trim(), match[2]!];
  if (src.startsWith("/") && !/\.(png|jpe?g|gif|svg|webp)(\?|#|$)/i.test(src)) {
    const view = parseViewLink(src);
    if ("error" in view) throw new StoryError(file, line.n, `${view.error} (in ${src})`);
    return { kind: "view", alt, view, line: line.n };
  }
  if (/^(javascript|data|vbscript):/i.test(src))
    throw new StoryError(file, line.n, `an image cannot be a ${src.split(":")[0]}: URL`);
  return { kind: "image", alt, src, line: line.n };
}

/** Where a paragraph stops: a blank line or the start of another block. */
const startsBlock = (text: string) =>
  text.trim() === "" ||
  /^#{1,6}\s/.test(text) ||
  LIST_ITEM.test(text) ||
  text.trim().startsWith("|") ||
  IMAGE.test(text.trim());

/** One block from line `i` of a slide's body. */
function readBlock(body: Line[], i: number, file: string): { block: Block; next: number } {
  const line = body[i]!;
  const text = line.text.trim();
  if (text.startsWith("<"))
    throw new StoryError(file, line.n, "HTML is not part of a story (notes go in `<!-- … -->`)");
  if (text.startsWith("```")) throw new StoryError(file, line.n, "code blocks are not part of a story");
  const heading = /^(#{1,6})\s+(.+?)\s*#*$/.exec(text);
  if (heading)
    return { block: { kind: "heading", level: heading[1]!.length, text: heading[2]!, line: line.n }, next: i + 1 };
  if (LIST_ITEM.test(line.text)) return readList(body, i);
  if (text.startsWith("|")) return readTable(body, i, file);
  if (IMAGE.test(text)) return { block: readImage(line, file), next: i + 1 };
  const lines = [line];
  while (i + lines.length < body.length && !startsBlock(body[i + lines.length]!.text))
    lines.push(body[i + lines.length]!);
  const bad = lines.find((l) => INLINE_IMAGE.test(l.text));
  if (bad) throw new StoryError(file, bad.n, "an image or a view must stand on a line of its own");
  const joined = lines.map((l) => l.text.trim()).join(" ");
  return { block: { kind: "paragraph", text: joined, line: line.n }, next: i + lines.length };
}

function parseSlide(slide: Line[], index: number, file: string): StorySlide {
  const { notes, body } = takeNotes(slide, file);
  const blocks: Block[] = [];
  for (let i = 0; i < body.length;) {
    if (body[i]!.text.trim() === "") {
      i++;
      continue;
    }
    const { block, next } = readBlock(body, i, file);
    blocks.push(block);
    i = next;
  }
  const first = slide.find((l) => l.text.trim() !== "")!;
  const titles = blocks.filter((b) => b.kind === "heading" && b.level === 1);
  if (titles.length === 0) throw new StoryError(file, first.n, `slide ${index + 1} has no title (a line "# Title")`);
  if (titles.length > 1) throw new StoryError(file, titles[1]!.line, `slide ${index + 1} has a second "#" title`);
  return {
    title: (titles[0] as { text: string }).text,
    line: first.n,
    blocks: blocks.filter((b) => b !== titles[0]),
    notes
  };
}

/** Parses a story's Markdown. `file` names it in errors. */
export function parseStory(markdown: string, file = "story.md"): Story {
  const lines = markdown
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .map((text, i) => ({ text, n: i + 1 }));
  const { meta, next } = parseFrontMatter(lines, file);
  const slides = splitSlides(lines.slice(next), file).map((slide, i) => parseSlide(slide, i, file));
  return { file, meta, slides };
}
