// The README's sourcing rules that can be checked by machine: on a fixture (the code) and on the live catalog (the facts).
import { describe, expect, test } from "vitest";
import { loadCatalog, readSources, validateCatalog } from "../../data-loaders/catalog.js";
import { emergenceTable } from "../../data-loaders/tables.js";
import { ESTIMATORS, FACT_FIELDS, OUTSIDE_SOURCES, sourcingRuleProblems } from "../../data-loaders/rules.js";

const fixture = () => validateCatalog(structuredClone(readSources("tests/fixtures/catalog")), { asOf: "2026-11-28" });
const label = (row: object) =>
  `row ${JSON.stringify((row as { id?: string; model?: string }).id ?? (row as { model?: string }).model)}`;

describe("the rules catch what they are for", () => {
  test("the fixture follows the rules", () => {
    expect(sourcingRuleProblems(fixture(), label)).toEqual([]);
  });
  test("a fact citing an outside analysis cannot be disclosed", () => {
    const catalog = fixture();
    catalog.models[0]!.parameters.source = "epoch-ai";
    expect(sourcingRuleProblems(catalog, label)).toEqual([
      expect.stringMatching(/row "base-model", field "parameters\.source": "epoch-ai" is an outside analysis/)
    ]);
  });
  test("an estimate from a known estimator names that estimator", () => {
    const catalog = fixture();
    Object.assign(catalog.models[1]!.training_compute, { source: "wei2022emergent", estimated_by: "Epoch AI" });
    expect(sourcingRuleProblems(catalog, label)).toEqual([
      expect.stringMatching(/field "training_compute\.estimated_by": .*"Wei et al\. \(2022\)"'s, not "Epoch AI"/)
    ]);
  });
  test("an inferred capability cell says what it was inferred from", () => {
    const catalog = fixture();
    Object.assign(catalog.capabilities[0]!, { inferred: true, note: null });
    expect(sourcingRuleProblems(catalog, label)).toEqual([
      expect.stringMatching(/field "note": an inferred cell must say/)
    ]);
  });
});

describe("the live catalog under the rules", () => {
  const catalog = loadCatalog();
  test("every disclosed fact cites a source that is not an outside analysis", () => {
    for (const model of catalog.models)
      for (const field of FACT_FIELDS)
        if (model[field].status === "disclosed")
          expect(OUTSIDE_SOURCES as readonly string[], `${model.id} ${field}`).not.toContain(model[field].source);
  });
  test("every estimate names its estimator, and Epoch AI's and Wei et al.'s by their names", () => {
    for (const model of catalog.models)
      for (const field of FACT_FIELDS) {
        const fact = model[field];
        if (fact.status !== "estimate") continue;
        expect(fact.estimated_by, `${model.id} ${field}`).toBeTruthy();
        if (ESTIMATORS[fact.source]) expect(fact.estimated_by, `${model.id} ${field}`).toBe(ESTIMATORS[fact.source]);
      }
  });
  test("release is the first public announcement: where the event names a later preprint, the date is the post's", () => {
    // "paper on arXiv ... YYYY-MM-DD" inside parentheses means the post came first; that later date must not be the release.
    for (const model of catalog.models) {
      const later = /\(paper on arXiv[^)]*?(\d{4}-\d{2}-\d{2})\)/.exec(model.release.event)?.[1];
      if (later)
        expect(model.release.date < later, `${model.id}: ${model.release.date} vs preprint ${later}`).toBe(true);
    }
    const withPost = catalog.models.filter((m) => /\(paper on arXiv/.test(m.release.event));
    expect(withPost.map((m) => m.id)).toEqual(expect.arrayContaining(["instructgpt-175b", "palm-540b", "llama-65b"]));
  });
  test("a milestone tied to a model has the model's date (InstructGPT included)", () => {
    const byId = new Map(catalog.models.map((m) => [m.id, m]));
    for (const milestone of catalog.milestones)
      if (milestone.model) expect(milestone.date, milestone.label).toBe(byId.get(milestone.model)!.release.date);
    expect(catalog.milestones.find((m) => m.label === "InstructGPT")!.date).toBe(
      byId.get("instructgpt-175b")!.release.date
    );
  });
  test("a capability cell is inferred exactly when its note says no source states it, or says how the stage was inferred", () => {
    for (const cell of catalog.capabilities)
      if (/^not stated by any source/i.test(cell.note ?? ""))
        expect(cell.inferred, `${cell.model} × ${cell.ability}`).toBe(true);
    expect(catalog.capabilities.filter((c) => c.inferred).every((c) => Boolean(c.note))).toBe(true);
  });
  test("Wei et al.'s thresholds are their estimates, and the table says where the model's own figure differs", () => {
    const rows = emergenceTable(catalog);
    const gopher = rows.filter((r) => r.model === "gopher-280b");
    expect(gopher.length).toBeGreaterThan(0);
    for (const row of gopher)
      expect(row).toMatchObject({
        threshold_flops: 5e23,
        threshold_flops_estimated_by: "Wei et al. (2022)",
        catalog_flops: 6.31e23,
        catalog_flops_differs: true
      });
    expect(rows.find((r) => r.model === "palm-540b")).toMatchObject({ catalog_flops_differs: false });
    for (const row of catalog.emergence)
      if (row.threshold_flops !== null) expect(row.note, row.ability).toMatch(/Wei et al\.'s own estimates/);
  });
  test("a stand-in parent is flagged and explained", () => {
    const edge = catalog.lineage.find((e) => e.parent === "gpt-3-13b" && e.child === "codex-12b")!;
    expect(edge).toMatchObject({ stand_in: true, evidence: "inferred" });
    expect(edge.note).toMatch(/stands in/);
  });
});
