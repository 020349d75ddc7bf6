// The claims ledger as a readable list: the article's sections in order, each claim with the Chinese sentence (and,
// in the English edition, its English rendering), the verdict as a labelled badge (a symbol and a word, not colour
// alone), the correction stated plainly with its source, and a link to the chart that draws it.
import type { ClaimRow, ClaimVerdict } from "../../data-loaders/claims.js";
import { FIGURES } from "../figures/registry.js";
import { dictionaryFor, hasChinese, inLang, punctuation, type Lang } from "../i18n/index.js";

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

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

export function verdictBadge(verdict: ClaimVerdict, lang: Lang = "en"): HTMLElement {
  const { symbol, text, hint } = verdictLabel(verdict, lang);
  const mark = el("span", {}, `${symbol} `);
  mark.setAttribute("aria-hidden", "true");
  return el("span", { className: `verdict-badge verdict-${verdict}`, title: hint }, mark, text);
}

/** Where the claim is drawn: the figure's title from the registry, on its page (links keep the page's language). */
function shownIn(row: ClaimRow, lang: Lang): Node | null {
  if (!row.shown_in || !row.shown_page) return null;
  const w = dictionaryFor(lang);
  const pageKey = PAGE_KEYS[row.shown_page];
  const page = pageKey ? w.site.pages[pageKey] : row.shown_page;
  const figure = FIGURES.find((f) => f.id === row.shown_figure);
  const href = `.${row.shown_page === "/" ? "/" : row.shown_page}${lang === "zh" ? "?lang=zh" : ""}${row.shown_figure ? `#${row.shown_figure}` : ""}`;
  return el(
    "p",
    { className: "claim-shown" },
    w.article.drawnIn,
    el("a", { href }, figure ? w.article.figureOnPage(figure.title[lang], page) : page)
  );
}

function source(row: ClaimRow, lang: Lang): HTMLElement {
  const title = row.source_title ?? row.source;
  const target =
    row.source_url && /^https?:/.test(row.source_url)
      ? el("a", { href: row.source_url }, title)
      : el("span", {}, title);
  // A source's title is quoted as published: in the Chinese edition an English title is marked as English.
  if (lang === "zh" && !hasChinese(title)) target.lang = "en";
  return el("p", { className: "claim-source" }, dictionaryFor(lang).article.source, target);
}

function claimItem(row: ClaimRow, lang: Lang): HTMLElement {
  const w = dictionaryFor(lang).article;
  const item = el("li", { className: `claim claim-${row.verdict}`, id: row.id });
  const head = el(
    "div",
    { className: "claim-head" },
    verdictBadge(row.verdict, lang),
    el("span", { className: "claim-kind" }, w.kind[row.kind]),
    el("span", { className: "claim-where" }, `¶${row.paragraph} · ${row.id}`)
  );
  item.append(head, el("blockquote", { className: "claim-zh", lang: "zh-CN" }, row.claim_zh));
  if (lang === "en") item.append(el("p", { className: "claim-en" }, row.claim_en));
  const corrected = inLang(lang, row.corrected_value, row.corrected_value_zh);
  if (row.verdict === "corrected" && corrected)
    item.append(el("p", { className: "claim-correction" }, el("strong", {}, w.correction), corrected));
  const note = inLang(lang, row.note, row.note_zh);
  if (note) item.append(el("p", { className: "claim-note" }, note));
  item.append(source(row, lang));
  const shown = shownIn(row, lang);
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
  { total = rows.length, lang = "en" }: { total?: number; lang?: Lang } = {}
): HTMLElement {
  const w = dictionaryFor(lang).article;
  const root = el("div", { className: "claims-list" });
  const counts = verdictCounts(rows);
  const summary = el(
    "p",
    { className: "claims-summary" },
    w.summary(
      rows.length,
      total,
      VERDICTS.map((v) => w.count(counts[v], w.verdict[v].text)).join(punctuation(lang).comma)
    )
  );
  summary.setAttribute("role", "status");
  root.append(summary);
  if (rows.length === 0) {
    root.append(el("p", {}, w.noMatch));
    return root;
  }
  for (const group of groupBySection(rows)) {
    const headingId = `section-${group.rows[0]!.id}`;
    // A div, not a <section> landmark: the article repeats a heading ("ChatGPT"), and landmarks must be unique.
    const section = el("div", { className: "claims-section" });
    section.append(
      el("h2", { id: headingId, lang: "zh-CN" }, group.section),
      el("ol", { className: "claims" }, ...group.rows.map((row) => claimItem(row, lang)))
    );
    root.append(section);
  }
  return root;
}
