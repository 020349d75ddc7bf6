// @vitest-environment jsdom
import { describe, expect, test, vi } from "vitest";
import {
  capabilityMatrix,
  cellText,
  cellTitle,
  matrixHeight,
  matrixLayout,
  matrixLegendItems,
  STAGES
} from "../../../src/components/capability-matrix.js";
import {
  alignmentTaxChart,
  alignmentTaxHeight,
  emergenceLayout,
  emergencePanel,
  originTable,
  wrapName,
  STATE_LEVELS,
  taxLayout
} from "../../../src/components/capability-panels.js";
import { TAX_ABILITIES, TAX_MODELS } from "../../../src/figures/story.js";
import { words, LIMITATIONS } from "../../../src/components/i18n.js";
import { dictionaryFor } from "../../../src/i18n/index.js";
import { abilities, capabilities, emergence } from "../../support/catalog-tables.js";
import { chartSvg, markTexts, ownText } from "../../support/plot-dom.js";

describe("the capability matrix is built from the capability table", () => {
  const onSelect = vi.fn();
  const chart = capabilityMatrix(capabilities, { width: 1280, onSelect });
  const cells = [...chart.querySelectorAll<SVGRectElement>(".matrix-cell rect")];

  test("one cell per row of the table, each focusable and named", () => {
    expect(cells).toHaveLength(capabilities.length);
    expect(cells.map((c) => c.dataset.key).sort()).toEqual(capabilities.map((c) => `${c.model}|${c.ability}`).sort());
    for (const cell of cells) expect(cell.getAttribute("aria-label")).toMatch(/: (present|weak|absent|regressed)/);
  });
  test("every cell has a source", () => {
    for (const cell of capabilities)
      expect(cell.source_url, `${cell.model} × ${cell.ability}`).toMatch(/^(https?:|urn:)/);
  });
  test("state is shown by symbol as well as colour", () => {
    const texts = markTexts(chart)
      .filter((t) => t.closest(".matrix-text"))
      .map(ownText);
    expect(texts).toHaveLength(capabilities.length);
    const cdv2 = capabilities.find((c) => c.model === "text-davinci-002" && c.ability === "in-context-learning")!;
    expect(cellText(cdv2, "en")).toBe("↓ PT");
    expect(texts).toContain("↓ PT");
  });
  test("every ability and every model of the table is on the axes", () => {
    const labels = [...chart.querySelectorAll('g[aria-label="y-axis tick label"] text')].map(ownText);
    expect(labels).toHaveLength(new Set(capabilities.map((c) => c.ability)).size);
    expect(labels).toContain("Refusing questions beyond its knowledge");
    expect([...chart.querySelectorAll('g[aria-label="x-axis tick label"] text')].map(ownText)).toHaveLength(
      new Set(capabilities.map((c) => c.model)).size
    );
  });
  test("focus and Enter select a cell", () => {
    cells[0]!.dispatchEvent(new FocusEvent("focus"));
    cells[0]!.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
    expect(onSelect).toHaveBeenCalledTimes(2);
  });
  test("in Chinese, the abilities use the article's terms", () => {
    const zh = capabilityMatrix(capabilities, { width: 1280, lang: "zh" });
    const labels = [...zh.querySelectorAll('g[aria-label="y-axis tick label"] text')].map(ownText);
    expect(labels).toContain("上下文学习");
    expect(labels).toContain("建模对话历史");
  });
});

