// The printed report: a cover (title, the date of the data, how to cite), a contents list, then every figure of the
// registry drawn with the print preset at the printable width, numbered, each on its own page when it would split.
import type { NotebookData } from "../contract.js";
import { renderFigure } from "../components/figure.js";
import { formatDate } from "../components/encoding.js";
import { FIGURES } from "../figures/registry.js";
import { dictionaryFor } from "../i18n/index.js";
import type { FigureOn, Lang } from "../figures/types.js";

export type ReportData = NotebookData;

const WORDS = {
  en: {
    subtitle: "How large language models grew, 2017–2023, and where ChatGPT's abilities came from",
    counts: (models: number, sources: number) => `${models} language models, ${sources} sources. Every number is sourced; undisclosed values are shown as undisclosed.`,
    citation: (date: string) => `GPT scaling notebook: a timeline and scaling notebook of large language models, 2017–2023. Data as of ${date}. Curated from primary sources; emergence thresholds from Wei et al. (2022); capability claims from the Chinese article “GPT的前世今生：从gpt1到chatgpt的能力提升” and Fu et al. (2022).`,
  },
  zh: {
    subtitle: "大语言模型如何增长（2017–2023），以及 ChatGPT 的能力从何而来",
    counts: (models: number, sources: number) => `${models} 个语言模型，${sources} 个出处。每个数字都有出处；未公开的值标为未公开。`,
    citation: (date: string) => `GPT 规模演进笔记：大语言模型时间线与规模笔记，2017–2023。数据截至 ${date}。取自一手来源；涌现阈值取自 Wei 等（2022）；能力判断取自中文文章《GPT的前世今生：从gpt1到chatgpt的能力提升》及符尧等（2022）。`,
    contents: "目录",
    sources: "出处"
  }
} as const;

const pick = (r: ReturnType<typeof dictionaryFor>["report"], title: string) => ({ title, dataAsOf: r.cover.dataAsOf, built: r.cover.built, cite: r.howToCite, contents: r.contents, sources: r.sources });

const el = (tag: string, text = "", className = "") => {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  if (className) node.className = className;
  return node;
};

export function createReport(data: ReportData, lang: Lang): HTMLElement {
  // The report's own sentences here; the words it shares with the dictionaries (src/i18n/) come from there.
  const w = { ...WORDS[lang], ...pick(dictionaryFor(lang).report, dictionaryFor(lang).site.title) };
  const root = el("div", "", "report");
  const cover = el("section", "", "report-cover");
  cover.append(el("h1", w.title), el("p", w.subtitle, "lede"), el("p", `${w.dataAsOf(formatDate(data.info.data_date, "day", lang))} · ${w.built(formatDate(data.info.built.slice(0, 10), "day", lang))}`), el("p", w.counts(data.releases.length, data.info.sources)));
  const cite = el("div", "", "report-cite");
  cite.append(el("h2", w.cite), el("p", w.citation(data.info.data_date)));
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
  for (const s of data.sources) ol.append(el("li", `${s.title}. ${s.publisher}, ${s.year}. ${s.url}`));
  sources.append(ol);
  root.append(sources);
  return root;
}
