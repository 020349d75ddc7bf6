// Observable Framework configuration: https://observablehq.com/framework/config
// The site's frame (navigation, language switch, footer) is written in both languages; the head script sets
// <html lang> before first paint and the stylesheet shows only the page's language (no layout shift, no flash).
import { en } from "./src/i18n/en.js";
import type { Dictionary } from "./src/i18n/dictionary.js";
import { DICTIONARIES } from "./src/i18n/index.js";
import { DEFAULT_LANG, LANGS, type Lang } from "./src/i18n/lang.js";
import { rulesFor } from "./src/i18n/rules.js";
import { headScript } from "./src/i18n/head-script.js";
import { darkVariantCss } from "./src/figures/palette.js";
import { storyNames } from "./data-loaders/stories.js";

type PageKey = keyof Dictionary["site"]["pages"];
const PAGE_KEYS: Exclude<PageKey, "index">[] = [
  "scaling",
  "explore",
  "timeline",
  "capabilities",
  "data",
  "article",
  "talk",
  "report"
];
const PAGES = PAGE_KEYS.map((key) => ({ name: en.site.pages[key], path: `/${key}` }));

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * Text in every language, each in its own element; the head script shows only the page's language (the stylesheet
 * shows only the default language's where no script runs).
 */
const inEveryLang = (text: (words: Dictionary, lang: Lang) => string, tag = "span") =>
  LANGS.map(
    (lang) =>
      `<${tag} class="i18n${lang === DEFAULT_LANG ? " i18n-default" : ""}" lang="${rulesFor(lang).tag}">${text(DICTIONARIES[lang], lang)}</${tag}>`
  ).join("");
/** `data-aria-label-<lang>` for every language but the default: the head script sets the page's as aria-label. */
const ariaLabels = (label: (words: Dictionary) => string) =>
  LANGS.filter((lang) => lang !== DEFAULT_LANG)
    .map((lang) => ` data-aria-label-${lang}="${escapeHtml(label(DICTIONARIES[lang]))}"`)
    .join("");

/** The site's navigation and language switch. It replaces Framework's sidebar, whose toggle and markup fail axe. */
function header({ path }: { path: string }): string {
  const link = (key: PageKey, active: boolean) =>
    `<a href=".${key === "index" ? "/" : `/${key}`}"${active ? ' aria-current="page"' : ""}>${inEveryLang((words) => escapeHtml(words.site.pages[key]))}</a>`;
  const nav = `<nav aria-label="${escapeHtml(en.site.navLabel)}"${ariaLabels((words) => words.site.navLabel)} class="site-nav">${[
    link("index", path === "/index"),
    ...PAGE_KEYS.map((key) => link(key, path === `/${key}`))
  ].join("")}</nav>`;
  // Two links, each in its own language, to this page; the head script adds `?lang=` to each (keeping the page's
  // other parameters) and marks the current one (aria-current). Built without the query: Framework's link check
  // reports any link with a query string as broken.
  const self = `.${path === "/index" ? "/" : path}`;
  const choices = LANGS.map((lang) => {
    const { tag, endonym } = rulesFor(lang);
    return `<a href="${self}" data-lang="${lang}" lang="${tag}" hreflang="${tag}">${escapeHtml(endonym)}</a>`;
  });
  const switcher = `<div class="lang-switch" role="group" aria-label="${escapeHtml(en.languageSwitch.label)}">${choices.join("")}</div>`;
  return `<div class="site-header">${nav}${switcher}</div>`;
}

/** The footer's lines, separated as the language separates words (a space, or none in Chinese). */
function footerIn(words: Dictionary, lang: Lang): string {
  const separator = rulesFor(lang).wordSpace;
  const f = words.site.footer;
  return [
    f.data(`<a href="./data">${escapeHtml(f.dataLink)}</a>`),
    escapeHtml(f.thresholds),
    escapeHtml(f.claims),
    escapeHtml(f.backdrop)
  ].join(separator);
}

/** One value per language, for the head script. */
const everyLang = <T>(value: (lang: Lang) => T): Record<string, T> =>
  Object.fromEntries(LANGS.map((lang) => [lang, value(lang)]));

export default {
  title: en.site.title,
  root: "src",
  pages: PAGES,
  sidebar: false,
  header,
  // The default links a web font from a remote host; this site must load nothing from off its own host.
  globalStylesheets: [],
  style: "style.css",
  // Framework has no `lang` option, its viewport tag disables zoom and its table of contents is an unnamed
  // second <nav>: each fails axe. The language script runs here, before the body is parsed.
  // An icon written into the page: the browser asks for /favicon.ico otherwise, a 404 on every first visit. The
  // dark variants of the encoding colours for dark paper (src/figures/palette.ts).
  head: `<style>${darkVariantCss()}</style>
<link rel="icon" href="data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#4269d0"/><path d="M3 12 L7 8 L10 10 L13 4" stroke="#fff" stroke-width="1.8" fill="none"/></svg>')}">
<script>
// Once no cell is still loading (Framework marks each pending inline cell with <observablehq-loading>) and every figure
// has drawn, or after 4 s, the page is marked .rendered (what the browser tests wait for) and a link to a figure
// scrolls to it. Nothing waits for it: the text shows at once, and pending cells keep their room (style.css).
(() => {
  const start = performance.now();
  const reveal = () => {
    const pending = document.readyState === "loading" || document.querySelector("observablehq-loading") || [...document.querySelectorAll(".figure-body")].some((b) => !b.childElementCount);
    if (pending && performance.now() - start < 4000) requestAnimationFrame(reveal);
    else {
      document.documentElement.classList.add("rendered");
      // A link to a figure (#parameters-vs-tokens) scrolls to it once it is drawn: before, it did not exist yet.
      const target = location.hash.length > 1 && document.getElementById(decodeURIComponent(location.hash.slice(1)));
      if (target) target.scrollIntoView();
    }
  };
  requestAnimationFrame(reveal);
})();
document.querySelector('meta[name="viewport"]')?.setAttribute("content", "width=device-width, initial-scale=1");
${headScript({
  langs: LANGS,
  defaultLang: DEFAULT_LANG,
  tags: everyLang((lang) => rulesFor(lang).tag),
  pageNames: everyLang((lang) =>
    Object.fromEntries(
      (["index", ...PAGE_KEYS] as PageKey[]).map((key) => [
        key === "index" ? "" : key,
        DICTIONARIES[lang].site.pages[key]
      ])
    )
  ),
  siteTitle: everyLang((lang) => DICTIONARIES[lang].site.title),
  tocLabel: everyLang((lang) => DICTIONARIES[lang].site.onThisPage),
  pager: everyLang((lang) => DICTIONARIES[lang].site.pager)
})}
</script>`,
  footer: inEveryLang(footerIn, "div"),
  search: false,
  // A page per story of stories/ (src/stories/[story].md): /stories/gpt-history, /stories/gpt-history.zh, …
  dynamicPaths: storyNames().map((name) => `/stories/${name}`)
};
