// @vitest-environment jsdom
// A download shows what the view showed: under a page's filter, every chart that takes a visible set draws only the
// models the view keeps, names the filters in words (in the image and its metadata), and its legend lists only what
// it draws: no branch the filter removed, no trend whose models it hides, no undisclosed mark without an undisclosed
// model. In English and Chinese, on the Scaling page's filter (its four charts, and the timeline, which takes any
// view's visible set) and the Explore page's.
import { describe, expect, test } from "vitest";
import { standaloneSvg } from "../../../src/components/figure.js";
import { undisclosedRows } from "../../../src/components/explore/undisclosed.js";
import { BRANCHES, type ReleaseRow } from "../../../src/contract.js";
import { NAMED_PRESETS } from "../../../src/figures/explore-presets.js";
import {
  computeByDate,
  exploreScatter,
  FIGURES,
  parametersByDate,
  parametersVsTokens,
  releaseTimeline,
  tokensByDate,
  type AnyFigure
} from "../../../src/figures/registry.js";
import type { FigureState } from "../../../src/figures/types.js";
import { dictionaryFor } from "../../../src/i18n/index.js";
import { exploreFigureState } from "../../../src/views/explore.js";
import { readExploreState } from "../../../src/views/explore-state.js";
import { figureState, scalingParams } from "../../../src/views/scaling.js";
import { readState } from "../../../src/views/url-state.js";
import { storyData } from "../../support/story-data.js";

const data = storyData();
const LINK = "?branch=decoder-only&from=2019&to=2021";
const scaling = figureState(data as never, readState(LINK, scalingParams(data.releases)));
const explore = exploreFigureState(data as never, readExploreState(LINK, data.releases));
const CASES: [AnyFigure, FigureState][] = [
  ...[parametersByDate, computeByDate, tokensByDate, parametersVsTokens, releaseTimeline].map(
    (def) => [def, scaling] as [AnyFigure, FigureState]
  ),
  [exploreScatter, explore]
];

/** The download as a document: its drawing's models shown, its legend and filter words (metadata and credit). */
function downloaded(def: AnyFigure, state: FigureState, lang: "en" | "zh") {
  const { svg } = standaloneSvg(def, data as never, { lang, state, size: "slide", shownWidth: 960, info: data.info });
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
  const shownElements = [...doc.querySelectorAll("[data-models]")].filter((e) => !e.closest(".filtered-out"));
  const record = JSON.parse(doc.querySelector("metadata")!.textContent!) as { legend: string[]; filters: string };
  const credit = [...doc.querySelectorAll("text.credit")].map((t) => t.textContent).join(" ");
  return { shownElements, legend: record.legend, filters: record.filters, credit };
}

const idsOf = (elements: readonly Element[]) =>
  new Set(elements.flatMap((e) => e.getAttribute("data-models")!.split(" ")));

test("the chart figures that take a visible set are all checked here", () => {
  // A registry chart that draws catalog models by id (its rows are models) must be one of CASES.
  const byModel = FIGURES.filter(
    (f) => f.kind === "chart" && (f.rows(data as never, {}) as { id?: unknown }[]).some((r) => typeof r.id === "string")
  ).map((f) => f.id);
  expect(byModel.sort()).toEqual(
    CASES.map(([def]) => def.id)
      .filter((id) => id !== exploreScatter.id)
      .sort()
  );
});

describe.each(["en", "zh"] as const)("under a filter, in %s", (lang) => {
  const d = dictionaryFor(lang);
  test.each(CASES.map(([def, state]) => [def.id, def, state] as const))(
    "%s draws only the kept models and names the filters",
    (_id, def, state) => {
      const visible = state.visible!;
      const { shownElements, filters, credit } = downloaded(def, state, lang);
      const drawn = idsOf(shownElements);
      expect(drawn.size).toBeGreaterThan(0);
      for (const id of drawn) expect(visible.has(id), `${def.id} draws ${id}, which the filter hides`).toBe(true);
      // The filters in words, in the metadata and the image.
      const words = d.common.filterWords;
      for (const phrase of [
        words.one(words.branch, d.common.branch["decoder-only"]),
        words.one(words.years, words.range(2019, 2021))
      ]) {
        expect(filters).toContain(phrase);
        expect(credit.replace(/\s+/g, " ")).toContain(phrase);
      }
    }
  );

  test("the timeline draws every kept model, each once, and nothing else", () => {
    const { shownElements } = downloaded(releaseTimeline, scaling, lang);
    expect([...idsOf(shownElements)].sort()).toEqual([...scaling.visible!].sort());
  });

  test.each(CASES.map(([def, state]) => [def.id, def, state] as const))(
    "%s's legend lists only what is drawn",
    (_id, def, state) => {
      const visible = state.visible!;
      const { shownElements, legend } = downloaded(def, state, lang);
      const kept = data.releases.filter((r) => visible.has(r.id));
      // No branch the filter removed.
      const removed = BRANCHES.filter((b) => !kept.some((r) => r.branch === b));
      const branchNames = removed.flatMap((b) => [
        d.common.branch[b],
        d.charts.growth.branch[b],
        d.charts.timeline.branch[b]
      ]);
      expect(removed.length).toBeGreaterThan(0);
      for (const name of branchNames) expect(legend, `${def.id} lists ${name}`).not.toContain(name);
      // A trend is listed only where it is drawn, which is only where every model it was fitted on is kept.
      const drawnModels = new Set(shownElements.map((e) => e.getAttribute("data-models")));
      for (const t of data.trends.filter((t) => t.status === "fitted" && t.doubling_months !== null)) {
        const label = (t.population === "gpt-flagships" ? d.charts.growth.trendGpt : d.charts.growth.trendAll)(
          t.doubling_months!.toFixed(1)
        );
        if (!legend.includes(label)) continue;
        expect(
          t.models.every((id) => visible.has(id)),
          `${def.id} lists ${label}`
        ).toBe(true);
        expect(drawnModels.has(t.models.join(" ")), `${def.id} lists ${label}, not drawn`).toBe(true);
      }
      // The undisclosed mark only with an undisclosed model kept.
      const y = def.id in NAMED_PRESETS ? NAMED_PRESETS[def.id as keyof typeof NAMED_PRESETS].view.y : null;
      if (legend.includes(d.charts.growth.undisclosedMark))
        expect(y && undisclosedRows(kept as ReleaseRow[], "date", y).length).toBeGreaterThan(0);
    }
  );
});