describe("the matrix's layout, as plain data", () => {
  const layout = matrixLayout(capabilities, { width: 1280 });

  test("columns are models in release order, rows abilities in the article's order", () => {
    const date = new Map(capabilities.map((c) => [c.model, c.model_date]));
    const dates = layout.models.map(([id]) => date.get(id)!);
    expect(dates).toEqual([...dates].sort());
    expect(layout.models).toHaveLength(new Set(capabilities.map((c) => c.model)).size);
    const order = new Map(capabilities.map((c) => [c.ability, c.ability_order]));
    const orders = layout.abilities.map(([id]) => order.get(id)!);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    expect(new Map(layout.abilities).get("in-context-learning")).toBe("In-context learning");
    expect(new Map(matrixLayout(capabilities, { width: 1280, lang: "zh" }).abilities).get("in-context-learning")).toBe(
      "上下文学习"
    );
  });
  test("the ability names take the left margin, at most 40% of the width", () => {
    expect(layout.marginLeft).toBeGreaterThan(200);
    expect(matrixLayout(capabilities, { width: 400 }).marginLeft).toBe(160);
  });
  test("a column is at least 60 px on screen and 41 px in print; the height fills what is asked", () => {
    const narrow = matrixLayout(capabilities, { width: 300 });
    expect(narrow.width).toBe(narrow.marginLeft + 60 * layout.models.length);
    const print = matrixLayout(capabilities, { width: 300, preset: "print" });
    expect(print.width).toBe(print.marginLeft + 41 * layout.models.length);
    expect(layout.height).toBe(matrixHeight(capabilities, 1280));
    expect(matrixLayout(capabilities, { width: 1280, height: 3000 }).height).toBe(3000);
  });
});

test("compact on a small fixed canvas: symbols in the cells, the stages named in the key, names on one line", () => {
  for (const lang of ["en", "zh"] as const) {
    const square = matrixLayout(capabilities, { width: 1080, preset: "slide", lang });
    expect(square.compact).toBe(true);
    expect(square.labelEms).toBe(Infinity);
    expect(square.legendItems.map((i) => i.label)).toContain((words(lang).stage as Record<string, string>).RLHF);
    expect(square.legendItems.some((i) => i.label.includes(" = "))).toBe(false);
    expect(matrixLayout(capabilities, { width: 1080, preset: "download", lang }).compact).toBe(false);
    expect(matrixLayout(capabilities, { width: 480, preset: "download", lang }).compact).toBe(true);
    expect(matrixLayout(capabilities, { width: 300, lang }).compact).toBe(false);
    const chart = capabilityMatrix(capabilities, { width: 1080, preset: "slide", lang });
    const texts = [...chart.querySelectorAll(".matrix-text text")].map((t) => t.textContent);
    expect(texts.every((t) => /^[●◐○↓]\*?$/u.test(t ?? ""))).toBe(true);
  }
});

test("a cell's tooltip gives the state, the stage, the article's words and the source", () => {
  const cell = capabilities.find((c) => c.model === "text-davinci-002" && c.ability === "in-context-learning")!;
  const en = cellTitle(cell, "en").split("\n");
  expect(en[0]).toBe("text-davinci-002 · In-context learning: regressed (pre-training)");
  expect(en.at(-1)).toBe(`Source: ${cell.source}`);
  expect(en).toContain(cell.claim);
  const zh = cellTitle(cell, "zh");
  expect(zh).not.toContain(cell.claim);
  expect(zh.split("\n").at(-1)).toMatch(/^来源：/);
});

test("the legend, inside the chart's SVG, explains every encoding in both languages", () => {
  for (const lang of ["en", "zh"] as const) {
    expect(capabilityMatrix(capabilities, { width: 1280, lang }).querySelector(".svg-legend")!.textContent).toBe(
      matrixLegendItems(lang)
        .map((i) => i.label)
        .join("")
    );
    const legend = matrixLegendItems(lang)
      .map((i) => i.label)
      .join(" ");
    const w = words(lang);
    for (const state of ["present", "weak", "absent", "regressed"] as const) expect(legend).toContain(w.state[state]);
    for (const stage of STAGES) expect(legend).toContain((w.stage as Record<string, string>)[stage]);
    expect(legend).toContain(w.inferred);
  }
});

const TAX = { models: TAX_MODELS, abilities: TAX_ABILITIES };

test("the alignment tax: in-context learning falls, partly recovers, is traded away", () => {
  const chart = alignmentTaxChart(capabilities, { width: 1000, ...TAX });
  expect(chartSvg(chart).getAttribute("aria-label")).toBe("The alignment tax");
  const icl = TAX_MODELS.map(
    (m: string) => capabilities.find((c) => c.model === m && c.ability === "in-context-learning")!.state
  );
  expect(icl).toEqual(["present", "regressed", "weak", "regressed"]);
});

