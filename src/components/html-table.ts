// An HTML table with a header row of column headings: the start of every table the pages draw by hand.
export function tableWithHeader(
  labels: string[],
  className = ""
): { table: HTMLTableElement; body: HTMLTableSectionElement } {
  const table = document.createElement("table");
  if (className) table.className = className;
  const head = table.createTHead().insertRow();
  for (const label of labels) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = label;
    head.append(th);
  }
  return { table, body: table.createTBody() };
}
