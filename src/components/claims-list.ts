// The claims ledger as a readable list: the article's sections in order, each claim with the Chinese sentence (and,
// in the English edition, its English rendering), the verdict as a labelled badge (a symbol and a word, not colour
// alone), the correction stated plainly with its source, and a link to the chart that draws it.
//
// Where a claim is drawn is named by the figure's title, which the caller passes (titles by figure id): a component
// does not read the registry.
import type { ClaimRow, ClaimVerdict } from "../contract.js";
import { h } from "./dom.js";
import { dictionaryFor, foreignTag, textIn, punctuation, rulesFor, withLang, type Lang } from "../i18n/index.js";

const SYMBOL: Record<ClaimVerdict, string> = { confirmed: "✓", corrected: "✗", unverifiable: "?", interpretation: "◇" };
export const VERDICTS = Object.keys(SYMBOL) as ClaimVerdict[];

/** A verdict's symbol, word and hint in a language. */
export const verdictLabel = (verdict: ClaimVerdict, lang: Lang = "en") => ({
  symbol: SYMBOL[verdict],
  ...dictionaryFor(lang).article.verdict[verdict]
});

const PAGE_KEYS: Record<string, keyof ReturnType<typeof dictionaryFor>["site"]["pages"]> = {
  "/": "index",
  "/scaling": "scaling",
  "/timeline": "timeline",
  "/capabilities": "capabilities",
  "/data": "data"
};

/** Figure titles by figure id, in the page's language. */
export type FigureTitles = Readonly<Record<string, string>>;

export function verdictBadge(verdict: ClaimVerdict, lang: Lang = "en"): HTMLElement {
  const { symbol, text, hint } = verdictLabel(verdict, lang);
  const mark = h("span", { attrs: { "aria-hidden": "true" } }, `${symbol} `);
  return h("span", { className: `verdict-badge verdict-${verdict}`, title: hint }, mark, text);
}

/** Where the claim is drawn: the figure's title, on its page (links keep the page's language). */
function shownIn(row: ClaimRow, lang: Lang, figureTitles: FigureTitles): Node | null {
  if (!row.shown_in || !row.shown_page) return null;
  const w = dictionaryFor(lang);
  const pageKey = PAGE_KEYS[row.shown_page];
  const page = pageKey ? w.site.pages[pageKey] : row.shown_page;
  const figure = row.shown_figure ? figureTitles[row.shown_figure] : undefined;
  const href = withLang(`.${row.shown_page}${row.shown_figure ? `#${row.shown_figure}` : ""}`, lang);
  return h(
    "p",
    { className: "claim-shown" },
    w.article.drawnIn,
    h("a", { href }, figure ? w.article.figureOnPage(figure, page) : page)
  );
}

function source(row: ClaimRow, lang: Lang): HTMLElement {
  const title = row.source_title ?? row.source;
  const target =
    row.source_url && /^https?:/.test(row.source_url) ? h("a", { href: row.source_url }, title) : h("span", {}, title);
  // A source's title is quoted as published: in the Chinese edition an English title is marked as English.
  const tag = foreignTag(title, lang);
  if (tag) target.lang = tag;
  return h("p", { className: "claim-source" }, dictionaryFor(lang).article.source, target);
}

function claimItem(row: ClaimRow, lang: Lang, figureTitles: FigureTitles): HTMLElement {
  const w = dictionaryFor(lang).article;
  const item = h("li", { className: `claim claim-${row.verdict}`, id: row.id });
  const head = h(
    "div",
    { className: "claim-head" },
    verdictBadge(row.verdict, lang),
    h("span", { className: "claim-kind" }, w.kind[row.kind]),
    h("span", { className: "claim-where" }, `¶${row.paragraph} · ${row.id}`)
  );
  item.append(head, h("blockquote", { className: "claim-zh", lang: "zh-CN" }, row.article_text));
  // Readers who do not read the article's Chinese get its English rendering beneath it.
  if (!rulesFor(lang).readsTheArticle) item.append(h("p", { className: "claim-en" }, textIn(lang, row, "claim")));
  const corrected = textIn(lang, row, "corrected_value");
  if (row.verdict === "corrected" && corrected)
    item.append(h("p", { className: "claim-correction" }, h("strong", {}, w.correction), corrected));
  const note = textIn(lang, row, "note");
  if (note) item.append(h("p", { className: "claim-note" }, note));
  item.append(source(row, lang));
  const shown = shownIn(row, lang, figureTitles);
  if (shown) item.append(shown);
  return item;
}

/** Consecutive claims of one section, in the article's order (a heading such as "ChatGPT" may occur twice). */
export function groupBySection(rows: ClaimRow[]): { section: string; rows: ClaimRow[] }[] {
  const groups: { section: string; rows: ClaimRow[] }[] = [];
  for (const row of [...rows].sort((a, b) => a.order - b.order)) {
    const last = groups.at(-1);
    if (last && last.section === row.section) last.rows.push(row);
    else groups.push({ section: row.section, rows: [row] });
  }
  return groups;
}

/** Counts per verdict, for the summary line. */
export function verdictCounts(rows: ClaimRow[]): Record<ClaimVerdict, number> {
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<ClaimVerdict, number>;
  for (const row of rows) counts[row.verdict] += 1;
  return counts;
}

/** The legend of the verdicts, one line. */
export function verdictLegend(lang: Lang = "en"): string {
  const w = dictionaryFor(lang).article;
  return VERDICTS.map((v) => w.legendItem(SYMBOL[v], w.verdict[v].text, w.verdict[v].hint)).join(" ");
}

export function claimsList(
  rows: ClaimRow[],
  {
    total = rows.length,
    lang = "en",
    figureTitles = {}
  }: { total?: number; lang?: Lang; figureTitles?: FigureTitles } = {}
): HTMLElement {
  const w = dictionaryFor(lang).article;
  const root = h("div", { className: "claims-list" });
  const counts = verdictCounts(rows);
  const summary = h(
    "p",
    { className: "claims-summary", attrs: { role: "status" } },
    w.summary(
      rows.length,
      total,
      VERDICTS.map((v) => w.count(counts[v], w.verdict[v].text)).join(punctuation(lang).comma)
    )
  );
  root.append(summary);
  if (rows.length === 0) {
    root.append(h("p", {}, w.noMatch));
    return root;
  }
  for (const group of groupBySection(rows)) {
    const headingId = `section-${group.rows[0]!.id}`;
    // A div, not a <section> landmark: the article repeats a heading ("ChatGPT"), and landmarks must be unique.
    const section = h("div", { className: "claims-section" });
    section.append(
      h("h2", { id: headingId, lang: "zh-CN" }, group.section),
      h("ol", { className: "claims" }, ...group.rows.map((row) => claimItem(row, lang, figureTitles)))
    );
    root.append(section);
  }
  return root;
}
