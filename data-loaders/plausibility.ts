// Checks across fields and rows that no single field's schema can make: text a reader cannot see or that reorders
// what is around it, names too long for any page, two models or families that are one written two ways, the GPT line
// outside OpenAI, quantities each within its bounds but impossible together, a claim pointing past the article's end,
// a source published after the build. Each problem names the file, the row, the field and why.
import { withTranslations } from "../src/i18n/data-text.js";
import type { Claim } from "./claims.js";
import { ARTICLE_HEADINGS } from "./claims.js";
import type { BibliographyEntry, Model } from "./schema.js";

/**
 * Characters that are invisible or change the order in which the text around them is shown: C0 and C1 controls and
 * DEL (a line break is allowed in prose, not in a name), the soft hyphen, the Arabic letter mark, zero-width spaces and
 * joiners, the direction marks, embeddings, overrides and isolates (U+200E-F, U+202A-E, U+2066-9: "Trojan Source"),
 * the invisible operators U+2060-4, the BOM, the Mongolian vowel separator, the Hangul fillers and the tag characters.
 */
/* eslint-disable no-control-regex -- finding control characters is the point */
const INVISIBLE =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0]|[\u{e0000}-\u{e007f}]/u;
/* eslint-enable no-control-regex */

/** Names of the characters INVISIBLE finds, for messages (others are shown by code point alone). */
const CHARACTER_NAMES: Record<number, string> = {
  0x00ad: "SOFT HYPHEN",
  0x061c: "ARABIC LETTER MARK",
  0x200b: "ZERO WIDTH SPACE",
  0x200c: "ZERO WIDTH NON-JOINER",
  0x200d: "ZERO WIDTH JOINER",
  0x200e: "LEFT-TO-RIGHT MARK",
  0x200f: "RIGHT-TO-LEFT MARK",
  0x202a: "LEFT-TO-RIGHT EMBEDDING",
  0x202b: "RIGHT-TO-LEFT EMBEDDING",
  0x202c: "POP DIRECTIONAL FORMATTING",
  0x202d: "LEFT-TO-RIGHT OVERRIDE",
  0x202e: "RIGHT-TO-LEFT OVERRIDE",
  0x2060: "WORD JOINER",
  0x2066: "LEFT-TO-RIGHT ISOLATE",
  0x2067: "RIGHT-TO-LEFT ISOLATE",
  0x2068: "FIRST STRONG ISOLATE",
  0x2069: "POP DIRECTIONAL ISOLATE",
  0xfeff: "ZERO WIDTH NO-BREAK SPACE, a byte order mark"
};

export function describeCharacter(char: string): string {
  const code = char.codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  const name = CHARACTER_NAMES[code] ?? (code < 0x20 || (code >= 0x7f && code <= 0x9f) ? "a control character" : null);
  return name ? `${hex} (${name})` : hex;
}

/** The longest a name may be: the longest in the catalog is 40 characters; 5,000 made the Data page 41,822 px wide. */
export const NAME_MAX = 80;
/** Fields shown as names or labels: one line, at most NAME_MAX characters (a source's title may run to 300). */
/** A name's limit holds for its translations too. */
const translatedToo = (fields: readonly string[]): Record<string, number> =>
  Object.fromEntries(withTranslations(fields).map((key) => [key, NAME_MAX]));
const NAME_FIELDS: Record<string, Record<string, number>> = {
  "models.json": {
    id: NAME_MAX,
    ...translatedToo(["name"]),
    api_name: NAME_MAX,
    organization: NAME_MAX,
    family: NAME_MAX
  },
  "bibliography.json": { id: NAME_MAX, title: 300, publisher: 120 },
  "abilities.json": { id: NAME_MAX, ...translatedToo(["name"]) },
  "milestones.json": translatedToo(["label"]),
  "emergence.json": { ...translatedToo(["ability"]), family: NAME_MAX },
  "article-table.json": { article_model: NAME_MAX }
};

/** Calls `visit` with every string in a row and its dotted path (one pass, no intermediate arrays: 20,000 rows). */
function eachString(value: unknown, path: string, visit: (path: string, text: string) => void): void {
  if (typeof value === "string") visit(path, value);
  else if (value && typeof value === "object")
    for (const key of Object.keys(value))
      eachString((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key, visit);
}

/**
 * Invisible, direction-changing and control characters in any text of a file's rows, line breaks in names, and names
 * over their length limit. `label` says where row `index` is.
 */
export function textProblems(fileName: string, rows: unknown, label: (index: number) => string): string[] {
  if (!Array.isArray(rows)) return [];
  const limits = NAME_FIELDS[fileName] ?? {};
  const problems: string[] = [];
  rows.forEach((row, index) =>
    eachString(row, "", (path, text) => {
      const found = INVISIBLE.exec(text);
      if (found)
        problems.push(
          `${label(index)}, field "${path}": contains ${describeCharacter(found[0])} at character ${found.index + 1}, which is invisible or reorders the text around it; delete it`
        );
      const limit = Object.hasOwn(limits, path) ? limits[path] : undefined;
      if (limit === undefined) return;
      if (/[\n\r\t]/.test(text))
        problems.push(`${label(index)}, field "${path}": a name must be one line (it contains a line break or tab)`);
      const length = text.length > limit ? [...text].length : text.length;
      if (length > limit)
        problems.push(
          `${label(index)}, field "${path}": is ${length} characters long, over the limit of ${limit} for a name shown on every page`
        );
    })
  );
  return problems;
}

/** How two spellings of one name compare: case, accents' compatibility forms, spaces and punctuation ignored. */
export const nameKey = (name: string) =>
  name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]+/gu, "");

