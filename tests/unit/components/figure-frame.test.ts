// @vitest-environment jsdom
// The figure frame (src/components/figure.ts): what it shows is computed by pure functions; a printed figure is one
// element with its numbered heading, drawing, caption and dated source line, and no buttons.
import { describe, expect, test, vi } from "vitest";
import {
  dataTable,
  tableCellText,
  figureHeading,
  onlyFilterChanged,
  renderFigure,
  sourceLine,
  standaloneLayout,
  standaloneSvg,
  creditLines,
  drawingBox
} from "../../../src/components/figure.js";
import { DOWNLOAD_SIZES, SLIDE_CANVAS, typesetWidth } from "../../../src/figures/presets.js";
import { FIGURES, parametersByDate, tokensByDate, trendFits } from "../../../src/figures/registry.js";
import { defineFigure } from "../../../src/figures/types.js";
import { dictionaryFor } from "../../../src/i18n/index.js";
import { storyData } from "../../support/story-data.js";
import { figureState, scalingParams } from "../../../src/views/scaling.js";
import { exploreFigureState } from "../../../src/views/explore.js";
import { readExploreState } from "../../../src/views/explore-state.js";
import { readState } from "../../../src/views/url-state.js";
import { stubResizeObserver } from "../../support/resize-observer.js";

test("the heading is numbered in the report, in the page's language", () => {
  expect(figureHeading("Title", "en")).toBe("Title");
  expect(figureHeading("Title", "en", 3)).toBe("Figure 3. Title");
  expect(figureHeading("标题", "zh", 3)).toMatch(/^图 ?3/);
});

test("the source line ends with the language's full stop and, when dated, says the data's date", () => {
  expect(sourceLine("Papers", "en")).toBe("Source: Papers.");
  expect(sourceLine("Papers", "en", "2026-11-28")).toMatch(/^Source: Papers\. .*2026-11-28\.$/);
  const zh = sourceLine("论文", "zh", "2026-11-28");
  expect(zh).toContain("2026 年 11 月 28 日");
  expect(zh.endsWith("。")).toBe(true);
});

test("only a change of the visible models is a filter; any other change redraws", () => {
  const visible = new Set(["gpt-3"]);
  expect(onlyFilterChanged({ scale: "log" }, { scale: "log", visible })).toBe(true);
  // The filters in words come with the visible models: a new object at every change, still a filter.
  const filters = (to: number) => ({ years: { from: 2018, to, first: 2017, last: 2025 } });
  expect(onlyFilterChanged({ visible, filters: filters(2021) }, { visible, filters: filters(2022) })).toBe(true);
  expect(onlyFilterChanged({ scale: "log", visible }, { scale: "log", visible: null })).toBe(true);
  expect(onlyFilterChanged({ scale: "log" }, { scale: "linear" })).toBe(false);
  expect(onlyFilterChanged({ selected: null }, { selected: "gpt-3" })).toBe(false);
});

test("a standalone image: a fixed size fills its canvas with its preset, the shown size at least 480 wide", () => {
  const slide = standaloneLayout("slide", 700);
  expect(slide).toMatchObject({ preset: "slide", width: SLIDE_CANVAS.width, fontSize: 40 });
  expect(slide.head + slide.drawingHeight! + slide.foot).toBe(SLIDE_CANVAS.height);
  for (const [size, canvas] of Object.entries(DOWNLOAD_SIZES)) {
    const layout = standaloneLayout(size as keyof typeof DOWNLOAD_SIZES, 700);
    expect(layout).toMatchObject({ preset: canvas.preset, width: canvas.width, height: canvas.height });
    expect(layout.head + layout.drawingHeight! + layout.foot).toBe(canvas.height);
  }
  expect(standaloneLayout("a4-full", 700).mm).toBe(170);
  // A column is as tall as its figure asks, never shorter than square; other sizes keep their canvas.
  expect(standaloneLayout("a4-column", 700, 1.25)).toMatchObject({ width: 480, height: 600, mm: 85 });
  expect(standaloneLayout("letter-column", 700, 1.25)).toMatchObject({ width: 504, height: 630, mm: 89 });
  expect(standaloneLayout("a4-column", 700, 0.5).height).toBe(480);
  expect(standaloneLayout("slide", 700, 1.25).height).toBe(SLIDE_CANVAS.height);
  expect(standaloneLayout("shown", 700).drawingHeight).toBeUndefined();
  expect(standaloneLayout("shown", 300.4).width).toBe(480);
  expect(standaloneLayout("shown", 812.6).width).toBe(813);
});

