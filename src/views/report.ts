// The printed report: a cover (title, the date of the data, how to cite, contents), one part for each page of the
// site whose figures it prints (Scaling; Timeline and lineage; Capabilities), then the sources. Every figure of the
// registry is drawn with the print preset at the printable width and numbered in the registry's order.
//
// The pages are planned for the paper (A4 or Letter, `?paper=`; `npm run export` prints each from its own plan): the
// report is measured as laid out, each part starts a page, figures go onto pages in order and are never split (a
// table breaks between its rows, a list between its items), and the charts that can be drawn at any height grow into
// what their page leaves, so that no page but a part's last is left partly empty.
import type { NotebookData } from "../contract.js";
import { h } from "../components/dom.js";
import { renderFigure, viewTitle } from "../components/figure.js";
import { formatDate } from "../components/encoding.js";
import { enumParam, readState } from "./url-state.js";
import { exploreScatter, FIGURES, type FigureId } from "../figures/registry.js";
import { PRINT_MARGINS_MM, PRINT_WIDTH } from "../figures/presets.js";
import { maxOf } from "../components/number-extent.js";
import { dictionaryFor, foreignTag, type Lang } from "../i18n/index.js";
import type { FigureOn, FigureState } from "../figures/types.js";
import { dataForPeriod, periodRequested } from "./period.js";

export type ReportData = NotebookData;

/** The paper the report is printed on, and the margins `npm run export` prints it with (the @page rule's, too). */
export const PAPERS = {
  a4: { format: "A4", width: 210, height: 297 },
  letter: { format: "Letter", width: 215.9, height: 279.4 }
} as const;
export type PaperId = keyof typeof PAPERS;
export const REPORT_MARGINS_MM = PRINT_MARGINS_MM;
const PX_PER_MM = 96 / 25.4;
/** The printable area of a paper in CSS pixels (96 per inch: Chromium prints CSS pixels at that size). */
export const printableArea = (paper: PaperId) => ({
  width: Math.floor((PAPERS[paper].width - REPORT_MARGINS_MM.left - REPORT_MARGINS_MM.right) * PX_PER_MM),
  height: Math.floor((PAPERS[paper].height - REPORT_MARGINS_MM.top - REPORT_MARGINS_MM.bottom) * PX_PER_MM)
});
export const reportParams = { paper: enumParam(["a4", "letter"] as const, "a4") };

/** The report's parts: a page of the site each, its figures in the registry's order. */
export const REPORT_PARTS = [
  {
    page: "scaling",
    figures: [
      "article-table",
      "parameters-by-date",
      "compute-by-date",
      "tokens-by-date",
      "parameters-vs-tokens",
      "trend-fits"
    ]
  },
  { page: "timeline", figures: ["release-timeline", "gpt35-tree", "lineage-scale"] },
  {
    page: "capabilities",
    figures: ["capability-matrix", "emergence-thresholds", "ability-origins", "alignment-tax", "limitations"]
  }
] as const satisfies readonly { page: string; figures: readonly FigureId[] }[];

type ReportPart = (typeof REPORT_PARTS)[number];

/**
 * Charts drawn at whatever height they are given, and the tallest each may grow to (height over width) when its
 * page has room left: taller than that, a growth chart's decades would be stretched beyond reading. The others have
 * the height their rows need.
 */
const GROWS: Partial<Record<FigureId | typeof exploreScatter.id, number>> = {
  "parameters-by-date": 1.05,
  "compute-by-date": 1.05,
  "tokens-by-date": 1.0,
  "parameters-vs-tokens": 0.95,
  "gpt35-tree": 1.35,
  "lineage-scale": 1.0,
  "capability-matrix": 1.25,
  "emergence-thresholds": 0.9,
  "alignment-tax": 0.95,
  "release-timeline": 1.3,
  // Not in the report, but a story's handout prints it (a view of /explore).
  "explore-scatter": 0.95
};

/**
 * How much taller than wide a figure may grow, or undefined when it cannot: the report's figures by their element's
 * id, a story's views (which may repeat a figure) by their `data-figure`.
 */
export const growthLimit = (figure: HTMLElement): number | undefined =>
  GROWS[(figure.id || figure.dataset.figure) as keyof typeof GROWS];

