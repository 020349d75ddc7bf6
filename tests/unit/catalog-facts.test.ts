// Pins the facts a presenter is most likely to put on a projector, against the curated catalog itself.
import { describe, expect, test } from "vitest";
import { loadCatalog } from "../../data-loaders/catalog.js";
import * as tables from "../../data-loaders/tables.js";

const catalog = loadCatalog();
const model = (id: string) => {
  const found = catalog.models.find((m) => m.id === id);
  if (!found) throw new Error(`no model ${id}`);
  return found;
};

describe("key facts", () => {
  test("GPT-3 175B: 175B parameters, 300B training tokens, 3.14e23 FLOP, 2020-05-28", () => {
    const gpt3 = model("gpt-3-175b");
    expect(gpt3.parameters).toMatchObject({ value: 175e9, status: "disclosed", source: "brown2020" });
    expect(gpt3.training_tokens.value).toBe(300e9);
    expect(gpt3.training_compute.value).toBeCloseTo(3.14e23, -21);
    expect(gpt3.training_data).toMatchObject({ value: 570e9, unit: "bytes" });
    expect(gpt3.release.date).toBe("2020-05-28");
  });
  test("all eight GPT-3 sizes of the paper", () => {
    const sizes = catalog.models.filter((m) => m.family === "GPT-3").map((m) => m.parameters.value);
    expect(sizes).toEqual([125e6, 350e6, 760e6, 1.3e9, 2.7e9, 6.7e9, 13e9, 175e9]);
  });
  test("GPT-2 sizes as corrected by OpenAI (XL too: 1558M), the paper's values in the notes", () => {
    expect(["gpt-2-small", "gpt-2-medium", "gpt-2-large", "gpt-2-xl"].map((id) => model(id).parameters.value)).toEqual([
      124e6, 355e6, 774e6, 1558e6
    ]);
    expect(model("gpt-2-small").parameters.note).toMatch(/117M/);
    expect(model("gpt-2-xl").parameters.note).toMatch(/1542M/);
  });
  test("code-cushman-001's size is not disclosed: the model index's 12B is the paper's Codex 12B", () => {
    expect(model("code-cushman-001").parameters).toMatchObject({ value: null, status: "undisclosed" });
    expect(model("codex-12b").parameters).toMatchObject({ value: 12e9, status: "disclosed" });
  });
  test("release is the first public announcement: InstructGPT's blog post (2022-01-27), PaLM's blog post (2022-04-04)", () => {
    for (const id of ["instructgpt-1.3b", "instructgpt-6b", "instructgpt-175b", "text-davinci-001"])
      expect(model(id).release.date, id).toBe("2022-01-27");
    expect(model("palm-540b").release.date).toBe("2022-04-04");
    expect(model("llama-65b").release.date).toBe("2023-02-24");
  });
  test("GPT-4 and the GPT-3.5 models do not disclose their size", () => {
    for (const id of ["gpt-4", "chatgpt", "text-davinci-002", "text-davinci-003", "code-davinci-002"])
      expect(model(id).parameters, id).toMatchObject({ value: null, status: "undisclosed" });
    expect(model("gpt-4").release.date).toBe("2023-03-14");
    expect(model("gpt-4").training_compute).toMatchObject({ status: "estimate", estimated_by: "Epoch AI" });
  });
  test("ChatGPT launched on 2022-11-30; the Transformer paper on 2017-06-12", () => {
    expect(model("chatgpt").release.date).toBe("2022-11-30");
    expect(model("transformer-big").release.date).toBe("2017-06-12");
  });
  test("context models", () => {
    expect(model("bert-large").parameters.value).toBe(340e6);
    expect(model("chinchilla-70b").training_tokens.value).toBe(1.4e12);
    expect(model("palm-540b").parameters.value).toBe(540.35e9); // rule 2: Table 1 of the PaLM paper, not the nominal 540B
    expect(model("anthropic-lm-52b").training_compute).toMatchObject({
      value: 2.6e23,
      estimated_by: "Wei et al. (2022)"
    });
    expect(model("gpt-1").parameters.value).toBe(117e6);
  });
});

describe("emergence: Table 1 of Wei et al. 2022", () => {
  test("10 few-shot rows and 13 augmented rows", () => {
    expect(catalog.emergence.filter((r) => r.prompting === "few-shot")).toHaveLength(10);
    expect(catalog.emergence.filter((r) => r.prompting === "augmented")).toHaveLength(13);
  });
  test("chain-of-thought on math word problems emerges at 68B (LaMDA), 1.3e23 FLOP", () => {
    const row = catalog.emergence.find((r) => r.ability === "Chain-of-thought: Math word problems");
    expect(row).toMatchObject({
      prompting: "augmented",
      family: "LaMDA",
      model: "lamda-68b",
      threshold_parameters: 68e9,
      threshold_flops: 1.3e23
    });
  });
});

