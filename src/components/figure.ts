// A chart as a figure: title, the chart, a caption with its source, a text alternative (the data as a table),
// and downloads of the chart (SVG, PNG at twice the screen resolution) and of its data (CSV).
import { csvFormat } from "d3-dsv";

export interface FigureColumn<T> {
  label: string;
  value: (row: T) => string | number | null;
}

export interface FigureOptions<T> {
  id: string;
  title: string;
  caption: string | Node;
  /** The rows the chart draws; a function when they change without a redraw (filters), read when needed. */
  rows: T[] | (() => T[]);
  columns: FigureColumn<T>[];
  /** False for figures that are HTML, not a chart: they offer the CSV only. */
  exportable?: boolean;
  /** The language of the figure's own words (buttons, the data summary). */
  lang?: "en" | "zh";
}

const CHROME = {
  en: {
    download: (title: string, format: string) => `Download “${title}” as ${format}`,
    downloadData: (title: string) => `Download the data of “${title}” as CSV`,
    data: (n: number) => `Data behind this chart (${n} rows)`
  },
  zh: {
    download: (title: string, format: string) => `将“${title}”下载为 ${format}`,
    downloadData: (title: string) => `将“${title}”的数据下载为 CSV`,
    data: (n: number) => `图表背后的数据(${n} 行)`
  }
};

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

export function figureCsv<T>(rows: T[], columns: FigureColumn<T>[]): string {
  return csvFormat(rows.map((row) => Object.fromEntries(columns.map((c) => [c.label, c.value(row) ?? ""]))), columns.map((c) => c.label));
}

/** The chart's SVG as a standalone document, with the colours it inherits from the page written in. */
export function serializeSvg(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  const color = getComputedStyle(svg).color || "black";
  const background = getComputedStyle(document.body).backgroundColor || "white";
  clone.setAttribute("style", `${clone.getAttribute("style") ?? ""};color:${color};background:${background}`);
  return new XMLSerializer().serializeToString(clone).replaceAll("currentColor", color);
}

function download(name: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const a = element("a", { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function svgToPng(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const { width, height } = svg.getBoundingClientRect();
  const image = new Image();
  image.src = URL.createObjectURL(new Blob([serializeSvg(svg)], { type: "image/svg+xml" }));
  await image.decode();
  const canvas = element("canvas", { width: Math.round(width * scale), height: Math.round(height * scale) });
  const context = canvas.getContext("2d")!;
  context.fillStyle = getComputedStyle(document.body).backgroundColor || "white";
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  URL.revokeObjectURL(image.src);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG export failed"))), "image/png"));
}

const REFRESH = new WeakMap<HTMLElement, () => void>();

/** Updates a figure's data count and table after its rows changed without a redraw. */
export function refreshFigure(figure: Element | null): void {
  if (figure) REFRESH.get(figure as HTMLElement)?.();
}

export function chartFigure<T>(chart: SVGSVGElement | HTMLElement, options: FigureOptions<T>): HTMLElement {
  const { id, title, caption, columns } = options;
  const rows = typeof options.rows === "function" ? options.rows : () => options.rows as T[];
  const words = CHROME[options.lang ?? "en"];
  // Looked up on click: a chart inside resize() is drawn after the figure is built, and redrawn on resize.
  const svgOf = (): SVGSVGElement => {
    const svg = chart instanceof SVGSVGElement ? chart : chart.querySelector<SVGSVGElement>("svg[class^='plot']:not([class*='swatch'])") ?? chart.querySelector("svg");
    if (!svg) throw new Error(`the chart “${title}” has no SVG to export`);
    return svg;
  };
  const button = (label: string, action: () => void | Promise<void>, accessibleName: string) => {
    const b = element("button", { type: "button", textContent: label, className: "figure-download" });
    b.setAttribute("aria-label", accessibleName);
    b.addEventListener("click", () => void action());
    return b;
  };
  const downloads = element(
    "div",
    { className: "figure-downloads" },
    ...(options.exportable === false
      ? []
      : [
          button("SVG", () => download(`${id}.svg`, new Blob([serializeSvg(svgOf())], { type: "image/svg+xml" })), words.download(title, "SVG")),
          button("PNG", async () => download(`${id}.png`, await svgToPng(svgOf())), words.download(title, "PNG"))
        ]),
    button("CSV", () => download(`${id}.csv`, new Blob([figureCsv(rows(), columns)], { type: "text/csv" })), words.downloadData(title))
  );
  // The text alternative is built when first opened: thousands of rows would otherwise cost every redraw.
  const summary = element("summary", { textContent: words.data(rows().length) });
  const details = element("details", { className: "figure-data" }, summary);
  const fill = () => {
    details.querySelector("table")?.remove();
    if (!details.open) return;
    details.append(
      element(
        "table",
        {},
        element("thead", {}, element("tr", {}, ...columns.map((c) => element("th", { scope: "col", textContent: c.label })))),
        element("tbody", {}, ...rows().map((row) => element("tr", {}, ...columns.map((c) => element("td", { textContent: String(c.value(row) ?? "—") })))))
      )
    );
  };
  details.addEventListener("toggle", fill);
  const headingId = `${id}-title`;
  const figure = element(
    "figure",
    { className: "chart-figure", id },
    element("div", { className: "figure-head" }, element("h2", { id: headingId, textContent: title }), downloads),
    chart,
    element("figcaption", {}, caption),
    details
  );
  figure.setAttribute("aria-labelledby", headingId);
  figure.dataset.rows = String(rows().length);
  // After the rows change without a redraw (a filter), the count and an open table follow.
  REFRESH.set(figure, () => {
    summary.textContent = words.data(rows().length);
    figure.dataset.rows = String(rows().length);
    // A counter others can watch for "this figure has taken the change" (the benchmark does).
    figure.dataset.updates = String(Number(figure.dataset.updates ?? 0) + 1);
    fill();
  });
  return figure;
}
