// "Download .pptx" in the editor: the browser's story as a PowerPoint file made in the browser, by the same layout as
// `npm run export` (src/stories/pptx.ts) with the same library. The views are captured as the command line captures
// them: from the story's printed slides (`/stories/mine?print=slides`, one page per slide, builds complete), here
// loaded in an invisible same-origin frame at the slide preset's 1920×1080, each view drawn to a canvas at twice its
// size. No network: pptxgenjs is served by the site and the pictures are data URLs.
//
// pptxgenjs is the package's own browser build (pptxgen.bundle.js, with JSZip) that the site serves in
// src/data/pptxgen.json and the page runs as an inline script, not imported by name: Framework's bundler cannot
// bundle its ES build (the dynamic imports of node:fs and node:https become a second chunk that Framework does not
// write, and the build fails).
import { h } from "../components/dom.js";
import type { Story } from "../stories/parse.js";
import type JSZip from "jszip";
import { pptxConstructor, storyPresentation, tagDeckLanguage, type Captured, type PptxGenJS } from "../stories/pptx.js";
import { composeToStory, type ComposeStory } from "./model.js";

/** The views' pixels: twice the slide's, as on the command line (PPTX_SCALE in scripts/export-stories.ts). */
export const PPTX_SCALE = 2;
const FRAME = { width: 1920, height: 1080 };
const READY_TIMEOUT = 60_000;

/** The computed styles a drawing needs to look the same once it is a picture apart from the page's stylesheets. */
const STYLE_PROPS = [
  "color",
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-opacity",
  "stroke-dasharray",
  "stroke-linecap",
  "stroke-linejoin",
  "opacity",
  "font-family",
  "font-size",
  "font-weight",
  "font-style",
  "font-variant-numeric",
  "letter-spacing",
  "text-anchor",
  "dominant-baseline",
  "paint-order",
  "visibility",
  "display",
  "white-space",
  "line-height",
  "text-align",
  "text-decoration-line",
  "shape-rendering",
  "background-color",
  "border-top",
  "border-right",
  "border-bottom",
  "border-left",
  "border-radius",
  "padding",
  "margin",
  "box-sizing",
  "flex-direction",
  "flex-wrap",
  "align-items",
  "justify-content",
  "column-gap",
  "row-gap",
  "flex-grow",
  "flex-shrink",
  "flex-basis",
  "overflow",
  "vertical-align",
  "max-width",
  "text-overflow"
];
/** For HTML boxes only (in SVG, width and height are geometry the attributes already give). */
const BOX_PROPS = ["width", "height"];

function inlineStyles(source: Element, target: Element, view: Window) {
  const computed = view.getComputedStyle(source);
  const style = (target as HTMLElement | SVGElement).style;
  if (!style) return;
  const props = source.namespaceURI === "http://www.w3.org/1999/xhtml" ? [...STYLE_PROPS, ...BOX_PROPS] : STYLE_PROPS;
  for (const prop of props) style.setProperty(prop, computed.getPropertyValue(prop));
  for (let i = 0; i < source.children.length; i++) inlineStyles(source.children[i]!, target.children[i]!, view);
}

/** The first opaque background behind an element (the slide's theme), for the picture's own. */
function backdrop(element: Element, view: Window): string {
  for (let e: Element | null = element; e; e = e.parentElement) {
    const color = view.getComputedStyle(e).backgroundColor;
    if (color && color !== "transparent" && !/rgba\(.*,\s*0\)$/.test(color)) return color;
  }
  return "#000";
}

const loaded = (image: HTMLImageElement) =>
  image.complete && image.naturalWidth
    ? Promise.resolve()
    : new Promise<void>((done, fail) => {
        image.addEventListener("load", () => done(), { once: true });
        image.addEventListener("error", () => fail(new Error(`the picture ${image.src} did not load`)), { once: true });
      });

/** One element of the printed slide as a PNG at PPTX_SCALE: a picture as it is, a drawing through an SVG image. */
async function rasterize(element: Element): Promise<Captured> {
  const view = element.ownerDocument.defaultView!;
  const box = element.getBoundingClientRect();
  const [width, height] = [Math.ceil(box.width * PPTX_SCALE), Math.ceil(box.height * PPTX_SCALE)];
  const canvas = h("canvas", { width, height });
  const context = canvas.getContext("2d")!;
  context.fillStyle = backdrop(element, view);
  context.fillRect(0, 0, width, height);
  let image: HTMLImageElement;
  if (element instanceof view.HTMLImageElement) image = element;
  else {
    const clone = element.cloneNode(true) as Element;
    inlineStyles(element, clone, view);
    const xml = new XMLSerializer().serializeToString(clone);
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
      `viewBox="0 0 ${box.width} ${box.height}"><foreignObject x="0" y="0" width="${box.width}" ` +
      `height="${box.height}">${xml}</foreignObject></svg>`;
    image = h("img", {});
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  }
  await loaded(image);
  context.drawImage(image, 0, 0, width, height);
  return { kind: "image", data: canvas.toDataURL("image/png"), width, height };
}

