// What a view of the explorer shows of the catalog, for the Explore page's summary line and a download's filter
// words: the filters' count over every model, and apart from it the models shown that the view cannot plot, by
// reason. Counting the plotted points instead read as if the filters had hidden the models with no value on an axis.
import type { ReleaseRow } from "../contract.js";
import { axisValue, type Measure, type Missing } from "../components/explore/data.js";
import { undisclosedRows } from "../components/explore/undisclosed.js";
import { dictionaryFor, punctuation, textIn, type Lang } from "../i18n/index.js";
import type { FigureState, ShownWords } from "./types.js";

/** "banded": undisclosed, and drawn as undisclosed (× in the band above the plot, with dates along x). */
export type NotPlotted = Missing | "banded";

export interface ExploreShown {
  /** The models the filters keep, of `total`. */
  shown: number;
  total: number;
  /** The models kept that are not plotted, by reason (in the order of REASONS), with the axes' measures they lack. */
  notPlotted: { reason: NotPlotted; measures: Measure[]; rows: ReleaseRow[] }[];
}

const REASONS: readonly Missing[] = ["undisclosed", "unknown", "derived"];

/** Names listed in words before "and N more": the rest are on the Data page. */
const NAMES_LISTED = 5;

/** What a view with axes `x` and `y` shows of `releases` under the state's filter (`state.visible`). */
export function exploreShown(
  releases: readonly ReleaseRow[],
  state: FigureState,
  axes: { x: Measure; y: Measure }
): ExploreShown {
  const rows = state.visible ? releases.filter((r) => state.visible!.has(r.id)) : releases;
  const missing = new Map<Missing, { measures: Set<Measure>; rows: ReleaseRow[] }>();
  for (const row of rows) {
    const values = [axisValue(row, axes.x), axisValue(row, axes.y)] as const;
    const kinds = values.filter((v): v is Missing => typeof v === "string");
    if (!kinds.length) continue;
    // As the explorer counts them (explorePoints): a derived model's own training first, then undisclosed.
    const reason = kinds.includes("derived") ? "derived" : kinds.includes("undisclosed") ? "undisclosed" : "unknown";
    const entry = missing.get(reason) ?? { measures: new Set<Measure>(), rows: [] };
    values.forEach((value, i) => value === reason && entry.measures.add(i === 0 ? axes.x : axes.y));
    entry.rows.push(row);
    missing.set(reason, entry);
  }
  const undisclosed = missing.get("undisclosed")?.rows.length ?? 0;
  const banded = undisclosed > 0 && undisclosedRows(rows, axes.x, axes.y).length === undisclosed;
  return {
    shown: rows.length,
    total: releases.length,
    notPlotted: REASONS.filter((reason) => missing.has(reason)).map((reason) => ({
      reason: reason === "undisclosed" && banded ? "banded" : reason,
      measures: [...missing.get(reason)!.measures],
      rows: missing.get(reason)!.rows
    }))
  };
}

/**
 * The words: the filters' count ("Showing 18 of 23 models"), and a phrase per reason a shown model is not plotted
 * ("5 have no disclosed training tokens: × in the band above the plot"; the others name their models).
 */
export function exploreShownWords(shown: ExploreShown, lang: Lang): ShownWords {
  const d = dictionaryFor(lang);
  const w = d.explore.shown;
  const names = (rows: readonly ReleaseRow[]) => {
    const listed = rows.slice(0, NAMES_LISTED).map((r) => textIn(lang, r, "name"));
    const list = listed.join(punctuation(lang).enumeration);
    return rows.length > NAMES_LISTED ? w.more(list, rows.length - NAMES_LISTED) : list;
  };
  const phrase = ({ reason, measures, rows }: ExploreShown["notPlotted"][number]) => {
    const lacking = measures.map((m) => w.measure[m]).join(w.or);
    if (reason === "banded") return w.banded(rows.length, lacking);
    // Derived models are a kind, not a gap in the data: counted, not named.
    if (reason === "derived") return w.derived(rows.length);
    return w[reason](rows.length, lacking, names(rows));
  };
  return {
    count: d.pages.scaling.filterSummary(shown.shown, shown.total),
    notPlotted: shown.notPlotted.map((part) => ({ reason: part.reason, text: phrase(part) })),
    separator: w.separator
  };
}
