// A registry figure as a page element: title, the drawing (in a box that reserves its height before it draws, so the
// page does not shift), caption, source line, a text alternative (the data as a table), and downloads that stand
// alone (SVG and PNG with title, legend, source and date baked in, opaque and in the light theme; CSV of the rows).
//
// What is shown is computed by small pure functions (figureHeading, sourceLine, standaloneLayout, onlyFilterChanged);
// each part of the frame is built by its own function, and renderFigure puts them together.
import type { BuildInfo, NotebookData } from "../contract.js";
import {
  DOWNLOAD_SIZE_IDS,
  DOWNLOAD_SIZES,
  typesetWidth,
  DOWNLOAD_THEMES,
  PRINT_WIDTH,
  type DownloadTheme,
  type FixedDownloadSize
} from "../figures/presets.js";
import type { DataKey, DrawOptions, FigureDef, FigureState, Preset, ShownWords } from "../figures/types.js";
import { toCsv } from "./csv.js";
import { dictionaryFor, foreignTag, type Lang, punctuation, rulesFor, withLang } from "../i18n/index.js";
import { formatCount, formatDate } from "../i18n/format.js";
import { applyModelFilter } from "./model-filter.js";
import { filterPhrases } from "./filter-words.js";
import { h, INTERFACE_ONLY, svg, wrappableUrl } from "./dom.js";
import { THEME_COLOURS, type ThemeColours } from "../figures/palette.js";
import { addViewControls, type PageAddress } from "../compose/add-view.js";

/** The figure frame's words, from the dictionaries (src/i18n/). */
const chrome = (lang: Lang) => {
  const f = dictionaryFor(lang).figure;
  return {
    download: f.download,
    downloadData: f.downloadData,
    data: f.data,
    size: f.size,
    // In the order the presets list them (the select's order).
    sizes: Object.fromEntries(DOWNLOAD_SIZE_IDS.map((id) => [id, f.sizes[id]])),
    theme: f.theme,
    themes: f.themes,
    source: (text: string) => `${f.source}${rulesFor(lang).wordSpace}${text}`,
    // The dictionary picks the date's form: English keeps the ISO date (unambiguous on any slide), Chinese reads it
    // as Chinese (2026 年 11 月 29 日).
    asOf: (date: string) => f.dataAsOf(f.creditDate(date, formatDate(date, "day", lang))).replace(/[.。]$/, ""),
    figure: f.figureNumber,
    drawFailed: f.drawFailed
  };
};

export type DownloadSize = "shown" | FixedDownloadSize;
export type { DownloadTheme } from "../figures/presets.js";

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
  /**
   * What the view draws that its address does not carry (a table the reader opened in the browser), in the page's
   * language, or null: a download writes it beside the address, so that the address is not taken for the image's.
   */
  notInAddress?: () => string | null;
  /**
   * The page's address with the view as it stands, from the page's controller: the address bar follows a change a
   * moment later, so "Add to my talk" and a download's recorded URL read this, not `location`. Without one (a page
   * with no view state), the location.
   */
  address?: () => PageAddress;
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
    (key) =>
      key === "visible" || key === "filters" || state[key as keyof FigureState] === next[key as keyof FigureState]
  );

/**
 * The sizes of a standalone image: its canvas, the preset it is drawn with, and the title and source bands around
 * the drawing. A fixed size gives the drawing the whole canvas less the bands (the drawing fills it); "shown" keeps the
 * page's width and the figure's natural height.
 */
