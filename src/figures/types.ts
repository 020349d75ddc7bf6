// What a figure is: one registry entry (id, words, data columns, drawing) drawn with a preset for each medium.
import type { Access, Branch, NotebookData } from "../contract.js";

import type { Lang } from "../i18n/lang.js";
import type { ExploreSpec } from "./explore-spec.js";
import type { PresetName } from "./explore-presets.js";

// The languages are the dictionaries' (src/i18n/lang.ts); re-exported for the modules that import them from here.
export type { Lang } from "../i18n/lang.js";
export { LANGS } from "../i18n/lang.js";

/** The media a figure is drawn for: the page, a projector slide, a printed page, a standalone image. */
export const PRESETS = ["web", "slide", "print", "download"] as const;
export type Preset = (typeof PRESETS)[number];

/** Words in both languages. */
export type Text = Readonly<Record<Lang, string>>;

/** A view's count in words ("Showing 18 of 23 models"), and apart, the phrases for the models it shows but cannot plot. */
export interface ShownWords {
  count: string;
  notPlotted: { reason: string; text: string }[];
  separator: string;
}

export const THRESHOLD_CHOICES = ["all", "few-shot", "augmented", "none"] as const;
export type ThresholdChoice = (typeof THRESHOLD_CHOICES)[number];
export const LANES = ["branch", "organization"] as const;
export type Lane = (typeof LANES)[number];
export type Lanes = Lane;

/** The view state a figure may follow. Every field is optional: a figure reads what concerns it. */
/** One list filter: what it keeps of what there is. */
export interface ListFilter<T extends string> {
  chosen: readonly T[];
  all: readonly T[];
}

/**
 * The filters a page applies, in no language (a figure's state is drawn in either): its lists and its years against
 * the catalog's.
 */
export interface ViewFilters {
  branch?: ListFilter<Branch>;
  organization?: ListFilter<string>;
  access?: ListFilter<Access>;
  years?: { from: number; to: number; first: number; last: number };
}

export interface FigureState {
  scale?: "log" | "linear";
  thresholds?: ThresholdChoice;
  trend?: boolean;
  backdrop?: boolean;
  /** The growth charts' date axis over the backdrop's whole range instead of the catalog's (with the backdrop on). */
  widen?: boolean;
  /** A highlighted model id. */
  selected?: string | null;
  /** A selected capability cell, "model|ability". */
  selectedCell?: string | null;
  /** Models shown; the rest are drawn hidden so that a filter need not redraw. null: all. */
  visible?: ReadonlySet<string> | null;
  /** The filters behind `visible`, for a download to say in words what it leaves out (src/components/filter-words.ts). */
  filters?: ViewFilters;
  lanes?: Lanes;
  /** Talk mode's build: draw every model of `models`, show only the first `revealed`. */
  build?: { models: readonly string[]; revealed: number };
  /** The Explore page's chart: its axes, colours, fits and highlights, and whether the axes keep the story's frame. */
  explore?: ExploreSpec & {
    frame?: boolean;
    thresholds?: ThresholdChoice;
    /** Epoch AI's models beneath, over these years (inclusive). */
    backdrop?: { from: number; to: number } | null;
    /**
     * A named view (src/figures/explore-presets.ts): a Scaling chart's layers over the view, or a question the state
     * is exactly (src/views/explore-state.ts, questionOf), which names the view.
     */
    preset?: PresetName | null;
  };
  onSelect?: (id: string) => void;
  onSelectCell?: (key: string) => void;
}

export interface DrawOptions {
  width: number;
  /** The height to fill (slides); a figure that has a natural height may ignore it. */
  height?: number;
  /**
   * A download's fixed canvas: a figure with a natural height (the capability matrix) fills `height` too, rather than
   * leave the canvas blank under it; on a talk's slide it keeps its natural rows.
   */
  fillCanvas?: boolean;
  preset: Preset;
  lang: Lang;
  state: FigureState;
}

export interface Column<R> {
  label: Text;
  /** The cell in the page's language: catalog prose in its translation (`textIn`), vocabulary from the dictionary. */
  value: (row: R, lang: Lang) => string | number | boolean | null;
  /** The cells are English in both editions (the English rendering of a claim): marked lang="en" on the page. */
  english?: boolean;
}

export type DataKey = keyof NotebookData;

/**
 * One figure. `needs` names the loader tables it draws from: a page loads those and nothing else. Words are functions
 * of the state where the state changes them (which thresholds are drawn, the backdrop's credit).
 */
export interface FigureDef<K extends DataKey = DataKey, R = unknown> {
  id: string;
  needs: readonly K[];
  title: Text;
  /**
   * The title of the view the state shows where it differs from `title`: a named view's (an Explore preset's
   * question), or one that names what is drawn (the release timeline's first year); else null.
   */
  viewTitle?: (state: FigureState, data: Pick<NotebookData, K>) => Text | null;
  caption: (data: Pick<NotebookData, K>, state: FigureState) => Text;
  /** The source line under the figure, in every medium. */
  source: Text;
  /** The figure's view on the Explore page (a query for /explore): the page links to it. */
  explore?: (state: FigureState) => string;
  /**
   * How to work the figure ("click a model…"): on the page only, never in print or a download; a function where it
   * depends on what the state draws (a growth chart's rules).
   */
  hint?: Text | ((data: Pick<NotebookData, K>, state: FigureState) => Text);
  /** The rows behind the figure as drawn (its data download and text alternative). */
  rows: (data: Pick<NotebookData, K>, state: FigureState) => R[];
  /**
   * What the view shows of the catalog, in words, where a count of its rows would mislead (an explorer view has a
   * row per model it plots, not per model its filters keep): the filters' count, then the shown models it does not
   * plot. A download's filter words say this instead of counting rows; null where the filters keep every model.
   */
  shownWords?: (data: Pick<NotebookData, K>, state: FigureState, lang: Lang) => ShownWords | null;
  /** The model a row stands for, where a row is not a model with an `id` (a filter's words count rows by it). */
  modelOf?: (row: R) => string;
  columns: readonly Column<R>[];
  /**
   * A column download's height over its width (a journal's column fixes the width, not the height): 1, a square,
   * unless the figure needs more for its plot to take half the canvas (a growth chart's band, legend and credit).
   */
  columnAspect?: number;
  /** "chart": an SVG (downloadable as SVG/PNG); "table": HTML (CSV only). */
  kind: "chart" | "table";
  /**
   * The height the figure will take at a width, reserved before it draws so the page does not shift; in the language
   * it will draw in, where given (a layout computed for the height is then the drawing's).
   */
  height: (width: number, preset: Preset, data: Pick<NotebookData, K>, state: FigureState, lang?: Lang) => number;
  /**
   * The height reserved before the figure's width is measured (the first measurement draws, and reserves `height`),
   * where `height` costs a layout at a width the figure will not be drawn at; by default `height` at 960 px.
   */
  roughHeight?: (width: number, preset: Preset) => number;
  draw: (data: Pick<NotebookData, K>, options: DrawOptions) => Element;
}

/**
 * Widens a figure's types for a list of figures of different needs, and keeps its id as a literal type, so that the
 * registry's ids form a union (FigureId in registry.ts) that the report, the talk and the pages are checked against.
 */
export const defineFigure = <K extends DataKey, R, const Id extends string>(
  figure: FigureDef<K, R> & { id: Id }
): FigureDef<K, R> & { id: Id } => figure;

/** Any figure that draws from (a subset of) the tables K: what a page that loaded K can render. */
export type FigureOn<K extends DataKey> = FigureDef<K, any>;
