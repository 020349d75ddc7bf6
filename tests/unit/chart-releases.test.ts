// @vitest-environment jsdom
// chart-releases.json, the catalog's chart columns the Explore page draws from: exactly the contract's columns, no
// prose, a fraction of releases.json's bytes; and everything the page does with it (controls, URL state, every
// kind of view drawn, its caption and CSV download, an Epoch file's matching) reads no column it lacks and gives
// what releases.json gives.
import { describe, expect, test } from "vitest";
import { chartReleaseRows, type ChartReleaseRow, type ReleaseRow } from "../../src/contract.js";
import { CHART_RELEASE_COLUMNS, chartReleasesOf } from "../../data-loaders/chart-releases.js";
import { readSources, validateCatalog } from "../../data-loaders/catalog.js";
import { releasesTable } from "../../data-loaders/tables.js";
import { catalogOfReleases } from "../../data-loaders/epoch/import-text.js";
import { syntheticSources } from "../../scripts/synthetic.js";
import { exploreScatter } from "../../src/figures/registry.js";
import { figureCsv } from "../../src/components/figure.js";
import { createExploreView, exploreFigureState } from "../../src/views/explore.js";
import { readExploreState, EXPLORE_PRESETS } from "../../src/views/explore-state.js";
import { NAMED_PRESETS, PRESET_NAMES } from "../../src/figures/explore-presets.js";
import { storyData } from "../support/story-data.js";
import { stubResizeObserver } from "../support/resize-observer.js";

const data = storyData();
const full = data.releases;
const slim = chartReleaseRows(chartReleasesOf(full));

/** The slim rows, where reading a column of releases.json that chart-releases.json lacks throws, naming it. */
function strict(rows: readonly ChartReleaseRow[]): ReleaseRow[] {
  const columns = new Set(Object.keys(full[0]!));
  return rows.map(
    (row) =>
      new Proxy(row, {
        get(target, key) {
          if (typeof key === "string" && columns.has(key) && !(key in target))
            throw new Error(`chart-releases.json has no column ${key} (read for ${target.id})`);
          return Reflect.get(target, key);
        }
      }) as unknown as ReleaseRow
  );
}

describe("the table", () => {
  test("exactly the contract's columns, in release order, no notes or prose; a fact's source but no other", () => {
    expect(slim.map((r) => r.id)).toEqual(full.map((r) => r.id));
    for (const row of slim) expect(Object.keys(row)).toEqual(CHART_RELEASE_COLUMNS);
    expect(CHART_RELEASE_COLUMNS).toContain("name_zh");
    expect(CHART_RELEASE_COLUMNS).toContain("training_compute_low");
    expect(CHART_RELEASE_COLUMNS.filter((c) => /note|confidence|counts|event/.test(c))).toEqual([]);
    // The one citation a chart draws: an undisclosed value's tooltip names where it is stated undisclosed.
    expect(CHART_RELEASE_COLUMNS.filter((c) => /source/.test(c))).toEqual(
      ["parameters", "active_parameters", "training_data", "training_tokens", "training_compute"].flatMap((fact) => [
        `${fact}_source_url`,
        `${fact}_source`
      ])
    );
    const gpt3 = slim.find((r) => r.id === "gpt-3-175b")!;
    const gpt3Full = full.find((r) => r.id === "gpt-3-175b")!;
    for (const column of CHART_RELEASE_COLUMNS.filter((c) => !/source/.test(c)))
      expect(gpt3[column]).toEqual(gpt3Full[column]);
    // Sources only where a value is undisclosed: GPT-4's parameters, not GPT-3's.
    expect(gpt3.parameters_source).toBeNull();
    const gpt4 = slim.find((r) => r.id === "gpt-4")!;
    expect(gpt4.parameters_status).toBe("undisclosed");
    expect(gpt4.parameters_source).toBe(full.find((r) => r.id === "gpt-4")!.parameters_source);
  });

  test("written by column: the rows read back; uneven columns are refused", () => {
    const columns = chartReleasesOf(full);
    expect(Object.keys(columns)).toEqual(CHART_RELEASE_COLUMNS);
    expect(columns.id).toHaveLength(full.length);
    expect(() => chartReleaseRows({ ...columns, name: columns.name.slice(1) })).toThrow(
      /column name has \d+ rows, id has \d+/
    );
  });

  test("at 2,000 synthetic models, under a fifth of releases.json's bytes", () => {
    const releases = releasesTable(validateCatalog(syntheticSources(readSources(), 2_000), { asOf: data.info.as_of }));
    const ratio = JSON.stringify(chartReleasesOf(releases)).length / JSON.stringify(releases).length;
    expect(ratio).toBeLessThan(0.2);
  });
});