export function standaloneLayout(size: DownloadSize, shownWidth: number, columnAspect = 1) {
  const given = size === "shown" ? null : DOWNLOAD_SIZES[size];
  // A column's canvas is as tall as the figure asks (its height over its width), its width the column's.
  const fixed =
    given && "column" in given ? { ...given, height: Math.round(given.width * Math.max(1, columnAspect)) } : given;
  const preset: Preset = fixed?.preset ?? "download";
  const slide = preset === "slide";
  const width = fixed?.width ?? Math.max(480, Math.round(shownWidth));
  // The title scales with the canvas's short side on slides (a square card is as legible as a 16:9 slide).
  const fontSize = slide ? Math.round(Math.min(width, fixed!.height) / 27) : 18;
  const small = slide ? 24 : 12;
  const head = Math.round(fontSize * 2);
  // Room for two credit lines; standaloneSvg sizes the band to the lines it writes.
  const foot = footHeight(2, small);
  return {
    preset,
    width,
    fontSize,
    small,
    head,
    foot,
    height: fixed?.height,
    mm: fixed && "mm" in fixed ? fixed.mm : undefined,
    drawingHeight: fixed ? fixed.height - head - foot : undefined
  };
}

/**
 * The credit under the drawing (source, date, site, address), wrapped to the canvas: each part starts a line when
 * the line so far would not hold it. Inside a part, a line breaks between words or between Chinese characters, never
 * inside a Latin word (an address with no spaces breaks only where it alone is wider than a line). Widths are
 * measured glyph by glyph with an upper estimate (typesetWidth), so a line never runs off the canvas.
 */
export function creditLines(parts: readonly string[], width: number, fontSize: number, bold = false): string[] {
  const room = width - 32;
  const fits = (text: string) => typesetWidth(text, fontSize, bold) <= room;
  const lines: string[] = [];
  let line = "";
  const push = (piece: string, separator: string) => {
    if (line && fits(line + separator + piece)) line += separator + piece;
    else {
      if (line) lines.push(line);
      line = piece;
    }
  };
  for (const part of parts)
    creditPieces(part, fits).forEach(([piece, separator], i) => push(piece, i ? separator : " · "));
  if (line) lines.push(line);
  return lines;
}

/**
 * A credit part as pieces that may start a line, each with what joins it to the one before: Latin words (a space),
 * single Chinese characters (nothing), and a word too long for a line in chunks that each fit.
 */
