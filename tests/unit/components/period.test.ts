// @vitest-environment jsdom
// The period after the article: the column, the filter the article-faithful views use, and how the growth charts and
// the timeline draw it apart; the estimates' ranges on the growth charts.
import { describe, expect, test } from "vitest";
import { loadCatalog } from "../../../data-loaders/catalog.js";
import { lineageTable, milestonesTable, releasesTable } from "../../../data-loaders/tables.js";
import { ARTICLE_END, periodOf } from "../../../src/contract.js";
import { growthChart } from "../../support/look-charts.js";
import { timelineChart } from "../../../src/components/timeline-chart.js";
import { articlePeriodOnly, dataForPeriod, periodRequested } from "../../../src/views/period.js";
import { markTexts, ownText } from "../../support/plot-dom.js";

const catalog = loadCatalog();
const releases = releasesTable(catalog);
const lineage = lineageTable(catalog);
const milestones = milestonesTable(catalog);
const AS_OF = "2026-11-28";
const texts = (chart: Element) => markTexts(chart, "text").map(ownText);

describe("the period column and the article's view", () => {
  test("GPT-4's day is the article's last; the day after is after", () => {
    expect([periodOf(ARTICLE_END), periodOf("2023-03-15"), periodOf("2017-06-12")]).toEqual([
      "article",
      "after",
      "article"
    ]);
  });
  test("?period=article keeps the article's models, their edges and milestones; the default keeps all", () => {
    expect([periodRequested(""), periodRequested("?period=article"), periodRequested("?period=nonsense")]).toEqual([
      "all",
      "article",
      "all"
    ]);
    expect(periodRequested("", "article")).toBe("article");
    expect(periodRequested("?period=all", "article")).toBe("all");
    const data = { releases, lineage, milestones };
    const article = articlePeriodOnly(data);
    expect(article.releases.length).toBe(releases.filter((r) => r.release_date <= ARTICLE_END).length);
    expect(article.releases.length).toBeLessThan(releases.length);
    const ids = new Set(article.releases.map((r) => r.id));
    expect(article.lineage.every((e) => ids.has(e.parent) && ids.has(e.child))).toBe(true);
    expect(article.milestones.map((m) => m.model)).not.toContain("o1");
    expect(article.milestones.map((m) => m.model)).toContain("gpt-4");
    expect(dataForPeriod(data, "all")).toBe(data);
  });
});

describe("drawn apart", () => {
  const chart = (rows = releases, lang: "en" | "zh" = "en") =>
    growthChart(rows, { asOf: AS_OF, width: 1000, metric: "training_compute", lang });
  test("a growth chart with post-article models shades their period and names it in the page's language", () => {
    expect(chart().querySelector(".period-after")).not.toBeNull();
    expect(texts(chart())).toContain("After the article");
    expect(texts(chart(releases, "zh"))).toContain("原文之后");
  });
  test("the article's models alone draw no band", () => {
    const article = releases.filter((r) => r.period === "article");
    expect(chart(article).querySelector(".period-after")).toBeNull();
    expect(texts(chart(article))).not.toContain("After the article");
  });
  test("the timeline shades the period too, only when it draws a post-article model", () => {
    const full = timelineChart(releases, milestones, { width: 1280 });
    expect(full.querySelector(".period-after")).not.toBeNull();
    expect(texts(full)).toContain("After the article");
    const article = articlePeriodOnly({ releases, milestones });
    expect(
      timelineChart(article.releases, article.milestones, { width: 1280 }).querySelector(".period-after")
    ).toBeNull();
  });
});

describe("ranges on the growth charts", () => {
  test("every drawn estimate with both bounds has one rule from its low to its high bound, and nothing else has one", () => {
    const drawn = chart();
    const lines = [...drawn.querySelectorAll("g.explore-range line")];
    const expected = releases.filter(
      (r) =>
        r.training_compute !== null &&
        r.derived_from === null &&
        r.training_compute_status === "estimate" &&
        r.training_compute_low !== null &&
        r.training_compute_high !== null
    );
    expect(lines.length).toBe(expected.length);
    const y = (drawn as unknown as { scale: (n: string) => { apply: (v: number) => number } }).scale("y");
    const gpt4 = releases.find((r) => r.id === "gpt-4")!;
    const line = lines.find((l) => l.querySelector("title")?.textContent?.startsWith("GPT-4:"))!;
    expect(Number(line.getAttribute("y1"))).toBeCloseTo(y.apply(gpt4.training_compute_low!), 0);
    expect(Number(line.getAttribute("y2"))).toBeCloseTo(y.apply(gpt4.training_compute_high!), 0);
  });
  function chart() {
    return growthChart(releases, { asOf: AS_OF, width: 1000, metric: "training_compute" });
  }
});

describe("the model card of a mixture of experts", () => {
  test("shows its active parameters beside its total, with their source; a dense model's card has no such line", async () => {
    const { modelCard } = await import("../../../src/components/model-card.js");
    const { capabilitiesTable } = await import("../../../data-loaders/tables.js");
    const data = { releases, lineage, capabilities: capabilitiesTable(catalog) };
    const mixtral = modelCard("mixtral-8x7b", data, "en").textContent!;
    expect(mixtral).toContain("Active parameters (mixture of experts)");
    expect(mixtral).toMatch(/12\.9B/);
    expect(modelCard("deepseek-v3", data, "zh").textContent).toContain("激活参数量（混合专家）");
    expect(modelCard("gpt-3-175b", data, "en").textContent).not.toContain("Active parameters");
  });
});
