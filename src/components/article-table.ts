// The source article's own table (GPT, GPT-2, GPT-3) as it states it, with growth between generations, beside
// the primary sources' values and note on every row (⚑ where they differ).
import type { ArticleTableRow } from "../contract.js";
import { dictionaryFor, inLang, inParens, punctuation, type Lang } from "../i18n/index.js";
import { formatCount, formatDataSize, formatDate } from "./encoding.js";
import { tableWithHeader } from "./html-table.js";

export type ArticleRow = ArticleTableRow;

const growth = (value: number | null) =>
  value === null ? "—" : `×${value >= 10 ? Math.round(value) : value.toFixed(1)}`;

/** The article's own words (Chinese) in the English edition: marked, so they are read and wrapped as Chinese. */
function quoted(element: HTMLElement, lang: Lang): HTMLElement {
  if (lang !== "zh") element.lang = "zh-Hans";
  return element;
}

/** Text whose runs of Chinese (the article's headers in the English caption) are marked lang="zh-Hans". */
function withChineseMarked(text: string, lang: Lang): (string | HTMLElement)[] {
  if (lang === "zh") return [text];
  return text.split(/([\p{Script=Han}][\p{Script=Han}\s/]*[\p{Script=Han}]|[\p{Script=Han}])/u).map((part, i) => {
    if (i % 2 === 0) return part;
    const span = document.createElement("span");
    span.textContent = part;
    return quoted(span, lang);
  });
}

function cell(text: string, className = ""): HTMLTableCellElement {
  const td = document.createElement("td");
  td.textContent = text;
  td.style.verticalAlign = "top";
  if (className) td.className = className;
  return td;
}

/** The article's count as it writes it (Chinese units), and in the English edition the count in English units too. */
function parametersCell(row: ArticleRow, lang: Lang): HTMLTableCellElement {
  const td = cell("", row.parameters_differ ? "differs" : "");
  const article = quoted(document.createElement("span"), lang);
  article.textContent = row.article_parameters_text;
  td.append(article);
  if (lang !== "zh") td.append(` (${formatCount(row.article_parameters, lang)})`);
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
    const th = document.createElement("th");
    th.scope = "row";
    th.style.verticalAlign = "top";
    th.textContent = `${row.article_model}${inParens(row.model_name, lang)}`;
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
    const sources = document.createElement("td");
    sources.style.verticalAlign = "top";
    const summary = document.createElement("p");
    summary.style.margin = "0";
    summary.textContent = differs.length
      ? w.differs(differs.join(punctuation(lang).enumeration), values)
      : w.agrees(values);
    sources.append(summary);
    const noteText = inLang(lang, row.note, row.note_zh);
    if (noteText) {
      const note = document.createElement("p");
      note.className = "article-note";
      note.textContent = noteText;
      sources.append(note);
    }
    tr.append(
      th,
      quoted(cell(row.article_month_text), lang),
      parametersCell(row, lang),
      cell(growthWithSources(row.parameters_growth, row.catalog_parameters_growth)),
      quoted(cell(row.article_data_text, row.data_differs ? "differs" : ""), lang),
      cell(growthWithSources(row.data_growth, row.catalog_data_growth)),
      sources
    );
  }
  return table;
}
