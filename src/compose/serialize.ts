// A story written back as Markdown, in exactly the format src/stories/parse.ts reads (front matter, slides split by
// `---`, a `#` title, blocks separated by blank lines, notes in one HTML comment at the end): what a browser story
// downloads, so it can be committed to stories/ and built. parse → serialize → parse gives the same story (tested on
// every story of the repository). Pure and dependency-free, like the parser.
import type { Block, Story, StoryMeta, StorySlide } from "../stories/parse.js";

/** A front-matter value as the parser reads it back: a value it would unquote is wrapped in the other quotes. */
function frontValue(value: string): string {
  const single = value.replace(/\s*\n\s*/g, " ").trim();
  if (/^".*"$/.test(single)) return `'${single}'`;
  if (/^'.*'$/.test(single)) return `"${single}"`;
  return single;
}

/** The front matter, in the order the README lists the keys; `paper` always (its default is explicit). */
export function serializeMeta(meta: StoryMeta): string {
  const lines = [`title: ${frontValue(meta.title)}`, `lang: ${meta.lang}`];
  if (meta.author) lines.push(`author: ${frontValue(meta.author)}`);
  if (meta.date) lines.push(`date: ${meta.date}`);
  lines.push(`paper: ${meta.paper}`);
  if (meta.duration !== undefined) lines.push(`duration: ${meta.duration}`);
  if (meta.period !== undefined) lines.push(`period: ${meta.period}`);
  return ["---", ...lines, "---"].join("\n");
}

const row = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;

/** One block as the Markdown the parser reads back into the same block. */
export function serializeBlock(block: Block): string {
  switch (block.kind) {
    case "paragraph":
      return block.text;
    case "heading":
      return `${"#".repeat(block.level)} ${block.text}`;
    case "list":
      return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : "-"} ${item}`).join("\n");
    case "table":
      return [row(block.header), row(block.header.map(() => "---")), ...block.rows.map(row)].join("\n");
    case "image":
      return `![${block.alt}](${block.src})`;
    case "view":
      return `![${block.alt}](${block.view.href})`;
  }
}

/** A slide's body (everything but its title and notes) as Markdown. */
export const serializeBlocks = (blocks: readonly Block[]): string => blocks.map(serializeBlock).join("\n\n");

/** Speaker notes as the comment that ends a slide; paragraphs stay separated by a blank line. */
export const serializeNotes = (notes: string): string => (notes.trim() ? `<!--\n${notes.trim()}\n-->` : "");

/** A slide from its parts: the title, its body's Markdown and its notes. */
export function slideMarkdown(title: string, body: string, notes: string): string {
  return [`# ${title.replace(/\s*\n\s*/g, " ").trim()}`, body.trim(), serializeNotes(notes)]
    .filter(Boolean)
    .join("\n\n");
}

export const serializeSlide = (slide: StorySlide): string =>
  slideMarkdown(slide.title, serializeBlocks(slide.blocks), slide.notes);

/** A whole story from its front matter and its slides' Markdown. */
export const storyMarkdown = (meta: StoryMeta, slides: readonly string[]): string =>
  `${serializeMeta(meta)}\n\n${slides.join("\n\n---\n\n")}\n`;

/** A parsed story as Markdown. */
export const serializeStory = (story: Pick<Story, "meta" | "slides">): string =>
  storyMarkdown(story.meta, story.slides.map(serializeSlide));
