// Files in and out of the browser's story: "Download .md" writes it in the stories' format (hidden slides left
// out), "Open .md" (a file picker, or a file dropped on the page) reads one: a malformed file is named with its
// line by the stories' parser and changes nothing; a good one replaces the open story only once the user says so.
// "Download .pptx" and "Download .html" make those files in the browser (pptx.ts, html.ts). Beside them, the links that present the story
// as a deck, with the presenter view, and print it (the report or the slides, the print dialog opened on arrival).
import { h } from "../components/dom.js";
import type { Dictionary } from "../i18n/index.js";
import { parseStory, StoryError } from "../stories/parse.js";
import { resolveStoryInPeriod } from "../stories/period.js";
import type { StoryData } from "../stories/resolve.js";
import type { EditorActions } from "./editor.js";
import { composeMarkdown, shownSlides, type ComposeStory } from "./model.js";
import { composeHtml } from "./html.js";
import { composePptx } from "./pptx.js";

type Words = Dictionary["compose"];

/** The downloaded file's name: the title's letters and digits, else the story's id. */
export function fileName(story: ComposeStory): string {
  const slug = story.meta.title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `${slug || story.id}.md`;
}

function download(name: string, content: Blob) {
  const url = URL.createObjectURL(content);
  const a = h("a", { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Reads a file as a story; a malformed one is reported with its line and nothing changes. */
export async function openFile(file: File, data: StoryData, words: Words, actions: EditorActions): Promise<void> {
  const text = await file.text();
  try {
    const story = parseStory(text, file.name);
    resolveStoryInPeriod(story, data);
    await actions.openStory(story, file.name);
  } catch (error) {
    if (!(error instanceof StoryError)) throw error;
    actions.fail(words.openFailed(error.message));
  }
}

/** Accepts a .md file dropped anywhere on `element`. */
export function acceptDrops(element: HTMLElement, data: StoryData, words: Words, actions: EditorActions) {
  element.addEventListener("dragover", (event) => {
    if (event.dataTransfer?.types.includes("Files")) event.preventDefault();
  });
  element.addEventListener("drop", (event) => {
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    void openFile(file, data, words, actions);
  });
}

export function fileControls(story: ComposeStory, words: Words, data: StoryData, actions: EditorActions): HTMLElement {
  const base = `./mine?story=${encodeURIComponent(story.id)}`;
  const link = (key: string, href: string, text: string) => h("a", { href, textContent: text, dataset: { key } });
  const picker = h("input", { type: "file", accept: ".md,text/markdown,text/plain", className: "compose-file" });
  picker.tabIndex = -1;
  picker.setAttribute("aria-hidden", "true");
  picker.addEventListener("change", () => {
    const file = picker.files?.[0];
    if (file) void openFile(file, data, words, actions);
    picker.value = "";
  });
  const save = () => {
    if (shownSlides(story).length === 0) return actions.fail(words.nothingShown);
    download(fileName(story), new Blob([composeMarkdown(story)], { type: "text/markdown;charset=utf-8" }));
  };
  /** A file made in the page (the PPTX draws every view, the HTML fetches the player): said while, and after. */
  const saveMade = async (button: HTMLButtonElement, extension: string, make: () => Promise<Blob>) => {
    if (shownSlides(story).length === 0) return actions.fail(words.nothingShown);
    const name = fileName(story).replace(/\.md$/, extension);
    button.disabled = true;
    actions.say(words.preparing(name));
    try {
      download(name, await make());
      actions.say(words.downloaded(name));
    } catch (error) {
      actions.fail(words.exportFailed(name, error instanceof Error ? error.message : String(error)));
    } finally {
      button.disabled = false;
    }
  };
  const button = (key: string, text: string, onclick: () => void) =>
    h("button", { type: "button", textContent: text, onclick, dataset: { key } });
  const pptxButton: HTMLButtonElement = button("download-pptx", words.downloadPptx, () => {
    void saveMade(pptxButton, ".pptx", () => composePptx(story));
  });
  const htmlButton: HTMLButtonElement = button("download-html", words.downloadHtml, () => {
    const html = async () => new Blob([await composeHtml(story, data)], { type: "text/html;charset=utf-8" });
    void saveMade(htmlButton, ".html", html);
  });
  return h(
    "div",
    { className: "compose-files" },
    h(
      "p",
      { className: "compose-links" },
      link("present", `${base}&present`, words.present),
      link("presenter", `${base}&presenter`, words.presenter),
      // These two open the printed layouts and call the browser's print dialog there (`autoprint`, see mine.ts).
      link("print", `${base}&print&autoprint`, words.print),
      link("print-slides", `${base}&print=slides&autoprint`, words.printSlides)
    ),
    h(
      "p",
      { className: "compose-buttons" },
      button("download", words.download, save),
      pptxButton,
      htmlButton,
      button("open", words.open, () => picker.click()),
      picker,
      h("span", { textContent: words.drop })
    )
  );
}