/** Room kept free at the foot of every planned page: text measured on screen can set a pixel or two taller in print. */
const PAGE_SLACK = 12;

/** A task boundary: drawing every figure in one task blocked the page for 0.2–0.5 s (Lighthouse's TBT). */
const nextTask = () => new Promise<void>((done) => setTimeout(done, 0));

/** The registry's figures no part places (missing), and the ids placed twice or not in the registry (extra). */
export function unplacedFigures(parts: readonly { figures: readonly string[] }[], registry: readonly string[]) {
  const placed = parts.flatMap((part) => part.figures);
  return {
    missing: registry.filter((id) => !placed.includes(id)),
    extra: placed.filter((id, i) => !registry.includes(id) || placed.indexOf(id) !== i)
  };
}

/** Every figure of the registry belongs to exactly one part of the report (an unknown id is already a type error). */
function checkEveryFigurePlaced(): void {
  const { missing, extra } = unplacedFigures(
    REPORT_PARTS,
    FIGURES.map((def) => def.id)
  );
  if (missing.length || extra.length)
    throw new Error(
      `every figure of the registry belongs to one part of the report (not placed: ${missing.join(", ") || "—"}; placed twice: ${extra.join(", ") || "—"})`
    );
}

const figureById = new Map(
  (FIGURES as readonly FigureOn<keyof ReportData>[]).map((def, i) => [def.id as FigureId, { def, number: i + 1 }])
);
const figureNumber = (id: FigureId) => figureById.get(id)!.number;

type Dictionary = ReturnType<typeof dictionaryFor>;

/** Each part's introduction names its figures by number, so that the text can be read against them. */
export function partIntro(page: ReportPart["page"], lang: Lang): string {
  const { report: w, figure } = dictionaryFor(lang);
  const ref = (id: FigureId) => figure.figureNumber(figureNumber(id));
  if (page === "scaling")
    return w.intro.scaling(
      ref("article-table"),
      ref("parameters-by-date"),
      ref("compute-by-date"),
      ref("tokens-by-date"),
      ref("parameters-vs-tokens"),
      ref("trend-fits")
    );
  if (page === "timeline") return w.intro.timeline(ref("release-timeline"), ref("gpt35-tree"), ref("lineage-scale"));
  return w.intro.capabilities(
    ref("capability-matrix"),
    ref("emergence-thresholds"),
    ref("ability-origins"),
    ref("alignment-tax"),
    ref("limitations")
  );
}

const partTitle = (dictionary: Dictionary, part: ReportPart, index: number) =>
  dictionary.report.part(index + 1, dictionary.site.pages[part.page]);

/** The contents: each part with its figures, numbered as in the report, then the sources. */
function contents(dictionary: Dictionary, data: ReportData, lang: Lang): HTMLElement {
  const w = dictionary.report;
  const link = (text: string, href: string) => h("a", { href, textContent: text });
  const partItem = (part: ReportPart, p: number) =>
    h(
      "li",
      {},
      link(partTitle(dictionary, part, p), `#report-part-${part.page}`),
      h(
        "ol",
        {},
        ...part.figures.map((id) => {
          const { def, number } = figureById.get(id)!;
          return h("li", { value: number }, link(viewTitle(def, data, reportState(def.id), lang), `#${def.id}`));
        })
      )
    );
  return h(
    "nav",
    { className: "report-contents", attrs: { "aria-label": w.contents } },
    h("h2", { textContent: w.contents }),
    h("ol", {}, ...REPORT_PARTS.map(partItem), h("li", {}, link(w.sources, "#report-sources")))
  );
}

/** The year of a YYYY-MM-DD date. */
const yearOf = (date: string): number => Number(date.slice(0, 4));

/** The years of the earliest and latest of these dates (the release years a sentence about them names). */
export function yearSpan(dates: readonly string[]): [number, number] | null {
  const years = dates.map(yearOf).sort((a, b) => a - b);
  return years.length === 0 ? null : [years[0]!, years.at(-1)!];
}

/** The catalog's release years as a citation gives them ("2017–2025"), from the build's info. */
function catalogYears(info: ReportData["info"]): string {
  const span = yearSpan([info.first_release, info.latest_release].filter((d): d is string => d !== null));
  return span === null ? "" : span[0] === span[1] ? `${span[0]}` : `${span[0]}–${span[1]}`;
}

