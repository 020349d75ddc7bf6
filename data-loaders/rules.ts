// The sourcing rules of data-loaders/sources/README.md ("One rule per kind of fact") that a machine can check.
// validateCatalog runs them on every build; each problem names the file, the row and the field.
import type { Capability, Model } from "./schema.js";

/**
 * Sources that analyse, estimate or retell other developers' models. A fact citing one of them is never
 * "disclosed": it is an estimate (and says whose) or it is not a fact of the catalog at all.
 */
export const OUTSIDE_SOURCES = ["epoch-ai", "fu2022", "seed-article", "scale-ai-2022", "wei2022emergent"] as const;

/** Sources that are one estimator's estimates, and the name an estimate citing them must give in `estimated_by`. */
export const ESTIMATORS: Readonly<Record<string, string>> = {
  "epoch-ai": "Epoch AI",
  wei2022emergent: "Wei et al. (2022)"
};

export const FACT_FIELDS = ["parameters", "training_data", "training_tokens", "training_compute"] as const;

const outside = new Set<string>(OUTSIDE_SOURCES);

/** Problems with the sourcing rules in the models and capability cells; `label` names a row for messages. */
export function sourcingRuleProblems(
  rows: { models: Model[]; capabilities: Capability[] },
  label: (row: object) => string
): string[] {
  const problems: string[] = [];
  for (const model of rows.models)
    for (const field of [...FACT_FIELDS, "active_parameters"] as const) {
      const fact = model[field];
      if (!fact) continue; // active_parameters: only a mixture of experts has it
      if (fact.status === "disclosed" && outside.has(fact.source))
        problems.push(
          `${label(model)}, field "${field}.source": ${JSON.stringify(fact.source)} is an outside analysis, so the fact cannot be "disclosed" (rule "when a size is disclosed"): cite the developer's own source, or mark it an estimate and say whose`
        );
      const estimator = ESTIMATORS[fact.source];
      if (fact.status === "estimate" && estimator && fact.estimated_by !== estimator)
        problems.push(
          `${label(model)}, field "${field}.estimated_by": an estimate from ${JSON.stringify(fact.source)} is ${JSON.stringify(estimator)}'s, not ${JSON.stringify(fact.estimated_by)}`
        );
    }
  for (const cell of rows.capabilities)
    if (cell.inferred && !cell.note)
      problems.push(`${label(cell)}, field "note": an inferred cell must say what it was inferred from`);
  return problems;
}
