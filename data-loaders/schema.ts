// Schemas of the curated source files (data-loaders/sources/*.json). Strict: an unknown key is a typo, not data.
import { z } from "zod";
import { BOUNDS, datasetBound, quantityProblem, type Bound } from "./bounds.js";
import { TRANSLATED_LANGS, translationKey, type TranslatedLang } from "../src/i18n/data-text.js";
import { rulesFor } from "../src/i18n/rules.js";
import { confidenceRange, EPOCH_CONFIDENCES, sameBound, type EpochConfidence } from "./ranges.js";

import {
  ACCESS,
  BRANCHES,
  CAPABILITY_STATES,
  DATA_UNITS,
  EVIDENCE,
  LINEAGE_METHODS,
  PROMPTING,
  RELEASE_PRECISIONS,
  STAGES,
  STATUSES,
  type Status
} from "../src/contract.js";

const id = z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, "must be lowercase letters, digits, dots and dashes");
const text = z.string().trim().min(1, "must not be empty");
const optionalText = text.nullable().optional();
const sourceId = id;

// ---------------------------------------------------------------------------------------------------------------
// Translations. The catalog's convention (src/i18n/data-text.ts): a prose field `x` is English and `x_<lang>` is its
// translation into each translated language, written by hand, so a page never falls back to English mid-sentence.
// The keys are made here for every language of TRANSLATED_LANGS; a missing or stray translation fails the build with
// the file, the row and the field named.

/** A translation: text in the language's script (a Chinese translation has Chinese characters in it). */
export const writtenIn = (lang: TranslatedLang) => {
  const { name, isWritten } = rulesFor(lang);
  return text.refine(isWritten, `must be written in ${name} (no ${name} script found)`);
};
const optionalWrittenIn = (lang: TranslatedLang) => writtenIn(lang).nullable().optional();
/** A name's translation: any script ("GPT-3" may be a model's Chinese name too). */
const anyScript = () => text;
const optionalAnyScript = () => optionalText;

/** The translations of `fields` as keys of an object schema: `translations(["note"], optionalWrittenIn)` is `note_zh`. */
export function translations<F extends string, S extends z.ZodType>(
  fields: readonly F[],
  schema: (lang: TranslatedLang) => S
) {
  const keys = fields.flatMap((field) => TRANSLATED_LANGS.map((lang) => [translationKey(field, lang), schema(lang)]));
  return Object.fromEntries(keys) as { [K in `${F}_${TranslatedLang}`]: S };
}

/** A calendar date that exists (2023-02-30 does not), written YYYY-MM-DD. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD")
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, "is not a real calendar date");

/**
 * A quantity within its plausibility bounds (bounds.ts). Any value reaches the check, so the message is in words:
 * 1e999 (Infinity once parsed) "is not a finite number", 1e16 parameters "is above the plausible maximum of ...".
 */
const quantity = (bound: Bound, options: { integer?: boolean } = {}) =>
  z
    .custom<number>(() => true)
    .superRefine((value, context) => {
      const problem = quantityProblem(value, bound, options);
      if (problem) context.addIssue({ code: "custom", message: problem });
    });
/** A dataset size: a finite positive number here; its bound depends on the unit, checked beside the unit. */
const datasetSize = quantity({ min: 0, max: Infinity, unit: "tokens, words or bytes" });

const factFields = <T extends z.ZodType>(value: T) => ({
  value: value.nullable(),
  status: z.enum(STATUSES),
  estimated_by: text.optional(),
  /** An estimate's range (README, "Ranges for estimates"): from its source, or from `confidence`. */
  low: z.number().positive().optional(),
  high: z.number().positive().optional(),
  /** The estimator's confidence category (Epoch AI's), which gives the range when the source gives none. */
  confidence: z.enum(EPOCH_CONFIDENCES as [string, ...string[]]).optional(),
  source: sourceId,
  note: optionalText,
  ...translations(["note"], optionalWrittenIn)
});

