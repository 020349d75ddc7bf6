// The claims ledger: every factual or analytical claim of the seed article as a row (sources/claims.json), with its
// verdict against the primary sources. Here: the row schema, the reproducible paragraph split of the article the
// rows point into, the check that a claim's `shown_in` names a real page and figure, and the table the page reads.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { CLAIM_KINDS, CLAIM_VERDICTS, type ClaimRow } from "../src/contract.js";
import { translationsOf } from "../src/i18n/data-text.js";
import { translated, translatedClaim, translations, writtenIn } from "./schema.js";

// The row type and its vocabularies are the contract's (the browser reads them too).
export { CLAIM_KINDS, CLAIM_VERDICTS };
export type { ClaimKind, ClaimRow, ClaimVerdict } from "../src/contract.js";

const text = z.string().trim().min(1, "must not be empty");

export const claim = z
  .object({
    id: z.string().regex(/^c\d{3}$/, 'must be "c" and three digits, e.g. c042'),
    section: text,
    paragraph: z.number().int().positive("must be a 1-based paragraph number"),
    /** The article's own words (Chinese), as it prints them. */
    article_text: text,
    /** The article's words in English. */
    claim: text,
    ...translations(["claim"], (lang) => writtenIn(lang).nullable().optional()),
    kind: z.enum(CLAIM_KINDS),
    verdict: z.enum(CLAIM_VERDICTS),
    corrected_value: text.nullable(),
    ...translations(["corrected_value"], (lang) => writtenIn(lang).nullable().optional()),
    note: text.nullable(),
    ...translations(["note"], (lang) => writtenIn(lang).nullable().optional()),
    source: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, "must be a bibliography id"),
    shown_in: z
      .string()
      .regex(
        /^\/[a-z0-9-]*(#[a-z0-9-]+)?$/,
        'must be a page path with an optional figure id, e.g. "/scaling#parameters-by-date"'
      )
      .nullable()
  })
  .strict()
  .superRefine(translated("corrected_value", "note"))
  .superRefine(translatedClaim)
  .refine((row) => row.verdict !== "corrected" || row.corrected_value !== null, {
    path: ["corrected_value"],
    message: "must state the correction when the verdict is corrected"
  })
  .refine((row) => row.verdict === "corrected" || row.corrected_value === null, {
    path: ["corrected_value"],
    message: 'is only for the verdict "corrected"'
  })
  .refine((row) => row.verdict !== "interpretation" || row.kind === "interpretation" || row.kind === "opinion", {
    path: ["verdict"],
    message:
      'can be "interpretation" only for a claim of kind interpretation or opinion (a fact is confirmed, corrected or unverifiable)'
  })
  .refine((row) => (row.verdict !== "corrected" && row.verdict !== "unverifiable") || row.note !== null, {
    path: ["note"],
    message: "must say why when the verdict is corrected or unverifiable"
  });

export type Claim = z.infer<typeof claim>;

// ---------------------------------------------------------------------------------------------------------------
// The article's paragraphs. The seed file is the article followed by the hosting site's boilerplate; the article
// ends with its sign-off line "from:-柚子皮-". Paragraphs are separated by blank lines; numbering is 1-based and
// counts every paragraph of the article body, headings included (the title is paragraph 1).

/** The article's section headings, in order (the first is the title, which heads the introduction). */
export const ARTICLE_HEADINGS = [
  "GPT的前世今生:从gpt1到chatgpt的能力提升",
  "GPT发展路径",
  "GPT-1、GPT-2和GPT-3模型",
  "codex:code-davinci-002",
  "InstructGPT",
  "ChatGPT",
  "关于多轮对话",
  "GPT-4",
  "WebGPT",
  "ChatGPT能力溯源",
  "初代 GPT-3(davinci)",
  "初代GPT-3三个重要能力",
  "Codex:code-davinci-002",
  "text-davinci-002",
  "第一版GPT3.5 模型的能力",
  "text-davinci-003",
  "关于指令微调",
  "关于RLHF",
  "总结",
  "GPT-3.5 目前不能做什么"
] as const;

const ARTICLE_END = /\n[ \t]*from:/;

