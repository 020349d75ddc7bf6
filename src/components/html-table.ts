// An HTML table with a header row of column headings: the start of every table the pages draw by hand.
import { h } from "./dom.js";

export function tableWithHeader(
  labels: string[],
  className = ""
): { table: HTMLTableElement; body: HTMLTableSectionElement } {
  const table = className ? h("table", { className }) : h("table");
  table
    .createTHead()
    .insertRow()
    .append(...labels.map((label) => h("th", { scope: "col", textContent: label })));
  return { table, body: table.createTBody() };
}
