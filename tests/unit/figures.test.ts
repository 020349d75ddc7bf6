// @vitest-environment jsdom
// Every figure of the registry, drawn from the frozen story fixture with every preset, against a checked-in
// snapshot (tests/unit/__snapshots__/figures/ID.PRESET.LANG.svg or .html), pretty-printed with numbers rounded so a
// reviewer can read a change (tests/support/readable-markup.ts). Breaking a figure's drawing breaks its snapshot, and
// the new drawing is written beside the old one (ID.PRESET.LANG.new.svg) to diff or open; a Plot warning fails the
// test (tests/support/fail-on-warnings.ts). After an intended change, review and run `npx vitest run --project unit -u`.
// Beside the snapshots, assertions of meaning in each language (tests/unit/figure-meaning.test.ts) say what a
// snapshot cannot: that Chinese ticks count in 亿, that English has no Chinese, and what each figure must show.
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { readableMarkup } from "../support/readable-markup.js";
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

const SNAPSHOTS = join(dirname(fileURLToPath(import.meta.url)), "__snapshots__", "figures");

/** Plot numbers its clip paths per process, and focus state is the page's: neither depends on the figure. */
function stable(drawing: Element): string {
  const copy = drawing.cloneNode(true) as Element;
  for (const element of [copy, ...copy.querySelectorAll("[aria-pressed], [tabindex]")])
    for (const name of ["aria-pressed", "tabindex"]) element.removeAttribute(name);
  return readableMarkup(copy).replace(/plot-clip-\d+/g, "plot-clip");
}

/** The snapshot check; on a difference the new drawing is written beside the old one for review. */
async function matchSnapshot(markup: string, name: string) {
  const [base, ext] = [name.slice(0, name.lastIndexOf(".")), name.slice(name.lastIndexOf("."))];
  const fresh = join(SNAPSHOTS, `${base}.new${ext}`);
  try {
    await expect(markup).toMatchFileSnapshot(join(SNAPSHOTS, name));
    if (existsSync(fresh)) rmSync(fresh);
  } catch (error) {
    writeFileSync(fresh, markup);
    throw new Error(`${(error as Error).message}\nThe new drawing is beside the old one for review: ${fresh}`, {
      cause: error
    });
  }
}

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
      // A table is the same HTML in every medium (the page's stylesheet sizes it): one snapshot per language, and
      // every other preset must draw exactly that.
      if (figure.kind === "table" && preset !== "web") {
        const web = figure.draw(data as never, {
          width: WIDTH.web,
          height: HEIGHT.web,
          preset: "web",
          lang,
          state: {}
        });
        expect(stable(drawing)).toBe(stable(web));
      } else await matchSnapshot(stable(drawing), `${id}.${preset}.${lang}.${ext}`);
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

describe("a figure reads only the tables its `needs` names (a page loads those and no more)", () => {
  /** The fixture, less every table the figure did not name: reading one throws, naming it. */
  const only = (id: string, needs: readonly string[]) =>
    new Proxy(data, {
      get(target, key) {
        if (typeof key === "string" && key in target && !needs.includes(key))
          throw new Error(`${id} reads data.${key}, which its needs (${needs.join(", ")}) do not name`);
        return Reflect.get(target, key);
      }
    });
  test.each(FIGURES.map((f) => [f.id, f] as const))("%s", (id, figure) => {
    const subset = only(id, figure.needs) as never;
    for (const preset of PRESETS)
      for (const lang of ["en", "zh"] as const) {
        figure.draw(subset, { width: WIDTH[preset], height: HEIGHT[preset], preset, lang, state: {} });
        figure.caption(subset, {});
        figure.rows(subset, {});
        figure.height(WIDTH[preset], preset, subset, {});
      }
  });
});
