// The view link of a figure as a reader sees it now: the page it is on, the parameters of that page's state in the
// URL (filters, highlights, axes; the site's `lang` is the story's to set, and `embed` is the page's) and the
// figure's anchor, checked by the stories' own link parser. A figure shown on a page that has no view links of its
// own (the home page's chart) links to the page that holds it, in its default state.
import { parseViewLink, VIEW_PAGES, type ViewPage } from "../stories/views.js";

const pageOf = (pathname: string): string => (pathname.split("/").filter(Boolean).at(-1) ?? "").replace(/\.html$/, "");

const holds = (page: ViewPage, figure: string) => (VIEW_PAGES[page].figures as readonly string[]).includes(figure);

/**
 * Whether the page shows a backdrop that the view link leaves out: the Explore page's (Epoch AI's table, or one the
 * reader opened in the browser), which a story's views do not carry (src/stories/views.ts). The Scaling page's
 * backdrop is in its links.
 */
export function viewDropsBackdrop(search: string, href: string): boolean {
  const query = (text: string) => new URLSearchParams(text.split("#")[0]!.split("?")[1] ?? "");
  return new URLSearchParams(search).get("backdrop") === "on" && !query(href).has("backdrop");
}

/** `/scaling?model=gpt-3-175b#parameters-by-date`, or null when no page can show the figure as a view. */
export function viewLinkFor(figure: string, pathname: string, search: string): string | null {
  const here = pageOf(pathname);
  const pages = Object.keys(VIEW_PAGES) as ViewPage[];
  const page = pages.find((p) => p === here && holds(p, figure)) ?? pages.find((p) => holds(p, figure));
  if (!page) return null;
  const query = new URLSearchParams();
  if (page === here) {
    const known: readonly string[] = VIEW_PAGES[page].params;
    for (const [key, value] of new URLSearchParams(search))
      if (known.includes(key) && !query.has(key)) query.set(key, value);
  }
  const text = query.toString().replace(/%2C/gi, ",");
  const href = `/${page}${text ? `?${text}` : ""}#${figure}`;
  return "error" in parseViewLink(href) ? null : href;
}
