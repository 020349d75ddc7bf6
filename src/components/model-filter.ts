// Filtering without redrawing: every element a chart draws for a model carries the model's id (data-models), tagged
// by Plot's `render` option as the mark draws, so a filter change shows and hides elements (well within a frame)
// instead of re-rendering the charts. Axes stay put, so filtered views remain comparable.
import type { RenderFunction } from "@observablehq/plot";

/**
 * A `render` option that tags what a mark draws with the models it stands for: one element per datum (a dot, a
 * label), or one element for the whole mark (a line through several points) tagged with all of them. `data` is the
 * mark's own data: Plot's index points into it.
 */
export function tagModels<T>(data: readonly T[], idsOf: (datum: T) => string | readonly string[]): RenderFunction {
  const ids = (datum: T) => {
    const value = idsOf(datum);
    return typeof value === "string" ? [value] : [...value];
  };
  return function (index, scales, values, dimensions, context, next) {
    const g = next!(index, scales, values, dimensions, context)!;
    const drawn = [...g.children].filter(
      (element) => !["title", "defs", "marker"].includes(element.tagName.toLowerCase())
    );
    const rows = [...index];
    if (drawn.length === rows.length)
      drawn.forEach((element, j) => element.setAttribute("data-models", ids(data[rows[j]!]!).join(" ")));
    else if (drawn.length === 1)
      drawn[0]!.setAttribute("data-models", [...new Set(rows.flatMap((i) => ids(data[i]!)))].join(" "));
    else throw new Error(`tagModels: a mark drew ${drawn.length} elements for ${rows.length} rows`);
    return g;
  };
}

/** Elements that filter what they draw themselves (a canvas of thousands of points: one element, many models). */
const selfFiltering = new WeakMap<Element, (visible: ReadonlySet<string> | null) => void>();

/** Lets an element take a filter itself: `apply` is called with the models shown at every filter change. */
export function filterItself(element: Element, apply: (visible: ReadonlySet<string> | null) => void): void {
  element.setAttribute("data-filters-itself", "");
  selfFiltering.set(element, apply);
}

/** Hides every tagged element that stands for a model outside `visible` (all shown when `visible` is null). */
export function applyModelFilter(root: ParentNode, visible: ReadonlySet<string> | null | undefined): void {
  for (const element of root.querySelectorAll("[data-filters-itself]")) selfFiltering.get(element)?.(visible ?? null);
  for (const element of root.querySelectorAll("[data-models]")) {
    const shown =
      !visible ||
      element
        .getAttribute("data-models")!
        .split(" ")
        .every((id) => visible.has(id));
    element.classList.toggle("filtered-out", !shown);
  }
}
