// Every named colour the figures draw with, and what it means. Marks that need no meaning of their own draw in
// currentColor (the page's text colour), so a chart follows the light or dark theme; the colours here are the ones
// that carry an encoding, each legible on both backgrounds unless its comment says otherwise. A leaf module: it
// imports only types, so presets, components and pages can all take their colours from it.
import type { Branch, Stage } from "../contract.js";

/** One hue per architecture branch (Observable's categorical scheme, reordered so decoder-only is blue). */
export const BRANCH_COLOR: Record<Branch, string> = {
  "decoder-only": "#4269d0",
  "encoder-only": "#d97706",
  "encoder-decoder": "#e4547a",
  other: "#14a38b"
};

/**
 * The training stage that unlocked an ability (the capability matrix's cells): light tints, because the cell's
 * symbol and abbreviation are written over them in dark ink.
 */
export const STAGE_COLOR: Record<Stage, string> = {
  "pre-training": "#93c5fd",
  "code training": "#fcd34d",
  "instruction tuning": "#86efac",
  RLHF: "#f9a8d4",
  "browsing fine-tuning": "#c4b5fd",
  "multimodal training": "#fdba74"
};

/** The selected model or cell: a red ring or outline, the one warm accent every chart shares. */
export const SELECTED = "#dc2626";

/** Slate grey: reference lines that are not data (the Chinchilla 20 tokens per parameter line, the all-models trend). */
export const REFERENCE_GREY = "#64748b";

/** Light slate: the imported Epoch AI backdrop, drawn faint behind the catalog's own models. */
export const BACKDROP_GREY = "#94a3b8";

/** Fitted growth trends by the population they were fitted on: GPT flagships in magenta, all models in grey. */
export const TREND_COLOR: Record<string, string> = { "gpt-flagships": "#be185d", all: REFERENCE_GREY };

/** Emergent-ability thresholds (Wei et al. 2022) by prompting: few-shot violet, augmented prompting teal. */
export const THRESHOLD_COLOR = { "few-shot": "#7c3aed", augmented: "#0f766e" } as const;

/** Timeline milestones (events that are not model releases): an amber rule, and darker amber for its label's text. */
export const MILESTONE_COLOR = "#b45309";
export const MILESTONE_TEXT = "#92400e";

/** The alignment-tax panel's three abilities, in TAX_ABILITIES order: red, blue, green. */
export const TAX_COLORS = ["#dc2626", "#2563eb", "#059669"];

/** Dark ink: text on light tints (matrix cells) and the foreground of downloads, which are always light-themed. */
export const INK = "#111827";
/** Muted ink: a download's source line, secondary to its title. */
export const MUTED_INK = "#374151";
/** White paper: the background of downloads and PNG exports. */
export const PAPER = "#ffffff";

/** The explorer's colour groups, in order (Observable's categorical scheme): the tenth and later share grey. */
export const EXPLORE_COLORS = [
  "#4269d0",
  "#efb118",
  "#ff725c",
  "#6cc5b0",
  "#3ca951",
  "#ff8ab7",
  "#a463f2",
  "#97bbf5",
  "#9c6b4e"
];

/** A download's theme: its ink, muted ink, paper (null: transparent) and the halo behind labels over marks. */
export interface ThemeColours {
  ink: string;
  muted: string;
  paper: string | null;
  halo: string;
  /**
   * The ink of marks that are not text (a GPT-line ring, a legend's swatch outline, ticks, a matrix's empty-cell glyph):
   * with no background they cannot take a halo as text does, so the transparent theme draws them in a mid grey that
   * keeps 3:1 against white and against a dark slate slide alike.
   */
  markInk: string;
  /** Encoding colours re-tuned for this background (light hex -> replacement). */
  variant: Readonly<Record<string, string>>;
}

/**
 * The dark theme's encoding colours: the light theme's hues lightened until they read on near-black paper (the
 * slide templates' dark backgrounds). The stage tints stay, since dark ink is written over them.
 */
const DARK_VARIANT: Record<string, string> = {
  "#4269d0": "#7b9cf0",
  "#d97706": "#f59e0b",
  "#e4547a": "#f47f9c",
  "#14a38b": "#2dd4bf",
  "#dc2626": "#f87171",
  "#64748b": "#94a3b8",
  "#94a3b8": "#64748b",
  "#be185d": "#f472b6",
  "#7c3aed": "#a78bfa",
  "#0f766e": "#2dd4bf",
  "#b45309": "#f59e0b",
  "#92400e": "#fbbf24",
  "#2563eb": "#60a5fa",
  "#059669": "#34d399"
};

/**
 * The dark variants as a stylesheet for drawings shown on dark paper: the talk's black slides (`.deck`, and a printed
 * deck's `.deck-print`) and every page in the dark colour scheme. Plot writes an encoding colour as a presentation
 * attribute, which CSS outranks, so the light theme's hues (a milestone's #92400e: 2.96:1 on black) take their
 * lighter variants without the charts knowing the theme.
 */
export function darkVariantCss(): string {
  const rules = (scope: string) =>
    Object.entries(DARK_VARIANT)
      .flatMap(([light, dark]) => [
        `${scope} svg [fill="${light}" i]{fill:${dark}}`,
        `${scope} svg [stroke="${light}" i]{stroke:${dark}}`
      ])
      .join("\n");
  return `${rules(":is(.deck, .deck-print)")}\n@media (prefers-color-scheme: dark){\n${rules("")}\n}`;
}

/** Contrast 3.9 on white, 3.7 on slate #1e293b, 4.5 on #111827: a mark's ink for an unknown background. */
const TWO_WAY_INK = "#808080";

export const THEME_COLOURS: Record<"light" | "dark" | "transparent", ThemeColours> = {
  light: { ink: INK, muted: MUTED_INK, paper: PAPER, halo: PAPER, markInk: INK, variant: {} },
  dark: {
    ink: "#f3f4f6",
    muted: "#d1d5db",
    paper: "#111827",
    halo: "#111827",
    markInk: "#f3f4f6",
    variant: DARK_VARIANT
  },
  // On an unknown background: dark ink with a white halo round every label reads on light and dark alike.
  transparent: { ink: INK, muted: MUTED_INK, paper: null, halo: PAPER, markInk: TWO_WAY_INK, variant: {} }
};
