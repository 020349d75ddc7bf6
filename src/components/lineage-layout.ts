// Lays out the lineage as a tree read left to right: a node's column is its depth (every parent before its
// children, and children are never dated before parents, so columns run in time order), its row comes from a
// depth-first walk so that each chain stays on one line and branches take new lines below.
import { maxOf } from "./number-extent.js";

export interface TreeNode {
  id: string;
  column: number;
  row: number;
}

export function layoutTree(edges: readonly { parent: string; child: string }[]): {
  nodes: TreeNode[];
  columns: number;
  rows: number;
} {
  const children = new Map<string, string[]>();
  const parents = new Map<string, string[]>();
  for (const { parent, child } of edges) {
    children.set(parent, [...(children.get(parent) ?? []), child]);
    parents.set(child, [...(parents.get(child) ?? []), parent]);
  }
  const ids = [...new Set(edges.flatMap((e) => [e.parent, e.child]))];
  // Depth: the longest path from a root, so a node with two parents sits after both.
  const depth = new Map<string, number>();
  const depthOf = (id: string, seen = new Set<string>()): number => {
    if (depth.has(id)) return depth.get(id)!;
    if (seen.has(id)) throw new Error(`lineage cycle through ${id}`);
    seen.add(id);
    const d =
      maxOf(
        (parents.get(id) ?? []).map((p) => depthOf(p, seen)),
        -1
      ) + 1;
    depth.set(id, d);
    return d;
  };
  ids.forEach((id) => depthOf(id));
  const row = new Map<string, number>();
  let nextRow = 0;
  const place = (id: string) => {
    if (row.has(id)) return;
    row.set(id, nextRow);
    const kids = children.get(id) ?? [];
    kids.forEach((kid, i) => {
      if (i > 0 && !row.has(kid)) nextRow += 1;
      place(kid);
    });
  };
  for (const root of ids.filter((id) => !parents.has(id))) {
    if (row.size) nextRow += 1;
    place(root);
  }
  const nodes = ids.map((id) => ({ id, column: depth.get(id)!, row: row.get(id)! }));
  return { nodes, columns: maxOf(nodes.map((n) => n.column)) + 1, rows: nextRow + 1 };
}
