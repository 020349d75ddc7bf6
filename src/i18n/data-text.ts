// The catalog's prose in every language. The convention, stated once: a text field `x` of the catalog is English,
// and `x_<lang>` is its translation into each other language of LANGS (`notes_zh`), written by hand. The schema
// requires a translation exactly where the English is (data-loaders/schema.ts, `translated`), the contract derives
// the translated columns (`Translations`), and pages read them through `textIn`: no code outside src/i18n and the
// schema names a language's field, so a new language in LANGS brings its fields with it.
import { DEFAULT_LANG, LANGS, type Lang } from "./lang.js";
import { rulesFor } from "./rules.js";

/** The languages the catalog's English prose is translated into: every language but the default. */
export type TranslatedLang = Exclude<Lang, "en">;
export const TRANSLATED_LANGS: readonly TranslatedLang[] = LANGS.filter(
  (lang): lang is TranslatedLang => lang !== DEFAULT_LANG
);

/** The key of field `x`'s translation into `lang`: `x_zh`. */
export const translationKey = <F extends string, L extends TranslatedLang>(field: F, lang: L): `${F}_${L}` =>
  `${field}_${lang}`;

/** Fields and their translations' keys: `withTranslations(["note"])` is `["note", "note_zh"]`. */
export const withTranslations = <F extends string>(fields: readonly F[]): (F | `${F}_${TranslatedLang}`)[] =>
  fields.flatMap((field) => [field, ...TRANSLATED_LANGS.map((lang) => translationKey(field, lang))]);

/** The translations of fields F as columns: `Translations<"note">` is `{ note_zh: string | null }`, one per language. */
export type Translations<F extends string, V = string | null> = { [K in `${F}_${TranslatedLang}`]: V };

/** The fields of row type R that carry a translation into every translated language. */
export type TranslatedField<R> = {
  [K in keyof R & string]: `${K}_${TranslatedLang}` extends keyof R
    ? R[K] extends string | null | undefined
      ? K
      : never
    : never;
}[keyof R & string];

/** Field `field` of a catalog row in `lang`: its translation, or the English where there is none to give. */
export function textIn<R extends object, F extends TranslatedField<R>>(lang: Lang, row: R, field: F): R[F] | string {
  const english = row[field];
  if (lang === DEFAULT_LANG) return english;
  const translation = (row as Record<string, unknown>)[translationKey(field, lang as TranslatedLang)];
  return typeof translation === "string" && translation ? translation : english;
}

/** A column's value from an optional source field: absent is null. */
type Column<V> = Exclude<V, undefined> | (undefined extends V ? null : never);

/**
 * The translations of a source row's `field` as table columns, absent ones null: `{ note_zh: row.note_zh ?? null }`
 * for every translated language, named after `column` when the table renames the field (`event` → `release_event`).
 */
export function translationsOf<R extends object, F extends TranslatedField<R>, C extends string = F>(
  row: R,
  field: F,
  column?: C
): { [K in `${C}_${TranslatedLang}`]: Column<R[`${F}_${TranslatedLang}` & keyof R]> } {
  const source = row as Record<string, unknown>;
  const entries = TRANSLATED_LANGS.map((lang) => [
    translationKey(column ?? field, lang),
    source[translationKey(field, lang)] ?? null
  ]);
  return Object.fromEntries(entries) as {
    [K in `${C}_${TranslatedLang}`]: Column<R[`${F}_${TranslatedLang}` & keyof R]>;
  };
}

/** The language of the source article, whose own words the catalog quotes as `article_text`. */
export const ARTICLE_LANG: TranslatedLang = "zh";

type ClaimText = { article_text: string | null; claim: string | null } & Translations<"claim">;

/**
 * A claim for readers of `lang`: the article's own words where they read the article and the claim is the article's,
 * else the claim (`claim`, English) in their language.
 */
export function claimIn(lang: Lang, row: ClaimText): string | null {
  return rulesFor(lang).readsTheArticle && row.article_text ? row.article_text : textIn(lang, row, "claim");
}
