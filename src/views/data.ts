// The Data page's view: every model's facts in a sortable table, each fact's status and note in the page's
// language, the loader tables as JSON and CSV, and the bibliography. Words from the dictionaries; catalog prose
// from its translations (`textIn`).
import * as Inputs from "@observablehq/inputs";
import type { ReleaseRow, SourceRow, Status } from "../contract.js";
import { nameTableCorner } from "../components/a11y.js";
import { downloadLinks } from "../components/data-downloads.js";
import { h, wrappableUrl } from "../components/dom.js";
import { formatDate } from "../components/encoding.js";
import { limitQuery } from "../components/search-limit.js";
import { FACTS, factNoteText, factValue, statusWords, type FactName } from "../components/model-card.js";
import { dictionaryFor, foreignTag, textIn, punctuation, type Lang } from "../i18n/index.js";

type Dictionary = ReturnType<typeof dictionaryFor>;

/** What every part of the page reads: its language, its words, and the sources by id. */
interface DataContext {
  lang: Lang;
  dictionary: Dictionary;
  w: Dictionary["pages"]["data"];
  titleOf: (sourceId: string) => string;
  byId: ReadonlyMap<string, ReleaseRow>;
}

/**
 * The rows Inputs.table sorts. It skips its formatter for null and NaN, which would leave an undisclosed value
 * blank: such a value becomes -Infinity here (still a number, so the column sorts; undisclosed first) and the
 * formatter writes "undisclosed" from the original row.
 */
export const sortableRows = (releases: readonly ReleaseRow[]): ReleaseRow[] =>
  releases.map((d) => ({ ...d, ...Object.fromEntries(FACTS.map((f) => [f, d[f] ?? -Infinity])) })) as ReleaseRow[];

/** A link to a source, its title in the tooltip; an English title in the Chinese edition is marked as English. */
function sourceLink(
  text: string,
  url: string | null,
  title: string,
  lang: Lang,
  aria?: string
): HTMLAnchorElement | null {
  if (!url || !/^https?:/.test(url)) return null;
  return h("a", {
    href: url,
    title,
    textContent: text,
    attrs: { "aria-label": aria, lang: foreignTag(text, lang) }
  });
}

/** The "↗" after a value: its source, named for a screen reader. */
const arrowLink = (context: DataContext, url: string | null, sourceId: string) =>
  sourceLink("↗", url, context.titleOf(sourceId), "en", context.w.sourceAria(context.titleOf(sourceId)));

/** A span with a link after it, when there is one. */
const withLink = (span: HTMLElement, link: HTMLAnchorElement | null) => {
  if (link) span.append(" ", link);
  return span;
};

/** One cell of the models table: the value in the page's units, whose estimate, and a link to its source. */
function factCell(context: DataContext, row: ReleaseRow, fact: FactName): HTMLElement {
  const span = h("span", { textContent: factValue(row, fact, context.lang) });
  const status: Status = row[`${fact}_status`];
  if (status === "estimate") span.append(context.w.estimatedShort(row[`${fact}_estimated_by`] ?? ""));
  if (status === "undisclosed") span.className = "undisclosed";
  return withLink(span, arrowLink(context, row[`${fact}_source_url`], row[`${fact}_source`]));
}

function dateCell(context: DataContext, row: ReleaseRow): HTMLElement {
  const span = h("span", { textContent: formatDate(row.release_date, row.release_precision, context.lang) });
  return withLink(span, arrowLink(context, row.release_source_url, row.release_source));
}

function modelsTable(context: DataContext, shown: ReleaseRow[]): HTMLElement {
  const { dictionary, byId } = context;
  const format = (fact: FactName) => (_: unknown, i: number, data: ReleaseRow[]) =>
    factCell(context, byId.get(data[i]!.id)!, fact);
  const table = Inputs.table(shown, {
    select: false,
    rows: 20,
    columns: ["name", "organization", "branch", "release_date", ...FACTS, "access"],
    header: { ...dictionary.tables.models },
    format: {
      branch: (v: ReleaseRow["branch"]) => dictionary.common.branch[v],
      access: (v: ReleaseRow["access"]) => dictionary.common.access[v],
      release_date: (_: unknown, i: number, data: ReleaseRow[]) => dateCell(context, data[i]!),
      parameters: format("parameters"),
      training_data: format("training_data"),
      training_tokens: format("training_tokens"),
      training_compute: format("training_compute")
    },
    width: { name: 180, organization: 140, training_data: 170 },
    layout: "auto"
  });
  return h("div", { className: "models-table" }, nameTableCorner(table, context.w.row));
}

/** One fact's term and description: its value and status in words, its note, and its source. */
function factEntry(context: DataContext, d: ReleaseRow, f: FactName): HTMLElement[] {
  const { lang, w, dictionary, titleOf } = context;
  const terms: Record<FactName, string> = {
    parameters: dictionary.modelCard.parameters,
    training_data: dictionary.modelCard.trainingData,
    training_tokens: dictionary.modelCard.trainingTokens,
    training_compute: dictionary.modelCard.trainingCompute
  };
  const status = d[`${f}_status`];
  const head =
    status === "undisclosed"
      ? w.undisclosedFact
      : w.factHead(factValue(d, f, lang), statusWords(status, d[`${f}_estimated_by`], lang));
  const source = titleOf(d[`${f}_source`]);
  const dd = h("dd", {}, h("strong", { textContent: head }), " ", factNoteText(d, f, lang) ?? w.noNote);
  return [
    h("dt", { textContent: terms[f] }),
    withLink(dd, sourceLink(w.sourceLink(source), d[`${f}_source_url`], source, lang))
  ];
}

