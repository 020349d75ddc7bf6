// The source article's own table (GPT, GPT-2, GPT-3) as it states it, with growth between generations, beside
// the primary sources' values and note on every row (⚑ where they differ).
import type { ArticleTableRow } from "../contract.js";
import { dictionaryFor, foreignTag, textIn, inParens, punctuation, rulesFor, type Lang } from "../i18n/index.js";
import { formatCount, formatDataSize, formatDate } from "./encoding.js";
import { tableWithHeader } from "./html-table.js";
import { h } from "./dom.js";

export type ArticleRow = ArticleTableRow;

const growth = (value: number | null) =>
  value === null ? "—" : `×${value >= 10 ? Math.round(value) : value.toFixed(1)}`;

/** Cells align to the top: a row's note makes it tall. */
const TOP = "vertical-align: top;";

const cell = (text: string, className = ""): HTMLTableCellElement =>
  h("td", { textContent: text, attrs: { style: TOP, class: className || null } });

/** The article's own (Chinese) words, marked with their language where the page is in another. */
const quoted = (text: string, lang: Lang): HTMLElement =>
  h("span", { textContent: text, attrs: { lang: foreignTag(text, lang) } });

/** Text whose runs of Chinese (the article's headers in the English caption) are marked as Chinese. */
const withChineseMarked = (text: string, lang: Lang): (string | HTMLElement)[] =>
  text
    .split(/([\p{Script=Han}][\p{Script=Han}\s/]*[\p{Script=Han}]|[\p{Script=Han}])/u)
    .map((part, i) => (i % 2 === 0 ? part : quoted(part, lang)));

/** A cell of the article's words. */
const articleCell = (text: string, lang: Lang, className = ""): HTMLTableCellElement => {
  const td = cell("", className);
  td.append(quoted(text, lang));
  return td;
};

/** The article's count as it writes it (Chinese units), and in the English edition the count in English units too. */
function parametersCell(row: ArticleRow, lang: Lang): HTMLTableCellElement {
  const td = articleCell(row.article_parameters_text, lang, row.parameters_differ ? "differs" : "");
  // Readers of another language get the count in their own units beside the article's.
  if (!rulesFor(lang).readsTheArticle) td.append(` (${formatCount(row.article_parameters, lang)})`);
  return td;
}

export function articleTableView(rows: readonly ArticleRow[], lang: Lang = "en"): HTMLTableElement {
  const { common, tables } = dictionaryFor(lang);
  const w = tables.article;
  /** The article's growth, and the primary sources' where it is more than 5% off (GPT-3's data: ×1125 against ×14). */
  const growthWithSources = (article: number | null, sources: number | null | undefined) =>
    article !== null && sources != null && Math.abs(sources / article - 1) > 0.05
      ? w.sourcesGrowth(growth(article), growth(sources))
      : growth(article);
  const { table, body } = tableWithHeader(
    [w.model, w.released, w.parameters, w.growth, w.data, w.growth, w.catalog],
    "article-table"
  );
  table.createCaption().append(...withChineseMarked(w.caption, lang));
  for (const row of rows) {
    const tr = body.insertRow();
    const th = h("th", {
      scope: "row",
      textContent: `${row.article_model}${inParens(row.model_name, lang)}`,
      attrs: { style: TOP }
    });
    const data =
      row.catalog_training_data === null
        ? w.dataUndisclosed
        : w.dataValue(formatDataSize(row.catalog_training_data, row.catalog_training_data_unit, lang));
    const status =
      row.catalog_parameters_status !== "disclosed" ? inParens(common.status[row.catalog_parameters_status], lang) : "";
    const values = [
      w.releasedOn(formatDate(row.catalog_release_date, "day", lang)),
      `${w.parametersValue(formatCount(row.catalog_parameters, lang))}${status}`,
      data,
      ...(row.catalog_training_tokens ? [w.trainingTokensValue(formatCount(row.catalog_training_tokens, lang))] : [])
    ].join(punctuation(lang).list);
    const differs = [
      row.month_differs ? w.differsWhat.month : null,
      row.parameters_differ ? w.differsWhat.parameters : null,
      row.data_differs ? w.differsWhat.data : null
    ].filter((x): x is string => x !== null);
    const summary = differs.length ? w.differs(differs.join(punctuation(lang).enumeration), values) : w.agrees(values);
    const noteText = textIn(lang, row, "note");
    const sources = h(
      "td",
      { attrs: { style: TOP } },
      h("p", { textContent: summary, attrs: { style: "margin: 0px;" } }),
      noteText && h("p", { className: "article-note", textContent: noteText })
    );
    tr.append(
      th,
      articleCell(row.article_month_text, lang, "article-date"),
      parametersCell(row, lang),
      cell(growthWithSources(row.parameters_growth, row.catalog_parameters_growth)),
      articleCell(row.article_data_text, lang, row.data_differs ? "differs" : ""),
      cell(growthWithSources(row.data_growth, row.catalog_data_growth)),
      sources
    );
  }
  return table;
}
