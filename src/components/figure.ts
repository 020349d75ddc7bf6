// A registry figure as a page element: title, the drawing (in a box that reserves its height before it draws, so the
// page does not shift), caption, source line, a text alternative (the data as a table), and downloads that stand
// alone (SVG and PNG with title, legend, source and date baked in, opaque and in the light theme; CSV of the rows).
//
// What is shown is computed by small pure functions (figureHeading, sourceLine, standaloneLayout, onlyFilterChanged);
// each part of the frame is built by its own function, and renderFigure puts them together.
import type { BuildInfo, NotebookData } from "../contract.js";
import { PRINT_WIDTH, SLIDE_CANVAS } from "../figures/presets.js";
import type { DataKey, FigureDef, FigureState, Preset } from "../figures/types.js";
import { toCsv } from "./csv.js";
import { dictionaryFor, punctuation, type Lang } from "../i18n/index.js";
import { formatDate } from "../i18n/format.js";
import { applyModelFilter } from "./model-filter.js";
import { h, svg, SVG_NS } from "./dom.js";
import { INK, MUTED_INK, PAPER } from "./palette.js";

/** The figure frame's words, from the dictionaries (src/i18n/). */
const chrome = (lang: Lang) => {
  const f = dictionaryFor(lang).figure;
  return {
    download: f.download,
    downloadData: f.downloadData,
    data: f.data,
    size: f.size,
    sizes: f.sizes,
    source: (text: string) => `${f.source}${lang === "zh" ? "" : " "}${text}`,
    // English keeps the ISO date (unambiguous on any slide); Chinese reads it as Chinese: 2026 年 11 月 29 日.
    asOf: (date: string) => f.dataAsOf(lang === "zh" ? formatDate(date, "day", lang) : date).replace(/[.。]$/, ""),
    figure: f.figureNumber
  };
};

export type DownloadSize = "shown" | "slide" | "column";

export interface FigureOptions {
  lang: Lang;
  /** The view state, read at every draw. */
  state?: FigureState;
  /** "web" draws at the container's width and follows resizes; "print" at the printable width. */
  preset?: Extract<Preset, "web" | "print">;
  /** Figure number, in the report. */
  number?: number;
  /** In print, the drawing's height for a chart drawn at any height (the report grows charts into their page's room). */
  height?: number;
  info?: BuildInfo;
}

export interface FigureElement extends HTMLElement {
  /** Applies a new state: a filter alone hides and shows in place; anything else redraws. */
  update(state: FigureState): void;
}

// ---------------------------------------------------------------------------------------------------------------
// What is shown: pure

/** The figure's heading: "Figure 3. Title" in the report, the title alone elsewhere. */
export const figureHeading = (title: string, lang: Lang, number?: number): string =>
  number ? `${chrome(lang).figure(number)}. ${title}` : title;

/** The source line under a figure; in print it also dates the data. */
export function sourceLine(source: string, lang: Lang, dataDate?: string): string {
  const words = chrome(lang);
  const stop = punctuation(lang).stop.trim();
  return `${words.source(source)}${stop}${dataDate ? ` ${words.asOf(dataDate)}${stop}` : ""}`;
}

/** Whether going from one state to the next changes only which models are visible (no redraw needed). */
export const onlyFilterChanged = (state: FigureState, next: FigureState): boolean =>
  Object.keys({ ...state, ...next }).every(
    (key) => key === "visible" || state[key as keyof FigureState] === next[key as keyof FigureState]
  );

