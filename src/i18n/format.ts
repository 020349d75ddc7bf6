// Numbers and dates as each language's readers expect them.
//
// English: as the notebook always wrote them: 175B, 117M, 3.1e23 FLOP, "May 28, 2020", "May 2020".
// Chinese: as the source article writes them: counts in 万 (10⁴), 亿 (10⁸) and 万亿 (10¹²) with three significant
// digits and grouped digits (1.17 亿, 15 亿, 1,750 亿, 1.2 万亿); dates as 2020 年 5 月 28 日 and 2020 年 5 月.
// Training compute has no everyday unit in Chinese and the article gives none: it is written in scientific
// notation with the glossary's unit (data-loaders/sources/GLOSSARY.md), 3.1×10²³ FLOP, and tick labels on log axes are bare powers of ten
// (10²³), the unit being in the axis title. Counts of 10¹⁶ and more (no common unit beyond 万亿) use the
// same notation.
import type { Lang } from "./lang.js";

const UNDISCLOSED: Record<Lang, string> = { en: "undisclosed", zh: "未公开" };

/** Digits grouped by thousands, as both the English and the article's Chinese write them: 1,750. */
const GROUPED = new Intl.NumberFormat("en-US", { maximumFractionDigits: 3, useGrouping: true });

const SUPERSCRIPT: Record<string, string> = {
  "-": "⁻",
  "0": "⁰",
  "1": "¹",
  "2": "²",
  "3": "³",
  "4": "⁴",
  "5": "⁵",
  "6": "⁶",
  "7": "⁷",
  "8": "⁸",
  "9": "⁹"
};
const superscript = (exponent: number) => [...String(exponent)].map((c) => SUPERSCRIPT[c] ?? c).join("");

/** 3.14e23 → "3.1×10²³"; 1e23 → "10²³". */
export function powerOfTen(value: number, digits = 1): string {
  const [mantissa, exponent] = value.toExponential(digits).split("e");
  const m = String(+mantissa!);
  return `${m === "1" ? "" : `${m}×`}10${superscript(Number(exponent))}`;
}

const ZH_UNITS: [number, string][] = [
  [1e12, "万亿"],
  [1e8, "亿"],
  [1e4, "万"]
];

function countZh(value: number): string {
  if (value >= 1e16) return powerOfTen(value);
  for (let i = 0; i < ZH_UNITS.length; i++) {
    const [size, unit] = ZH_UNITS[i]!;
    if (value < size) continue;
    const scaled = +(value / size).toPrecision(3);
    // Rounding can carry into the next unit: 9,999.5 亿 is 1 万亿, not 10,000 亿.
    if (scaled >= 1e4 && i > 0)
      return `${GROUPED.format(+(value / ZH_UNITS[i - 1]![0]).toPrecision(3))} ${ZH_UNITS[i - 1]![1]}`;
    return `${GROUPED.format(scaled)} ${unit}`;
  }
  return GROUPED.format(value);
}

/** A count: 175000000000 → "175B" | "1,750 亿"; 1.2e12 → "1.2T" | "1.2 万亿"; null → undisclosed. */
export function formatCount(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined) return UNDISCLOSED[lang];
  if (lang === "zh") return countZh(value);
  const units: [number, string][] = [
    [1e12, "T"],
    [1e9, "B"],
    [1e6, "M"],
    [1e3, "K"]
  ];
  if (value >= 1e15) return value.toExponential(1).replace("e+", "e");
  for (const [size, suffix] of units) if (value >= size) return `${+(value / size).toPrecision(3)}${suffix}`;
  return String(value);
}

/** Training compute: 3.14e23 → "3.1e23 FLOP" | "3.1×10²³ FLOP". */
export function formatFlop(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined) return UNDISCLOSED[lang];
  if (lang === "zh") return `${powerOfTen(value)} FLOP`;
  return `${value.toExponential(1).replace("e+", "e").replace(".0e", "e")} FLOP`;
}

/** The value in full, for tooltips: "175,000,000,000" | "175,000,000,000（1,750 亿）". */
export function exactNumber(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined) return UNDISCLOSED[lang];
  const full = new Intl.NumberFormat("en-US", { maximumFractionDigits: 20 }).format(value);
  if (lang === "zh" && value >= 1e4) return `${full}（${countZh(value)}）`;
  return full;
}

export const parseDate = (date: string) => new Date(`${date}T00:00:00Z`);

// One formatter each, made once: toLocaleDateString builds a new one per call, which dominated chart redraws.
const DAY_FORMAT = new Intl.DateTimeFormat("en-US", {
  year: "numeric",
  month: "short",
  day: "numeric",
  timeZone: "UTC"
});
const MONTH_FORMAT = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "short", timeZone: "UTC" });

/** "2020-05-28" → "May 28, 2020" | "2020 年 5 月 28 日"; month precision → "May 2020" | "2020 年 5 月". */
export function formatDate(date: string, precision: "day" | "month" = "day", lang: Lang): string {
  if (lang === "zh") {
    const d = parseDate(date);
    const month = `${d.getUTCFullYear()} 年 ${d.getUTCMonth() + 1} 月`;
    return precision === "day" ? `${month} ${d.getUTCDate()} 日` : month;
  }
  return (precision === "day" ? DAY_FORMAT : MONTH_FORMAT).format(parseDate(date));
}

/** A year on a time axis: "2020" | "2020 年". */
export function formatYear(date: Date, lang: Lang): string {
  return lang === "zh" ? `${date.getUTCFullYear()} 年` : String(date.getUTCFullYear());
}

/** A data size in its reported unit: bytes as GB/TB, words and tokens as counts. */
export function formatDataSize(value: number | null, unit: string | null, lang: Lang): string {
  if (value === null || Number.isNaN(value)) return UNDISCLOSED[lang];
  if (unit === "bytes")
    return value >= 1e12 ? `${+(value / 1e12).toPrecision(3)} TB` : `${+(value / 1e9).toPrecision(3)} GB`;
  const unitWord =
    lang === "zh" ? (({ tokens: "token", words: "词" } as Record<string, string>)[unit ?? ""] ?? unit) : unit;
  return `${formatCount(value, lang)} ${unitWord ?? ""}`.trim();
}

const isPowerOfTen = (v: number) => v > 0 && Number.isInteger(Math.log10(v));

/**
 * Tick labels of a log axis: powers of ten only, the others blank. Counts: 1B, 10B | 10 亿, 100 亿;
 * compute: 1e23 | 10²³ (the unit is in the axis title).
 */
export function logTickFormat(kind: "count" | "flop", lang: Lang): (value: number) => string {
  return (value) => {
    if (!isPowerOfTen(value)) return "";
    if (kind === "flop") return lang === "zh" ? powerOfTen(value, 0) : formatFlop(value, lang).replace(" FLOP", "");
    return formatCount(value, lang);
  };
}

/** Tick labels of a linear axis: every tick labelled, in the same units. */
export function linearTickFormat(kind: "count" | "flop", lang: Lang): (value: number) => string {
  return (value) => {
    if (kind === "flop")
      return lang === "zh" ? (value === 0 ? "0" : powerOfTen(value)) : formatFlop(value, lang).replace(" FLOP", "");
    return formatCount(value, lang);
  };
}

/** A table's month, compact: "2020-05" | "2020 年 5 月". */
export function formatYearMonth(date: string, lang: Lang): string {
  return lang === "zh" ? `${date.slice(0, 4)} 年 ${Number(date.slice(5, 7))} 月` : date.slice(0, 7);
}
