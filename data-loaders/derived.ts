// Derived models (README rule 7): a model trained from another model's weights, i.e. the child of a lineage edge
// whose method is not "successor". Its training data, tokens and compute are its own additional training only; the
// base model's figures are reached through this parent.
import type { LineageEdge, Model } from "./schema.js";
import type { LineageMethod, Stage } from "../src/contract.js";

/** Each derived model's id mapped to its base model's id (the parent of its non-successor lineage edge). */
export function derivedParents(lineage: readonly LineageEdge[]): Map<string, string> {
  const parents = new Map<string, string>();
  for (const edge of lineage)
    if (edge.method !== "successor" && !parents.has(edge.child)) parents.set(edge.child, edge.parent);
  return parents;
}

/**
 * The training stages a lineage method brings (sources README, capabilities `stage`). RLHF opens with supervised
 * fine-tuning (Ouyang et al.'s SFT; ChatGPT's "initial model using supervised fine-tuning"), so it brings instruction
 * tuning too; WebGPT's browsing fine-tuning is behavior cloning, a reward model and RL or rejection sampling.
 */
export const METHOD_STAGES: Readonly<Record<LineageMethod, readonly Stage[]>> = {
  successor: [],
  "continued pre-training": ["pre-training"],
  "code training": ["code training"],
  "supervised instruction tuning": ["instruction tuning"],
  RLHF: ["instruction tuning", "RLHF"],
  "dialogue RLHF": ["instruction tuning", "RLHF"],
  "browsing fine-tuning": ["browsing fine-tuning", "instruction tuning", "RLHF"]
};

/**
 * Every stage on a model's training path: pre-training, its own documented stages, and the stages of each
 * non-successor edge up its lineage (a successor is trained from scratch, so its parent's stages do not pass down).
 */
export function trainingPathStages(
  id: string,
  catalog: { models: readonly Model[]; lineage: readonly LineageEdge[] },
  seen: ReadonlySet<string> = new Set()
): Set<Stage> {
  const stages = new Set<Stage>(["pre-training"]);
  if (seen.has(id)) return stages;
  for (const stage of catalog.models.find((m) => m.id === id)?.own_stages?.value ?? []) stages.add(stage);
  for (const edge of catalog.lineage) {
    if (edge.child !== id || edge.method === "successor") continue;
    for (const stage of METHOD_STAGES[edge.method]) stages.add(stage);
    for (const stage of trainingPathStages(edge.parent, catalog, new Set([...seen, id]))) stages.add(stage);
  }
  return stages;
}