/** The sizes of a standalone image: its width, its drawing's height, and the title and source bands around it. */
export function standaloneLayout(size: DownloadSize, shownWidth: number) {
  const slide = size === "slide";
  const width = slide ? SLIDE_CANVAS.width : size === "column" ? PRINT_WIDTH : Math.max(480, Math.round(shownWidth));
  const fontSize = slide ? 40 : 18;
  const small = slide ? 26 : 12;
  const head = Math.round(fontSize * 2.2);
  const foot = Math.round(small * 3.2);
  return {
    preset: (slide ? "slide" : "download") as Preset,
    width,
    fontSize,
    small,
    head,
    foot,
    drawingHeight: slide ? SLIDE_CANVAS.height - head - foot : undefined
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The standalone SVG

/** The drawing's own SVG (a figure may wrap it in HTML). */
const mainSvg = (drawing: Element): SVGSVGElement | null =>
  drawing instanceof SVGSVGElement
    ? drawing
    : (drawing.querySelector<SVGSVGElement>("svg[class^='plot']") ?? drawing.querySelector("svg"));

const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans CJK SC', 'PingFang SC', sans-serif";

/** A standalone file has no page stylesheet: the drawing's colours and theme variables are written in. */
const inlineColours = (text: string) =>
  text
    .replaceAll("currentColor", INK)
    .replace(/var\(--theme-background(?:-alt)?\)/g, PAPER)
    .replace(/var\(--theme-foreground[a-z-]*\)/g, INK)
    .replace(/var\(--plot-background\)/g, PAPER);

/**
 * A figure as a standalone SVG document: an opaque light background, the title above, the source line and the date
 * below, the drawing's colours written in (a standalone file has no page stylesheet).
 */
export function standaloneSvg<K extends DataKey, R>(
  def: FigureDef<K, R>,
  data: Pick<NotebookData, K>,
  options: { lang: Lang; state: FigureState; size: DownloadSize; shownWidth: number; info?: BuildInfo }
): { svg: string; width: number; height: number } {
  const { lang, state, size, info } = options;
  const layout = standaloneLayout(size, options.shownWidth);
  const { width, fontSize, small, head, foot, drawingHeight } = layout;
  const drawing = def.draw(data, {
    width,
    height: drawingHeight,
    preset: layout.preset,
    lang,
    state: { ...state, onSelect: undefined, onSelectCell: undefined }
  });
  const chart = mainSvg(drawing);
  if (!chart) throw new Error(`the figure “${def.title[lang]}” has no SVG to export`);
  const chartHeight = Number(chart.getAttribute("height")) || drawingHeight || 400;
  const totalWidth = Math.max(width, Number(chart.getAttribute("width")) || width);
  const totalHeight = size === "slide" ? SLIDE_CANVAS.height : head + chartHeight + foot;
  const clone = chart.cloneNode(true) as SVGSVGElement;
  clone.setAttribute("x", "0");
  clone.setAttribute("y", String(head));
  const credit = `${chrome(lang).source(def.source[lang])}${info ? ` · ${chrome(lang).asOf(info.data_date)}` : ""}`;
  const root = svg(
    "svg",
    {
      xmlns: SVG_NS,
      width: totalWidth,
      height: totalHeight,
      viewBox: `0 0 ${totalWidth} ${totalHeight}`,
      "font-family": FONT_FAMILY,
      style: `color:${INK}`
    },
    svg(
      "style",
      {},
      `.halo text, text.halo, g.halo { stroke: ${PAPER}; stroke-width: 4px; paint-order: stroke; stroke-linejoin: round; } .filtered-out { display: none; }`
    ),
    svg("rect", { width: totalWidth, height: totalHeight, fill: PAPER }),
    svg(
      "text",
      { x: 16, y: Math.round(fontSize * 1.4), "font-size": fontSize, "font-weight": 700, fill: INK },
      def.title[lang]
    ),
    clone,
    svg(
      "text",
      { x: 16, y: totalHeight - Math.round(small * 1.6), "font-size": small, fill: MUTED_INK },
      `${credit} · ${dictionaryFor(lang).site.title}`
    )
  );
  return { svg: inlineColours(new XMLSerializer().serializeToString(root)), width: totalWidth, height: totalHeight };
}

// ---------------------------------------------------------------------------------------------------------------
// Downloads

function download(name: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const a = h("a", { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function svgToPng(svgText: string, width: number, height: number, scale: number): Promise<Blob> {
  const image = new Image();
  image.src = URL.createObjectURL(new Blob([svgText], { type: "image/svg+xml" }));
  await image.decode();
  const canvas = h("canvas", { width: Math.round(width * scale), height: Math.round(height * scale) });
  const context = canvas.getContext("2d")!;
  context.fillStyle = PAPER;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  URL.revokeObjectURL(image.src);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG export failed"))), "image/png")
  );
}

/** The figure's rows as CSV, with the provenance of the figure on every row. */
export function figureCsv<K extends DataKey, R>(
  def: FigureDef<K, R>,
  rows: readonly R[],
  lang: Lang,
  info?: BuildInfo
): string {
  const labels = def.columns.map((c) => c.label[lang]);
  const records = rows.map((row) => ({
    ...Object.fromEntries(def.columns.map((c) => [c.label[lang], c.value(row, lang)])),
    figure: def.id,
    figure_source: def.source[lang],
    data_as_of: info?.data_date ?? ""
  }));
  return toCsv(records, [...labels, "figure", "figure_source", "data_as_of"]);
}

const downloadButton = (label: string, accessibleName: string, action: () => void | Promise<void>) =>
  h("button", {
    type: "button",
    textContent: label,
    className: "figure-download",
    attrs: { "aria-label": accessibleName },
    onclick: () => void action()
  });

/** What the download buttons read at the moment they are pressed. */
interface DownloadContext<K extends DataKey, R> {
  def: FigureDef<K, R>;
  data: Pick<NotebookData, K>;
  lang: Lang;
  info: BuildInfo | undefined;
  state: () => FigureState;
  rows: () => R[];
  drawnWidth: () => number;
}

/** The size choice and the SVG, PNG (charts) and CSV buttons. */
function downloadControls<K extends DataKey, R>(context: DownloadContext<K, R>): HTMLElement {
  const { def, data, lang, info } = context;
  const words = chrome(lang);
  const title = def.title[lang];
  const sizeSelect = h("select", { className: "figure-size", attrs: { "aria-label": `${words.size}: ${title}` } });
  for (const [value, label] of Object.entries(words.sizes)) sizeSelect.append(new Option(label, value));
  const standalone = () =>
    standaloneSvg(def, data, {
      lang,
      state: context.state(),
      size: sizeSelect.value as DownloadSize,
      shownWidth: context.drawnWidth() || 960,
      info
    });
  const chartButtons =
    def.kind === "chart"
      ? [
          sizeSelect,
          downloadButton("SVG", words.download(title, "SVG"), () =>
            download(`${def.id}.svg`, new Blob([standalone().svg], { type: "image/svg+xml" }))
          ),
          downloadButton("PNG", words.download(title, "PNG"), async () => {
            const { svg: image, width, height } = standalone();
            download(`${def.id}.png`, await svgToPng(image, width, height, sizeSelect.value === "slide" ? 1 : 2));
          })
        ]
      : [];
  return h(
    "div",
    { className: "figure-downloads" },
    ...chartButtons,
    downloadButton("CSV", words.downloadData(title), () =>
      download(`${def.id}.csv`, new Blob([figureCsv(def, context.rows(), lang, info)], { type: "text/csv" }))
    )
  );
}

// ---------------------------------------------------------------------------------------------------------------
// The drawing's box and the text alternative

/** The box the drawing goes in, and its draw: the height is reserved from the figure's own height function first. */
function drawingBox<K extends DataKey, R>(
  def: FigureDef<K, R>,
  data: Pick<NotebookData, K>,
  { lang, preset, height, state }: { lang: Lang; preset: Preset; height?: number; state: () => FigureState }
) {
  const box = h("div", { className: "figure-body" });
  const drawn = { width: 0, drawing: null as Element | null };
  const draw = (width: number) => {
    drawn.width = width;
    // A redraw replaces the focused node (a tree node chosen with the keyboard): focus its successor.
    const focused = box.contains(document.activeElement) ? (document.activeElement as HTMLElement | SVGElement) : null;
    const focusKey = focused?.dataset.model ?? focused?.dataset.key;
    box.style.minHeight = `${height ?? def.height(width, preset, data, state())}px`;
    drawn.drawing = def.draw(data, { width, height, preset, lang, state: state() });
    box.replaceChildren(drawn.drawing);
    box.style.minHeight = "";
    if (focusKey)
      box
        .querySelector<SVGElement>(`[data-model="${CSS.escape(focusKey)}"], [data-key="${CSS.escape(focusKey)}"]`)
        ?.focus();
  };
  return { box, drawn, draw };
}

/** Draws at the container's width as it is measured: the first draw at once, later resizes once per frame. */
function followWidth(
  box: HTMLElement,
  drawn: { width: number; drawing: Element | null },
  draw: (width: number) => void
) {
  let frame = 0;
  const observer = new ResizeObserver(([entry]) => {
    const width = Math.floor(entry!.contentRect.width);
    if (width <= 0 || width === drawn.width) return;
    cancelAnimationFrame(frame);
    if (!drawn.drawing) draw(width);
    else frame = requestAnimationFrame(() => draw(width));
  });
  observer.observe(box);
}

/** The figure's rows as an HTML table, in the page's language. */
export function dataTable<K extends DataKey, R>(
  def: FigureDef<K, R>,
  rows: readonly R[],
  lang: Lang
): HTMLTableElement {
  return h(
    "table",
    {},
    h("thead", {}, h("tr", {}, ...def.columns.map((c) => h("th", { scope: "col", textContent: c.label[lang] })))),
    h(
      "tbody",
      {},
      ...rows.map((row) =>
        h(
          "tr",
          {},
          ...def.columns.map((c) =>
            h("td", {
              textContent: String(c.value(row, lang) ?? "—"),
              ...(c.english && lang !== "en" ? { lang: "en" } : {})
            })
          )
        )
      )
    )
  );
}

/** The text alternative, built when opened: thousands of rows would otherwise cost every redraw. */
function dataDetails<K extends DataKey, R>(def: FigureDef<K, R>, rows: () => R[], lang: Lang) {
  const summary = h("summary", { textContent: chrome(lang).data(rows().length) });
  const details = h("details", { className: "figure-data" }, summary);
  const fill = () => {
    details.querySelector("table")?.remove();
    if (details.open) details.append(dataTable(def, rows(), lang));
  };
  details.addEventListener("toggle", fill);
  const refresh = () => {
    summary.textContent = chrome(lang).data(rows().length);
    fill();
  };
  return { details, refresh };
}

// ---------------------------------------------------------------------------------------------------------------
// The figure

export function renderFigure<K extends DataKey, R>(
  def: FigureDef<K, R>,
  data: Pick<NotebookData, K>,
  options: FigureOptions
): FigureElement {
  const { lang, preset = "web", info } = options;
  let state: FigureState = options.state ?? {};
  const rows = () => def.rows(data, state);
  const height = preset === "print" ? options.height : undefined;
  const { box, drawn, draw } = drawingBox(def, data, { lang, preset, height, state: () => state });
  if (preset === "print") draw(PRINT_WIDTH);
  else {
    // Until measured, reserve the height for a typical width; the first measurement draws.
    box.style.minHeight = `${def.height(960, preset, data, state)}px`;
    followWidth(box, drawn, draw);
  }
  // Print has no buttons: its downloads slot stays empty.
  const downloads =
    preset === "web"
      ? downloadControls({ def, data, lang, info, state: () => state, rows, drawnWidth: () => drawn.width })
      : h("div", { className: "figure-downloads" });
  const text = dataDetails(def, rows, lang);
  const caption = h("figcaption", {}, def.caption(data, state)[lang]);
  const headingId = `${def.id}-title`;
  const figure = h(
    "figure",
    {
      className: `chart-figure figure-${preset}`,
      id: def.id,
      attrs: { "aria-labelledby": headingId },
      dataset: { rows: String(rows().length) }
    },
    h(
      "div",
      { className: "figure-head" },
      h("h2", { id: headingId, textContent: figureHeading(def.title[lang], lang, options.number) }),
      downloads
    ),
    box,
    caption,
    h("p", {
      className: "figure-source",
      textContent: sourceLine(def.source[lang], lang, info && preset === "print" ? info.data_date : undefined)
    }),
    preset === "web" && text.details
  ) as unknown as FigureElement;
  figure.update = (next: FigureState) => {
    const onlyFilter = onlyFilterChanged(state, next);
    state = next;
    if (onlyFilter && drawn.drawing) applyModelFilter(box, state.visible);
    else if (drawn.width) draw(drawn.width);
    caption.textContent = def.caption(data, state)[lang];
    figure.dataset.rows = String(rows().length);
    // A counter others can watch for "this figure has taken the change" (the benchmark does).
    figure.dataset.updates = String(Number(figure.dataset.updates ?? 0) + 1);
    text.refresh();
  };
  return figure;
}