function creditPieces(part: string, fits: (text: string) => boolean): [string, string][] {
  const units = part.match(/[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+|\s+/gu) ?? [];
  const pieces: [string, string][] = [];
  let joiner = "";
  for (const unit of units) {
    if (/^\s+$/u.test(unit)) {
      joiner = " ";
      continue;
    }
    for (const chunk of fits(unit) ? [unit] : chunkToFit(unit, fits)) {
      pieces.push([chunk, joiner]);
      joiner = "";
    }
  }
  return pieces;
}

/** A word wider than a line, in the longest chunks that fit. */
function chunkToFit(word: string, fits: (text: string) => boolean): string[] {
  const chunks: string[] = [];
  let chunk = "";
  for (const glyph of word) {
    if (chunk && !fits(chunk + glyph)) {
      chunks.push(chunk);
      chunk = "";
    }
    chunk += glyph;
  }
  return chunk ? [...chunks, chunk] : chunks;
}

/**
 * The credit's parts and lines: what the view shows and whence, then the notebook's name, then the address. The name
 * is left out where it would cost a line of the canvas and an address is written: the address names the view, and on
 * a narrow column a line of credit is a line of plot.
 */
function creditOf(
  before: readonly string[],
  address: readonly string[],
  { siteName, width, small }: { siteName: string; width: number; small: number }
) {
  const named = [...before, siteName, ...address];
  const lines = creditLines(named, width, small);
  if (!address.length) return { parts: named, lines };
  const unnamed = [...before, ...address];
  const shorter = creditLines(unnamed, width, small);
  return shorter.length < lines.length ? { parts: unnamed, lines: shorter } : { parts: named, lines };
}

/**
 * The title's lines and size: a title longer than the canvas is set an eighth smaller where that keeps it on one line
 * (a line of title is a line of plot on a narrow column), and wraps where it does not.
 */
function titleSet(title: string, width: number, size: number) {
  const lines = creditLines([title], width, size, true);
  const smaller = Math.round(size * 0.875);
  const one = lines.length > 1 ? creditLines([title], width, smaller, true) : lines;
  return one.length === 1 && lines.length > 1
    ? { titleLines: one, fontSize: smaller }
    : { titleLines: lines, fontSize: size };
}

/** The band under the drawing that holds `lines` credit lines at `small` px. */
const footHeight = (lines: number, small: number) => Math.round(small * (1.3 * lines + 0.9));

// ---------------------------------------------------------------------------------------------------------------
// The standalone SVG

/** The drawing's own SVG (a figure may wrap it in HTML). */
const mainSvg = (drawing: Element): SVGSVGElement | null =>
  drawing instanceof SVGSVGElement
    ? drawing
    : (drawing.querySelector<SVGSVGElement>("svg[class^='plot']") ?? drawing.querySelector("svg"));

const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans CJK SC', 'PingFang SC', sans-serif";

/**
 * A standalone file has no page stylesheet: the drawing's colours and theme variables are written in, and the
 * encoding colours replaced by the theme's variants (the dark theme's lighter hues).
 */
export const inlineColours = (text: string, theme: ThemeColours) =>
  text
    .replaceAll("currentColor", theme.ink)
    .replace(/var\(--theme-background(?:-alt)?\)/g, theme.paper ?? "none")
    .replace(/var\(--theme-foreground[a-z-]*\)/g, theme.ink)
    .replace(/var\(--plot-background\)/g, theme.paper ?? "none")
    .replace(/#[0-9a-f]{6}\b/gi, (hex) => theme.variant[hex.toLowerCase()] ?? hex);

/** What the view shows, as its title: a named view's (an Explore preset's question), else the figure's. */
export const viewTitle = <K extends DataKey, R>(
  def: FigureDef<K, R>,
  data: Pick<NotebookData, K>,
  state: FigureState,
  lang: Lang
) => (def.viewTitle?.(state, data) ?? def.title)[lang];

export interface StandaloneOptions {
  lang: Lang;
  state: FigureState;
  size: DownloadSize;
  shownWidth: number;
  theme?: DownloadTheme;
  info?: BuildInfo;
  /** The view's address, written into the image and its metadata so a reader can reopen what it shows. */
  url?: string;
  /** What the image draws that the address does not bring back (FigureOptions.notInAddress), written before it. */
  notInAddress?: string | null;
}

/** The style a standalone file carries: labels' halos in the theme's paper, filtered-out marks hidden. */
function standaloneStyle(theme: ThemeColours): string {
  const halo = `stroke: ${theme.halo}; stroke-width: 4px; paint-order: stroke; stroke-linejoin: round;`;
  // With no background every text gets a halo, so it reads on whatever the slide puts behind it; a glyph standing for
  // a mark (a matrix's empty cell, ○; a state's symbol before its name) takes the marks' ink instead: a halo round a ring reads as a double ring (◎).
  const transparent =
    theme.paper === null ? ` svg text { ${halo} } svg .mark-glyph { stroke: none; fill: ${theme.markInk}; }` : "";
  return `.halo text, text.halo, g.halo { ${halo} } .filtered-out { display: none; }${transparent}`;
}

/**
 * The view's filters in words ("Showing 12 of 30 models (branch: decoder-only; years: 2018–2021)"), when a filter
 * hides some of the figure's rows; else null.
 * Rows that stand for no model (thresholds, cells) are not filtered by model.
 */
export function filterWords<K extends DataKey, R>(
  def: FigureDef<K, R>,
  data: Pick<NotebookData, K>,
  state: FigureState,
  lang: Lang
): string | null {
  const visible = state.visible;
  if (!visible) return null;
  const shownWords = def.shownWords
    ? def.shownWords(data, state, lang)
    : rowCount(def, data, { ...state, visible }, lang);
  if (!shownWords) return null;
  const { count, notPlotted, separator } = shownWords;
  const phrases = state.filters ? filterPhrases(state.filters, lang) : [];
  const words = dictionaryFor(lang).common.filterWords;
  const filtered = phrases.length ? words.summary(count, phrases.join(words.filterSeparator)) : count;
  return [filtered, ...notPlotted.map((part) => part.text)].join(separator);
}

/** The rows a filter keeps, counted by model, where every row is drawn; null where it keeps them all. */
function rowCount<K extends DataKey, R>(
  def: FigureDef<K, R>,
  data: Pick<NotebookData, K>,
  state: FigureState & { visible: ReadonlySet<string> },
  lang: Lang
): ShownWords | null {
  const { visible } = state;
  const ids = def
    .rows(data, { ...state, visible: null })
    .map((r) => (def.modelOf ? def.modelOf(r) : (r as { id?: unknown }).id))
    .filter((id): id is string => typeof id === "string");
  const shown = ids.filter((id) => visible.has(id)).length;
  if (!ids.length || shown === ids.length) return null;
  return { count: dictionaryFor(lang).pages.scaling.filterSummary(shown, ids.length), notPlotted: [], separator: "" };
}

/** Lines of text at the canvas's left margin, one under the other. */
const textLines = (lines: readonly string[], y0: number, step: number, attributes: Record<string, string | number>) =>
  lines.map((line, i) => svg("text", { x: 16, y: y0 + Math.round(i * step), ...attributes }, line));

/** What a standalone file records in its metadata, as JSON: what it shows and where it comes from. */
function downloadMetadata(record: {
  title: string;
  filters: string | null;
  legend: string[];
  source: string;
  dataDate: string | undefined;
  url: string | undefined;
  notInUrl: string | null;
}): string {
  return JSON.stringify(record);
}

/**
 * The drawing's SVG and natural size. A drawing taller than a fixed canvas's room (a chart whose rows set its height)
 * is drawn again larger by the ratio it overflows, so that once scaled down to the room it fills the canvas instead of
 * leaving it empty beside or under it.
 */
function drawnToFit<K extends DataKey, R>(
  def: FigureDef<K, R>,
  data: Pick<NotebookData, K>,
  options: { width: number; height: number | undefined; preset: Preset; lang: Lang; state: FigureState }
) {
  const { width, height } = options;
  const draw = (drawWidth: number, drawHeight = height) => {
    const drawing = def.draw(data, {
      ...options,
      width: drawWidth,
      height: drawHeight,
      fillCanvas: drawHeight !== undefined,
      state: { ...options.state, onSelect: undefined, onSelectCell: undefined }
    });
    const chart = mainSvg(drawing);
    if (!chart) throw new Error(`the figure “${def.title[options.lang]}” has no SVG to export`);
    const natural = {
      width: Number(chart.getAttribute("width")) || drawWidth,
      height: Number(chart.getAttribute("height")) || drawHeight || 400
    };
    return { chart, natural };
  };
  const first = draw(width);
  if (height === undefined) return first;
  const tall = first.natural.height / height;
  const wide = first.natural.width / width;
  // Wider than the canvas more than taller (a tree's columns at their names' width): drawn taller by the same ratio,
  // so that scaled to the width it fills the height too.
  if (wide > 1.02 && wide > tall) return draw(width, Math.round(height * wide));
  // Taller than the canvas: drawn wider and taller by the same ratio, so that scaled to the room it fills it (a chart
  // that lays out differently when wider, such as names beside its rows rather than above, would else leave a gap).
  if (tall > 1.02 && wide <= 1.02) return draw(Math.round(width * tall), Math.round(height * tall));
  return first;
}

/**
 * The drawing's marks in the current colour that hold no text (rings, swatch outlines, ticks, rules) take the theme's
 * mark ink; text keeps the ink (and, transparent, its halo).
 */
function inkMarks(drawing: SVGSVGElement, markInk: string): void {
  for (const mark of drawing.querySelectorAll("*")) {
    if (mark.tagName === "text" || mark.tagName === "tspan" || mark.querySelector("text")) continue;
    for (const paint of ["stroke", "fill"])
      if (mark.getAttribute(paint) === "currentColor") mark.setAttribute(paint, markInk);
  }
}

/**
 * A figure as a standalone SVG document: the theme's background (none when transparent), the title above, the source
 * line, the date and the view's address below, the drawing's colours written in (a standalone file has no page
 * stylesheet), and the same words in its metadata.
 */
export function standaloneSvg<K extends DataKey, R>(
  def: FigureDef<K, R>,
  data: Pick<NotebookData, K>,
  options: StandaloneOptions
): { svg: string; width: number; height: number } {
  const { lang, state, size, info } = options;
  const theme = THEME_COLOURS[options.theme ?? "light"];
  const layout = standaloneLayout(size, options.shownWidth, def.columnAspect);
  const { width, small } = layout;
  const title = viewTitle(def, data, state, lang);
  const { titleLines, fontSize } = titleSet(title, width, layout.fontSize);
  const head = Math.round(fontSize * 2) + Math.round((titleLines.length - 1) * fontSize * 1.25);
  const words = chrome(lang);
  const filters = filterWords(def, data, state, lang);
  const { parts, lines } = creditOf(
    [...(filters ? [filters] : []), words.source(def.source[lang]), ...(info ? [words.asOf(info.data_date)] : [])],
    [...(options.notInAddress ? [options.notInAddress] : []), ...(options.url ? [options.url] : [])],
    { siteName: dictionaryFor(lang).site.title, width, small }
  );
  const foot = footHeight(lines.length, small);
  const drawingHeight = layout.height === undefined ? undefined : layout.height - head - foot;
  const { chart, natural } = drawnToFit(def, data, {
    width,
    height: drawingHeight,
    preset: layout.preset,
    lang,
    state
  });
  // A drawing larger than a fixed canvas's room (a tree's rows, a chart's minimum plot width) is scaled down to fit
  // whole, never cut by the canvas's edge or run into the credit.
  const fit = drawingHeight === undefined ? 1 : Math.min(1, width / natural.width, drawingHeight / natural.height);
  const chartHeight = natural.height * fit;
  const totalWidth = drawingHeight === undefined ? Math.max(width, natural.width) : width;
  const totalHeight = layout.height ?? head + chartHeight + foot;
  const clone = chart.cloneNode(true) as SVGSVGElement;
  inkMarks(clone, theme.markInk);
  clone.setAttribute("x", "0");
  clone.setAttribute("y", String(head));
  if (fit < 1) {
    if (!clone.getAttribute("viewBox")) clone.setAttribute("viewBox", `0 0 ${natural.width} ${natural.height}`);
    clone.setAttribute("width", String(Math.floor(natural.width * fit)));
    clone.setAttribute("height", String(Math.floor(chartHeight)));
  }
  const firstLineY = totalHeight - foot + Math.round(small * 1.3);
  const caption = def.caption(data, state)[lang];
  const root = svg(
    "svg",
    {
      // No xmlns attribute: the serializer writes it for an SVG element (jsdom wrote it twice, which strict XML parsers
      // refuse).
      width: layout.mm ? `${layout.mm}mm` : totalWidth,
      height: layout.mm ? `${Math.round((layout.mm * totalHeight) / totalWidth)}mm` : totalHeight,
      viewBox: `0 0 ${totalWidth} ${totalHeight}`,
      "font-family": FONT_FAMILY,
      style: `color:${theme.ink}`
    },
    svg("title", {}, title),
    svg("desc", {}, [caption, ...parts].join("\n")),
    svg(
      "metadata",
      { "data-format": "application/json" },
      downloadMetadata({
        title,
        filters,
        // The legend as drawn: its entries are what the drawing shows.
        legend: [...clone.querySelectorAll(".svg-legend text")].map((t) => t.textContent ?? ""),
        source: def.source[lang],
        dataDate: info?.data_date,
        url: options.url,
        notInUrl: options.notInAddress ?? null
      })
    ),
    svg("style", {}, standaloneStyle(theme)),
    theme.paper ? svg("rect", { width: totalWidth, height: totalHeight, fill: theme.paper }) : null,
    ...textLines(titleLines, Math.round(fontSize * 1.4), fontSize * 1.25, {
      "font-size": fontSize,
      "font-weight": 700,
      fill: theme.ink
    }),
    clone,
    ...textLines(lines, firstLineY, small * 1.3, { class: "credit", "font-size": small, fill: theme.muted })
  );
  return {
    svg: inlineColours(new XMLSerializer().serializeToString(root), theme),
    width: totalWidth,
    height: totalHeight
  };
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

async function svgToPng(
  svgText: string,
  width: number,
  height: number,
  scale: number,
  paper: string | null
): Promise<Blob> {
  const image = new Image();
  image.src = URL.createObjectURL(new Blob([svgText], { type: "image/svg+xml" }));
  await image.decode();
  const canvas = h("canvas", { width: Math.round(width * scale), height: Math.round(height * scale) });
  const context = canvas.getContext("2d")!;
  if (paper) {
    context.fillStyle = paper;
    context.fillRect(0, 0, canvas.width, canvas.height);
  }
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
  notInAddress: () => string | null;
  address: () => PageAddress | undefined;
}

/** A choice of the download's size or theme, labelled for assistive technology. */
function choice(className: string, label: string, options: Record<string, string>) {
  const select = h("select", { className, attrs: { "aria-label": label } });
  for (const [value, text] of Object.entries(options)) select.append(new Option(text, value));
  return select;
}

/** The size and theme choices and the SVG, PNG (charts) and CSV buttons. */
function downloadControls<K extends DataKey, R>(context: DownloadContext<K, R>): HTMLElement {
  const { def, data, lang, info } = context;
  const words = chrome(lang);
  const title = def.title[lang];
  const sizeSelect = choice("figure-size", `${words.size}: ${title}`, words.sizes);
  const themeSelect = choice("figure-theme", `${words.theme}: ${title}`, words.themes);
  const theme = () =>
    (DOWNLOAD_THEMES as readonly string[]).includes(themeSelect.value) ? (themeSelect.value as DownloadTheme) : "light";
  const standalone = () =>
    standaloneSvg(def, data, {
      lang,
      state: context.state(),
      size: sizeSelect.value as DownloadSize,
      theme: theme(),
      shownWidth: context.drawnWidth() || 960,
      info,
      url: context.address()?.href,
      notInAddress: context.notInAddress()
    });
  const chartButtons =
    def.kind === "chart"
      ? [
          sizeSelect,
          themeSelect,
          downloadButton("SVG", words.download(title, "SVG"), () =>
            download(`${def.id}.svg`, new Blob([standalone().svg], { type: "image/svg+xml" }))
          ),
          downloadButton("PNG", words.download(title, "PNG"), async () => {
            const { svg: image, width, height } = standalone();
            // Slide-sized canvases are written at their size, the rest at twice theirs (sharp on paper).
            const size = sizeSelect.value as DownloadSize;
            const scale = size === "shown" || "mm" in DOWNLOAD_SIZES[size] ? 2 : 1;
            download(`${def.id}.png`, await svgToPng(image, width, height, scale, THEME_COLOURS[theme()].paper));
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

/**
 * A figure's drawing, or, where drawing it throws (data a component cannot take), the error in its place: the
 * figure's frame, its data table and the rest of the page stay readable, and the error still reaches the console.
 */
export function drawOrExplain<K extends DataKey, R>(
  def: FigureDef<K, R>,
  data: Pick<NotebookData, K>,
  options: DrawOptions
): Element {
  try {
    return def.draw(data, options);
  } catch (error) {
    console.error(`figure ${def.id}:`, error);
    const reason = error instanceof Error ? error.message : String(error);
    return h("p", {
      className: "figure-error",
      textContent: chrome(options.lang).drawFailed(reason),
      attrs: { role: "alert" }
    });
  }
}

/**
 * The height a figure reserves, in CSS, or none where its height cannot be laid out: a Scaling chart's height is its
 * layout's, and data it cannot lay out throws again as it draws, where drawOrExplain shows the error in its place.
 */
function reservedHeight<K extends DataKey, R>(
  def: FigureDef<K, R>,
  data: Pick<NotebookData, K>,
  { width, preset, state, lang }: { width: number; preset: Preset; state: FigureState; lang: Lang }
): string {
  try {
    return `${def.height(width, preset, data, state, lang)}px`;
  } catch {
    return "";
  }
}

/** The box the drawing goes in, and its draw: the height is reserved from the figure's own height function first. */
export function drawingBox<K extends DataKey, R>(
  def: FigureDef<K, R>,
  data: Pick<NotebookData, K>,
  { lang, preset, height, state }: { lang: Lang; preset: Preset; height?: number; state: () => FigureState }
) {
  const box = h("div", { className: "figure-body" });
  const drawn = { width: 0, drawing: null as Element | null };
  // `as` draws in another preset for a while: a page's figure redrawn for paper while the browser prints.
  const draw = (width: number, as: Preset = preset) => {
    drawn.width = width;
    // A redraw replaces the focused node (a tree node chosen with the keyboard): focus its successor.
    const focused = box.contains(document.activeElement) ? (document.activeElement as HTMLElement | SVGElement) : null;
    const focusKey = focused?.dataset.model ?? focused?.dataset.key;
    box.style.minHeight =
      height === undefined ? reservedHeight(def, data, { width, preset: as, state: state(), lang }) : `${height}px`;
    drawn.drawing = drawOrExplain(def, data, { width, height, preset: as, lang, state: state() });
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

/**
 * A page's figure on paper (Ctrl+P): redrawn with the print preset at the printable width while the browser prints
 * (type 7.5 pt and up, rows at the print pitch: the release timeline's 40 rows then fit under the page's heading, where
 * the page's drawing scaled to a sheet left its first sheet 87% blank), and at its page width again after. Chromium
 * fires beforeprint for the print dialog and for a PDF alike; a figure no longer on the page stops listening.
 */
function drawForPrint(
  box: HTMLElement,
  drawn: { width: number; drawing: Element | null },
  draw: (width: number, as?: Preset) => void
) {
  // The page's width while printing (0 when not): a second beforeprint before the afterprint keeps the first's.
  let pageWidth = 0;
  const before = () => {
    if (!box.isConnected) return stop();
    if (!drawn.drawing || pageWidth) return;
    pageWidth = drawn.width;
    draw(PRINT_WIDTH, "print");
  };
  const after = () => {
    if (!box.isConnected) return stop();
    if (pageWidth) draw(pageWidth);
    pageWidth = 0;
  };
  const stop = () => {
    removeEventListener("beforeprint", before);
    removeEventListener("afterprint", after);
  };
  addEventListener("beforeprint", before);
  addEventListener("afterprint", after);
}

/** Up to two decimals, digits grouped by thousands: a ratio, a growth factor, a count of models. */
const SMALL_NUMBER = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/**
 * A table cell's text, numbers as the page writes them (the CSV keeps the raw values): 175B | 1,750 亿 from ten
 * thousand up, 3.1e23 | 3.1×10²³ for compute; below, grouped digits with at most two decimals; none is "—".
 */
export function tableCellText(value: unknown, lang: Lang): string {
  if (value === null || value === undefined) return "—";
  if (typeof value !== "number") return String(value);
  return Math.abs(value) >= 1e4 ? formatCount(value, lang) : SMALL_NUMBER.format(value);
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
          ...def.columns.map((c) => {
            const text = tableCellText(c.value(row, lang), lang);
            const attrs = { lang: c.english ? foreignTag("English", lang) : null };
            return /^https?:\/\//.test(text)
              ? h("td", { attrs }, ...wrappableUrl(text))
              : h("td", { textContent: text, attrs });
          })
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

/** "Open in Explore": a link styled as the frame's buttons, its name saying which figure. */
const exploreLink = (title: string, lang: Lang) => {
  const words = dictionaryFor(lang).figure;
  return h("a", {
    className: "figure-explore",
    textContent: words.openInExplore,
    attrs: { "aria-label": words.openInExploreLabel(title) }
  });
};

export function renderFigure<K extends DataKey, R>(
  def: FigureDef<K, R>,
  data: Pick<NotebookData, K>,
  options: FigureOptions
): FigureElement {
  const { lang, preset = "web", info } = options;
  const address = () => options.address?.() ?? (typeof location === "undefined" ? undefined : location);
  let state: FigureState = options.state ?? {};
  const rows = () => def.rows(data, state);
  // A named view's title where the state shows one (an Explore preset), else the figure's.
  const title = () => viewTitle(def, data, state, lang);
  const height = preset === "print" ? options.height : undefined;
  const { box, drawn, draw } = drawingBox(def, data, { lang, preset, height, state: () => state });
  if (preset === "print") draw(PRINT_WIDTH);
  else {
    // Until measured, reserve the height for a typical width; the first measurement draws.
    box.style.minHeight = def.roughHeight
      ? `${def.roughHeight(960, preset)}px`
      : reservedHeight(def, data, { width: 960, preset, state, lang });
    followWidth(box, drawn, draw);
    drawForPrint(box, drawn, draw);
  }
  // Print has no buttons: its downloads slot stays empty.
  const downloads =
    preset === "web"
      ? downloadControls({
          def,
          data,
          lang,
          info,
          state: () => state,
          rows,
          drawnWidth: () => drawn.width,
          notInAddress: options.notInAddress ?? (() => null),
          address
        })
      : h("div", { className: "figure-downloads" });
  const text = dataDetails(def, rows, lang);
  const captionText = h("span", { textContent: def.caption(data, state)[lang] });
  // How to work the figure: on the page only (print and downloads carry no interface text).
  const hintText = () => {
    const words = typeof def.hint === "function" ? def.hint(data, state)[lang] : def.hint?.[lang];
    return words ? `${rulesFor(lang).wordSpace}${words}` : "";
  };
  const hint =
    preset === "web" && def.hint
      ? h("span", { className: `figure-hint ${INTERFACE_ONLY}`, textContent: hintText() })
      : null;
  const caption = h("figcaption", {}, captionText, hint);
  // "Add to my talk / report", beside the downloads: the figure in its current view (src/compose/add-view.ts); its
  // caption, without the page's hint, is the note to start from.
  const compose =
    preset === "web"
      ? addViewControls({
          figure: def.id,
          lang,
          title,
          caption: () => captionText.textContent ?? "",
          address: options.address
        })
      : null;
  if (compose) downloads.append(...compose.buttons);
  // A Scaling chart's link to its view on /explore (the same preset, every control at hand), following the state.
  const explore = preset === "web" && def.explore ? exploreLink(def.title[lang], lang) : null;
  const followExplore = () => explore?.setAttribute("href", withLang(`./explore${def.explore!(state)}`, lang));
  followExplore();
  if (explore) downloads.append(explore);
  const headingId = `${def.id}-title`;
  const heading = h("h2", { id: headingId, textContent: figureHeading(title(), lang, options.number) });
  const figure = h(
    "figure",
    {
      className: `chart-figure figure-${preset}`,
      id: def.id,
      attrs: { "aria-labelledby": headingId },
      dataset: { rows: String(rows().length) }
    },
    h("div", { className: "figure-head" }, heading, downloads),
    compose?.status ?? null,
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
    captionText.textContent = def.caption(data, state)[lang];
    if (hint) hint.textContent = hintText();
    heading.textContent = figureHeading(title(), lang, options.number);
    compose?.relabel();
    followExplore();
    figure.dataset.rows = String(rows().length);
    // A counter others can watch for "this figure has taken the change" (the benchmark does).
    figure.dataset.updates = String(Number(figure.dataset.updates ?? 0) + 1);
    text.refresh();
  };
  return figure;
}
