// The printed report: a cover (title, the date of the data, how to cite), a contents list, then every figure of the
// registry drawn with the print preset at the printable width, numbered, each on its own page when it would split.
import type { NotebookData } from "../contract.js";
import { renderFigure } from "../components/figure.js";
import { formatDate } from "../components/encoding.js";
import { FIGURES } from "../figures/registry.js";
import { dictionaryFor } from "../i18n/index.js";
import type { FigureOn, Lang } from "../figures/types.js";

export type ReportData = NotebookData;



const el = (tag: string, text = "", className = "") => {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  if (className) node.className = className;
  return node;
};

export function createReport(data: ReportData, lang: Lang): HTMLElement {
  const w = dictionaryFor(lang).report;
  const root = el("div", "", "report");
  const cover = el("section", "", "report-cover");
  cover.append(
    el("h1", dictionaryFor(lang).site.title),
    el("p", w.cover.subtitle, "lede"),
    el("p", `${w.cover.dataAsOf(formatDate(data.info.data_date, "day", lang))} · ${w.cover.built(formatDate(data.info.built.slice(0, 10), "day", lang))}`),
    el("p", w.cover.counts(data.releases.length, data.info.sources))
  );
  const cite = el("div", "", "report-cite");
  cite.append(el("h2", w.howToCite), el("p", w.citation(data.info.data_date)));
  cover.append(cite);
  const contents = el("nav", "", "report-contents");
  contents.setAttribute("aria-label", w.contents);
  contents.append(el("h2", w.contents));
  const list = el("ol");
  FIGURES.forEach((def) => {
    const li = el("li");
    const a = el("a", def.title[lang]) as HTMLAnchorElement;
    a.href = `#${def.id}`;
    li.append(a);
    list.append(li);
  });
  const sourcesItem = el("li");
  const sourcesLink = el("a", w.sources) as HTMLAnchorElement;
  sourcesLink.href = "#report-sources";
  sourcesItem.append(sourcesLink);
  list.append(sourcesItem);
  contents.append(list);
  cover.append(contents);
  root.append(cover);
  (FIGURES as readonly FigureOn<keyof ReportData>[]).forEach((def, i) => root.append(renderFigure(def, data, { lang, preset: "print", number: i + 1, info: data.info, state: { thresholds: def.id === "emergence-thresholds" ? "all" : "few-shot" } })));
  const sources = el("section", "", "report-sources");
  sources.id = "report-sources";
  sources.append(el("h2", w.sources));
  const ol = el("ol");
  for (const s of data.sources) {
    const li = el("li", `${s.title}. ${s.publisher}, ${s.year}. ${s.url}`);
    // An English title in the Chinese report is quoted as it is, and marked so (a screen reader reads it as English).
    if (lang === "zh" && !/[\u3400-\u9fff]/.test(s.title)) li.lang = "en";
    ol.append(li);
  }
  sources.append(ol);
  root.append(sources);
  return root;
}
