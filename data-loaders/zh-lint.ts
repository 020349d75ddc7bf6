// The house style of Chinese text, checked by machine: the glossary's variants, numbers in E-notation, "et al.",
// ASCII quotation marks, arrows, multiplication signs and ellipses, English titles outside 《》. A pure function of a
// text, so the same check runs over the dictionaries, the catalog's Chinese fields and, later, a rendered page's text.
// What it does not read: a quoted English original (“…” with no Chinese in it: a verbatim quotation of a source),
// a title inside 《》, and a Chinese quotation found verbatim in the source article (the article's words are its own).
import { GLOSSARY, type GlossaryTerm } from "./sources/glossary.js";

export interface ZhFinding {
  /** Where the text is: a file and a field (a JSON path or a dictionary key). */
  readonly where: string;
  /** Which rule: a glossary term, or a style rule. */
  readonly rule: string;
  /** The offending text as found. */
  readonly variant: string;
  /** A few characters around it. */
  readonly excerpt: string;
}

export interface ZhLintOptions {
  /** The source article's text: a Chinese quotation found in it is the article's wording and is not checked. */
  readonly articleText?: string;
  /** English titles of works (the bibliography's): outside 《》 they are a finding. */
  readonly titles?: readonly string[];
  readonly glossary?: readonly GlossaryTerm[];
}

const HAN = /[\u3400-\u9fff]/;
/** Letters, digits and Han only: the article writes ASCII punctuation where the notes write full-width. */
const normalize = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, "").toLowerCase();
/** A quoted English span read as a title when the word before it names a work. */
const TITLE_CUE = /(文章|论文|报告|博客|标题|一书|页面)\s*$/;

interface StyleRule {
  readonly rule: string;
  readonly pattern: RegExp;
}

export const STYLE_RULES: readonly StyleRule[] = [
  { rule: "E-notation (write ×10ⁿ or 万/亿/万亿)", pattern: /\d(?:\.\d+)?[eE][+-]?\d+/g },
  { rule: "caret power (write ×10ⁿ with superscripts)", pattern: /\d\s?\^\s?\d+/g },
  { rule: "ASCII double quote (write “…”)", pattern: /"/g },
  { rule: "ASCII single quotes (write “…”)", pattern: /(?<![A-Za-z0-9])'[^'\n]{1,120}'(?![A-Za-z])/g },
  { rule: "ASCII arrow (write →)", pattern: /->/g },
  { rule: "ASCII x as a multiplication sign (write ×)", pattern: /(?<=[\d\s])x(?=\s|\d|10\b)/g },
  { rule: "ASCII ellipsis (write ……)", pattern: /\.\.\./g },
  { rule: "single ellipsis (write ……)", pattern: /(?<!…)…(?!…)/g },
  { rule: "hyphen in a range of months (write 至)", pattern: /\d{1,2}\s*[-–]\s*\d{1,2}\s*月/g },
  {
    rule: "citation key outside parentheses (name the authors: Brown 等（2020）)",
    pattern: /(?<![（\w-])[a-z]+20\d\d[a-z]*(?![）\w-])/g
  }
];

const excerptAt = (text: string, index: number, length: number) =>
  text.slice(Math.max(0, index - 12), Math.min(text.length, index + length + 12));

/** Blanks out a span (kept the same length, so positions stay true for excerpts). */
const blank = (text: string, from: number, to: number) => text.slice(0, from) + " ".repeat(to - from) + text.slice(to);

function maskQuotations(text: string, where: string, options: ZhLintOptions, findings: ZhFinding[]): string {
  let masked = text;
  for (const m of text.matchAll(/《[^》]*》/g)) masked = blank(masked, m.index, m.index + m[0].length);
  const article = options.articleText ? normalize(options.articleText) : null;
  for (const m of text.matchAll(/“([^”]*)”/g)) {
    const inner = m[1]!;
    const english = !HAN.test(inner);
    const cued = TITLE_CUE.test(text.slice(0, m.index)) && inner.split(/\s+/).length >= 2;
    const known = (options.titles ?? []).some((title) => inner.startsWith(title));
    if (english && /[A-Za-z]/.test(inner) && (cued || known)) {
      findings.push({ where, rule: "English title in “” (write 《…》)", variant: inner, excerpt: m[0] });
    }
    const verbatim = !english && article !== null && normalize(inner).length > 0 && article.includes(normalize(inner));
    if (english || verbatim) masked = blank(masked, m.index, m.index + m[0].length);
  }
  return masked;
}

/** Every departure from the Chinese house style in one text. */
export function lintChinese(text: string, where: string, options: ZhLintOptions = {}): ZhFinding[] {
  const findings: ZhFinding[] = [];
  const masked = maskQuotations(text, where, options, findings);
  for (const title of options.titles ?? []) {
    let at = masked.indexOf(title);
    for (; at >= 0; at = masked.indexOf(title, at + title.length)) {
      findings.push({
        where,
        rule: "English title outside 《》",
        variant: title,
        excerpt: excerptAt(text, at, title.length)
      });
    }
  }
  for (const term of options.glossary ?? GLOSSARY) {
    for (const variant of term.variants) {
      let at = masked.indexOf(variant);
      for (; at >= 0; at = masked.indexOf(variant, at + variant.length)) {
        const rule = `glossary: ${term.term} → ${term.zh}`;
        findings.push({ where, rule, variant, excerpt: excerptAt(text, at, variant.length) });
      }
    }
    for (const pattern of term.patterns ?? []) {
      for (const m of masked.matchAll(new RegExp(pattern.source, "g"))) {
        const rule = `glossary: ${term.term} → ${term.zh}`;
        findings.push({ where, rule, variant: m[0], excerpt: excerptAt(text, m.index, m[0].length) });
      }
    }
  }
  for (const { rule, pattern } of STYLE_RULES) {
    for (const m of masked.matchAll(pattern)) {
      findings.push({ where, rule, variant: m[0], excerpt: excerptAt(text, m.index, m[0].length) });
    }
  }
  return findings;
}

/** One line per finding: the file and field, the rule, the variant, and where in the text. */
export const formatFinding = (f: ZhFinding) => `${f.where}: ${f.rule}: “${f.variant}” in “${f.excerpt}”`;

/** The bibliography's English titles worth finding in prose: three words or more, a trailing “(…)” dropped. */
export const titlesToFind = (titles: readonly string[]) =>
  titles
    .filter((title) => !HAN.test(title))
    .map((title) => title.replace(/\s*\([^)]*\)\s*$/, ""))
    .filter((title) => title.split(/\s+/).length >= 3);
