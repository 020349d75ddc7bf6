// How each medium draws: type size, mark weight, how many labels fit. Slide sizes are in the talk's design pixels
// (a 1920×1080 canvas, scaled as a whole): 28 px there is 1/38 of the slide's height, legible from the back row.
// Print sizes are CSS pixels at 96 per inch: 10 px is 7.5 pt.
import type { Preset } from "./types.js";
import { INK, PAPER } from "./palette.js";

export interface PresetStyle {
  /** Tick labels, mark labels. */
  fontSize: number;
  /** Secondary labels (threshold names, annotations): never below the medium's minimum. */
  smallFontSize: number;
  dotRadius: number;
  strokeWidth: number;
  /** Vertical room per stacked label. */
  labelGap: number;
  /** Threshold labels drawn at most (the rest stay reachable by tooltip on the web). */
  maxThresholdLabels: number;
  /** Pointer tips, focusable marks: only where someone can point. */
  interactive: boolean;
  /** Background written into the figure (downloads are opaque; the page's own elsewhere). */
  background: string | null;
  /** Foreground for downloads: a downloaded figure is drawn in the light theme whatever the page's scheme. */
  foreground: string | null;
}

export const PRESET_STYLES: Record<Preset, PresetStyle> = {
  web: {
    fontSize: 13,
    smallFontSize: 12,
    dotRadius: 4.5,
    strokeWidth: 1.5,
    labelGap: 14,
    maxThresholdLabels: 24,
    interactive: true,
    background: null,
    foreground: null
  },
  slide: {
    fontSize: 30,
    smallFontSize: 28,
    dotRadius: 11,
    strokeWidth: 4,
    labelGap: 32,
    maxThresholdLabels: 6,
    interactive: false,
    background: null,
    foreground: null
  },
  print: {
    fontSize: 11,
    smallFontSize: 10,
    dotRadius: 3.5,
    strokeWidth: 1.2,
    labelGap: 12,
    maxThresholdLabels: 14,
    interactive: false,
    background: null,
    foreground: null
  },
  download: {
    fontSize: 14,
    smallFontSize: 13,
    dotRadius: 5,
    strokeWidth: 1.6,
    labelGap: 15,
    maxThresholdLabels: 14,
    interactive: false,
    background: PAPER,
    foreground: INK
  }
};

export const presetStyle = (preset: Preset): PresetStyle => PRESET_STYLES[preset];

/** A width in px that a text of `characters` takes at `fontSize` (an upper estimate for Latin; CJK is wider). */
export const textWidth = (characters: number, fontSize: number, cjk = false) =>
  characters * fontSize * (cjk ? 1.02 : 0.6);

/** A text's width at `fontSize`, glyph by glyph: wide glyphs (Chinese) a full em, the rest the Latin estimate. */
export const glyphWidth = (text: string, fontSize: number) =>
  [...text].reduce((sum, c) => sum + textWidth(1, fontSize, /[\u3000-\u9fff\uff00-\uffef]/u.test(c)), 0);

/**
 * Latin glyphs' widths in em as DejaVu Sans sets them (the widest of the usual system sans-serif faces), rounded up
 * by class: narrow, semi-narrow, capitals, m and w; other letters and digits 0.64. Bold is an eighth wider.
 */
const GLYPH_CLASSES: [RegExp, number][] = [
  [/[ijlI.,:;'’!|·\s]/u, 0.34],
  [/[ftrJ\-/()[\]"“”]/u, 0.49],
  [/[mMW]/u, 1.0],
  [/[w]/u, 0.84],
  [/[A-Z]/u, 0.8],
  [/[a-z0-9]/u, 0.64]
];

/**
 * A line of text in px at `fontSize`, for what wraps (a download's title and credit, a legend's rows): wide glyphs
 * (Chinese) a full em, Latin ones by class, anything else 0.9 em. An upper estimate, tighter than glyphWidth, that
 * does not spend a line on a text that fits one.
 */
export function typesetWidth(text: string, fontSize: number, bold = false): number {
  const em = [...text].reduce((sum, c) => {
    if (/[\u3000-\u9fff\uff00-\uffef]/u.test(c)) return sum + glyphWidth(c, 1);
    return sum + (GLYPH_CLASSES.find(([pattern]) => pattern.test(c))?.[1] ?? 0.9) * (bold ? 1.125 : 1);
  }, 0);
  return em * fontSize;
}

/**
 * The margins of everything printed, in mm: the pages' @page rule (src/style.css), the report's export and a story's
 * handout (src/stories/report.ts). One fact: the width a chart is drawn for paper follows from it.
 */
export const PRINT_MARGINS_MM = { top: 14, right: 14, bottom: 16, left: 14 } as const;
/**
 * The width a chart is drawn at for paper: the printable width of A4 (210 mm, the narrower of A4 and Letter) inside
 * PRINT_MARGINS_MM, 182 mm at 96 px per inch (Chromium prints CSS px at that size), so a printed chart fills the column.
 */
export const PRINT_WIDTH = Math.floor(((210 - PRINT_MARGINS_MM.left - PRINT_MARGINS_MM.right) / 25.4) * 96);
/** The talk's design canvas and the content box a figure fills on a slide (below the title, inside the margins). */
export const SLIDE_CANVAS = { width: 1920, height: 1080 };

/**
 * The image sizes a download offers, each a fixed canvas (design px) drawn with a preset; "shown" keeps the page's
 * width and the figure's natural height. The A4 sizes are drawn at 1.5 times their printed width (type 14 px there
 * is 7 pt on paper) and carry their printed width in mm, so a word processor places them at size.
 */
export const DOWNLOAD_SIZES = {
  // A column fixes a figure's width, not its height: square, or taller where the figure asks (FigureDef.columnAspect).
  "a4-column": { width: 480, height: 480, preset: "download", mm: 85, column: true },
  // A US journal's column, 3.5 in (IEEE's two-column pages), at the A4 sizes' 1.5 times.
  "letter-column": { width: 504, height: 504, preset: "download", mm: 89, column: true },
  "a4-full": { width: 960, height: 640, preset: "download", mm: 170 },
  slide: { width: 1920, height: 1080, preset: "slide" },
  "slide-4x3": { width: 1440, height: 1080, preset: "slide" },
  square: { width: 1080, height: 1080, preset: "slide" },
  // A social card at 2:1 (what X's large card asks for), drawn as a slide: it is read shrunk in a phone's feed.
  social: { width: 2160, height: 1080, preset: "slide" }
} as const satisfies Record<string, { width: number; height: number; preset: Preset; mm?: number; column?: true }>;
export type FixedDownloadSize = keyof typeof DOWNLOAD_SIZES;
export const DOWNLOAD_SIZE_IDS = ["shown", ...(Object.keys(DOWNLOAD_SIZES) as FixedDownloadSize[])] as const;

/** The download's colours: light (ink on white), dark (for dark slide templates), transparent (no background). */
export const DOWNLOAD_THEMES = ["light", "dark", "transparent"] as const;
export type DownloadTheme = (typeof DOWNLOAD_THEMES)[number];