test("a printed figure: numbered heading, the drawing, its caption and a dated source line, no downloads", () => {
  const data = storyData();
  const figure = renderFigure(trendFits, data, { lang: "en", preset: "print", number: 6, info: data.info });
  expect(figure.id).toBe("trend-fits");
  expect(figure.getAttribute("aria-labelledby")).toBe("trend-fits-title");
  expect(figure.querySelector("h2")!.textContent).toBe(`Figure 6. ${trendFits.title.en}`);
  expect(figure.querySelector(".figure-body")!.children.length).toBe(1);
  expect(figure.querySelector(".figure-downloads")!.children.length).toBe(0);
  expect(figure.querySelector(".figure-source")!.textContent).toContain(data.info.data_date);
  expect(figure.querySelector("details")).toBeNull();
  expect(figure.dataset.rows).toBe(String(trendFits.rows(data, {}).length));
});

test("the text alternative: a header per column, a row per row, unknown as —, English cells marked in Chinese", () => {
  type Row = { name: string; size: number | null };
  const rows: Row[] = [{ name: "GPT-3", size: null }];
  const def = defineFigure({
    id: "example",
    needs: [],
    kind: "table",
    title: { en: "Example", zh: "示例" },
    caption: () => ({ en: "", zh: "" }),
    source: { en: "", zh: "" },
    rows: () => rows,
    columns: [
      { label: { en: "Name", zh: "名称" }, value: (d: Row) => d.name, english: true },
      { label: { en: "Size", zh: "规模" }, value: (d: Row) => d.size }
    ],
    height: () => 0,
    draw: () => document.createElement("div")
  });
  expect(dataTable(def, rows, "en").outerHTML).toBe(
    '<table><thead><tr><th scope="col">Name</th><th scope="col">Size</th></tr></thead><tbody><tr><td>GPT-3</td><td>—</td></tr></tbody></table>'
  );
  const zh = dataTable(def, rows, "zh");
  expect([...zh.querySelectorAll("th")].map((th) => th.textContent)).toEqual(["名称", "规模"]);
  expect([...zh.querySelectorAll("td")].map((td) => td.getAttribute("lang"))).toEqual(["en", null]);
});

test("a data table writes numbers as the page does; the CSV keeps them raw", () => {
  expect(tableCellText(175e9, "en")).toBe("175B");
  expect(tableCellText(175e9, "zh")).toBe("1,750 亿");
  expect(tableCellText(3.14e23, "en")).toBe("3.1e23");
  expect(tableCellText(1.7123, "en")).toBe("1.71");
  expect(tableCellText(2048, "zh")).toBe("2,048");
  expect(tableCellText(null, "en")).toBe("—");
  expect(tableCellText("2020-05-28", "en")).toBe("2020-05-28");
});

test("a standalone SVG: one xmlns, its metadata, the theme's paper, a credit wrapped within the canvas", () => {
  const data = storyData();
  const draw = (theme: "light" | "dark" | "transparent") =>
    standaloneSvg(parametersByDate, data, {
      lang: "en",
      state: {},
      size: "a4-column",
      theme,
      shownWidth: 960,
      info: data.info,
      url: "http://127.0.0.1:3000/scaling?branch=decoder-only"
    }).svg;
  const light = draw("light");
  expect(light.match(/xmlns="http:\/\/www.w3.org\/2000\/svg"/g)).toHaveLength(1);
  // An explorer chart's column is 4:5 (FigureDef.columnAspect): 85 × 106 mm.
  expect(light).toMatch(/^<svg[^>]* width="85mm" height="106mm" viewBox="0 0 480 600"/);
  expect(light).toContain(`<title>${parametersByDate.title.en}</title>`);
  expect(light).toMatch(/<desc>[^<]*scaling\?branch=decoder-only<\/desc>/);
  expect(light).toContain('fill="#ffffff"');
  expect(draw("dark")).toContain('fill="#111827"');
  expect(draw("transparent")).not.toMatch(/<rect width="480" height="480"/);
  const lines = creditLines(
    ["Source: a long list of papers and model cards", "Data as of 2026-11-28", "x".repeat(90)],
    480,
    12
  );
  for (const line of lines) expect(typesetWidth(line, 12)).toBeLessThanOrEqual(480 - 32);
  expect(lines.join(" ").replace(/ · /g, " ")).toContain("Data as of 2026-11-28");
  // In Chinese, lines break between characters and words, never inside a Latin word or an address that fits a line.
  const zhLines = creditLines(
    [
      "来源：各论文；Epoch AI《Data on AI Models》（CC BY 4.0）；Wei 等，2022",
      "http://127.0.0.1:3000/scaling?branch=decoder-only"
    ],
    1080,
    24
  );
  for (const line of zhLines) expect(typesetWidth(line, 24)).toBeLessThanOrEqual(1080 - 32);
  expect(zhLines.some((l) => l.includes("4.0"))).toBe(true);
  expect(zhLines.some((l) => l.endsWith("http://127.0.0.1:3000/scaling?branch=decoder-only"))).toBe(true);
});

