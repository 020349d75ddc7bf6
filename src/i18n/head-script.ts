// The script every page runs in its <head>, before the body is parsed (so before first paint): it settles the
// page's language as lang.ts does (`?lang=`, else the remembered choice, else English), sets <html lang>, which the
// stylesheet uses to show the navigation and footer in that language only, and keeps the language on every
// internal link (rewritten once the document is parsed, as links are added, and again on click). It is plain
// JavaScript in a string: nothing can be imported before first paint. tests/unit/i18n-head-script.test.ts runs it
// under jsdom against lang.ts.
import { LANG_PARAM, LANG_STORAGE_KEY } from "./lang.js";

export interface HeadScriptWords {
  /** Every language's code (LANGS), the default first or not, and the one a page without a choice is in. */
  langs: readonly string[];
  defaultLang: string;
  /** Each language's BCP 47 tag, for <html lang> and the site frame's spans marked in it. */
  tags: Record<string, string>;
  /** Page titles in each language by page slug ("" is the home page), for document.title and the pager. */
  pageNames: Record<string, Record<string, string>>;
  siteTitle: Record<string, string>;
  /** The table of contents' accessible name in each language. */
  tocLabel: Record<string, string>;
  /** The pager's "Previous page" and "Next page" in each language. */
  pager: Record<string, { previous: string; next: string }>;
}

export function headScript(words: HeadScriptWords): string {
  const json = (value: unknown) => JSON.stringify(value).replaceAll("<", "\\u003c");
  return `(() => {
const PARAM = ${json(LANG_PARAM)}, KEY = ${json(LANG_STORAGE_KEY)};
const LANGS = ${json(words.langs)}, DEFAULT = ${json(words.defaultLang)}, TAGS = ${json(words.tags)};
const NAMES = ${json(words.pageNames)}, SITE = ${json(words.siteTitle)}, TOC = ${json(words.tocLabel)}, PAGER = ${json(words.pager)};
const parse = (value) => (LANGS.includes(value) ? value : null);
const remember = (value) => { try { localStorage.setItem(KEY, value); } catch {} };
let stored = null;
try { stored = parse(localStorage.getItem(KEY)); } catch {}
const fromUrl = parse(new URLSearchParams(location.search).get(PARAM));
if (fromUrl) remember(fromUrl);
const lang = fromUrl || stored || DEFAULT;
document.documentElement.lang = TAGS[lang];
// The site frame holds every language (.i18n spans); only this page's shows, from the first paint.
const css = (text) => JSON.stringify(text).replaceAll("<", "\\\\3c ");
const style = document.createElement("style");
style.textContent = ".i18n:not([lang=" + css(TAGS[lang]) + "]) { display: none !important; }" +
  " #observablehq-footer nav a[rel=prev]::before { content: " + css(PAGER[lang].previous) + "; }" +
  " #observablehq-footer nav a[rel=next]::before { content: " + css(PAGER[lang].next) + "; }";
document.head.append(style);
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\\/\\/)/i;
const withLang = (href) => {
  if (href === "" || href.startsWith("#") || EXTERNAL.test(href)) return href;
  const hashAt = href.indexOf("#");
  const hash = hashAt >= 0 ? href.slice(hashAt) : "";
  const beforeHash = hashAt >= 0 ? href.slice(0, hashAt) : href;
  const queryAt = beforeHash.indexOf("?");
  const path = queryAt >= 0 ? beforeHash.slice(0, queryAt) : beforeHash;
  const params = new URLSearchParams(queryAt >= 0 ? beforeHash.slice(queryAt + 1) : "");
  if (lang === "en") params.delete(PARAM); else params.set(PARAM, lang);
  const query = params.toString();
  return path + (query ? "?" + query : "") + hash;
};
const switchHref = (target) => {
  const params = new URLSearchParams(location.search);
  params.set(PARAM, target);
  return location.pathname + "?" + params.toString() + location.hash;
};
const rewrite = (a) => {
  if (a.hasAttribute("download")) return;
  const target = a.closest(".lang-switch") ? a.getAttribute("data-lang") : null;
  const href = a.getAttribute("href");
  const next = target ? switchHref(target) : href === null ? null : withLang(href);
  if (next !== null && next !== href) a.setAttribute("href", next);
};
const rewriteWithin = (node) => {
  if (node.nodeType !== 1) return;
  if (node.matches("a[href]")) rewrite(node);
  node.querySelectorAll("a[href]").forEach(rewrite);
};
const slug = (path) => path.replace(/\\/+$/, "").split("/").pop().replace(/\\.html$/, "").replace(/^index$/, "").replace(/^\\.$/, "");
document.addEventListener("click", (event) => {
  const a = event.target instanceof Element ? event.target.closest("a[href]") : null;
  if (!a) return;
  const target = a.closest(".lang-switch") ? parse(a.getAttribute("data-lang")) : null;
  if (target) remember(target);
  rewrite(a);
}, true);
addEventListener("DOMContentLoaded", () => {
  rewriteWithin(document.body);
  new MutationObserver((records) => records.forEach((r) => r.addedNodes.forEach(rewriteWithin))).observe(document.body, {childList: true, subtree: true});
  document.querySelectorAll(".lang-switch a[data-lang]").forEach((a) => {
    if (a.getAttribute("data-lang") === lang) a.setAttribute("aria-current", "true"); else a.removeAttribute("aria-current");
  });
  document.querySelectorAll("[data-aria-label-" + lang + "]").forEach((el) => {
    el.setAttribute("aria-label", el.getAttribute("data-aria-label-" + lang));
  });
  document.querySelector("#observablehq-toc > nav")?.setAttribute("aria-label", TOC[lang]);
  // The default language's titles and pager are Framework's own, built from the config.
  if (lang === DEFAULT) return;
  const name = NAMES[lang][slug(location.pathname)];
  if (name !== undefined) document.title = name === SITE[lang] ? SITE[lang] : name + " | " + SITE[lang];
  document.querySelectorAll("#observablehq-footer > nav a[href] > span").forEach((span) => {
    const translated = NAMES[lang][slug(span.parentElement.getAttribute("href").split(/[?#]/)[0])];
    if (translated !== undefined) { span.textContent = translated; span.lang = TAGS[lang]; }
  });
});
})();`;
}
