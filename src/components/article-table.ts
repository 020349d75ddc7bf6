// The source article's own table (GPT, GPT-2, GPT-3) as it states it, with growth between generations, beside
// the primary sources' values and note on every row (⚑ where they differ).
import type { ArticleTableRow } from "../contract.js";
import { formatCount, formatDate } from "./encoding.js";
import { tableWithHeader } from "./html-table.js";

export type ArticleRow = ArticleTableRow;

const bytes = (value: number | null) => (value === null ? "undisclosed" : value >= 1e12 ? `${+(value / 1e12).toPrecision(3)} TB` : `${+(value / 1e9).toPrecision(3)} GB`);
const growth = (value: number | null) => (value === null ? "—" : `×${value >= 10 ? Math.round(value) : value.toFixed(1)}`);
/** The article's growth, and the primary sources' where it is more than 5% off (GPT-3's data: ×1125 against ×14). */
const growthWithCatalog = (article: number | null, catalog: number | null | undefined) =>
  article !== null && catalog != null && Math.abs(catalog / article - 1) > 0.05 ? `${growth(article)} (sources: ${growth(catalog)})` : growth(article);

function cell(text: string, className = ""): HTMLTableCellElement {
  const td = document.createElement("td");
  td.textContent = text;
  td.style.verticalAlign = "top";
  if (className) td.className = className;
  return td;
}

export function articleTableView(rows: readonly ArticleRow[]): HTMLTableElement {
  const { table, body } = tableWithHeader(
    ["Model", "Released (article)", "Parameters (article)", "Growth", "Pre-training data (article)", "Growth", "Primary sources, and their note"],
    "article-table"
  );
  table.createCaption().textContent =
    "The article’s table (模型 / 发布时间 / 参数量 / 预训练数据量), with the growth from one generation to the next; the last column gives the primary sources’ values and note on every row, ⚑ marking what differs from the article.";
  for (const row of rows) {
    const tr = body.insertRow();
    const th = document.createElement("th");
    th.scope = "row";
    th.style.verticalAlign = "top";
    th.textContent = `${row.article_model} (${row.model_name})`;
    const data =
      row.catalog_training_data === null
        ? "data undisclosed"
        : row.catalog_training_data_unit === "bytes"
          ? `${bytes(row.catalog_training_data)} of data`
          : `${formatCount(row.catalog_training_data)} ${row.catalog_training_data_unit} of data`;
    const values = [
      `released ${formatDate(row.catalog_release_date)}`,
      `${formatCount(row.catalog_parameters)} parameters${row.catalog_parameters_status && row.catalog_parameters_status !== "disclosed" ? ` (${row.catalog_parameters_status})` : ""}`,
      data,
      ...(row.catalog_training_tokens ? [`${formatCount(row.catalog_training_tokens)} training tokens`] : [])
    ];
    const differs = [row.month_differs ? "release month" : null, row.parameters_differ ? "parameters" : null, row.data_differs ? "data" : null].filter(Boolean);
    const sources = document.createElement("td");
    sources.style.verticalAlign = "top";
    const summary = document.createElement("p");
    summary.style.margin = "0";
    summary.textContent = `${differs.length ? `⚑ differs in ${differs.join(", ")}: ` : "agrees: "}${values.join("; ")}.`;
    sources.append(summary);
    if (row.note) {
      const note = document.createElement("p");
      note.className = "article-note";
      note.textContent = row.note;
      sources.append(note);
    }
    tr.append(
      th,
      cell(row.article_month_text),
      cell(`${row.article_parameters_text} (${formatCount(row.article_parameters)})`, row.parameters_differ ? "differs" : ""),
      cell(growthWithCatalog(row.parameters_growth, row.catalog_parameters_growth)),
      cell(row.article_data_text, row.data_differs ? "differs" : ""),
      cell(growthWithCatalog(row.data_growth, row.catalog_data_growth)),
      sources
    );
  }
  return table;
}