/** One model's facts, each with its status in words and its note: where the corrections live. */
function factNotes(context: DataContext, d: ReleaseRow): HTMLElement {
  const { lang, w } = context;
  const noted = FACTS.filter((f) => d[`${f}_note`]).length;
  const about = textIn(lang, d, "notes");
  return h(
    "details",
    { className: "fact-notes", id: `notes-${d.id}` },
    h("summary", { textContent: w.notesSummary(d.name, noted, FACTS.length) }),
    h(
      "dl",
      {},
      ...FACTS.flatMap((f) => factEntry(context, d, f)),
      ...(about ? [h("dt", { textContent: w.aboutModel }), h("dd", { textContent: about })] : [])
    )
  );
}

/**
 * The models' notes, NOTES_PAGE at a time: a catalog of thousands of models would be hundreds of thousands of
 * elements (a <details> of about 25 per model; Chromium stopped answering at 10,000 models). A button adds the next.
 */
export const NOTES_PAGE = 200;

function notesList(context: DataContext, shown: readonly ReleaseRow[]): HTMLElement {
  const list = h("div", { className: "fact-notes-list" });
  const more = h("button", { type: "button", className: "fact-notes-more" });
  const status = h("p", { className: "muted", attrs: { role: "status" } });
  const showNext = () => {
    const from = list.childElementCount;
    const to = Math.min(shown.length, from + NOTES_PAGE);
    list.append(...shown.slice(from, to).map((d) => factNotes(context, context.byId.get(d.id)!)));
    more.hidden = to >= shown.length;
    more.textContent = context.w.notesMore(Math.min(NOTES_PAGE, shown.length - to));
    status.textContent = to < shown.length ? context.w.notesShown(to, shown.length) : "";
  };
  more.addEventListener("click", showNext);
  showNext();
  return h("div", {}, list, status, more);
}

/** The loader tables, each with its description and downloads. */
function tableList(
  { lang, w }: DataContext,
  all: Record<string, Record<string, unknown>[]>,
  urls: Record<string, string>
): HTMLElement {
  return h(
    "ul",
    { className: "table-list" },
    ...Object.entries(all).map(([name, tableRows]) =>
      h(
        "li",
        {},
        h("strong", { textContent: w.tableTitle(name, tableRows.length) }),
        punctuation(lang).colon,
        (w.tableDescription as Record<string, string>)[name] ?? "",
        " ",
        downloadLinks(name, tableRows, urls[name]!, lang)
      )
    )
  );
}

/** The bibliography. A source's title and publisher are quoted as published; in the Chinese edition English ones are marked as English. */
function bibliography({ lang, dictionary, w }: DataContext, sources: SourceRow[]): HTMLElement {
  const quoted = (v: string) => h("span", { textContent: v, attrs: { lang: foreignTag(v, lang) } });
  const table = Inputs.table(sources, {
    select: false,
    rows: 60,
    columns: ["id", "title", "publisher", "year", "citations", "url"],
    header: { ...dictionary.tables.bibliography },
    format: {
      year: (v: number) => String(v),
      title: (v: string) => quoted(v),
      publisher: (v: string) => quoted(v),
      url: (v: string) => (/^https?:/.test(v) ? h("a", { href: v }, ...wrappableUrl(new URL(v).host)) : v)
    },
    layout: "auto"
  });
  return nameTableCorner(table, w.row);
}

export function createDataView(tables: { releases: ReleaseRow[]; sources: SourceRow[] }, lang: Lang) {
  const dictionary = dictionaryFor(lang);
  const w = dictionary.pages.data;
  const sourceTitle = new Map(tables.sources.map((s) => [s.id, s.title]));
  const context: DataContext = {
    lang,
    dictionary,
    w,
    titleOf: (id) => sourceTitle.get(id) ?? id,
    byId: new Map(tables.releases.map((d) => [d.id, d]))
  };
  // The query is capped (search-limit.ts): a 60 KB query made a pattern V8 cannot compile.
  const search = limitQuery(
    Inputs.search(sortableRows(tables.releases), {
      label: w.searchLabel,
      placeholder: w.searchPlaceholder,
      format: dictionary.common.results,
      columns: ["name", "api_name", "organization", "family", "branch", "id"]
    })
  );
  return {
    search,
    modelsTable: (shown: ReleaseRow[]) => modelsTable(context, shown),
    notesList: (shown: ReleaseRow[]) => notesList(context, shown),
    tableList: (all: Record<string, Record<string, unknown>[]>, urls: Record<string, string>) =>
      tableList(context, all, urls),
    bibliography: () => bibliography(context, tables.sources),
    words: w
  };
}