test("a standalone SVG gives the plot what its title and credit can spare: a title an eighth smaller on one line, no notebook name where it costs a credit line", () => {
  const data = storyData();
  const draw = (size: "a4-column" | "slide", url?: string) =>
    standaloneSvg(tokensByDate, data, {
      lang: "en",
      state: {},
      size,
      shownWidth: 960,
      info: data.info,
      ...(url ? { url } : {})
    }).svg;
  const titleOf = (svg: string) => [...svg.matchAll(/<text[^>]*font-size="(\d+)" font-weight="700"[^>]*>([^<]*)</g)];
  // At 18 px the title wraps on a 480 px column; at 16 px it stands on one line.
  expect(typesetWidth(tokensByDate.title.en, 18, true)).toBeGreaterThan(480 - 32);
  const column = titleOf(draw("a4-column", "http://127.0.0.1:3000/scaling?branch=decoder-only"));
  expect(column.map((m) => [m[1], m[2]])).toEqual([["16", tokensByDate.title.en]]);
  // On a slide the title keeps its size.
  expect(titleOf(draw("slide"))[0]![1]).toBe(String(Math.round(1080 / 27)));
  const site = dictionaryFor("en").site.title;
  const credit = (svg: string) => [...svg.matchAll(/<text[^>]*class="credit"[^>]*>([^<]*)</g)].map((m) => m[1]!);
  // On the column, with the address, the notebook's name would take a third line: it is left out (not from the slide).
  const withAddress = credit(draw("a4-column", "http://127.0.0.1:3000/scaling?branch=decoder-only"));
  expect(withAddress).toHaveLength(2);
  expect(withAddress.join(" ")).not.toContain(site);
  expect(credit(draw("slide", "http://127.0.0.1:3000/scaling")).join(" ")).toContain(site);
  // With no address, the name stays: it is the only word of where the image comes from.
  expect(credit(draw("a4-column")).join(" ")).toContain(site);
});

test("a standalone SVG records what it shows: the filters in words, in the image and its metadata, with the legend", () => {
  const data = storyData();
  const gpt = new Set(data.releases.filter((r) => r.gpt_line).map((r) => r.id));
  const { svg } = standaloneSvg(parametersByDate, data, {
    lang: "en",
    state: { visible: gpt },
    size: "slide",
    shownWidth: 960,
    info: data.info,
    url: "http://127.0.0.1:3000/scaling?gpt=1"
  });
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
  const credit = [...doc.querySelectorAll("text.credit")].map((t) => t.textContent).join(" ");
  expect(credit).toMatch(/Showing \d+ of \d+ models/);
  const record = JSON.parse(doc.querySelector("metadata")!.textContent!);
  expect(record.title).toBe(parametersByDate.title.en);
  expect(record.filters).toMatch(/Showing \d+ of \d+ models/);
  expect(record.url).toBe("http://127.0.0.1:3000/scaling?gpt=1");
  expect(record.dataDate).toBe(data.info.data_date);
  expect(record.legend.length).toBeGreaterThan(2);
  // Unfiltered, no filter words.
  const all = standaloneSvg(parametersByDate, data, { lang: "en", state: {}, size: "slide", shownWidth: 960 }).svg;
  expect(all).not.toMatch(/Showing \d+ of/);
});

