// The period after the article (contract.ts, ARTICLE_END): the live pages show it, drawn apart; the article-faithful
// views hide it. A link asks with ?period=article (Scaling, Timeline); the talk and the report, which retell the
// article, hide it unless asked with ?period=all.
import { ARTICLE_END, type NotebookData } from "../contract.js";
import { enumParam, readState } from "./url-state.js";

export const PERIOD_CHOICES = ["all", "article"] as const;
export type PeriodChoice = (typeof PERIOD_CHOICES)[number];

/** The period a link asks for; `fallback` is the page's default (all on the live pages, article in the talk). */
export function periodRequested(search: string, fallback: PeriodChoice = "all"): PeriodChoice {
  return readState(search, { period: enumParam(PERIOD_CHOICES, fallback) }).period;
}

/**
 * The data of the article's period only: its models, the lineage edges and capability cells between them, its
 * milestones. Tables without dates (emergence, the article table, the sources, the trends) are the article's already.
 */
export function articlePeriodOnly<D extends Partial<NotebookData>>(data: D): D {
  const releases = data.releases?.filter((r) => r.period !== "after");
  if (!releases || releases.length === data.releases!.length) return data;
  const ids = new Set(releases.map((r) => r.id));
  return {
    ...data,
    releases,
    ...(data.lineage && { lineage: data.lineage.filter((e) => ids.has(e.parent) && ids.has(e.child)) }),
    ...(data.capabilities && { capabilities: data.capabilities.filter((c) => ids.has(c.model)) }),
    ...(data.milestones && {
      milestones: data.milestones.filter((m) => (m.model === null ? m.date <= ARTICLE_END : ids.has(m.model)))
    })
  };
}

/** The data a page shows for the period its link asks for. */
export function dataForPeriod<D extends Partial<NotebookData>>(data: D, period: PeriodChoice): D {
  return period === "article" ? articlePeriodOnly(data) : data;
}
