// A registry figure as a page element: title, the drawing (in a box that reserves its height before it draws, so the
// page does not shift), caption, source line, a text alternative (the data as a table), and downloads that stand
// alone (SVG and PNG with title, legend, source and date baked in, opaque and in the light theme; CSV of the rows).
import type { BuildInfo, NotebookData } from "../contract.js";
import { PRINT_WIDTH, SLIDE_CANVAS } from "../figures/presets.js";
import type { DataKey, FigureDef, FigureState, Lang, Preset } from "../figures/types.js";
import { toCsv } from "./csv.js";
import { dictionaryFor, punctuation } from "../i18n/index.js";
import { formatDate } from "../i18n/format.js";
import { applyModelFilter } from "./model-filter.js";
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

type DownloadSize = "shown" | "slide" | "column";

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

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

const SVG_NS = "http://www.w3.org/2000/svg";

/** The drawing's own SVG (a figure may wrap it in HTML). */
const mainSvg = (drawing: Element): SVGSVGElement | null =>
  drawing instanceof SVGSVGElement
    ? drawing
    : (drawing.querySelector<SVGSVGElement>("svg[class^='plot']") ?? drawing.querySelector("svg"));

/**
 * A figure as a standalone SVG document: an opaque light background, the title above, the source line and the date
 * below, the drawing's colours written in (a standalone file has no page stylesheet).
 */
export function standaloneSvg<K extends DataKey, R>(
  def: FigureDef<K, R>,
  data: Pick<NotebookData, K>,
  options: { lang: Lang; state: FigureState; size: DownloadSize; shownWidth: number; info?: BuildInfo }
): { svg: string; width: number; height: number } {
  const { lang, state, size } = options;
  const preset: Preset = size === "slide" ? "slide" : "download";
  const width =
    size === "slide"
      ? SLIDE_CANVAS.width
      : size === "column"
        ? PRINT_WIDTH
        : Math.max(480, Math.round(options.shownWidth));
  const fontSize = size === "slide" ? 40 : 18;
  const small = size === "slide" ? 26 : 12;
  const head = Math.round(fontSize * 2.2);
  const foot = Math.round(small * 3.2);
  const drawingHeight = size === "slide" ? SLIDE_CANVAS.height - head - foot : undefined;
  const drawing = def.draw(data, {
    width,
    height: drawingHeight,
    preset,
    lang,
    state: { ...state, onSelect: undefined, onSelectCell: undefined }
  });
  const chart = mainSvg(drawing);
  if (!chart) throw new Error(`the figure “${def.title[lang]}” has no SVG to export`);
  const chartHeight = Number(chart.getAttribute("height")) || drawingHeight || 400;
  const chartWidth = Number(chart.getAttribute("width")) || width;
  const totalWidth = Math.max(width, chartWidth);
  const totalHeight = size === "slide" ? SLIDE_CANVAS.height : head + chartHeight + foot;
  const words = chrome(lang);
  const ink = INK;
  const paper = PAPER;
  const root = document.createElementNS(SVG_NS, "svg");
  root.setAttribute("xmlns", SVG_NS);
  root.setAttribute("width", String(totalWidth));
  root.setAttribute("height", String(totalHeight));
  root.setAttribute("viewBox", `0 0 ${totalWidth} ${totalHeight}`);
  root.setAttribute(
    "font-family",
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans CJK SC', 'PingFang SC', sans-serif"
  );
  root.setAttribute("style", `color:${ink}`);
  const style = document.createElementNS(SVG_NS, "style");
  style.textContent = `.halo text, text.halo, g.halo { stroke: ${paper}; stroke-width: 4px; paint-order: stroke; stroke-linejoin: round; } .filtered-out { display: none; }`;
  const background = document.createElementNS(SVG_NS, "rect");
  Object.entries({ width: totalWidth, height: totalHeight, fill: paper }).forEach(([k, v]) =>
    background.setAttribute(k, String(v))
  );
  const title = document.createElementNS(SVG_NS, "text");
  Object.entries({
    x: 16,
    y: Math.round(fontSize * 1.4),
    "font-size": fontSize,
    "font-weight": 700,
    fill: ink
  }).forEach(([k, v]) => title.setAttribute(k, String(v)));
  title.textContent = def.title[lang];
  const clone = chart.cloneNode(true) as SVGSVGElement;
  clone.setAttribute("x", "0");
  clone.setAttribute("y", String(head));
  const source = document.createElementNS(SVG_NS, "text");
  Object.entries({ x: 16, y: totalHeight - Math.round(small * 1.6), "font-size": small, fill: MUTED_INK }).forEach(
    ([k, v]) => source.setAttribute(k, String(v))
  );
  source.textContent = `${words.source(def.source[lang])}${options.info ? ` · ${words.asOf(options.info.data_date)}` : ""} · ${dictionaryFor(lang).site.title}`;
  root.append(style, background, title, clone, source);
  const svg = new XMLSerializer()
    .serializeToString(root)
    .replaceAll("currentColor", ink)
    .replace(/var\(--theme-background(?:-alt)?\)/g, paper)
    .replace(/var\(--theme-foreground[a-z-]*\)/g, ink)
    .replace(/var\(--plot-background\)/g, paper);
  return { svg, width: totalWidth, height: totalHeight };
}