/** The cover: the title, the date of the data, the counts, how to cite, and the contents. */
function cover(data: ReportData, dictionary: Dictionary, lang: Lang): HTMLElement {
  const w = dictionary.report;
  const day = (date: string) => formatDate(date, "day", lang);
  // The subtitle names the years of the releases this report shows (the article's period unless ?period=all).
  const [from, to] = yearSpan(data.releases.map((r) => r.release_date)) ?? [0, 0];
  return h(
    "section",
    { className: "report-cover" },
    h("h1", { textContent: dictionary.site.title }),
    h("p", { className: "lede", textContent: w.cover.subtitle(from, to) }),
    h("p", { textContent: `${w.cover.dataAsOf(day(data.info.data_date))} · ${w.cover.built(day(data.info.as_of))}` }),
    h("p", { textContent: w.cover.counts(data.releases.length, data.info.sources) }),
    h(
      "div",
      { className: "report-cite" },
      h("h2", { textContent: w.howToCite }),
      h("p", { textContent: w.citation(data.info.data_date, catalogYears(data.info)) })
    ),
    contents(dictionary, data, lang)
  );
}

/** The sources, as a numbered list. An English title in the Chinese report is quoted as it is, and marked so. */
function sourcesSection(data: ReportData, dictionary: Dictionary, lang: Lang): HTMLElement {
  return h(
    "section",
    { className: "report-sources", id: "report-sources" },
    h("h2", { textContent: dictionary.report.sources }),
    h(
      "ol",
      {},
      ...data.sources.map((s) =>
        h("li", {
          textContent: `${s.title}. ${s.publisher}, ${s.year}. ${s.url}`,
          attrs: { lang: foreignTag(s.title, lang) }
        })
      )
    )
  );
}

/** The state the report draws a figure in. */
const reportState = (id: string): FigureState => ({ thresholds: id === "emergence-thresholds" ? "all" : "few-shot" });

/** A figure of the report, drawn for print; `height` for a chart grown into its page's room. */
function reportFigure(data: ReportData, lang: Lang, id: FigureId, height?: number) {
  const { def, number } = figureById.get(id)!;
  return renderFigure(def, data, {
    lang,
    preset: "print",
    number,
    info: data.info,
    height,
    state: reportState(def.id)
  });
}

/** A part: its title and introduction, then its figures, one task each. */
async function partSection(data: ReportData, lang: Lang, part: ReportPart, p: number): Promise<HTMLElement> {
  const dictionary = dictionaryFor(lang);
  const section = h(
    "section",
    { className: "report-part", id: `report-part-${part.page}` },
    h(
      "div",
      { className: "report-part-head" },
      h("h2", { className: "report-part-title", textContent: partTitle(dictionary, part, p) }),
      h("p", { className: "report-part-intro", textContent: partIntro(part.page, lang) })
    )
  );
  for (const id of part.figures) {
    section.append(reportFigure(data, lang, id));
    await nextTask();
  }
  return section;
}

export async function createReport(all: ReportData, lang: Lang, paper: PaperId = "a4"): Promise<HTMLElement> {
  // The report retells the article: the models after its end are left out unless the link asks (?period=all).
  const data = dataForPeriod(all, periodRequested(globalThis.location?.search ?? "", "article"));
  checkEveryFigurePlaced();
  const dictionary = dictionaryFor(lang);
  const root = h("div", { className: "report", dataset: { paper } }, cover(data, dictionary, lang));
  for (const [p, part] of REPORT_PARTS.entries()) root.append(await partSection(data, lang, part, p));
  root.append(sourcesSection(data, dictionary, lang));
  await planPages(root, printableArea(paper).height, async (figure, height) => {
    figure.replaceWith(reportFigure(data, lang, figure.id as FigureId, height));
    await nextTask();
  });
  return root;
}

// ---------------------------------------------------------------------------------------------------------------
// Planning the pages

/** A run of the report that a page break may precede: a section's head, a figure, a table row, a list item. */
export interface Piece {
  /** The element a planned break goes before. */
  element: HTMLElement;
  top: number;
  bottom: number;
  /** The figure it belongs to when that figure can grow. */
  grows: HTMLElement | null;
  /** A piece that must share its page with the next (a section's head, a figure's title over its first row). */
  keepWithNext: boolean;
  /** Breaking before it starts a section: it always starts a page. */
  sectionStart: boolean;
  /** Repeated at the top of a page that continues its table (Chromium repeats a table's head). */
  continuationHead: number;
}

