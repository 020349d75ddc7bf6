// Measurements of a page laid out for print (print media emulated): toggles and controls that would print without
// their content, and tables that do not fit (wider than their container, a cell's text spilling out of it, or a
// word broken inside because its column was made narrower than the word). Shared by the print test.
import type { Page } from "playwright-core";

/**
 * Toggles and controls on paper with nothing in them: a closed <details> (its summary prints, its body does not), an
 * open one whose body prints nothing, and a link, label or ARIA control whose text is empty.
 */
export function emptyOnPaper(page: Page, root = "#observablehq-main"): Promise<string[]> {
  return page.evaluate((root) => {
    const problems: string[] = [];
    const main = document.querySelector(root)!;
    const shown = (e: Element) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== "hidden";
    const text = (e: Element) => (e as HTMLElement).innerText?.replace(/\s+/g, " ").trim() ?? "";
    for (const toggle of main.querySelectorAll("details")) {
      if (!shown(toggle)) continue;
      const summary = toggle.querySelector(":scope > summary");
      const label = summary ? text(summary).slice(0, 60) : "details";
      if (!toggle.open) problems.push(`a closed toggle on paper: ${label}`);
      else if (![...toggle.children].some((c) => c !== summary && shown(c) && (text(c) || c.querySelector("svg"))))
        problems.push(`an open toggle printing nothing: ${label}`);
    }
    const controls = "a, label, legend, [role=button], [role=tab], [role=switch], [role=combobox], [role=listbox]";
    // A chart's focusable marks (the tree's nodes, the matrix's cells) print as marks: only HTML controls count.
    for (const control of main.querySelectorAll(controls))
      if (!control.closest("svg") && shown(control) && !text(control) && !control.querySelector("svg, img"))
        problems.push(`an empty control on paper: ${control.outerHTML.slice(0, 80)}`);
    return problems;
  }, root);
}

/**
 * Every shown table under `root`: within its card (or `root`), no cell's content wider than the cell, and no word
 * broken inside (a column narrower than its longest word). Words are what the line breaker may not split: runs
 * without spaces, split after a hyphen or slash (where a line may break), and each CJK character on its own.
 */
export function tableFitProblems(page: Page, root = "#observablehq-main"): Promise<string[]> {
  return page.evaluate((root) => {
    const problems: string[] = [];
    const main = document.querySelector(root)!;
    const shown = (e: Element) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== "hidden";
    const word =
      /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\-/‐–—]+[-/‐–—]?|[-/‐–—]/g;
    const brokenWord = (cell: Element): string | null => {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of node.textContent!.matchAll(word)) {
          const range = document.createRange();
          range.setStart(node, match.index!);
          range.setEnd(node, match.index! + match[0].length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) return match[0];
        }
      }
      return null;
    };
    for (const table of main.querySelectorAll("table")) {
      if (!shown(table)) continue;
      const name = table.querySelector("th")?.textContent?.trim() || "table";
      const container = (table.closest(".card, figure, details") ?? main).getBoundingClientRect();
      const box = table.getBoundingClientRect();
      if (box.right > container.right + 1 || box.left < container.left - 1)
        problems.push(`a table wider than its container: ${name}`);
      for (const cell of table.querySelectorAll("td, th")) {
        if (!shown(cell)) continue;
        if (cell.scrollWidth > cell.clientWidth + 1)
          problems.push(`a cell's text spills out of it in ${name}: ${cell.textContent!.trim().slice(0, 40)}`);
        const broken = brokenWord(cell);
        if (broken) problems.push(`a word broken in a cell of ${name}: ${broken}`);
      }
    }
    return [...new Set(problems)];
  }, root);
}
