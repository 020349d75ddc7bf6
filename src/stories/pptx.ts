// A story as a PowerPoint deck, laid out: each story slide becomes one 16:9 slide with its title and text as native,
// editable PowerPoint text in the story's language, each view (or picture) as a PNG of it, and the speaker notes in
// the notes pane. Shared by the command line (scripts/story-pptx.ts, views captured by headless Chromium) and the
// browser's editor (src/compose/pptx.ts, views drawn to a canvas): the same layout either way. No I/O, and pptxgenjs
// itself is passed in, so this module bundles for both.
import type JSZip from "jszip";
import type pptxgenjs from "pptxgenjs";
import type { Block, Story, StoryLang, StorySlide } from "./parse.js";

// The package's types are CommonJS to TypeScript's NodeNext, its ES build's default export the class itself.
export type PptxGenJS = typeof pptxgenjs.default;
type Pptx = InstanceType<PptxGenJS>;
type TextProps = Extract<Parameters<ReturnType<Pptx["addSlide"]>["addText"]>[0], unknown[]>[number];

/** The constructor, whichever way the package's default export reached the importer (Node's CJS or an ES bundle). */
export const pptxConstructor = (imported: unknown): PptxGenJS =>
  ((imported as { default?: unknown }).default ?? imported) as PptxGenJS;

/** PowerPoint's default widescreen slide (LAYOUT_WIDE), in inches: 16:9. */
export const SLIDE = { width: 13.333, height: 7.5 } as const;
const MARGIN = 0.5;
const TITLE = { y: 0.3, h: 1.0, size: 36 };
const BODY = { size: 20, table: 16 };
/** Fonts with the glyphs of the story's language; PowerPoint writes them as the Latin and East Asian typefaces. */
export const FONTS: Record<StoryLang, string> = { en: "Arial", zh: "Microsoft YaHei" };
/** The deck's projector theme (src/talk.css): the figures are drawn for it, so the slides wear it too. */
export const THEME = { background: "000000", text: "FFFFFF", link: "93C5FD", rule: "666666" };
const LANG_TAG: Record<StoryLang, string> = { en: "en-US", zh: "zh-CN" };

/** What Chromium made of one view or picture block: a PNG (data URL, pixel size) or, for text views, its lines. */
export type Captured =
  { kind: "image"; data: string; width: number; height: number } | { kind: "text"; lines: string[]; ordered: boolean };

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  link?: string;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export type Item =
  | ({ kind: "text"; paragraphs: Run[][]; bullet: "none" | "bullet" | "number"; size: number } & Box)
  | ({ kind: "table"; rows: string[][]; size: number } & Box)
  | ({ kind: "image"; data: string } & Box);

export interface SlideSpec {
  title: string;
  items: Item[];
  notes: string;
}

