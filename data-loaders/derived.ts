// Derived models (README rule 7): a model trained from another model's weights, i.e. the child of a lineage edge
// whose method is not "successor". Its training data, tokens and compute are its own additional training only; the
// base model's figures are reached through this parent.
import type { LineageEdge } from "./schema.js";

/** Each derived model's id mapped to its base model's id (the parent of its non-successor lineage edge). */
export function derivedParents(lineage: readonly LineageEdge[]): Map<string, string> {
  const parents = new Map<string, string>();
  for (const edge of lineage)
    if (edge.method !== "successor" && !parents.has(edge.child)) parents.set(edge.child, edge.parent);
  return parents;
}