function download(name: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const a = element("a", { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function svgToPng(svg: string, width: number, height: number, scale: number): Promise<Blob> {
  const image = new Image();
  image.src = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  await image.decode();
  const canvas = element("canvas", { width: Math.round(width * scale), height: Math.round(height * scale) });
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

export function renderFigure<K extends DataKey, R>(
  def: FigureDef<K, R>,
  data: Pick<NotebookData, K>,
  options: FigureOptions
): FigureElement {
  const { lang, preset = "web", info } = options;
  const words = chrome(lang);
  let state: FigureState = options.state ?? {};
  const rows = () => def.rows(data, state);
  const title = options.number ? `${words.figure(options.number)}. ${def.title[lang]}` : def.title[lang];
  const headingId = `${def.id}-title`;

  // The drawing's box: its height is reserved from the figure's own height function before anything draws.
  const box = element("div", { className: "figure-body" });
  let drawnWidth = 0;
  let drawing: Element | null = null;
  const height = preset === "print" ? options.height : undefined;
  const draw = (width: number) => {
    drawnWidth = width;
    // A redraw replaces the focused node (a tree node chosen with the keyboard): focus its successor.
    const focused = box.contains(document.activeElement) ? (document.activeElement as HTMLElement | SVGElement) : null;
    const focusKey = focused?.dataset.model ?? focused?.dataset.key;
    box.style.minHeight = `${height ?? def.height(width, preset, data, state)}px`;
    drawing = def.draw(data, { width, height, preset, lang, state });
    box.replaceChildren(drawing);
    box.style.minHeight = "";
    if (focusKey)
      box
        .querySelector<SVGElement>(`[data-model="${CSS.escape(focusKey)}"], [data-key="${CSS.escape(focusKey)}"]`)
        ?.focus();
  };
  if (preset === "print") draw(PRINT_WIDTH);
  else {
    // Until measured, reserve the height for a typical width; the first measurement draws.
    box.style.minHeight = `${def.height(960, preset, data, state)}px`;
    let frame = 0;
    const observer = new ResizeObserver(([entry]) => {
      const width = Math.floor(entry!.contentRect.width);
      if (width <= 0 || width === drawnWidth) return;
      cancelAnimationFrame(frame);
      // The first draw at once; later resizes once per frame.
      if (!drawing) draw(width);
      else frame = requestAnimationFrame(() => draw(width));
    });
    observer.observe(box);
  }

  const button = (label: string, action: () => void | Promise<void>, accessibleName: string) => {
    const b = element("button", { type: "button", textContent: label, className: "figure-download" });
    b.setAttribute("aria-label", accessibleName);
    b.addEventListener("click", () => void action());
    return b;
  };
  const sizeSelect = document.createElement("select");
  sizeSelect.className = "figure-size";
  sizeSelect.setAttribute("aria-label", `${words.size}: ${def.title[lang]}`);
  for (const [value, label] of Object.entries(words.sizes)) sizeSelect.append(new Option(label, value));
  const standalone = () =>
    standaloneSvg(def, data, {
      lang,
      state,
      size: sizeSelect.value as DownloadSize,
      shownWidth: drawnWidth || 960,
      info
    });
  const downloads = document.createElement("div");
  downloads.className = "figure-downloads";
  if (preset === "web")
    downloads.append(
      ...(def.kind === "chart"
        ? [
            sizeSelect,
            button(
              "SVG",
              () => download(`${def.id}.svg`, new Blob([standalone().svg], { type: "image/svg+xml" })),
              words.download(def.title[lang], "SVG")
            ),
            button(
              "PNG",
              async () => {
                const { svg, width, height } = standalone();
                download(`${def.id}.png`, await svgToPng(svg, width, height, sizeSelect.value === "slide" ? 1 : 2));
              },
              words.download(def.title[lang], "PNG")
            )
          ]
        : []),
      button(
        "CSV",
        () => download(`${def.id}.csv`, new Blob([figureCsv(def, rows(), lang, info)], { type: "text/csv" })),
        words.downloadData(def.title[lang])
      )
    );

  // The text alternative, built when opened: thousands of rows would otherwise cost every redraw.
  const summary = element("summary", { textContent: words.data(rows().length) });
  const details = element("details", { className: "figure-data" }, summary);
  const fill = () => {
    details.querySelector("table")?.remove();
    if (!details.open) return;
    details.append(
      element(
        "table",
        {},
        element(
          "thead",
          {},
          element("tr", {}, ...def.columns.map((c) => element("th", { scope: "col", textContent: c.label[lang] })))
        ),
        element(
          "tbody",
          {},
          ...rows().map((row) =>
            element(
              "tr",
              {},
              ...def.columns.map((c) =>
                element("td", {
                  textContent: String(c.value(row, lang) ?? "—"),
                  ...(c.english && lang !== "en" ? { lang: "en" } : {})
                })
              )
            )
          )
        )
      )
    );
  };
  details.addEventListener("toggle", fill);

  const caption = element("figcaption", {}, def.caption(data, state)[lang]);
  const stop = punctuation(lang).stop.trim();
  const source = element("p", {
    className: "figure-source",
    textContent: `${words.source(def.source[lang])}${stop}${info && preset === "print" ? ` ${words.asOf(info.data_date)}${stop}` : ""}`
  });
  const figure = element(
    "figure",
    { className: `chart-figure figure-${preset}`, id: def.id },
    element("div", { className: "figure-head" }, element("h2", { id: headingId, textContent: title }), downloads),
    box,
    caption,
    source,
    ...(preset === "web" ? [details] : [])
  ) as unknown as FigureElement;
  figure.setAttribute("aria-labelledby", headingId);
  figure.dataset.rows = String(rows().length);
  figure.update = (next: FigureState) => {
    const onlyFilter = Object.keys({ ...state, ...next }).every(
      (key) => key === "visible" || state[key as keyof FigureState] === next[key as keyof FigureState]
    );
    state = next;
    if (onlyFilter && drawing) applyModelFilter(box, state.visible);
    else if (drawnWidth) draw(drawnWidth);
    caption.textContent = def.caption(data, state)[lang];
    summary.textContent = words.data(rows().length);
    figure.dataset.rows = String(rows().length);
    // A counter others can watch for "this figure has taken the change" (the benchmark does).
    figure.dataset.updates = String(Number(figure.dataset.updates ?? 0) + 1);
    fill();
  };
  return figure;
}