describe("the alignment tax's layout, as plain data", () => {
  const layout = taxLayout(capabilities, { width: 1000, ...TAX });

  test("only the selected models and abilities, each at its state's level", () => {
    expect(layout.models).toEqual([...TAX_MODELS]);
    expect(layout.rows).toHaveLength(TAX_MODELS.length * TAX_ABILITIES.length);
    for (const row of layout.rows) expect(STATE_LEVELS[row.level]).toBe(row.state);
    // A model missing from the data is left off the axis, not drawn as an empty column.
    const withoutChatgpt = capabilities.filter((c) => c.model !== "chatgpt");
    expect(taxLayout(withoutChatgpt, { width: 1000, ...TAX }).models).toEqual(TAX_MODELS.slice(0, -1));
  });
  test("end labels name the abilities at the last model, none on another's line", () => {
    expect(layout.endLabels.map((r) => r.model)).toEqual(TAX_ABILITIES.map(() => "chatgpt"));
    expect(layout.endLabels.map((r) => r.name).sort()).toEqual(
      TAX_ABILITIES.map((a) => capabilities.find((c) => c.ability === a)!.ability_name).sort()
    );
    // Two abilities share a level at ChatGPT (zero-shot and dialogue, both present): one label moves off the other.
    expect(new Set(layout.endLabels.map((r) => r.level)).size).toBeLessThan(layout.endLabels.length);
    const y = (r: (typeof layout.endLabels)[number]) => r.level * 1000 + r.dy;
    expect(new Set(layout.endLabels.map(y)).size).toBe(layout.endLabels.length);
  });
  test("the state names stand inside the frame left of the first model; the right margin holds the end labels", () => {
    // The levels' rules run from near the canvas's left edge; the first model stands right of the widest state name
    // ("↓ regressed", 11 characters at 13 px).
    expect(layout.marginLeft).toBeLessThanOrEqual(20);
    expect(layout.xRange[0] - layout.marginLeft).toBeGreaterThan(11 * 13 * 0.6);
    expect(layout.xRange[1]).toBeLessThan(1000 - layout.marginRight);
    expect(layout.marginRight).toBeLessThanOrEqual(350);
    expect(layout.marginRight).toBeGreaterThan(30);
    // A model's column holds its name whole at this width; a narrow canvas breaks it (below).
    expect(layout.modelLabel("text-davinci-002")).toBe("text-davinci-002");
  });
});

test("emergence panel: one point per threshold with a parameter count", () => {
  const chart = emergencePanel(emergence, { width: 900 });
  const drawn = emergence.filter((e) => e.threshold_parameters !== null);
  expect(chartSvg(chart).querySelectorAll('g[aria-label="dot"] circle, g[aria-label="dot"] path')).toHaveLength(
    drawn.length
  );
  expect(drawn.length).toBeGreaterThan(5);
});

// The dots' fill says how the ability was prompted (filled few-shot, hollow augmented): a download or print has no
// caption to say so, so the chart carries its key, listing only the kinds drawn.
test.each(["en", "zh"] as const)(
  "emergence panel (%s): a key to the filled and hollow dots, of the kinds drawn",
  (lang) => {
    const legend = (rows: typeof emergence) =>
      [...chartSvg(emergencePanel(rows, { width: 900, lang })).querySelectorAll(".svg-legend text")].map(
        (t) => t.textContent
      );
    const { prompting } = dictionaryFor(lang).common;
    expect(legend(emergence)).toEqual([prompting["few-shot"], prompting.augmented]);
    expect(legend(emergence.filter((e) => e.prompting === "few-shot"))).toEqual([prompting["few-shot"]]);
  }
);

