// Schemas of the curated source files (data-loaders/sources/*.json). Strict: an unknown key is a typo, not data.
import { z } from "zod";
import { BOUNDS, datasetBound, quantityProblem, type Bound } from "./bounds.js";
import { hasChinese } from "../src/i18n/punctuation.js";
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
  note_zh: optionalZh
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

// ---------------------------------------------------------------------------------------------------------------
// Translations. Every English prose field `x` has a Chinese sibling `x_zh`, written by hand, so the Chinese edition
// never falls back to English mid-sentence. A missing or stray translation fails the build with the field named.

export const zhText = text.refine(hasChinese, "must be written in Chinese (no Chinese characters found)");
const optionalZh = zhText.nullable().optional();

/** Checks that each named field's `_zh` sibling is present exactly when the English is. */
export function translated(...fields: string[]) {
  return (row: Record<string, unknown>, context: z.RefinementCtx) => {
    for (const field of fields) {
      const english = row[field];
      const chinese = row[`${field}_zh`];
      if (typeof english === "string" && (chinese === null || chinese === undefined))
        context.addIssue({
          code: "custom",
          path: [`${field}_zh`],
          message: `is missing: "${field}" has no Chinese translation`
        });
      if ((english === null || english === undefined) && chinese !== null && chinese !== undefined)
        context.addIssue({ code: "custom", path: [`${field}_zh`], message: `translates nothing: "${field}" is empty` });
    }
  };
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
    name_zh: optionalText,
    api_name: optionalText,
    organization: text,
    branch: z.enum(BRANCHES),
    branch_note: optionalText,
    branch_note_zh: optionalZh,
    family: text,
    gpt_line: z.boolean(),
    release: z
      .object({ date: isoDate, precision: z.enum(RELEASE_PRECISIONS), event: text, event_zh: zhText, source: sourceId })
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
        counts_zh: optionalZh,
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
        note_zh: optionalZh
      })
      .strict()
      .superRefine(translated("note"))
      .optional(),
    access: z
      .object({ value: z.enum(ACCESS), source: sourceId, note: optionalText, note_zh: optionalZh })
      .strict()
      .superRefine(translated("note")),
    notes: optionalText,
    notes_zh: optionalZh
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
    note_zh: optionalZh,
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
    name_en: text,
    name_zh: text,
    origin_stage: z.enum(STAGES),
    summary_order: z.number().int().positive().nullable(),
    source: sourceId,
    claim_zh: optionalText,
    claim_en: optionalText
  })
  .strict();

export const capability = z
  .object({
    model: id,
    ability: id,
    state: z.enum(CAPABILITY_STATES),
    stage: z.enum(STAGES).nullable(),
    claim_zh: optionalText,
    claim_en: text,
    /** A Chinese translation of claim_en, for claims quoted from an English source (claim_zh, the article's own words, is null). */
    claim_translated_zh: optionalZh,
    source: sourceId,
    note: optionalText,
    note_zh: optionalZh,
    /** true when no source states this cell for this model and the catalog inferred it (the note says from what). */
    inferred: z.boolean()
  })
  .strict()
  .superRefine(translated("note"))
  .refine((cell) => (cell.claim_zh ? !cell.claim_translated_zh : Boolean(cell.claim_translated_zh)), {
    path: ["claim_translated_zh"],
    message: "must translate claim_en exactly when the claim is not the article's (claim_zh is null)"
  })
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
    ability_zh: zhText,
    prompting: z.enum(PROMPTING),
    family: text.nullable(),
    model: id.nullable(),
    threshold_parameters: quantity(BOUNDS.parameters).nullable(),
    threshold_flops: quantity(BOUNDS.training_compute).nullable(),
    reference: text.nullable(),
    source: sourceId,
    note: optionalText,
    note_zh: optionalZh
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
    note_zh: optionalZh
  })
  .strict()
  .superRefine(translated("note"));

export const milestone = z
  .object({ date: isoDate, label: text, label_zh: text, model: id.nullable(), source: sourceId })
  .strict();

export type Milestone = z.infer<typeof milestone>;
export type BibliographyEntry = z.infer<typeof bibliographyEntry>;
export type Model = z.infer<typeof model>;
export type LineageEdge = z.infer<typeof lineageEdge>;
export type Ability = z.infer<typeof ability>;
export type Capability = z.infer<typeof capability>;
export type EmergenceRow = z.infer<typeof emergenceRow>;
export type ArticleRow = z.infer<typeof articleRow>;
