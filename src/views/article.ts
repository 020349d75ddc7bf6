// The Article page's view: the claims ledger as a list, told the registry's figure titles so that a claim links to
// the chart that draws it by its title (the list is a component, and components do not read the registry).
import type { ClaimRow } from "../contract.js";
import { claimsList, type FigureTitles } from "../components/claims-list.js";
import { FIGURES } from "../figures/registry.js";
import { type Lang, withTranslations } from "../i18n/index.js";

/** The columns the claims search reads: the article's words, the claim, its correction and note in every language. */
export const CLAIM_SEARCH_COLUMNS = [
  "article_text",
  ...withTranslations(["claim", "corrected_value", "note"]),
  "section",
  "source_title",
  "id"
];

/** Every figure's title by its id, in a language. */
export const figureTitles = (lang: Lang): FigureTitles =>
  Object.fromEntries(FIGURES.map((figure) => [figure.id, figure.title[lang]]));

/** The claims shown, out of `total`, in the page's language. */
export const articleClaims = (rows: ClaimRow[], { total, lang }: { total: number; lang: Lang }): HTMLElement =>
  claimsList(rows, { total, lang, figureTitles: figureTitles(lang) });