/**
 * Where a block of a section may break, and the head a continued table repeats: a figure's table between its rows; in
 * a story's handout also a table or list of its text, and a view that is a list (the sources), between their items.
 */
function breakPoints(block: HTMLElement): { rows: HTMLElement[]; head: Element | null } {
  const all = (selector: string) => [...block.querySelectorAll<HTMLElement>(selector)];
  if (block.matches("table")) return { rows: all(":scope > tbody > tr"), head: block.querySelector(":scope > thead") };
  if (block.matches("ul, ol")) return { rows: all(":scope > li"), head: null };
  const items = block.classList.contains("story-figure") ? all(".figure-body > :is(ul, ol) > li") : [];
  if (items.length) return { rows: items, head: null };
  return { rows: all(".figure-body table > tbody > tr"), head: block.querySelector(".figure-body table > thead") };
}

/**
 * The pieces of the report, in order, measured where they are laid out. `endTail`: the least height of the rows a
 * table or list at a story's end takes onto its last page (its last page would else hold a sliver: the talk's handout
 * ended on a Letter page 90% blank holding its last two references); the whole block, its heading along, when shorter.
 */
function pieces(root: HTMLElement, endTail = 0): Piece[] {
  const box = (node: Element) => node.getBoundingClientRect();
  const result: Piece[] = [];
  const push = (element: HTMLElement, options: Partial<Piece> = {}) => {
    const r = box(element);
    result.push({
      element,
      top: r.top,
      bottom: r.bottom,
      grows: null,
      keepWithNext: false,
      sectionStart: false,
      continuationHead: 0,
      ...options
    });
  };
  for (const section of root.children as HTMLCollectionOf<HTMLElement>) {
    if (section.classList.contains("report-cover")) push(section, { sectionStart: true });
    else if (section.classList.contains("report-sources")) {
      // The heading with the first entry, then an entry at a time.
      const items = [...section.querySelectorAll("li")];
      result.push({
        element: section,
        top: box(section).top,
        bottom: items[0] ? box(items[0]).bottom : box(section).bottom,
        grows: null,
        keepWithNext: false,
        sectionStart: true,
        continuationHead: 0
      });
      // A list's last entry never stands alone at the top of a page: it takes the one before it along.
      items.slice(1).forEach((item, i) => push(item, { keepWithNext: items.length > 2 && i === items.length - 3 }));
    } else {
      const [head, ...figures] = section.children as unknown as HTMLElement[];
      // What ends a page for good (the report's end, or a part's before the next part's page): only there would a
      // last row alone make a page all but blank. Elsewhere what follows shares its page, and keeping two tall rows
      // together left a page half empty.
      const next = section.nextElementSibling;
      const ends = (figure: HTMLElement) =>
        figure === figures.at(-1) && (!next || !next.classList.contains("report-flow"));
      // A part starts a page; a section marked .report-flow (a story's slide in its handout) follows on the page.
      push(head!, { sectionStart: !section.classList.contains("report-flow"), keepWithNext: true });
      for (const figure of figures) {
        const { rows, head } = breakPoints(figure);
        const grows = growthLimit(figure) ? figure : null;
        if (rows.length < 2) {
          push(figure, { grows });
          continue;
        }
        // A table breaks between its rows: its title and head go with the first, its caption and source with the last,
        // and at the report's end the last row never alone (a page that holds one row, or a list's last item, is a
        // page all but blank).
        const continuationHead = head ? box(head).height : 0;
        // At a story's end the rows from `tail` on share its last page: at least endTail of them, or all.
        const last = box(rows.at(-1)!).bottom;
        const storyEnd = ends(figure) && !next && section.classList.contains("report-flow");
        const tallEnough = rows.map((row, r) => (last - box(row).top >= endTail ? r : 0));
        const tail = storyEnd ? maxOf(tallEnough, 0) : rows.length;
        result.push({
          element: figure,
          top: box(figure).top,
          bottom: box(rows[0]!).bottom,
          grows: null,
          keepWithNext: tail === 0,
          sectionStart: false,
          continuationHead: 0
        });
        rows.slice(1).forEach((row, i) =>
          push(row, {
            bottom: i === rows.length - 2 ? box(figure).bottom : box(row).bottom,
            keepWithNext:
              (ends(figure) && rows.length > 2 && i === rows.length - 3) || (i + 1 >= tail && i < rows.length - 2),
            continuationHead
          })
        );
      }
    }
  }
  return result;
}

