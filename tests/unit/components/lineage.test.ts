// @vitest-environment jsdom
import { describe, expect, test, vi } from "vitest";
import {
  lineageTree,
  lineageTreeHeight,
  methodLabel,
  treeEdges,
  treeLayout
} from "../../../src/components/lineage-tree.js";
import { layoutTree } from "../../../src/components/lineage-layout.js";
import { lineageScaleChart } from "../../../src/components/lineage-scale.js";
import { abilityChanges, cardContent, modelCard } from "../../../src/components/model-card.js";
import { findCycle } from "../../../data-loaders/catalog.js";
import { GPT35_FAMILIES } from "../../../src/figures/story.js";
import { capabilities, lineage, releases } from "../../support/catalog-tables.js";
import { chartSvg, markTexts, ownText, translation } from "../../support/plot-dom.js";

const tree = treeEdges(lineage, releases, GPT35_FAMILIES);
const byId = new Map(releases.map((r) => [r.id, r]));

describe("the GPT-3.5 evolution tree, from the lineage table", () => {
  const onSelect = vi.fn();
  const chart = lineageTree(lineage, releases, { width: 1280, onSelect, families: GPT35_FAMILIES });
  const nodeIds = [...new Set(tree.flatMap((e) => [e.parent, e.child]))];

  test("the tree holds the story's models and no cycle", () => {
    for (const id of [
      "gpt-3-175b",
      "code-davinci-002",
      "text-davinci-002",
      "text-davinci-003",
      "chatgpt",
      "gpt-4",
      "davinci-instruct-beta",
      "text-davinci-001",
      "instructgpt-175b",
      "webgpt-175b",
      "codex-12b",
      "code-cushman-001"
    ])
      expect(nodeIds).toContain(id);
    expect(findCycle(tree)).toBeNull();
  });
  test("every node is drawn, once, as a focusable button", () => {
    const nodes = [...chart.querySelectorAll<SVGElement>(".tree-node circle")];
    expect(nodes.map((n) => n.dataset.model).sort()).toEqual([...nodeIds].sort());
    for (const node of nodes) {
      expect(node.getAttribute("tabindex")).toBe("0");
      expect(node.getAttribute("role")).toBe("button");
    }
  });
  test("every edge is drawn: solid when documented, dashed when inferred, dotted from a stand-in parent", () => {
    const links = [...chart.querySelectorAll('g[aria-label="link"]')];
    const documented = links.find((g) => !g.getAttribute("stroke-dasharray"));
    const inferred = links.find((g) => g.getAttribute("stroke-dasharray") === "5,4");
    const standIn = links.find((g) => g.getAttribute("stroke-dasharray") === "1,4");
    expect(documented!.querySelectorAll(":scope > path")).toHaveLength(
      tree.filter((e) => e.evidence === "documented" && !e.stand_in).length
    );
    expect(inferred!.querySelectorAll(":scope > path")).toHaveLength(
      tree.filter((e) => e.evidence === "inferred" && !e.stand_in).length
    );
    expect(standIn!.querySelectorAll(":scope > path")).toHaveLength(tree.filter((e) => e.stand_in).length);
    expect(tree.filter((e) => e.stand_in).map((e) => `${e.parent}>${e.child}`)).toContain("gpt-3-13b>codex-12b");
    expect(tree.filter((e) => e.evidence === "inferred").map((e) => `${e.parent}>${e.child}`)).toContain(
      "code-davinci-002>chatgpt"
    );
  });
  test("every edge is labelled with its method; inferred ones say so", () => {
    const labels = markTexts(chart)
      .filter((t) => t.closest(".edge-label"))
      .map(ownText);
    expect(labels).toHaveLength(tree.length);
    for (const edge of tree)
      expect(labels).toContain(
        `${methodLabel(edge.method, "en")}${edge.stand_in ? "\n(stand-in parent)" : edge.evidence === "inferred" ? "\n(inferred)" : ""}`.replace(
          /\n/g,
          ""
        )
      );
  });
  test("node labels do not overlap one another", () => {
    const boxes = markTexts(chart)
      .filter((t) => t.closest(".node-label"))
      .map((t) => translation(t));
    for (let i = 0; i < boxes.length; ++i)
      for (let j = i + 1; j < boxes.length; ++j) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        // Labels are two lines (~30px) and at most ~190px wide at 13px.
        expect(Math.abs(a.y - b.y) >= 30 || Math.abs(a.x - b.x) >= 190, `labels ${i} and ${j} overlap`).toBe(true);
      }
  });
  test("click and Enter select a model", () => {
    const node = chart.querySelector<SVGElement>('.tree-node circle[data-model="text-davinci-002"]')!;
    node.dispatchEvent(new MouseEvent("click"));
    node.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
    expect(onSelect.mock.calls).toEqual([["text-davinci-002"], ["text-davinci-002"]]);
  });
  test("columns run in time order: no child left of its parent", () => {
    const { nodes } = layoutTree(tree);
    const column = new Map(nodes.map((n) => [n.id, n.column]));
    for (const edge of tree) expect(column.get(edge.child)!).toBeGreaterThan(column.get(edge.parent)!);
  });
});