/** What a view's element shows as text (the catalog's counts, the sources list), as the command line reads it. */
function textOf(frame: Element): Captured | null {
  const e = frame.matches(".story-view") ? frame.firstElementChild! : frame;
  if (!e.matches(".slide-sources, .slide-meta")) return null;
  const items = [...e.querySelectorAll("li")].map((li) => li.textContent!.trim());
  return { kind: "text", lines: items.length ? items : [e.textContent!.trim()], ordered: e.tagName === "OL" };
}

/** The views of the printed slides: `captures[s][b]` for block b of slide s (see captureViews in export-stories.ts). */
async function captureViews(doc: Document, story: Story): Promise<(Captured | undefined)[][]> {
  const pages = [...doc.querySelectorAll(".deck-print > .print-page")];
  const captures: (Captured | undefined)[][] = [];
  for (const [s, slide] of story.slides.entries()) {
    const stack = pages[s]!.querySelector(".story-stack")!;
    const row: (Captured | undefined)[] = [];
    for (const [b, block] of slide.blocks.entries()) {
      const element = stack.children[b];
      if ((block.kind !== "view" && block.kind !== "image") || !element) row.push(undefined);
      else row.push(textOf(element) ?? (await rasterize(element)));
    }
    captures.push(row);
  }
  return captures;
}

/** Resolves once the frame's printed slides are all drawn and its fonts are in. */
async function printedSlides(frame: HTMLIFrameElement, count: number): Promise<Document> {
  const start = performance.now();
  for (;;) {
    const doc = frame.contentDocument;
    const pages = doc?.querySelectorAll(".deck-print > .print-page").length ?? 0;
    if (doc && pages === count && !doc.querySelector("observablehq-loading")) {
      await doc.fonts.ready;
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      return doc;
    }
    if (performance.now() - start > READY_TIMEOUT)
      throw new Error(`the printed slides did not appear (${pages} of ${count} after ${READY_TIMEOUT / 1000} s)`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** Where the page serves pptxgenjs's browser build (a FileAttachment's URL, given by /stories/mine). */
let libraryUrl: string | null = null;
export const setPptxLibrary = (url: string) => void (libraryUrl = url);

/** pptxgenjs, its script run once (it defines the globals PptxGenJS and JSZip). */
async function library(): Promise<PptxGenJS> {
  const global = window as unknown as { PptxGenJS?: unknown };
  if (!global.PptxGenJS) {
    if (!libraryUrl) throw new Error("the page did not say where pptxgenjs is");
    const response = await fetch(libraryUrl);
    if (!response.ok) throw new Error(`${libraryUrl}: ${response.status} ${response.statusText}`);
    const { script } = (await response.json()) as { script: string };
    document.head.append(h("script", { textContent: script }));
  }
  return pptxConstructor(global.PptxGenJS);
}

const PPTX_TYPE = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

/** The story's .pptx as a Blob: its slides, their text, the views as pictures and the speaker notes. */
export async function composePptx(story: ComposeStory): Promise<Blob> {
  const parsed = composeToStory(story, `${story.id}.md`);
  const frame = h("iframe", {
    src: `./mine?story=${encodeURIComponent(story.id)}&print=slides`,
    tabIndex: -1,
    className: "compose-capture",
    attrs: { "aria-hidden": "true" }
  });
  Object.assign(frame.style, {
    position: "fixed",
    left: `-${FRAME.width * 2}px`,
    top: "0",
    width: `${FRAME.width}px`,
    height: `${FRAME.height}px`,
    border: "0"
  });
  document.body.append(frame);
  try {
    const [PptxGenJS, doc] = await Promise.all([library(), printedSlides(frame, parsed.slides.length)]);
    const pptx = storyPresentation(PptxGenJS, parsed, await captureViews(doc, parsed));
    const written = (await pptx.write({ outputType: "arraybuffer" })) as ArrayBuffer;
    // The bundle's JSZip (a global beside PptxGenJS) retags the notes in the story's language.
    const Zip = (window as unknown as { JSZip: typeof JSZip }).JSZip;
    const zip = await tagDeckLanguage(await Zip.loadAsync(written), parsed.meta.lang);
    return zip.generateAsync({ type: "blob", mimeType: PPTX_TYPE, compression: "DEFLATE" });
  } finally {
    frame.remove();
  }
}