export interface PlannedPage {
  pieces: Piece[];
  /** Height left at its foot. */
  room: number;
}

/**
 * Pieces onto pages, in order: a section starts a page; a piece goes on the current page if it ends within it, else
 * starts the next (with whatever must stay with it); a piece taller than a page has one to itself.
 */
export function planPieces(all: readonly Piece[], pageHeight: number): PlannedPage[] {
  const pages: PlannedPage[] = [];
  let page: Piece[] = [];
  let start = 0;
  let extra = 0;
  const close = () => {
    if (page.length) pages.push({ pieces: page, room: pageHeight - (page.at(-1)!.bottom - start + extra) });
    page = [];
  };
  for (let i = 0; i < all.length; ++i) {
    // A piece and the ones it keeps with: they go onto a page together.
    let j = i;
    while (all[j]!.keepWithNext && j + 1 < all.length) ++j;
    const group = all.slice(i, j + 1);
    const fits = page.length > 0 && !group[0]!.sectionStart && group.at(-1)!.bottom - start + extra <= pageHeight;
    if (!fits) {
      close();
      start = group[0]!.top;
      extra = group[0]!.continuationHead;
    }
    for (const item of group) page.push(item);
    i = j;
  }
  close();
  return pages;
}

/**
 * Plans the pages of a laid-out report, marks the breaks, and grows the charts that can into their pages' room. The
 * report's sections are its children: a cover (.report-cover), parts (a head, then figures), the sources; a story's
 * handout (src/stories/report.ts) is planned by it too.
 */
export async function planPages(
  root: HTMLElement,
  pageHeight: number,
  redraw: (figure: HTMLElement, height: number) => Promise<void>
): Promise<void> {
  // Measured where it will show: at the main column's width (the printable width when printed) and under its styles,
  // out of sight and out of the flow (nothing on the page moves).
  const main = document.querySelector<HTMLElement>("#observablehq-main") ?? document.body;
  const style = getComputedStyle(main);
  const host = h("div", { className: "report-measure" });
  host.style.cssText = `position: absolute; top: 0; left: 0; visibility: hidden; width: ${main.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)}px`;
  main.append(host);
  host.append(root);
  try {
    await document.fonts?.ready;
    const pages = planPieces(pieces(root, pageHeight / 4), pageHeight - PAGE_SLACK);
    pages.forEach((page, i) => {
      if (i > 0) page.pieces[0]!.element.classList.add("report-break");
    });
    for (const page of pages) {
      const growing = [...new Set(page.pieces.map((p) => p.grows).filter((g): g is HTMLElement => g !== null))];
      let room = page.room;
      for (const [k, figure] of growing.entries()) {
        const body = figure.querySelector<HTMLElement>(".figure-body")!;
        const drawn = body.getBoundingClientRect().height;
        const share = Math.floor(room / (growing.length - k));
        const height = Math.min(Math.round(drawn + share), Math.round(PRINT_WIDTH * growthLimit(figure)!));
        if (height <= drawn + 4) continue;
        room -= height - drawn;
        const broke = figure.classList.contains("report-break");
        await redraw(figure, height);
        // The report's redraw replaces the figure (found again by its id); a story's redraws inside it.
        if (broke && figure.id) root.querySelector(`#${CSS.escape(figure.id)}`)?.classList.add("report-break");
      }
    }
  } finally {
    root.remove();
    host.remove();
  }
}

/** The headings each section of the report opens with, in order: the cover's title, each part's, the sources'. */
export function reportSectionHeadings(lang: Lang): string[] {
  const dictionary = dictionaryFor(lang);
  return [
    dictionary.site.title,
    ...REPORT_PARTS.map((part, p) => partTitle(dictionary, part, p)),
    dictionary.report.sources
  ];
}

/** The paper a report page asks for (`?paper=letter`), A4 by default. */
export const reportPaper = (search: string): PaperId => readState(search, reportParams).paper;
