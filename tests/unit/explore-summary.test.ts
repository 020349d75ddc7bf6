// @vitest-environment jsdom
// The Explore page's summary line and a download's filter words say what the view shows of the catalog: the filters'
// count, and apart from it the models shown that it cannot plot, by reason. The summary used to count the plotted
// points ("8 of 23 models drawn"), and a download's words counted them against the plottable ("Showing 8 of 13
// models"), which read as if the filters had hidden the models with no disclosed value.
import { describe, expect, test } from "vitest";
import { createExploreView } from "../../src/views/explore.js";
import { filterWords } from "../../src/components/figure.js";
import { tokensByDate } from "../../src/figures/registry.js";
import { figureState, scalingParams } from "../../src/views/scaling.js";
import { readState } from "../../src/views/url-state.js";
import { exploreModel } from "../../src/components/explore/model.js";
import { exploreSpec, exploreVisible, readExploreState } from "../../src/views/explore-state.js";
import { storyData } from "../support/story-data.js";
import { stubResizeObserver } from "../support/resize-observer.js";

const data = { ...storyData(), epoch: { available: false, models: [] } } as never as ReturnType<typeof storyData>;

const summaryOf = (search: string, lang: "en" | "zh") => {
  stubResizeObserver();
  const view = createExploreView(data as never, lang, { search });
  const line = view.summary;
  view.dispose();
  return line;
};

describe("the Explore summary", () => {
  test("tokens by date from 2020: the filters' 18 of 23, apart the undisclosed (linked to the band) and the derived", () => {
    const search = "?x=date&y=tokens&from=2020";
    const state = readExploreState(search, data.releases);
    const kept = exploreVisible(data.releases, state);
    const plotted = exploreModel(kept, exploreSpec(state)).points.length;
    expect([kept.length, plotted]).toEqual([18, 6]);
    const en = summaryOf(search, "en");
    expect(en.textContent).toBe(
      "Showing 18 of 23 models\u00a0· 2 have no disclosed training tokens: × in the band above the plot\u00a0· " +
        "10 derived, not plotted (their tokens and compute are additional training only)"
    );
    // The two undisclosed are drawn as undisclosed in the figure's band: the words link to it.
    const link = en.querySelector("a")!;
    expect([link.textContent, link.getAttribute("href")]).toEqual([
      "2 have no disclosed training tokens: × in the band above the plot",
      "#explore-scatter"
    ]);
    // Everything kept is accounted for: plotted, banded or derived.
    expect(plotted + 2 + 10).toBe(kept.length);
    const zh = summaryOf(search, "zh");
    expect(zh.textContent).toBe(
      "显示 23 个模型中的 18 个\u00a0· 2 个未公开训练 token 数：以 × 标在图上方的条带中\u00a0· " +
        "10 个派生模型未画出（其训练 token 数与训练计算量只计追加训练）"
    );
    expect(zh.querySelector("a")!.getAttribute("href")).toBe("#explore-scatter");
  });

  test("with no band (parameters against compute), the undisclosed are named", () => {
    expect(summaryOf("?x=parameters&y=compute", "en").textContent).toContain(
      "Showing 23 of 23 models\u00a0· 1 not plotted, with no disclosed parameters: GPT-4"
    );
    expect(summaryOf("?x=parameters&y=compute", "zh").textContent).toContain(
      "显示 23 个模型中的 23 个\u00a0· 1 个未画出，参数量未公开：GPT-4"
    );
    expect(summaryOf("?x=parameters&y=compute", "en").querySelector("a")).toBeNull();
  });
});

test.each([
  [
    "en",
    "Showing 18 of 23 models (years: 2020–2023)\u00a0· 2 have no disclosed training tokens: × in the band above the plot"
  ],
  ["zh", "显示 23 个模型中的 18 个（年份：2020–2023 年）\u00a0· 2 个未公开训练 token 数：以 × 标在图上方的条带中"]
] as const)("%s: a download's filter words count the filters' models, and the undisclosed apart", (lang, words) => {
  const state = figureState(data as never, readState("?from=2020", scalingParams(data.releases)));
  expect(filterWords(tokensByDate, data as never, state, lang)!.startsWith(words)).toBe(true);
});
