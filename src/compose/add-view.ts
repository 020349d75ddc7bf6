// "Add to my talk" and "Add to my report" in a figure's frame: a slide (or a report section) holding the figure in
// its current view, titled with the figure's title and noted with its caption, appended to the browser's story for
// that purpose; a short status says where it went, with a link to /stories/mine.
import { h } from "../components/dom.js";
import { dictionaryFor, rulesFor, withLang, type Lang } from "../i18n/index.js";
import { addView, browserStorage, loadStore, saveStore, type Target } from "./store.js";
import { viewDropsBackdrop, viewLinkFor } from "./view-link.js";

/** A page's address as its readers need it: "Add to my talk", a download's recorded URL. */
export type PageAddress = Pick<Location, "pathname" | "search" | "href">;

export interface AddViewSource {
  figure: string;
  lang: Lang;
  title: () => string;
  caption: () => string;
  /**
   * The page's address with the view as it stands (its controller's: the address bar follows a change a moment
   * later, so a click right after a control would add the view before it). Without one, the page's location.
   */
  address?: () => PageAddress;
}

/** The address of /stories/mine from the page (the notebook's pages sit at its root). */
export const mineHref = (storyId: string, lang: Lang) =>
  withLang(`./stories/mine?story=${encodeURIComponent(storyId)}`, lang);

const pageAddress = (source: AddViewSource): PageAddress => source.address?.() ?? location;

/**
 * Adds the figure's current view to the target's story; the status's words, or why it could not. A view whose
 * backdrop the story cannot carry (the Explore page's, an imported table's above all) is added without it, and the
 * words say so then, not when the story is presented.
 */
export function addCurrentView(source: AddViewSource, target: Target, where: PageAddress = pageAddress(source)) {
  const words = dictionaryFor(source.lang).compose;
  const href = viewLinkFor(source.figure, where.pathname, where.search);
  if (!href) return { text: words.add.noView, link: null };
  const storage = browserStorage();
  const loaded = loadStore(storage);
  const fresh = { title: target === "talk" ? words.myTalk : words.myReport, lang: source.lang };
  const view = { title: source.title(), href, notes: source.caption() };
  const { state, story, slide } = addView(loaded.state, target, view, fresh);
  const problem = saveStore(storage, state);
  if (problem) return { text: words.storage[problem.kind](problem.detail), link: null };
  const added = words.add.added[target](story.meta.title, slide);
  const dropped = viewDropsBackdrop(where.search, href);
  return {
    text: dropped ? `${added}${rulesFor(source.lang).wordSpace}${words.add.withoutBackdrop}` : added,
    link: { href: mineHref(story.id, source.lang), text: words.add.open }
  };
}

/** The two buttons, the status line they write to, and relabel: their names follow the title (a named view's). */
export function addViewControls(source: AddViewSource): {
  buttons: HTMLElement[];
  status: HTMLElement;
  relabel: () => void;
} {
  const words = dictionaryFor(source.lang).compose.add;
  const status = h("p", { className: "figure-compose-status", attrs: { role: "status" } });
  const button = (target: Target) =>
    h("button", {
      type: "button",
      className: "figure-compose",
      textContent: words.button[target],
      dataset: { target },
      attrs: { "aria-label": words.label[target](source.title()) },
      onclick: () => {
        const { text, link } = addCurrentView(source, target);
        const space = rulesFor(source.lang).wordSpace;
        status.replaceChildren(text, ...(link ? [space, h("a", { href: link.href, textContent: link.text })] : []));
      }
    });
  const buttons = [button("talk"), button("report")];
  const relabel = () => {
    for (const b of buttons) b.setAttribute("aria-label", words.label[b.dataset.target as Target](source.title()));
  };
  return { buttons, status, relabel };
}
