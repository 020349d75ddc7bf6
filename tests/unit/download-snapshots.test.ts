// @vitest-environment jsdom
// The registry's snapshot grid over what a reader downloads (issue 24): every chart as its standalone SVG at every
// size the download offers, in both languages, light; the dark and transparent files at the 16:9 slide (the themes
// change colours and halos, not places: tests/browser/download-grid.test.ts measures every theme's contrast at every
// size). Checked-in files in tests/unit/__snapshots__/downloads/ID.SIZE.THEME.LANG.svg, readable as the figures'
// snapshots are; the drawing is measured in Chromium by the download grid, the snapshot says what changed.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import type { DownloadSize } from "../../src/components/figure.js";
import { DOWNLOAD_SIZE_IDS, DOWNLOAD_THEMES, type DownloadTheme } from "../../src/figures/presets.js";
import { readableMarkup } from "../support/readable-markup.js";
import { CHARTS, drawDownload, type Chart } from "../support/download-draw.js";

const SNAPSHOTS = join(dirname(fileURLToPath(import.meta.url)), "__snapshots__", "downloads");

/** The standalone file as markup a reviewer can read; Plot numbers its clip paths per process. */
function drawn(figure: Chart, size: DownloadSize, theme: DownloadTheme, lang: "en" | "zh") {
  const { svg } = drawDownload(figure, size, lang, theme);
  const root = new DOMParser().parseFromString(svg, "image/svg+xml").documentElement;
  return readableMarkup(root).replace(/plot-clip-\d+/g, "plot-clip");
}

const CASES = CHARTS.flatMap((figure) => [
  ...DOWNLOAD_SIZE_IDS.map((size) => [figure, size, "light"] as const),
  ...DOWNLOAD_THEMES.filter((t) => t !== "light").map((theme) => [figure, "slide", theme] as const)
]);

describe.each(CASES.map(([f, size, theme]) => [`${f.id} ${size} ${theme}`, f, size, theme] as const))(
  "%s",
  (_, figure, size, theme) => {
    test("English and Chinese", async () => {
      for (const lang of ["en", "zh"] as const)
        await expect(drawn(figure, size, theme, lang)).toMatchFileSnapshot(
          join(SNAPSHOTS, `${figure.id}.${size}.${theme}.${lang}.svg`)
        );
    });
  }
);
