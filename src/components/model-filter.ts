// Filtering without redrawing: every element a chart draws for a model is tagged with the model's id, so a filter
// change shows and hides elements (well within a frame) instead of re-rendering the charts. Axes stay put, so
// filtered views remain comparable.

/** Collects the marks that draw one element per model, in data order, and tags their elements after rendering. */
export class ModelTags {
  private readonly marks: string[][][] = [];

  /**
   * The className to give a mark. `ids[i]` lists the models the mark's i-th element stands for (one for a point, all
   * of them for a line through several points).
   */
  mark(ids: (string | string[])[], className = ""): string {
    this.marks.push(ids.map((id) => (Array.isArray(id) ? id : [id])));
    return `model-mark-${this.marks.length - 1}${className ? ` ${className}` : ""}`;
  }

  apply<T extends Element>(chart: T): T {
    this.marks.forEach((ids, i) => {
      const elements = chart.querySelectorAll(`.model-mark-${i} > :not(defs, title, marker)`);
      if (elements.length !== ids.length) throw new Error(`model tags: mark ${i} drew ${elements.length} elements for ${ids.length} rows`);
      elements.forEach((element, j) => element.setAttribute("data-models", ids[j]!.join(" ")));
    });
    return chart;
  }
}

/** Hides every tagged element that stands for a model outside `visible` (all shown when `visible` is null). */
export function applyModelFilter(root: ParentNode, visible: ReadonlySet<string> | null): void {
  for (const element of root.querySelectorAll("[data-models]")) {
    const shown = visible === null || element.getAttribute("data-models")!.split(" ").every((id) => visible.has(id));
    element.classList.toggle("filtered-out", !shown);
  }
}