test("a download names the page's filters in words, not only their count: the Scaling and Explore pages, en and zh", () => {
  const data = storyData();
  const link = "?branch=decoder-only&from=2018&to=2021";
  const releases = data.releases;
  const years = releases.map((r) => Number(r.release_date.slice(0, 4)));
  const scaling = figureState(data as never, readState(link, scalingParams(releases)));
  const explore = exploreFigureState(data as never, readExploreState(`${link}&access=open-weights,api`, releases));
  const wanted = {
    en: ["branch: decoder-only", "years: 2018–2021"],
    zh: ["架构分支：仅解码器", "年份：2018–2021 年"]
  };
  expect(Math.min(...years)).toBeLessThan(2018);
  for (const lang of ["en", "zh"] as const)
    for (const [state, more] of [
      [scaling, []],
      [explore, [lang === "en" ? "access: all but closed (no access)" : "开放方式：未开放以外的全部"]]
    ] as const) {
      const { svg } = standaloneSvg(parametersByDate, data, { lang, state, size: "slide", shownWidth: 960 });
      const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
      const credit = [...doc.querySelectorAll("text.credit")].map((t) => t.textContent).join(" ");
      const filters = JSON.parse(doc.querySelector("metadata")!.textContent!).filters as string;
      for (const phrase of [...wanted[lang], ...more]) {
        expect(filters, lang).toContain(phrase);
        expect(credit.replace(/\s+/g, " "), lang).toContain(phrase);
      }
      // Organizations are all kept: not named.
      expect(filters).not.toMatch(/organization|机构/);
    }
});

test("a figure's hint (how to work it) is on the page only: not in print, not in a download", () => {
  const data = storyData();
  const tree = FIGURES.find((f) => f.id === "gpt35-tree")!;
  stubResizeObserver();
  for (const lang of ["en", "zh"] as const) {
    const hint = (tree.hint as Record<typeof lang, string>)[lang];
    expect(hint.length).toBeGreaterThan(5);
    const web = renderFigure(tree as never, data as never, { lang, preset: "web" });
    expect(web.querySelector("figcaption .figure-hint")?.textContent).toContain(hint);
    const print = renderFigure(tree as never, data as never, { lang, preset: "print", info: data.info });
    expect(print.querySelector("figcaption")!.textContent).not.toContain(hint);
    const file = standaloneSvg(tree as never, data as never, { lang, state: {}, size: "slide", shownWidth: 960 }).svg;
    expect(file).not.toContain(hint);
  }
  vi.unstubAllGlobals();
});

test("a growth chart's hint on its rules is the page's, where rules are drawn: not in its caption, print or download", () => {
  const data = storyData();
  stubResizeObserver();
  for (const lang of ["en", "zh"] as const) {
    const hint = dictionaryFor(lang).figureNotes.thresholdsHint;
    const web = renderFigure(parametersByDate, data, { lang, preset: "web", state: { thresholds: "few-shot" } });
    expect(web.querySelector("figcaption .figure-hint")?.textContent).toContain(hint);
    expect(web.querySelector("figcaption > span:not(.figure-hint)")?.textContent).not.toContain(hint);
    web.update({ thresholds: "none" });
    expect(web.querySelector("figcaption .figure-hint")?.textContent).toBe("");
    const print = renderFigure(parametersByDate, data, { lang, preset: "print", info: data.info });
    expect(print.querySelector("figcaption")!.textContent).not.toContain(hint);
    const file = standaloneSvg(parametersByDate, data, { lang, state: {}, size: "slide", shownWidth: 960 }).svg;
    expect(file).not.toContain(hint);
  }
  vi.unstubAllGlobals();
});

describe("a figure whose drawing throws", () => {
  const broken = {
    ...FIGURES.find((f) => f.id === "release-timeline")!,
    draw: () => {
      throw new Error("a row the chart cannot take");
    }
  } as unknown as Parameters<typeof drawingBox>[0];

  test("shows the error in its place, in the page's language, and the box can draw again", () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    for (const [lang, words] of [
      ["en", "This figure could not be drawn: a row the chart cannot take"],
      ["zh", "此图无法绘制：a row the chart cannot take"]
    ] as const) {
      const { box, draw } = drawingBox(broken, storyData() as never, { lang, preset: "web", state: () => ({}) });
      draw(640);
      const message = box.querySelector(".figure-error");
      expect(message?.textContent).toBe(words);
      expect(message?.getAttribute("role")).toBe("alert");
    }
    expect(errors).toHaveBeenCalledTimes(2);
    const good = FIGURES.find((f) => f.id === "release-timeline")!;
    const { box, draw } = drawingBox(good as never, storyData() as never, {
      lang: "en",
      preset: "web",
      state: () => ({})
    });
    draw(640);
    expect(box.querySelector("svg")).not.toBeNull();
  });
});
