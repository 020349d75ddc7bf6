// @vitest-environment jsdom
// Every figure of the registry, drawn from the frozen story fixture with every preset, against a checked-in
// snapshot (tests/unit/__snapshots__/figures/ID.PRESET.LANG.svg or .html). Breaking a figure's drawing breaks its
// snapshot; a Plot warning fails the test (tests/support/fail-on-warnings.ts). After an intended change, review the
// new drawings and run `npx vitest run --project unit -u`.
import { describe, expect, test } from "vitest";
import { FIGURES } from "../../src/figures/registry.js";
import { PRESET_STYLES } from "../../src/figures/presets.js";
import { PRESETS, type Preset } from "../../src/figures/types.js";
import { storyData } from "../support/story-data.js";

const data = storyData();
const WIDTH: Record<Preset, number> = { web: 960, slide: 1760, print: 643, download: 1200 };
const HEIGHT: Record<Preset, number | undefined> = {
  web: undefined,
  slide: 820,
  print: undefined,
  download: undefined
};

/** Plot numbers its clip paths per process: the numbers depend on test order, not on the figure. */
const stable = (markup: string) =>
  markup.replace(/plot-clip-\d+/g, "plot-clip").replace(/ (aria-pressed|tabindex)="[^"]*"/g, "");

describe.each(FIGURES.map((f) => [f.id, f] as const))("figure %s", (id, figure) => {
  test.each(PRESETS.map((p) => [p] as const))("%s preset, English and Chinese", async (preset) => {
    for (const lang of ["en", "zh"] as const) {
      const drawing = figure.draw(data as never, {
        width: WIDTH[preset],
        height: HEIGHT[preset],
        preset,
        lang,
        state: {}
      });
      const ext = figure.kind === "chart" ? "svg" : "html";
      await expect(stable(drawing.outerHTML)).toMatchFileSnapshot(
        `__snapshots__/figures/${id}.${preset}.${lang}.${ext}`
      );
    }
  });

  test("has both languages' words and a column per download field", () => {
    expect(figure.title.en && figure.title.zh).toBeTruthy();
    expect(figure.source.en && figure.source.zh).toBeTruthy();
    const caption = figure.caption(data as never, {});
    expect(caption.en.length && caption.zh.length).toBeTruthy();
    expect(figure.columns.length).toBeGreaterThan(0);
    for (const column of figure.columns) expect(column.label.en && column.label.zh).toBeTruthy();
  });
});

test("figure ids are unique", () => {
  expect(new Set(FIGURES.map((f) => f.id)).size).toBe(FIGURES.length);
});

test("the slide preset's smallest type is at least 1/40 of the 1080-pixel canvas", () => {
  expect(Math.min(PRESET_STYLES.slide.fontSize, PRESET_STYLES.slide.smallFontSize)).toBeGreaterThanOrEqual(1080 / 40);
});