type Label = (row: object) => string;

/** Display names used twice, and families or organizations written two ways (Open AI / OpenAI, gpt-3 / GPT-3). */
export function nameProblems(models: Model[], label: Label): string[] {
  const problems: string[] = [];
  for (const field of withTranslations(["name"] as const)) {
    const first = new Map<string, Model>();
    for (const model of models) {
      const name = model[field];
      if (!name) continue;
      const earlier = first.get(nameKey(name));
      if (earlier)
        problems.push(
          `${label(model)}, field "${field}": ${JSON.stringify(name)} is already the name of ${earlier.id} (${JSON.stringify(earlier[field])}); two models cannot share a display name`
        );
      else first.set(nameKey(name), model);
    }
  }
  for (const field of ["family", "organization"] as const) {
    const spelling = new Map<string, string>();
    for (const model of models) {
      const value = model[field];
      const existing = spelling.get(nameKey(value));
      if (existing === undefined) spelling.set(nameKey(value), value);
      else if (existing !== value)
        problems.push(
          `${label(model)}, field "${field}": ${JSON.stringify(value)} differs from the existing ${field} ${JSON.stringify(existing)} only by case, spaces or punctuation; write it the same way`
        );
    }
  }
  for (const model of models)
    if (model.organization.includes(","))
      problems.push(
        `${label(model)}, field "organization": ${JSON.stringify(model.organization)} contains a comma, which separates organizations in a shared link's filter; write "and" instead`
      );
  return problems;
}

/** The organization of the GPT line: `gpt_line` marks OpenAI's own models. */
export const GPT_LINE_ORGANIZATION = "OpenAI";

/**
 * Training tokens per parameter: 0.51 (MT-NLG 530B) to 2,400 (GPT-3 Small) in the catalog; models trained far past
 * Chinchilla reach a few tens of thousands. Outside 0.1 to 100,000 a value is a typo (1e4 tokens for 175B parameters).
 */
export const TOKENS_PER_PARAMETER = { min: 0.1, max: 1e5 } as const;
/**
 * Training compute against 6 × parameters × tokens, the standard estimate for a dense model: 0.5 to 10 in the catalog
 * (Codex's figure includes GPT-3's pre-training). Beyond a factor of 30 either way one of the three is wrong. A mixture
 * of experts computes with its active parameters only (DeepSeek-V3, Llama 4 Maverick: a factor of 1.0 on them, 0.04
 * on their totals), so its check uses those.
 */
export const COMPUTE_FACTOR = 30;

export function quantityProblems(models: Model[], label: Label): string[] {
  const problems: string[] = [];
  for (const model of models) {
    if (model.gpt_line && nameKey(model.organization) !== nameKey(GPT_LINE_ORGANIZATION))
      problems.push(
        `${label(model)}, field "gpt_line": is true but the organization is ${JSON.stringify(model.organization)}; the GPT line is ${GPT_LINE_ORGANIZATION}'s models only`
      );
    const parameters = model.parameters.value;
    const tokens = model.training_tokens.value;
    const compute = model.training_compute.value;
    if (parameters === null || tokens === null) continue;
    const ratio = tokens / parameters;
    if (ratio < TOKENS_PER_PARAMETER.min || ratio > TOKENS_PER_PARAMETER.max)
      problems.push(
        `${label(model)}, field "training_tokens.value": ${tokens} tokens for ${parameters} parameters is ${ratio.toPrecision(2)} tokens per parameter, outside the plausible ${TOKENS_PER_PARAMETER.min} to ${TOKENS_PER_PARAMETER.max.toLocaleString("en")}; check both values`
      );
    if (compute === null) continue;
    const active = model.active_parameters?.value ?? null;
    const computing = active ?? parameters;
    const factor = compute / (6 * computing * tokens);
    if (factor > COMPUTE_FACTOR || factor < 1 / COMPUTE_FACTOR)
      problems.push(
        `${label(model)}, field "training_compute.value": ${compute} FLOP is ${factor.toPrecision(2)} times 6 × ${active === null ? "parameters" : "active parameters"} × tokens (${(6 * computing * tokens).toPrecision(3)}), beyond a factor of ${COMPUTE_FACTOR}; check the three values`
      );
  }
  return problems;
}

/** The seed article's paragraphs (articleParagraphs finds 78; tests/unit/claims.test.ts checks it on the article). */
export const ARTICLE_PARAGRAPH_COUNT = 78;

/** Claims that point past the article's last paragraph or name a section it does not have. */
export function claimProblems(claims: Claim[], label: Label): string[] {
  const sections = new Set<string>(ARTICLE_HEADINGS);
  const problems: string[] = [];
  for (const row of claims) {
    if (row.paragraph > ARTICLE_PARAGRAPH_COUNT)
      problems.push(
        `${label(row)}, field "paragraph": ${row.paragraph} is past the article's end (it has ${ARTICLE_PARAGRAPH_COUNT} paragraphs)`
      );
    if (!sections.has(row.section))
      problems.push(
        `${label(row)}, field "section": ${JSON.stringify(row.section)} is not a section heading of the article (data-loaders/claims.ts, ARTICLE_HEADINGS)`
      );
  }
  return problems;
}

/** Sources dated after the build's as-of date: a typo (2203 for 2023), nothing is published in the future. */
export function bibliographyProblems(entries: BibliographyEntry[], asOf: string, label: Label): string[] {
  const year = Number(asOf.slice(0, 4));
  return entries
    .filter((entry) => entry.year > year)
    .map(
      (entry) =>
        `${label(entry)}, field "year": ${entry.year} is after the build's date (${asOf}); a source cannot be published in the future`
    );
}
