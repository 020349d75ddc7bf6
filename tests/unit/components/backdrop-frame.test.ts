// @vitest-environment jsdom
// The Epoch backdrop keeps the story's frame: by default the growth charts' x domain is the curated catalog's time
// range, widened (a control, kept in the URL) it is Epoch's whole range; the parameter and compute charts share the
// axis either way, the backdrop has a legend entry, and no impossible date reaches a scale.
import { describe, expect, test } from "vitest";
import type { EpochLoad, ImportedModel, NotebookData } from "../../../src/contract.js";
import { growthChart } from "../../support/look-charts.js";
import { drawableDate, growthDomain } from "../../../src/components/explore/look.js";
import { readState } from "../../../src/views/url-state.js";
import { computeByDate, parametersByDate } from "../../../src/figures/registry.js";
import type { FigureState } from "../../../src/figures/types.js";
import { figureState, scalingParams, visibleBackdrop, type ScalingData } from "../../../src/views/scaling.js";
import { storyData } from "../../support/story-data.js";

const AS_OF = "2026-11-28";

function epochRow(
  id: string,
  release_date: string,
  parameters: number | null,
  training_compute: number | null
): ImportedModel {
  return {
    id,
    name: id,
    organization: null,
    release_date,
    parameters,
    training_compute,
    training_tokens: null,
    training_words: null,
    confidence: null,
    status: "estimate",
    estimated_by: "Epoch AI",
    source: "epoch-ai",
    base_model: null,
    domain: "Language",
    link: null,
    row: 2
  };
}

/**
 * Epoch rows beyond the catalog's years at both ends, the earliest with a size but no compute and the latest with
 * compute but no size (so that each chart on its own would stretch to a different range), and impossible dates.
 */
const VALID = [
  epochRow("early-size-only", "2015-03-01", 5e8, null),
  epochRow("in-frame", "2020-06-01", 2e10, 3e22),
  epochRow("late-compute-only", "2025-07-15", null, 4e25)
];
const IMPOSSIBLE = [
  epochRow("before-1950", "1900-01-01", 1e6, 1e15),
  epochRow("just-before-1950", "1949-12-31", 1e6, 1e15),
  epochRow("after-the-data", "2026-12-01", 1e12, 1e25),
  epochRow("far-future", "2999-01-01", 1e12, 1e25),
  epochRow("no-such-day", "2023-02-30", 1e9, 1e21),
  epochRow("not-a-date", "sometime in 2021", 1e9, 1e21),
  epochRow("empty", "", 1e9, 1e21),
  epochRow("month-only", "2021-05", 1e9, 1e21)
];
const epoch: EpochLoad = {
  available: true,
  file: "all_ml_systems.csv",
  attribution: "Epoch AI, Data on AI Models (CC BY 4.0)",
  columns: {},
  ignored: [],
  problems: [],
  models: [...VALID, ...IMPOSSIBLE],
  matched: [],
  conflicts: [],
  skipped: {},
  skippedRows: [],
  counts: { read: 11, language: 11, imported: 11, matched: 0, skipped: 0 }
};
const base = storyData();
const data: NotebookData = { ...base, info: { ...base.info, data_date: AS_OF, as_of: AS_OF }, epoch };
const { releases } = data;

const utc = (date: string) => +new Date(`${date}T00:00:00Z`);
const catalogDates = releases.map((r) => utc(r.release_date));
const [catalogFirst, catalogLast] = [Math.min(...catalogDates), Math.max(...catalogDates)];
const xDomain = (chart: Element) => ((chart as any).scale("x").domain as Date[]).map((d) => +d);
const draw = (figure: typeof parametersByDate | typeof computeByDate, state: FigureState) =>
  figure.draw(data, { width: 900, preset: "web", lang: "en", state });
const backdropDots = (chart: Element) =>
  [...chart.querySelectorAll("g.backdrop > circle")].map((c) => c.getAttribute("data-models"));

describe("a drawable date", () => {
  test.each(["2020-05-28", "1950-01-01", AS_OF, "2024-02-29"])("%s is one", (date) =>
    expect(drawableDate(date, AS_OF)?.toISOString().slice(0, 10)).toBe(date)
  );
  test.each(IMPOSSIBLE.map((r) => r.release_date))("%j is not", (date) => expect(drawableDate(date, AS_OF)).toBeNull());
});

