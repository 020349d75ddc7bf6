// A registry chart as the file a reader downloads, drawn from the frozen story fixture: what the download grid
// measures in Chromium and the download snapshots keep.
import { standaloneSvg, type DownloadSize } from "../../src/components/figure.js";
import type { DownloadTheme } from "../../src/figures/presets.js";
import { FIGURES } from "../../src/figures/registry.js";
import { storyData } from "./story-data.js";

const data = storyData();
export const CHARTS = FIGURES.filter((f) => f.kind === "chart");
export type Chart = (typeof CHARTS)[number];

/** The standalone SVG of `figure` with no view state, as downloaded from `url` (a page with a shown width of 960). */
export const drawDownload = (
  figure: Chart,
  size: DownloadSize,
  lang: "en" | "zh",
  theme: DownloadTheme = "light",
  url = "http://127.0.0.1:3000/scaling"
) =>
  standaloneSvg(figure as never, data as never, {
    lang,
    state: {},
    size,
    theme,
    shownWidth: 960,
    info: data.info,
    url
  });