const INLINE = /(\*\*[^*]+\*\*|\*[^*\s][^*]*\*|`[^`]+`|\[[^\]]+\]\([^)\s]+\))/;

/** Inline Markdown as text runs: **strong**, *em*, `code`, [links](url) (web links stay links). */
export function inlineRuns(text: string): Run[] {
  return text
    .split(INLINE)
    .filter((part) => part !== "")
    .map((part): Run => {
      if (part.startsWith("**") && part.endsWith("**") && part.length > 4)
        return { text: part.slice(2, -2), bold: true };
      if (part.startsWith("`") && part.endsWith("`") && part.length > 2) return { text: part.slice(1, -1), code: true };
      const link = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(part);
      if (link) return /^(https?:|mailto:)/i.test(link[2]!) ? { text: link[1]!, link: link[2]! } : { text: link[1]! };
      if (part.startsWith("*") && part.endsWith("*") && part.length > 2)
        return { text: part.slice(1, -1), italic: true };
      return { text: part };
    });
}

/** Inline Markdown as plain text (for table cells). */
export const plainText = (text: string) =>
  inlineRuns(text)
    .map((r) => r.text)
    .join("");

/** How many lines a text takes in a box `width` inches wide at `size` pt (CJK glyphs are about twice as wide). */
export function lineCount(text: string, width: number, size: number): number {
  const units = [...text].reduce((sum, ch) => sum + (/[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.55), 0);
  return Math.max(1, Math.ceil(units / ((width * 72) / size)));
}

const lineHeight = (size: number) => (size * 1.25) / 72;

/** The height (inches) of a text block: its lines plus the space after each paragraph. */
function textHeight(paragraphs: string[], width: number, size: number): number {
  return paragraphs.reduce((sum, p) => sum + lineCount(p, width, size) * lineHeight(size) + 0.08, 0.1);
}

type Part =
  | { kind: "text"; paragraphs: string[]; bullet: "none" | "bullet" | "number"; size: number; height: number }
  | { kind: "table"; rows: string[][]; height: number }
  | { kind: "image"; captured: { data: string; width: number; height: number } };

/** A block as a part of the slide: text with its height, a table, or a captured image. */
function partOf(block: Block, captured: Captured | undefined, width: number, file: string): Part {
  const text = (paragraphs: string[], bullet: "none" | "bullet" | "number", size = BODY.size): Part => ({
    kind: "text",
    paragraphs,
    bullet,
    size,
    height: textHeight(paragraphs, width - (bullet === "none" ? 0 : 0.4), size)
  });
  if (block.kind === "paragraph") return text([block.text], "none");
  if (block.kind === "heading") return text([`**${block.text}**`], "none", BODY.size + 4);
  if (block.kind === "list") return text(block.items, block.ordered ? "number" : "bullet");
  if (block.kind === "table") {
    const rows = [block.header, ...block.rows].map((row) => row.map(plainText));
    return { kind: "table", rows, height: rows.length * lineHeight(BODY.table) * 1.6 };
  }
  if (!captured) throw new Error(`${file}:${block.line}: the ${block.kind} was not captured`);
  if (captured.kind === "text") return text(captured.lines, captured.ordered ? "number" : "none");
  return { kind: "image", captured };
}

/** One story slide as a PowerPoint slide: text stacked from the top, the images sharing the height left. */
export function slideSpec(slide: StorySlide, captures: (Captured | undefined)[], file = ""): SlideSpec {
  const width = SLIDE.width - 2 * MARGIN;
  const parts = slide.blocks.map((block, i) => partOf(block, captures[i], width, file));
  const top = TITLE.y + TITLE.h + 0.1;
  const bottom = SLIDE.height - 0.3;
  const textTotal = parts.reduce((sum, p) => sum + (p.kind === "image" ? 0 : p.height), 0);
  const images = parts.filter((p) => p.kind === "image").length;
  const share = images ? Math.max(1.5, (bottom - top - textTotal) / images) : 0;
  const items: Item[] = [];
  let y = top;
  for (const part of parts) {
    if (part.kind === "text") {
      const paragraphs = part.paragraphs.map(inlineRuns);
      items.push({
        kind: "text",
        paragraphs,
        bullet: part.bullet,
        size: part.size,
        x: MARGIN,
        y,
        w: width,
        h: part.height
      });
      y += part.height;
    } else if (part.kind === "table") {
      items.push({ kind: "table", rows: part.rows, size: BODY.table, x: MARGIN, y, w: width, h: part.height });
      y += part.height;
    } else {
      // The picture keeps its aspect ratio inside its share, centred across the slide.
      const scale = Math.min(width / part.captured.width, share / part.captured.height);
      const [w, h] = [part.captured.width * scale, part.captured.height * scale];
      items.push({ kind: "image", data: part.captured.data, x: MARGIN + (width - w) / 2, y, w, h });
      y += share;
    }
  }
  return { title: slide.title, items, notes: slide.notes };
}

/** The text runs as pptxgenjs wants them: a paragraph break after each paragraph, the language and font on each. */
function textProps(item: Extract<Item, { kind: "text" }>, lang: StoryLang): TextProps[] {
  const font = FONTS[lang];
  return item.paragraphs.flatMap((runs, p) =>
    runs.map((run, r) => ({
      text: run.text,
      options: {
        bold: run.bold,
        italic: run.italic,
        fontFace: run.code ? "Consolas" : font,
        lang: LANG_TAG[lang],
        ...(run.link ? { hyperlink: { url: run.link }, color: THEME.link } : {}),
        ...(r === 0 && item.bullet !== "none"
          ? { bullet: item.bullet === "number" ? { type: "number" as const } : true }
          : {}),
        ...(r === runs.length - 1 && p < item.paragraphs.length - 1 ? { breakLine: true } : {})
      }
    }))
  );
}

/** Adds one slide of the spec to the presentation. */
export function addSlide(pptx: Pptx, spec: SlideSpec, lang: StoryLang): void {
  const slide = pptx.addSlide();
  slide.background = { color: THEME.background };
  const font = FONTS[lang];
  const common = { fontFace: font, lang: LANG_TAG[lang], color: THEME.text, margin: 0 };
  slide.addText(spec.title, {
    ...common,
    x: MARGIN,
    y: TITLE.y,
    w: SLIDE.width - 2 * MARGIN,
    h: TITLE.h,
    fontSize: TITLE.size,
    bold: true,
    valign: "middle"
  });
  for (const item of spec.items) {
    const box = { x: item.x, y: item.y, w: item.w, h: item.h };
    if (item.kind === "text")
      slide.addText(textProps(item, lang), {
        ...common,
        ...box,
        fontSize: item.size,
        valign: "top",
        paraSpaceAfter: 4
      });
    else if (item.kind === "table") {
      const rows = item.rows.map((row, r) => row.map((text) => ({ text, options: { bold: r === 0 } })));
      slide.addTable(rows, {
        ...common,
        ...box,
        fontSize: item.size,
        border: { type: "solid", pt: 0.5, color: THEME.rule }
      });
    } else slide.addImage({ data: item.data, ...box });
  }
  if (spec.notes) slide.addNotes(spec.notes);
}

/** The whole story as a presentation, ready to write; `captures[s][b]` is what was captured of block b of slide s. */
export function storyPresentation(PptxGenJS: PptxGenJS, story: Story, captures: (Captured | undefined)[][]): Pptx {
  const pptx = new PptxGenJS();
  pptx.layout = "LAYOUT_WIDE";
  pptx.title = story.meta.title;
  if (story.meta.author) pptx.author = story.meta.author;
  pptx.theme = {
    headFontFace: FONTS[story.meta.lang],
    bodyFontFace: FONTS[story.meta.lang]
  };
  story.slides.forEach((slide, s) => addSlide(pptx, slideSpec(slide, captures[s] ?? [], story.file), story.meta.lang));
  return pptx;
}

/** The parts of a written deck whose language tags pptxgenjs writes itself: the slides and their notes pages. */
const TAGGED_PART = /^ppt\/(?:slides|notesSlides)\/[^/]+\.xml$/;

/**
 * Tags the written deck's slides and notes in the story's language. pptxgenjs hard-codes lang="en-US" on the notes'
 * runs (makeXmlNotesSlide) and on a paragraph's end mark, so a Chinese deck's notes were proofed as English. `zip` is
 * the written .pptx opened with JSZip (Node's package, or the global of pptxgenjs's browser bundle); changed in place.
 */
export async function tagDeckLanguage(zip: JSZip, lang: StoryLang): Promise<JSZip> {
  const tag = LANG_TAG[lang];
  if (tag === LANG_TAG.en) return zip;
  for (const path of Object.keys(zip.files).filter((name) => TAGGED_PART.test(name))) {
    const xml = await zip.file(path)!.async("string");
    zip.file(path, xml.replace(/ lang="en-US"/g, ` lang="${tag}"`));
  }
  return zip;
}