describe("the growth charts' x domain", () => {
  test("by default, the catalog's range, with or without the backdrop", () => {
    const [x0, x1] = growthDomain(releases, epoch.available ? epoch.models : [], { asOf: AS_OF }).map(Number) as [
      number,
      number
    ];
    expect(x0).toBeLessThan(catalogFirst);
    expect(x1).toBeGreaterThan(catalogLast);
    expect(catalogFirst - x0).toBeLessThan(200 * 864e5);
    for (const state of [{}, { backdrop: true }, { backdrop: true, widen: false }])
      for (const figure of [parametersByDate, computeByDate])
        expect(xDomain(draw(figure, state)), `${figure.id} ${JSON.stringify(state)}`).toEqual([x0, x1]);
  });

  test("widened, Epoch's whole range: its earliest and latest drawable rows, whatever their measure, and no further", () => {
    const [x0, x1] = growthDomain(releases, epoch.available ? epoch.models : [], { widen: true, asOf: AS_OF }).map(
      Number
    ) as [number, number];
    expect(x0).toBeLessThan(utc("2015-03-01"));
    expect(utc("2015-03-01") - x0).toBeLessThan(200 * 864e5);
    expect(x1).toBeGreaterThan(utc("2025-07-15"));
    expect(x1).toBeLessThan(utc("2026-01-01"));
  });

  test("the parameter and compute charts share the axis, default and widened", () => {
    for (const state of [{ backdrop: true }, { backdrop: true, widen: true }]) {
      const [parameters, compute] = [xDomain(draw(parametersByDate, state)), xDomain(draw(computeByDate, state))];
      expect(parameters, JSON.stringify(state)).toEqual(compute);
    }
    expect(xDomain(draw(parametersByDate, { backdrop: true, widen: true }))[0]).toBeLessThan(utc("2015-03-01"));
    expect(xDomain(draw(computeByDate, { backdrop: true, widen: true }))[1]).toBeGreaterThan(utc("2025-07-15"));
  });

  test("widening without the backdrop changes nothing: the catalog's dates are the whole range", () => {
    expect(xDomain(draw(parametersByDate, { widen: true }))).toEqual(xDomain(draw(parametersByDate, {})));
  });

  test("impossible dates never reach a scale: not in the domain, not drawn", () => {
    const domain = xDomain(draw(computeByDate, { backdrop: true, widen: true }));
    const without = { ...data, epoch: { ...epoch, models: VALID } };
    expect(domain).toEqual(
      xDomain(
        computeByDate.draw(without, { width: 900, preset: "web", lang: "en", state: { backdrop: true, widen: true } })
      )
    );
    for (const chart of [
      draw(parametersByDate, { backdrop: true, widen: true }),
      draw(computeByDate, { backdrop: true, widen: true })
    ])
      for (const id of backdropDots(chart)) expect(IMPOSSIBLE.map((r) => r.id)).not.toContain(id);
    // A chart asked to draw as of an impossible date has no frame: the caller's error, said, never a guess of today.
    expect(() =>
      growthChart(releases, { width: 900, metric: "parameters", backdrop: IMPOSSIBLE, widen: true, asOf: "2999-99-99" })
    ).toThrow(/asOf "2999-99-99"/);
  });

  test("the backdrop drawn is what the frame holds: in the catalog's years by default, all of Epoch's widened", () => {
    expect(backdropDots(draw(parametersByDate, { backdrop: true }))).toEqual(["in-frame"]);
    expect(backdropDots(draw(parametersByDate, { backdrop: true, widen: true }))).toEqual([
      "early-size-only",
      "in-frame"
    ]);
    expect(backdropDots(draw(computeByDate, { backdrop: true, widen: true }))).toEqual([
      "in-frame",
      "late-compute-only"
    ]);
  });

  test("the backdrop has a legend entry, in both languages", () => {
    expect(draw(parametersByDate, { backdrop: true }).querySelector(".svg-legend")!.textContent).toContain(
      "Epoch AI models (estimates)"
    );
    const zh = parametersByDate.draw(data, {
      width: 900,
      preset: "web",
      lang: "zh",
      state: { backdrop: true, widen: true }
    });
    expect(zh.querySelector(".svg-legend")!.textContent).toContain("Epoch AI 收录的模型（估计值）");
    expect(draw(parametersByDate, {}).querySelector(".svg-legend")!.textContent).not.toContain("Epoch AI");
  });
});

describe("the Scaling view's widen control", () => {
  const scaling: ScalingData = data;
  const params = scalingParams(releases);

  test("kept in the URL: off by default, ?widen=on turns it on, anything else leaves it off", () => {
    expect(readState("", params).widen).toBe(false);
    expect(readState("?backdrop=on&widen=on", params)).toMatchObject({ backdrop: true, widen: true });
    expect(readState("?widen=yes", params).widen).toBe(false);
  });

  test("the figures are told, and the caption says which range the backdrop covers", () => {
    const state = readState("?backdrop=on&widen=on", params);
    expect(figureState(scaling, state).widen).toBe(true);
    expect(parametersByDate.caption(data, figureState(scaling, state)).en).toContain("Epoch’s whole date range");
    expect(parametersByDate.caption(data, figureState(scaling, readState("?backdrop=on", params))).en).toContain(
      "within the catalog’s years"
    );
  });

  test("widened, the years filter at its ends takes in Epoch's models before and after the catalog's years; rows with impossible dates are not counted as shown", () => {
    const ids = (search: string) => visibleBackdrop(scaling, readState(search, params)).map((d) => d.id);
    expect(ids("?backdrop=on")).not.toContain("early-size-only");
    expect(ids("?backdrop=on&widen=on")).toEqual(["early-size-only", "in-frame", "late-compute-only"]);
    // A narrowed filter is the reader's choice, widened or not.
    expect(ids("?backdrop=on&widen=on&from=2019&to=2021")).toEqual(["in-frame"]);
    expect(ids("?widen=on")).toEqual([]);
  });
});