/** The status says how to read the value: undisclosed has none, an estimate says whose it is. */
function checkStatus(
  fact: {
    value?: unknown;
    status: Status;
    estimated_by?: string | undefined;
    low?: number | undefined;
    high?: number | undefined;
    confidence?: string | undefined;
  },
  context: z.RefinementCtx
) {
  checkRange(fact, context);
  if (fact.status === "undisclosed" && fact.value !== null)
    context.addIssue({ code: "custom", path: ["value"], message: "must be null when the status is undisclosed" });
  if (fact.status !== "undisclosed" && fact.value === null)
    context.addIssue({
      code: "custom",
      path: ["value"],
      message: `is null but the status is ${fact.status}: use "undisclosed"`
    });
  if (fact.status === "estimate" && !fact.estimated_by)
    context.addIssue({ code: "custom", path: ["estimated_by"], message: "must say whose estimate this is" });
  if (fact.status !== "estimate" && fact.estimated_by)
    context.addIssue({ code: "custom", path: ["estimated_by"], message: "is only for status estimate" });
}

/** An estimate has a range around its value; nothing else has one. A confidence category fixes the range. */
function checkRange(
  fact: {
    value?: unknown;
    status: Status;
    low?: number | undefined;
    high?: number | undefined;
    confidence?: string | undefined;
  },
  context: z.RefinementCtx
) {
  const { low, high, confidence } = fact;
  if (fact.status !== "estimate") {
    for (const key of ["low", "high", "confidence"] as const)
      if (fact[key] !== undefined)
        context.addIssue({ code: "custom", path: [key], message: "is only for status estimate (an estimate's range)" });
    return;
  }
  if (low === undefined || high === undefined) {
    context.addIssue({
      code: "custom",
      path: [low === undefined ? "low" : "high"],
      message: "an estimate needs its range: low and high"
    });
    return;
  }
  const value = typeof fact.value === "number" ? fact.value : NaN;
  if (!(low <= value && value <= high))
    context.addIssue({
      code: "custom",
      path: ["low"],
      message: `the range ${low} to ${high} must contain the value ${value}`
    });
  if (confidence) {
    const range = confidenceRange(value, confidence as EpochConfidence);
    if (!sameBound(low, range.low) || !sameBound(high, range.high))
      context.addIssue({
        code: "custom",
        path: ["low"],
        message: `must be ${range.low} to ${range.high}, the range confidence "${confidence}" gives (README, "Ranges for estimates")`
      });
  }
}

const fact = <T extends z.ZodType>(value: T) =>
  z.object(factFields(value)).strict().superRefine(checkStatus).superRefine(translated("note"));

/** Checks that each named field has its translation into every translated language exactly when the English is there. */
export function translated(...fields: string[]) {
  return (row: Record<string, unknown>, context: z.RefinementCtx) => {
    for (const field of fields)
      for (const lang of TRANSLATED_LANGS) checkTranslation(row, field, lang, typeof row[field] === "string", context);
  };
}

function checkTranslation(
  row: Record<string, unknown>,
  field: string,
  lang: TranslatedLang,
  needed: boolean,
  context: z.RefinementCtx,
  why = `"${field}" is empty`
) {
  const key = translationKey(field, lang);
  const present = row[key] !== null && row[key] !== undefined;
  if (needed && !present)
    context.addIssue({
      code: "custom",
      path: [key],
      message: `is missing: "${field}" has no ${rulesFor(lang).name} translation`
    });
  if (!needed && present) context.addIssue({ code: "custom", path: [key], message: `translates nothing: ${why}` });
}

/**
 * A claim in English (`claim`) is translated like any field, except where the source article's own words
 * (`article_text`) are there and the language's readers read the article: those words stand for the translation.
 */
export function translatedClaim(row: Record<string, unknown>, context: z.RefinementCtx) {
  for (const lang of TRANSLATED_LANGS) {
    const articleStands = rulesFor(lang).readsTheArticle && typeof row.article_text === "string";
    const why = articleStands ? "the article's own words (article_text) stand for it" : '"claim" is empty';
    checkTranslation(row, "claim", lang, typeof row.claim === "string" && !articleStands, context, why);
  }
}

/**
 * An http(s) address parses with a host (https://[broken does not: it passed the pattern and then threw on the Data
 * page, which shows each source's host).
 */