describe("tables keep every row", () => {
  test("releases has one row per model, in date order, each fact with a source URL", () => {
    const releases = tables.releasesTable(catalog);
    expect(releases).toHaveLength(catalog.models.length);
    expect(releases.map((r) => r.release_date)).toEqual([...releases.map((r) => r.release_date)].sort());
    for (const row of releases)
      for (const fact of ["release", "parameters", "training_data", "training_tokens", "training_compute", "access"])
        expect(row[`${fact}_source_url` as keyof typeof row], `${row.id} ${fact}`).toMatch(/^(https?:|urn:)/);
  });
  test("lineage, capabilities, emergence and the article table keep every row", () => {
    expect(tables.lineageTable(catalog)).toHaveLength(catalog.lineage.length);
    expect(tables.capabilitiesTable(catalog)).toHaveLength(catalog.capabilities.length);
    expect(tables.emergenceTable(catalog)).toHaveLength(catalog.emergence.length);
    expect(tables.articleTable(catalog)).toHaveLength(3);
  });
  test("the capability matrix is complete: 10 models × 15 abilities, every cell sourced", () => {
    const cells = tables.capabilitiesTable(catalog);
    expect(new Set(cells.map((c) => c.model)).size).toBe(10);
    expect(new Set(cells.map((c) => c.ability)).size).toBe(15);
    expect(cells.every((c) => typeof c.source_url === "string")).toBe(true);
  });
  test("the article table flags where the article differs from the catalog", () => {
    const [gpt1, gpt2, gpt3] = tables.articleTable(catalog);
    expect(gpt3).toMatchObject({ article_data_text: "45TB", data_differs: true, parameters_differ: false });
    // 15 亿 is OpenAI's rounded 1.5B; the catalog holds OpenAI's corrected count, 1558M.
    expect(gpt2).toMatchObject({ parameters_differ: true, catalog_parameters: 1558e6 });
    expect(gpt3!.data_growth).toBeCloseTo(45e12 / 40e9, 5);
    // 570 GB is only the Common Crawl part of GPT-3's mix: no like-for-like growth from WebText exists in bytes.
    expect(gpt3!.catalog_data_growth).toBeNull();
    expect(gpt2!.parameters_growth).toBeCloseTo(1.5e9 / 117e6, 5);
    expect(gpt1!.parameters_growth).toBeNull();
  });
});

describe("after the article, 2023–2025", () => {
  const releases = tables.releasesTable(catalog);
  const after = releases.filter((r) => r.period === "after");
  test("at least 25 models after GPT-4, and GPT-4 is the article's last", () => {
    expect(after.length).toBeGreaterThanOrEqual(25);
    const article = releases.filter((r) => r.period === "article");
    expect(article.at(-1)!.id).toBe("gpt-4");
    expect(after.every((r) => r.release_date > "2023-03-14" && r.release_date <= "2025-12-31")).toBe(true);
  });
  test("mixtures of experts carry total and active parameters, active below total", () => {
    const expected: Record<string, [number, number]> = {
      "mixtral-8x7b": [46.7e9, 12.9e9],
      "mixtral-8x22b": [141e9, 39e9],
      "deepseek-v2": [236e9, 21e9],
      "deepseek-v3": [671e9, 37e9],
      "deepseek-r1": [671e9, 37e9],
      "qwen3-235b-a22b": [235e9, 22e9],
      "llama-4-maverick": [400e9, 17e9]
    };
    for (const [id, [total, active]] of Object.entries(expected)) {
      const row = releases.find((r) => r.id === id)!;
      expect([row.parameters, row.active_parameters, row.mixture_of_experts], id).toEqual([total, active, true]);
    }
    // Gemini 1.5 Pro: a mixture of experts by its report, both counts undisclosed.
    expect(model("gemini-1.5-pro").active_parameters).toMatchObject({ value: null, status: "undisclosed" });
    for (const row of releases) {
      if (row.active_parameters !== null && row.parameters !== null)
        expect(row.active_parameters, row.id).toBeLessThanOrEqual(row.parameters);
      // A dense model's active parameters are its parameters, the same fact.
      if (!row.mixture_of_experts) expect(row.active_parameters_status, row.id).toBe(row.parameters_status);
    }
  });
  test("closed developers' sizes stay undisclosed; every post-article row says its access", () => {
    for (const row of after.filter((r) => ["OpenAI", "Anthropic"].includes(r.organization)))
      expect([row.parameters, row.parameters_status, row.access], row.id).toEqual([null, "undisclosed", "api"]);
    for (const row of after) expect(["open-weights", "api", "none"], row.id).toContain(row.access);
    expect(after.filter((r) => r.access === "open-weights").length).toBeGreaterThanOrEqual(15);
  });
  test("developers' own figures: Llama 3.1 405B's 3.8e25 FLOP on 15.6T tokens, Falcon 180B's 43,500 petaflop/s-days", () => {
    expect(model("llama-3.1-405b").training_compute).toMatchObject({ value: 3.8e25, status: "disclosed" });
    expect(model("llama-3.1-405b").training_tokens.value).toBe(15.6e12);
    expect(model("falcon-180b").training_compute).toMatchObject({ value: 3.76e24, status: "disclosed" });
    expect(model("deepseek-v3").training_tokens.value).toBe(14.8e12);
  });
  test("every post-article estimate is Epoch AI's, with its grade or a range from Epoch's own bounds", () => {
    for (const row of after)
      if (row.training_compute_status === "estimate") {
        expect(row.training_compute_estimated_by, row.id).toBe("Epoch AI");
        expect(row.training_compute_confidence ?? row.training_compute_note, row.id).toMatch(
          /Confident|Likely|Speculative|Range/
        );
      }
  });
  test("milestones mark the turns: open mixture of experts, open weights at the frontier, reasoning models", () => {
    const models = catalog.milestones.map((m) => m.model);
    for (const id of ["mixtral-8x7b", "llama-3.1-405b", "o1", "deepseek-r1"]) expect(models, id).toContain(id);
  });
});
