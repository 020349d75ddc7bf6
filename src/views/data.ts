// The Data page's view: every model's facts in a sortable table, each fact's status and note in the page's
// language, the loader tables as JSON and CSV, and the bibliography. Words from the dictionaries; catalog prose
// from its `_zh` siblings.
import * as Inputs from "@observablehq/inputs";
import type { ReleaseRow, SourceRow, Status } from "../contract.js";
import { nameTableCorner } from "../components/a11y.js";
import { downloadLinks } from "../components/data-downloads.js";
import { formatDate } from "../components/encoding.js";
import { limitQuery } from "../components/search-limit.js";
import { FACTS, factNoteText, factValue, statusWords, type FactName } from "../components/model-card.js";
import { dictionaryFor, hasChinese, inLang, punctuation, type Lang } from "../i18n/index.js";

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** A link to a source, its title in the tooltip; an English title in the Chinese edition is marked as English. */
function sourceLink(
  text: string,
  url: string | null,
  title: string,
  lang: Lang,
  aria?: string
): HTMLAnchorElement | null {
  if (!url || !/^https?:/.test(url)) return null;
  const a = el("a", text);
  a.href = url;
  a.title = title;
  if (aria) a.setAttribute("aria-label", aria);
  if (lang === "zh" && !hasChinese(text)) a.lang = "en";
  return a;
}