function parsesAsWebAddress(value: string): boolean {
  if (!/^https?:\/\//.test(value)) return true; // a urn:, or not an address at all (the pattern says so)
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}

export const bibliographyEntry = z
  .object({
    id: sourceId,
    title: text,
    url: z
      .string()
      .regex(/^(https?:\/\/|urn:)\S+$/, "must be an http(s) URL or a urn:")
      .refine(parsesAsWebAddress, "is not a URL a browser can open (the WHATWG URL parser rejects it)"),
    publisher: text,
    year: z.number().int().min(1990).max(2100)
  })
  .strict();

export const model = z
  .object({
    id,
    name: text,
    ...translations(["name"], optionalAnyScript),
    api_name: optionalText,
    organization: text,
    branch: z.enum(BRANCHES),
    branch_note: optionalText,
    ...translations(["branch_note"], optionalWrittenIn),
    family: text,
    gpt_line: z.boolean(),
    release: z
      .object({
        date: isoDate,
        precision: z.enum(RELEASE_PRECISIONS),
        event: text,
        ...translations(["event"], writtenIn),
        source: sourceId
      })
      .strict()
      .refine((release) => release.precision === "day" || release.date.endsWith("-01"), {
        path: ["date"],
        message: "must be the first of the month when the precision is month"
      }),
    parameters: fact(quantity(BOUNDS.parameters, { integer: true })),
    /**
     * A mixture-of-experts model's parameters used per token (sources README, "A model"); present exactly when the
     * developer says the model is a mixture of experts. A dense model's active parameters are all its parameters.
     */
    active_parameters: fact(quantity(BOUNDS.parameters, { integer: true })).optional(),
    training_data: z
      .object({
        ...factFields(datasetSize),
        unit: z.enum(DATA_UNITS).nullable(),
        counts: text.nullable(),
        ...translations(["counts"], optionalWrittenIn),
        /** true when the value counts only part of the training data (GPT-3's 570 GB: its Common Crawl part). */
        partial: z.boolean().optional()
      })
      .strict()
      .superRefine(checkStatus)
      .superRefine(translated("note", "counts"))
      .refine((data) => data.value === null || (data.unit !== null && data.counts !== null), {
        path: ["unit"],
        message: "a reported data size needs its unit and what it counts"
      })
      .superRefine((data, context) => {
        const problem =
          data.value === null || data.unit === null ? null : quantityProblem(data.value, datasetBound(data.unit));
        if (problem) context.addIssue({ code: "custom", path: ["value"], message: problem });
      }),
    training_tokens: fact(quantity(BOUNDS.training_tokens)),
    training_compute: fact(quantity(BOUNDS.training_compute)),
    /** Training stages the developer documents for the model itself, beyond its lineage (GPT-4's RLHF). */
    own_stages: z
      .object({
        value: z.array(z.enum(STAGES)).min(1, "must name at least one stage"),
        source: sourceId,
        note: optionalText,
        ...translations(["note"], optionalWrittenIn)
      })
      .strict()
      .superRefine(translated("note"))
      .optional(),
    access: z
      .object({
        value: z.enum(ACCESS),
        source: sourceId,
        note: optionalText,
        ...translations(["note"], optionalWrittenIn)
      })
      .strict()
      .superRefine(translated("note")),
    notes: optionalText,
    ...translations(["notes"], optionalWrittenIn)
  })
  .strict()
  .superRefine(translated("branch_note", "notes"))
  .refine((model) => model.branch !== "other" || Boolean(model.branch_note), {
    path: ["branch_note"],
    message: 'must explain the branch when it is "other"'
  })
  .refine(
    (model) =>
      model.active_parameters?.value == null ||
      model.parameters.value === null ||
      model.active_parameters.value <= model.parameters.value,
    { path: ["active_parameters", "value"], message: "must not exceed the model's total parameters" }
  );

export const lineageEdge = z
  .object({
    parent: id,
    child: id,
    method: z.enum(LINEAGE_METHODS),
    evidence: z.enum(EVIDENCE),
    source: sourceId,
    note: optionalText,
    ...translations(["note"], optionalWrittenIn),
    /** The child's paper came out before the parent's (FLAN before LaMDA): allowed only when said, with a note. */
    child_announced_first: z.boolean().optional(),
    /** The parent node stands in for a model the catalog lacks (Codex's unpublished 12B GPT-3 → gpt-3-13b): drawn as such, explained in the note. */
    stand_in: z.boolean().optional()
  })
  .strict()
  .superRefine(translated("note"))
  .refine((edge) => !edge.stand_in || Boolean(edge.note), {
    path: ["note"],
    message: "must say which model the stand-in parent replaces"
  })
  .refine((edge) => !edge.child_announced_first || Boolean(edge.note), {
    path: ["note"],
    message: "must explain why the child was announced first"
  })
  .refine((edge) => edge.parent !== edge.child, { path: ["child"], message: "a model cannot be its own parent" });

export const ability = z
  .object({
    id,
    name: text,
    ...translations(["name"], anyScript),
    origin_stage: z.enum(STAGES),
    summary_order: z.number().int().positive().nullable(),
    source: sourceId,
    /** The source article's own words (Chinese), quoted; not a translation of anything. */
    article_text: optionalText,
    /** In English: the article's words translated. */
    claim: optionalText,
    ...translations(["claim"], optionalWrittenIn)
  })
  .strict()
  .superRefine(translatedClaim);

export const capability = z
  .object({
    model: id,
    ability: id,
    state: z.enum(CAPABILITY_STATES),
    stage: z.enum(STAGES).nullable(),
    /** The source article's own words (Chinese) when the claim is the article's; null for a claim from elsewhere. */
    article_text: optionalText,
    /** In English: the article's words translated, or the words of an English source. */
    claim: text,
    ...translations(["claim"], optionalWrittenIn),
    source: sourceId,
    note: optionalText,
    ...translations(["note"], optionalWrittenIn),
    /** true when no source states this cell for this model and the catalog inferred it (the note says from what). */
    inferred: z.boolean()
  })
  .strict()
  .superRefine(translated("note"))
  .superRefine(translatedClaim)
  .refine((cell) => cell.state !== "absent" || cell.stage === null, {
    path: ["stage"],
    message: "must be null when the ability is absent (nothing unlocked it)"
  })
  .refine((cell) => cell.state === "absent" || cell.stage !== null, {
    path: ["stage"],
    message: "must name the stage that unlocked the ability"
  });

export const emergenceRow = z
  .object({
    ability: text,
    ...translations(["ability"], writtenIn),
    prompting: z.enum(PROMPTING),
    family: text.nullable(),
    model: id.nullable(),
    threshold_parameters: quantity(BOUNDS.parameters).nullable(),
    threshold_flops: quantity(BOUNDS.training_compute).nullable(),
    reference: text.nullable(),
    source: sourceId,
    note: optionalText,
    ...translations(["note"], optionalWrittenIn)
  })
  .strict()
  .superRefine(translated("note"))
  .refine(
    (row) =>
      (row.threshold_parameters !== null && row.threshold_flops !== null && row.family !== null) || Boolean(row.note),
    {
      path: ["note"],
      message: "must explain a missing threshold or family"
    }
  );

export const articleRow = z
  .object({
    article_model: text,
    model: id,
    article_month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "must be a month written YYYY-MM"),
    article_month_text: text,
    article_parameters_text: text,
    article_parameters: quantity(BOUNDS.parameters),
    article_data_text: text,
    article_data_bytes: quantity(BOUNDS.dataset_bytes),
    source: sourceId,
    note: optionalText,
    ...translations(["note"], optionalWrittenIn)
  })
  .strict()
  .superRefine(translated("note"));

export const milestone = z
  .object({
    date: isoDate,
    label: text,
    ...translations(["label"], anyScript),
    model: id.nullable(),
    source: sourceId
  })
  .strict();

export type Milestone = z.infer<typeof milestone>;
export type BibliographyEntry = z.infer<typeof bibliographyEntry>;
export type Model = z.infer<typeof model>;
export type LineageEdge = z.infer<typeof lineageEdge>;
export type Ability = z.infer<typeof ability>;
export type Capability = z.infer<typeof capability>;
export type EmergenceRow = z.infer<typeof emergenceRow>;
export type ArticleRow = z.infer<typeof articleRow>;
