// The source article's own table (GPT, GPT-2, GPT-3) as it states it, with growth between generations, beside
// the catalog's authoritative values wherever they differ.
import type { ArticleTableRow } from "../contract.js";
import { formatCount, formatDate } from "./encoding.js";
import { tableWithHeader } from "./html-table.js";

export type ArticleRow = ArticleTableRow;

const bytes = (value: number | null) => (value === null ? "undisclosed" : value >= 1e12 ? `${+(value / 1e12).toPrecision(3)} TB` : `${+(value / 1e9).toPrecision(3)} GB`);
const growth = (value: number | null) => (value === null ? "—" : `×${value >= 10 ? Math.round(value) : value.toFixed(1)}`);

function cell(text: string, className = ""): HTMLTableCellElement {
  const td = document.createElement("td");
  td.textContent = text;
  if (className) td.className = className;
  return td;
}

export function articleTableView(rows: readonly ArticleRow[]): HTMLTableElement {
  const { table, body } = tableWithHeader(
    ["Model", "Released (article)", "Parameters (article)", "Growth", "Pre-training data (article)", "Growth", "Catalog, where it differs"],
    "article-table"
  );
  table.createCaption().textContent =
    "The article’s table (模型 / 发布时间 / 参数量 / 预训练数据量), with the growth from one generation to the next; “catalog” shows the primary sources’ value where it differs (⚑).";
  for (const row of rows) {
    const tr = body.insertRow();
    const th = document.createElement("th");
    th.scope = "row";
    th.textContent = `${row.article_model} (${row.model_name})`;
    const differences = [
      row.month_differs ? `released ${formatDate(row.catalog_release_date)}` : null,
      row.parameters_differ ? `${formatCount(row.catalog_parameters)} parameters` : null,
      row.data_differs
        ? `data ${row.catalog_training_data_unit === "bytes" ? bytes(row.catalog_training_data) : row.catalog_training_data === null ? "undisclosed" : `${formatCount(row.catalog_training_data)} ${row.catalog_training_data_unit}`}${row.catalog_training_tokens ? `; ${formatCount(row.catalog_training_tokens)} training tokens` : ""}`
        : null
    ].filter(Boolean);
    tr.append(
      th,
      cell(row.article_month_text),
      cell(`${row.article_parameters_text} (${formatCount(row.article_parameters)})`, row.parameters_differ ? "differs" : ""),
      cell(growth(row.parameters_growth)),
      cell(row.article_data_text, row.data_differs ? "differs" : ""),
      cell(growth(row.data_growth)),
      cell(differences.length ? `⚑ ${differences.join("; ")}. ${row.note ?? ""}` : "agrees")
    );
  }
  return table;
}