/** The article's paragraphs, trimmed, without the site's text after the sign-off. */
export function articleParagraphs(fileText: string): string[] {
  const normalized = fileText.replace(/\r\n?/g, "\n");
  const end = normalized.search(ARTICLE_END);
  const body = end === -1 ? normalized : normalized.slice(0, end);
  return body
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
}

const headings = new Set<string>(ARTICLE_HEADINGS);

/** Paragraphs that carry no claim: headings, the host's preface, image alt texts, bare links, short lead-ins. */
const NON_CLAIM: RegExp[] = [
  /^这篇具有很好参考价值的文章/, // the hosting site's preface
  /^GPT的前世今生:从gpt1到chatgpt的能力提升,LLM/, // image alt texts
  /^(参考|官网说明)?(\[[^\]]*\])+$/, // a reference link and nothing else
  /^GPT-1到GPT-3到ChatGPT$/, // a figure caption
  /^.{1,30}[::]$/su, // a short lead-in ending with a colon ("各GPT的模型大小:")
  /^[^。]+[??]$/su // a question and nothing else ("它强大的涌现能力……到底从何而来?")
];

export function isHeading(paragraph: string): boolean {
  return headings.has(paragraph);
}

export function isClaimBearing(paragraph: string): boolean {
  return !isHeading(paragraph) && !NON_CLAIM.some((pattern) => pattern.test(paragraph));
}

export interface ArticleParagraph {
  /** 1-based, as in claims.json. */
  paragraph: number;
  section: string;
  text: string;
  claimBearing: boolean;
}

/** Each paragraph with the heading of the section it is in. */
export function articleStructure(fileText: string): ArticleParagraph[] {
  let section: string = ARTICLE_HEADINGS[0];
  return articleParagraphs(fileText).map((text, index) => {
    if (isHeading(text)) section = text;
    return { paragraph: index + 1, section, text, claimBearing: isClaimBearing(text) };
  });
}

// ---------------------------------------------------------------------------------------------------------------

/** The ids of the figures in the figure registry (src/figures/registry.ts), read as text: the loaders stay free of
 * the browser's modules. */
export function registryFigureIds(pagesDir: string): Set<string> {
  const file = join(pagesDir, "figures", "registry.ts");
  const text = existsSync(file) ? readFileSync(file, "utf8") : "";
  return new Set([...text.matchAll(/(?:\bid: |presetFigure\(\s*)"([a-z0-9-]+)"/g)].map((m) => m[1]!));
}

/** Problems with `shown_in`: the page must be a page of the site (src/PAGE.md) and the figure one of the registry's. */
export function shownInProblems(claims: Claim[], pagesDir: string, label: (row: object) => string): string[] {
  const problems: string[] = [];
  const figures = registryFigureIds(pagesDir);
  for (const row of claims) {
    if (row.shown_in === null) continue;
    const [path, figure] = row.shown_in.split("#") as [string, string | undefined];
    if (!existsSync(join(pagesDir, `${path === "/" ? "/index" : path}.md`)))
      problems.push(
        `${label(row)}, field "shown_in": ${JSON.stringify(path)} is not a page of the site (no ${path}.md in ${pagesDir})`
      );
    else if (figure && !figures.has(figure))
      problems.push(
        `${label(row)}, field "shown_in": ${JSON.stringify(figure)} is not a figure of the registry (src/figures/registry.ts)`
      );
  }
  return problems;
}

/** claims: in the article's order, each with its source's title and URL. */
export function claimsTable(catalog: {
  claims: Claim[];
  bibliography: { id: string; title: string; url: string }[];
}): ClaimRow[] {
  const sources = new Map(catalog.bibliography.map((entry) => [entry.id, entry]));
  return [...catalog.claims]
    .sort((a, b) => a.paragraph - b.paragraph || a.id.localeCompare(b.id))
    .map((row, order) => {
      const [page, figure] =
        row.shown_in === null ? [null, null] : (row.shown_in.split("#") as [string, string | undefined]);
      return {
        ...row,
        ...translationsOf(row, "claim"),
        ...translationsOf(row, "corrected_value"),
        ...translationsOf(row, "note"),
        order,
        source_title: sources.get(row.source)?.title ?? null,
        source_url: sources.get(row.source)?.url ?? null,
        shown_page: page,
        shown_figure: figure ?? null
      };
    });
}