describe("the Explore page reads no column the table lacks, and draws what releases.json draws", () => {
  const rows = strict(slim);
  const withSlim = { ...data, releases: rows };
  // Every non-Scaling preset's view (a Scaling preset's page loads releases.json: its tooltips carry notes), each
  // measure on an axis, each colour, fits by era and the GPT line, highlights.
  const views = [
    "",
    ...PRESET_NAMES.filter((name) => !NAMED_PRESETS[name].layers).map((name) => EXPLORE_PRESETS[name]),
    "?x=parameters&y=tokens&color=status&fit=group&breaks=2020-01-01&highlight=gpt-3-175b,gpt-4",
    "?x=active_parameters&y=tokens_per_parameter&color=organization&line=gpt&frame=1",
    "?x=compute&y=parameters&color=family&thresholds=all&from=2019&to=2022&branch=decoder-only",
    "?x=date&y=tokens&color=access&fit=all&access=api"
  ];
  test.each(views)("%s", (search) => {
    for (const lang of ["en", "zh"] as const) {
      const state = (d: typeof data) => exploreFigureState(d, readExploreState(search, d.releases));
      const [a, b] = [state(data), state(withSlim as never)];
      expect([...b.visible!]).toEqual([...a.visible!]);
      const draw = (d: object, s: typeof a) =>
        // Plot numbers its clip paths per render across the document: the same chart drawn twice differs only there.
        exploreScatter
          .draw(d as never, { width: 960, preset: "web", lang, state: s })
          .outerHTML.replace(/plot-clip-\d+/g, "plot-clip");
      expect(draw(withSlim, b)).toBe(draw(data, a));
      const csv = (d: object, s: typeof a) =>
        figureCsv(exploreScatter, exploreScatter.rows(d as never, s), lang, data.info);
      expect(csv(withSlim, b)).toBe(csv(data, a));
      expect(exploreScatter.caption(withSlim as never, b)).toEqual(exploreScatter.caption(data as never, a));
    }
  });

  test.each(["en", "zh"] as const)("the page's controls and summary (%s)", (lang) => {
    stubResizeObserver();
    const page = createExploreView({ ...withSlim } as never, lang, { search: "?highlight=gpt-3-175b" });
    const reference = createExploreView({ ...data } as never, lang, { search: "?highlight=gpt-3-175b" });
    // Inputs numbers its forms' ids as they are made: the rest of the markup is the same.
    const markup = (e: HTMLElement) => e.outerHTML.replace(/\b(id|for|name)="[^"]*"/g, "");
    expect(markup(page.controls)).toBe(markup(reference.controls));
    page.controller.set({ fit: "all" });
    reference.controller.set({ fit: "all" });
    expect(page.summary.textContent).toBe(reference.summary.textContent);
    expect(page.fits.outerHTML).toBe(reference.fits.outerHTML);
    page.dispose();
    reference.dispose();
  });

  test("an Epoch file is matched against it as against releases.json", () => {
    expect(catalogOfReleases(rows)).toEqual(catalogOfReleases(full));
  });
});