test("lineage on scale axes: undisclosed sizes in the band, drawn by date only", () => {
  const chart = lineageScaleChart(lineage, releases, { width: 1280, families: GPT35_FAMILIES });
  const svg = chartSvg(chart);
  expect(svg.getAttribute("aria-label")).toMatch(/of undisclosed size shown in a band above/);
  const undisclosed = [...new Set(tree.flatMap((e) => [e.parent, e.child]))].filter(
    (id) => byId.get(id)!.parameters === null
  );
  expect(undisclosed.length).toBeGreaterThanOrEqual(5);
  const crosses = [...svg.querySelectorAll('g[aria-label="dot"] path')].filter((p) =>
    p.getAttribute("d")?.startsWith("M-")
  );
  expect(crosses).toHaveLength(undisclosed.length);
  const bandBottom =
    Number(svg.querySelector('g[aria-label="rect"] rect')!.getAttribute("y")) +
    Number(svg.querySelector('g[aria-label="rect"] rect')!.getAttribute("height"));
  for (const cross of crosses) expect(translation(cross).y).toBeLessThan(bandBottom);
});

describe("model card", () => {
  test("text-davinci-002: parents, children, abilities lost (the alignment tax) and sources", () => {
    const card = modelCard("text-davinci-002", { releases, lineage, capabilities });
    expect(card.textContent).toMatch(/code-davinci-002: supervised instruction tuning \(documented\)/);
    expect(card.textContent).toMatch(/text-davinci-003: RLHF/);
    expect(card.textContent).toMatch(/Abilities lost or weakened.*In-context learning \(regressed/s);
    expect(card.textContent).toMatch(/Parameters\s*undisclosed/);
    expect(card.querySelectorAll("a[href^='http']").length).toBeGreaterThan(4);
  });
  test("ChatGPT gains dialogue and loses in-context learning", () => {
    const { gained, lost } = abilityChanges("chatgpt", ["code-davinci-002"], capabilities);
    expect(gained.map((c) => c.ability)).toContain("dialogue-history");
    expect(lost.map((c) => c.ability)).toContain("in-context-learning");
  });
  test("no selection: a prompt, not an empty card", () => {
    expect(modelCard(null, { releases, lineage, capabilities }).textContent).toMatch(/Select a model/);
  });
});

describe("the model card's content, as plain data", () => {
  const data = { releases, lineage, capabilities };
  const terms = (id: string, lang: "en" | "zh" = "en") =>
    cardContent(byId.get(id)!, data, lang).facts.map((f) => f.term);

  test("facts in reading order; the API name and the abilities only where the catalog has them", () => {
    expect(terms("text-davinci-002")).toEqual([
      "Organization",
      "Released",
      ...(byId.get("text-davinci-002")!.api_name ? ["API name"] : []),
      "Parameters",
      "Training data",
      "Training tokens",
      "Training compute",
      "Trained from",
      "Trained into",
      "Abilities gained",
      "Abilities lost or weakened",
      ...(byId.get("text-davinci-002")!.notes ? ["Notes"] : [])
    ]);
    const gpt1 = byId.get("gpt-1")!;
    expect(gpt1.api_name).toBeNull();
    expect(capabilities.some((c) => c.model === "gpt-1")).toBe(false);
    expect(terms("gpt-1")).not.toContain("Abilities gained");
    expect(terms("gpt-3-175b")).toContain("API name");
  });
  test("parents and children name the other end, with the method, evidence and source", () => {
    const facts = cardContent(byId.get("code-davinci-002")!, data, "en").facts;
    const list = (term: string) => {
      const value = facts.find((f) => f.term === term)!.value;
      return typeof value === "object" && "list" in value ? value.list : [];
    };
    const edge = lineage.find((e) => e.child === "code-davinci-002")!;
    expect(list("Trained from")).toEqual([
      { text: expect.stringMatching(/^GPT-3 175B.*code training \(inferred\)/), url: edge.source_url }
    ]);
    expect(list("Trained into").map((i) => i.text.split(":")[0])).toEqual(["text-davinci-002", "ChatGPT"]);
  });
  test("each size fact carries its status and note; an estimate says whose", () => {
    const facts = cardContent(byId.get("gpt-2-xl")!, data, "en").facts;
    const compute = facts.find((f) => f.term === "Training compute")!;
    expect(compute.note).toMatchObject({ status: "estimate", by: "Epoch AI" });
    expect(compute.value).toMatchObject({ status: "estimate", by: "Epoch AI" });
    expect(cardContent(byId.get("gpt-2-xl")!, data, "zh").facts.map((f) => f.term)).toContain("参数量");
  });
});

describe("the tree's layout, as plain data", () => {
  const options = { width: 1280, families: GPT35_FAMILIES };
  const layout = treeLayout(lineage, releases, options);

  test("a node is labelled with its API name where it differs, except on a slide", () => {
    const gpt3 = byId.get("gpt-3-175b")!;
    expect(gpt3.api_name).not.toBe(gpt3.name);
    expect(layout.nodes.find((n) => n.id === "gpt-3-175b")!.name).toBe(`${gpt3.name} (${gpt3.api_name})`);
    const slide = treeLayout(lineage, releases, { ...options, preset: "slide" });
    expect(slide.nodes.find((n) => n.id === "gpt-3-175b")!.name).toBe(gpt3.name);
  });
  test("an edge runs from its parent's place to its child's, its evidence on a second line", () => {
    const place = new Map(layout.nodes.map((n) => [n.id, n]));
    for (const e of layout.edges) {
      expect([e.x1, e.y1]).toEqual([place.get(e.parent)!.column, place.get(e.parent)!.row]);
      expect([e.x2, e.y2]).toEqual([place.get(e.child)!.column, place.get(e.child)!.row]);
    }
    const label = (parent: string, child: string) =>
      layout.edges.find((e) => e.parent === parent && e.child === child)!.label;
    expect(label("gpt-3-13b", "codex-12b")).toMatch(/\n\(stand-in parent\)$/);
    expect(label("code-davinci-002", "chatgpt")).toMatch(/\n\(inferred\)$/);
    expect(label("text-davinci-002", "text-davinci-003")).toBe("RLHF");
    expect(treeLayout(lineage, releases, { ...options, lang: "zh" }).edges.map((e) => e.label)).toContain(
      `${methodLabel("code training", "zh")}\n（推断）`
    );
  });
  test("the height is the drawn edges' rows, or the height asked when taller", () => {
    expect(layout.height).toBe(lineageTreeHeight(lineage, releases, GPT35_FAMILIES));
    expect(treeLayout(lineage, releases, { ...options, height: 2000 }).height).toBe(2000);
    // Fewer families and omitted models mean fewer rows: the height follows the edges drawn, not the default tree's.
    const small = treeLayout(lineage, releases, {
      ...options,
      families: ["GPT-3.5"],
      omit: ["code-davinci-002", "gpt-4"]
    });
    expect(small.tree.map((e) => `${e.parent}>${e.child}`)).toEqual(["text-davinci-002>text-davinci-003"]);
    expect(small.rows).toBe(1);
    expect(small.height).toBeLessThan(layout.height);
    expect(small.height).toBe(lineageTreeHeight(lineage, releases, ["GPT-3.5"], "web", ["code-davinci-002", "gpt-4"]));
  });
  test("the right margin holds the last column's names, but never more than 30% of a narrow chart", () => {
    expect(layout.marginRight).toBe(13 * 11);
    expect(treeLayout(lineage, releases, { ...options, width: 400 }).marginRight).toBe(120);
    // Too narrow for its columns: drawn at 120 px a column and scaled down, rather than overlapping.
    expect(treeLayout(lineage, releases, { ...options, width: 400 }).width).toBeGreaterThanOrEqual(
      120 * layout.columns
    );
  });
});

test("the selected model is circled where its node is, and pressed", () => {
  const chart = lineageTree(lineage, releases, { width: 1280, families: GPT35_FAMILIES, selected: "chatgpt" });
  const ring = [...chart.querySelectorAll('g[aria-label="dot"][stroke="#dc2626"] circle')];
  const node = chart.querySelector('.tree-node circle[data-model="chatgpt"]')!;
  expect(ring).toHaveLength(1);
  expect([ring[0]!.getAttribute("cx"), ring[0]!.getAttribute("cy")]).toEqual([
    node.getAttribute("cx"),
    node.getAttribute("cy")
  ]);
  expect(node.getAttribute("aria-pressed")).toBe("true");
});