describe("labels that do not fit are placed whole, never cut", () => {
  test("a long name wraps at spaces (Latin) or anywhere (Chinese) into lines that fit", () => {
    expect(wrapName("Generalization to new tasks (zero-shot)", 220, 13)).toEqual([
      "Generalization to new tasks",
      "(zero-shot)"
    ]);
    const zh = wrapName("拒绝其知识范围之外的问题", 80, 13);
    expect(zh.join("")).toBe("拒绝其知识范围之外的问题");
    expect(zh.length).toBeGreaterThan(1);
    expect(wrapName("GPT-3", 200, 13)).toEqual(["GPT-3"]);
  });
  test("the emergence names stand beside the rows on a wide canvas and above them on a narrow one", () => {
    expect(emergenceLayout(emergence, 1920, "slide").above).toBe(false);
    const narrow = emergenceLayout(emergence, 480, "download");
    expect(narrow.above).toBe(true);
    // Every name whole, in its lines.
    expect(narrow.both.en.names.map((n) => n.join(" "))).toContain("Scratchpad: 8-digit addition (finetuning)");
    expect(emergencePanel(emergence, { width: 480, preset: "download" }).outerHTML).not.toContain("…");
  });
  test("the alignment tax names its lines at their ends, or in a legend when the canvas is narrow", () => {
    const wide = taxLayout(capabilities, { width: 1000, ...TAX });
    expect(wide.legendBox).toBeNull();
    expect(wide.endLabels).toHaveLength(TAX_ABILITIES.length);
    const narrow = taxLayout(capabilities, { width: 480, preset: "download", ...TAX });
    expect(narrow.endLabels).toEqual([]);
    expect(narrow.legendBox!.items.map((i) => i.label)).toHaveLength(TAX_ABILITIES.length);
    // The A4 column's models' columns hold a name in two lines; a narrower canvas breaks it in three.
    expect(narrow.modelLabel("text-davinci-002")).toBe("text-\ndavinci-002");
    const narrower = taxLayout(capabilities, { width: 360, preset: "download", ...TAX });
    expect(narrower.modelLabel("text-davinci-002")).toBe("text-\ndavinci-\n002");
  });
});

// The reviewer's case: alignmentTaxHeight(width, preset) ignored the width, so at the A4 column and on a narrow page
// the models' names in two or three lines and the legend's rows came out of one fixed height, squeezing the levels.
test.each(["web", "download", "print"] as const)(
  "the alignment tax's height follows its width (%s): the levels keep their spacing, what goes under the axis is added",
  (preset) => {
    const band = (l: ReturnType<typeof taxLayout>) => l.height - l.marginTop - l.marginBottom;
    for (const lang of ["en", "zh"] as const) {
      const layouts = [360, 480, 640, 960, 1400].map((width) =>
        taxLayout(capabilities, { width, preset, lang, ...TAX })
      );
      // One spacing of the levels at every width; a narrower chart is as tall or taller, never shorter.
      expect(new Set(layouts.map(band)).size, lang).toBe(1);
      for (let i = 1; i < layouts.length; ++i) expect(layouts[i]!.height).toBeLessThanOrEqual(layouts[i - 1]!.height);
      expect(layouts[0]!.height, lang).toBeGreaterThan(layouts.at(-1)!.height);
    }
    // The figure's one height, for both languages: the taller language's at that width.
    for (const width of [360, 480, 640, 960, 1400])
      expect(alignmentTaxHeight(capabilities, TAX, width, preset)).toBe(
        Math.max(
          ...(["en", "zh"] as const).map((lang) => taxLayout(capabilities, { width, preset, lang, ...TAX }).height)
        )
      );
    // A given height (a slide, a fixed canvas, the report's room) is filled as before.
    expect(taxLayout(capabilities, { width: 480, preset, height: 700, ...TAX }).height).toBe(700);
  }
);

test("origins in the article's order, with its Chinese sentence", () => {
  const table = originTable(abilities, "en");
  const rows = [...table.tBodies[0]!.rows];
  expect(rows).toHaveLength(abilities.length);
  expect(rows[0]!.cells[1]!.textContent).toBe("Language generation");
  expect(rows[2]!.cells[2]!.textContent).toContain("pre-training");
  expect(rows.find((r) => r.cells[1]!.textContent === "Modeling dialogue history")!.cells[2]!.textContent).toContain(
    "RLHF"
  );
  expect(table.querySelector('[lang="zh-Hans"]')!.textContent).toMatch(/预训练/);
});

test("the 3599 example is quoted from the article", () => {
  expect(LIMITATIONS[0]!.zh).toContain("3599 = 59 * 61");
});
