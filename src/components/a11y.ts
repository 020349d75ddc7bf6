// Accessibility fixes for Plot's output and for Inputs, applied where they are made.
import { h } from "./dom.js";

/**
 * Plot labels each mark's <g> with aria-label but gives it no role, which ARIA forbids (axe:
 * aria-prohibited-attr). A group role keeps the label meaningful to screen readers.
 */
export function accessiblePlot<T extends Element>(chart: T): T {
  for (const g of chart.querySelectorAll("g[aria-label]:not([role])")) g.setAttribute("role", "group");
  return chart;
}

/** Inputs.range draws a number box (labelled) and a slider (not): name every unlabelled control. */
export function labelControls<T extends HTMLElement>(form: T, label: string): T {
  for (const control of form.querySelectorAll("input, select, textarea")) {
    const labelled = control.id && form.querySelector(`label[for="${control.id}"]`);
    if (!labelled && !control.hasAttribute("aria-label")) control.setAttribute("aria-label", label);
  }
  return form;
}

/** Inputs.table leaves its first header cell empty (axe: empty-table-header): give it a screen-reader name. */
export function nameTableCorner<T extends HTMLElement>(table: T, name = "Row"): T {
  const corner = table.querySelector("thead th:first-child");
  if (corner && !corner.textContent?.trim()) {
    corner.append(h("span", { className: "sr-only", textContent: name }));
  }
  return table;
}
