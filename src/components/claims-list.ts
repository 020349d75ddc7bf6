// The claims ledger as a readable list: the article's sections in order, each claim with the Chinese sentence, its
// English rendering, the verdict as a labelled badge (a symbol and a word, not colour alone), the correction stated
// plainly with its source, and a link to the chart that draws it.
import type { ClaimRow, ClaimVerdict } from "../../data-loaders/claims.js";

export const VERDICT_LABELS: Record<ClaimVerdict, { symbol: string; text: string; hint: string }> = {
  confirmed: { symbol: "✓", text: "Confirmed", hint: "the primary source says the same" },
  corrected: { symbol: "✗", text: "Corrected", hint: "the primary source says otherwise; the correction is given" },
  unverifiable: { symbol: "?", text: "Unverifiable", hint: "no primary source we could check states it" },
  interpretation: { symbol: "◇", text: "Interpretation", hint: "an analysis or opinion, not a checkable fact" }
};
export const VERDICTS = Object.keys(VERDICT_LABELS) as ClaimVerdict[];

/** The charts a claim can point to, by page and figure id, with the titles the pages give them. */
const FIGURES: Record<string, string> = {
  "/scaling#parameters-by-date": "Parameters against release date",
  "/scaling#compute-by-date": "Training compute against release date",
  "/scaling#tokens-by-date": "Training data against release date, in tokens",
  "/scaling#parameters-vs-tokens": "Parameters against training tokens",
  "/scaling#article-table": "The source article’s table",
  "/scaling#trend-fits": "Trend fits",
  "/timeline#release-timeline": "Release timeline",
  "/timeline#gpt35-tree": "GPT-3.5 evolution tree",
  "/timeline#lineage-scale": "Lineage on release date × parameters",
  "/capabilities#capability-matrix": "Capability matrix",
  "/capabilities#alignment-tax": "The alignment tax",
  "/capabilities#ability-origins": "Where each ability came from",
  "/capabilities#emergence-thresholds": "Emergent abilities (Wei et al.’s estimates)"
};
const PAGE_NAMES: Record<string, string> = { "/scaling": "Scaling", "/timeline": "Timeline", "/capabilities": "Capabilities", "/data": "Data", "/": "Overview" };

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function link(href: string, text: string): HTMLAnchorElement {
  return el("a", { href }, text);
}

export function verdictBadge(verdict: ClaimVerdict): HTMLElement {
  const { symbol, text, hint } = VERDICT_LABELS[verdict];
  const mark = el("span", {}, `${symbol} `);
  mark.setAttribute("aria-hidden", "true");
  return el("span", { className: `verdict-badge verdict-${verdict}`, title: hint }, mark, text);
}

/** Where the claim is drawn: a link relative to the site's root-level pages (the ledger page is one of them). */
function shownIn(row: ClaimRow): Node | null {
  if (!row.shown_in || !row.shown_page) return null;
  const page = PAGE_NAMES[row.shown_page] ?? row.shown_page;
  const name = FIGURES[row.shown_in] ?? page;
  const href = `.${row.shown_page === "/" ? "/" : row.shown_page}${row.shown_figure ? `#${row.shown_figure}` : ""}`;
  return el("p", { className: "claim-shown" }, "Drawn in: ", link(href, row.shown_figure ? `${name} (${page})` : page));
}

function source(row: ClaimRow): HTMLElement {
  const title = row.source_title ?? row.source;
  return el("p", { className: "claim-source" }, "Source: ", row.source_url && /^https?:/.test(row.source_url) ? link(row.source_url, title) : title);
}

function claimItem(row: ClaimRow): HTMLElement {
  const item = el("li", { className: `claim claim-${row.verdict}`, id: row.id });
  const head = el("div", { className: "claim-head" }, verdictBadge(row.verdict), el("span", { className: "claim-kind" }, row.kind), el("span", { className: "claim-where" }, `¶${row.paragraph} · ${row.id}`));
  const zh = el("blockquote", { className: "claim-zh", lang: "zh-CN" }, row.claim_zh);
  const en = el("p", { className: "claim-en" }, row.claim_en);
  item.append(head, zh, en);
  if (row.verdict === "corrected" && row.corrected_value) item.append(el("p", { className: "claim-correction" }, el("strong", {}, "Correction: "), row.corrected_value));
  if (row.note) item.append(el("p", { className: "claim-note" }, row.note));
  item.append(source(row));
  const shown = shownIn(row);
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

export function claimsList(rows: ClaimRow[], { total = rows.length }: { total?: number } = {}): HTMLElement {
  const root = el("div", { className: "claims-list" });
  const counts = verdictCounts(rows);
  const summary = el("p", { className: "claims-summary" }, `${rows.length} of ${total} claims shown: ${VERDICTS.map((v) => `${counts[v]} ${VERDICT_LABELS[v].text.toLowerCase()}`).join(", ")}.`);
  summary.setAttribute("role", "status");
  root.append(summary);
  if (rows.length === 0) {
    root.append(el("p", {}, "No claim matches the search and the verdicts chosen."));
    return root;
  }
  for (const group of groupBySection(rows)) {
    const headingId = `section-${group.rows[0]!.id}`;
    // A div, not a <section> landmark: the article repeats a heading ("ChatGPT"), and landmarks must be unique.
    const section = el("div", { className: "claims-section" });
    section.append(el("h2", { id: headingId, lang: "zh-CN" }, group.section), el("ol", { className: "claims" }, ...group.rows.map(claimItem)));
    root.append(section);
  }
  return root;
}
