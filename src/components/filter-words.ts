// A view's filters in words ("branch: decoder-only; years: 2018–2021"), for what a download records of the view it
// shows: a count of the models shown says that something was filtered, not what. Only a filter that leaves something
// out is named; a list is named by what it keeps, or by what it leaves out where that is shorter.
import type { Lang, ListFilter, ViewFilters } from "../figures/types.js";
import { dictionaryFor } from "../i18n/index.js";

/** A list filter in words, or null where it keeps everything. */
function listWords<T extends string>(filter: ListFilter<T>, label: (value: T) => string, lang: Lang): string | null {
  const words = dictionaryFor(lang).common;
  const kept = new Set(filter.chosen);
  const left = filter.all.filter((v) => !kept.has(v));
  if (!left.length) return null;
  const chosen = filter.all.filter((v) => kept.has(v));
  if (!chosen.length) return words.none;
  return left.length < chosen.length
    ? words.filterWords.allBut(left.map(label).join(words.filterWords.valueSeparator))
    : chosen.map(label).join(words.filterWords.valueSeparator);
}

/** The filters that leave something out, each in words; empty where the view shows every model. */
export function filterPhrases(filters: ViewFilters, lang: Lang): string[] {
  const common = dictionaryFor(lang).common;
  const w = common.filterWords;
  const phrases: string[] = [];
  const lists = [
    ["branch", filters.branch && listWords(filters.branch, (b) => common.branch[b], lang)],
    ["organization", filters.organization && listWords(filters.organization, (o) => o, lang)],
    ["access", filters.access && listWords(filters.access, (a) => common.access[a], lang)]
  ] as const;
  for (const [dimension, values] of lists) if (values) phrases.push(w.one(w[dimension], values));
  const years = filters.years;
  if (years) {
    const [from, to] = [Math.min(years.from, years.to), Math.max(years.from, years.to)];
    if (from > years.first || to < years.last) phrases.push(w.one(w.years, w.range(from, to)));
  }
  return phrases;
}