export function createDataView(tables: { releases: ReleaseRow[]; sources: SourceRow[] }, lang: Lang) {
  const dictionary = dictionaryFor(lang);
  const w = dictionary.pages.data;
  const sourceTitle = new Map(tables.sources.map((s) => [s.id, s.title]));
  const titleOf = (id: string) => sourceTitle.get(id) ?? id;

  // One cell of the models table: the value in the page's units, whose estimate, and a link to its source.
  const cell = (row: ReleaseRow, fact: FactName) => {
    const span = el("span", factValue(row, fact, lang));
    const status: Status = row[`${fact}_status`];
    if (status === "estimate") span.append(w.estimatedShort(row[`${fact}_estimated_by`] ?? ""));
    if (status === "undisclosed") span.className = "undisclosed";
    const link = sourceLink(
      "↗",
      row[`${fact}_source_url`],
      titleOf(row[`${fact}_source`]),
      "en",
      w.sourceAria(titleOf(row[`${fact}_source`]))
    );
    if (link) span.append(" ", link);
    return span;
  };
  const dateCell = (row: ReleaseRow) => {
    const span = el("span", formatDate(row.release_date, row.release_precision, lang));
    const link = sourceLink(
      "↗",
      row.release_source_url,
      titleOf(row.release_source),
      "en",
      w.sourceAria(titleOf(row.release_source))
    );
    if (link) span.append(" ", link);
    return span;
  };

  // Inputs.table skips its formatter for null and NaN, which would leave an undisclosed value blank: it becomes
  // -Infinity here (still a number, so the column sorts; undisclosed first) and the formatter writes "undisclosed".
  const rows = tables.releases.map((d) => ({
    ...d,
    ...Object.fromEntries(FACTS.map((f) => [f, d[f] ?? -Infinity]))
  })) as ReleaseRow[];
  const byId = new Map(tables.releases.map((d) => [d.id, d]));
  const search = limitQuery(
    Inputs.search(rows, {
      label: w.searchLabel,
      placeholder: w.searchPlaceholder,
      format: dictionary.common.results,
      columns: ["name", "api_name", "organization", "family", "branch", "id"]
    })
  );

  const modelsTable = (shown: ReleaseRow[]) => {
    const header = dictionary.tables.models;
    const format = (fact: FactName) => (_: unknown, i: number, data: ReleaseRow[]) =>
      cell(byId.get(data[i]!.id)!, fact);
    const table = nameTableCorner(
      Inputs.table(shown, {
        select: false,
        rows: 20,
        columns: ["name", "organization", "branch", "release_date", ...FACTS, "access"],
        header: { ...header },
        format: {
          branch: (v: ReleaseRow["branch"]) => dictionary.common.branch[v],
          access: (v: ReleaseRow["access"]) => dictionary.common.access[v],
          release_date: (_: unknown, i: number, data: ReleaseRow[]) => dateCell(data[i]!),
          parameters: format("parameters"),
          training_data: format("training_data"),
          training_tokens: format("training_tokens"),
          training_compute: format("training_compute")
        },
        width: { name: 180, organization: 140, training_data: 170 },
        layout: "auto"
      }),
      w.row
    );
    const wrap = el("div", undefined, "models-table");
    wrap.append(table);
    return wrap;
  };

  /** One model's facts, each with its status in words and its note: where the corrections live. */
  const factNotes = (d: ReleaseRow) => {
    const details = el("details", undefined, "fact-notes");
    details.id = `notes-${d.id}`;
    const noted = FACTS.filter((f) => d[`${f}_note`]).length;
    details.append(el("summary", w.notesSummary(d.name, noted, FACTS.length)));
    const list = el("dl");
    const terms: Record<FactName, string> = {
      parameters: dictionary.modelCard.parameters,
      training_data: dictionary.modelCard.trainingData,
      training_tokens: dictionary.modelCard.trainingTokens,
      training_compute: dictionary.modelCard.trainingCompute
    };
    for (const f of FACTS) {
      const status = d[`${f}_status`];
      const dd = el("dd");
      const head =
        status === "undisclosed"
          ? w.undisclosedFact
          : w.factHead(factValue(d, f, lang), statusWords(status, d[`${f}_estimated_by`], lang));
      dd.append(el("strong", head), " ", factNoteText(d, f, lang) ?? w.noNote);
      const link = sourceLink(
        w.sourceLink(titleOf(d[`${f}_source`])),
        d[`${f}_source_url`],
        titleOf(d[`${f}_source`]),
        lang
      );
      if (link) dd.append(" ", link);
      list.append(el("dt", terms[f]), dd);
    }
    const about = inLang(lang, d.notes, d.notes_zh);
    if (about) list.append(el("dt", w.aboutModel), el("dd", about));
    details.append(list);
    return details;
  };
  const notesList = (shown: ReleaseRow[]) => {
    const div = el("div", undefined, "fact-notes-list");
    for (const d of shown) div.append(factNotes(byId.get(d.id)!));
    return div;
  };

  /** The loader tables, each with its description and downloads. */
  const tableList = (all: Record<string, Record<string, unknown>[]>, urls: Record<string, string>) => {
    const ul = el("ul", undefined, "table-list");
    for (const [name, tableRows] of Object.entries(all)) {
      const li = el("li");
      li.append(
        el("strong", w.tableTitle(name, tableRows.length)),
        punctuation(lang).colon,
        (w.tableDescription as Record<string, string>)[name] ?? "",
        " ",
        downloadLinks(name, tableRows, urls[name]!, lang)
      );
      ul.append(li);
    }
    return ul;
  };

  // A source's title and publisher are quoted as published; in the Chinese edition English ones are marked as English.
  const quoted = (v: string) => {
    const span = el("span", v);
    if (lang === "zh" && !hasChinese(v)) span.lang = "en";
    return span;
  };
  const bibliography = () => {
    const header = dictionary.tables.bibliography;
    return nameTableCorner(
      Inputs.table(tables.sources, {
        select: false,
        rows: 60,
        columns: ["id", "title", "publisher", "year", "citations", "url"],
        header: { ...header },
        format: {
          year: (v: number) => String(v),
          title: (v: string) => quoted(v),
          publisher: (v: string) => quoted(v),
          url: (v: string) => {
            if (!/^https?:/.test(v)) return v;
            const a = el("a", new URL(v).host);
            a.href = v;
            return a;
          }
        },
        layout: "auto"
      }),
      w.row
    );
  };

  return { search, modelsTable, notesList, tableList, bibliography, words: w };
}
