// The page's language: `?lang=zh|en` in the URL, else the reader's last choice (localStorage), else English.
// The URL wins and is remembered, so a shared link opens in its language and the next visit keeps it.
// The head script in observablehq.config.ts (head-script.ts) does the same before first paint; a unit test
// holds the two to the same behaviour.

import { rulesFor } from "./rules.js";

export type Lang = "en" | "zh";
export const LANGS: readonly Lang[] = ["en", "zh"];
export const LANG_PARAM = "lang";
/** The language a link or a file name leaves unsaid. */
export const DEFAULT_LANG: Lang = "en";

/** A file name's language suffix: "" for the default language, "-zh" for Chinese. */
export const langSuffix = (lang: Lang) => (lang === DEFAULT_LANG ? "" : `-${lang}`);
export const LANG_STORAGE_KEY = "gpt-notebook-lang";

/** One of LANGS ("zh", "en"); anything else (including "zh-CN", "ZH", "") is no language. */
export function parseLang(value: string | null | undefined): Lang | null {
  return LANGS.find((lang) => lang === value) ?? null;
}

/** localStorage, or nothing where it is unavailable (some private modes throw on access). */
function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function storedLang(): Lang | null {
  try {
    return parseLang(storage()?.getItem(LANG_STORAGE_KEY));
  } catch {
    return null;
  }
}

export function rememberLang(lang: Lang): void {
  try {
    storage()?.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Storage full or refused: the URL still carries the language.
  }
}

/** The language of this page view; a language given in the URL is remembered for later visits. */
export function currentLang(search: string = globalThis.location?.search ?? ""): Lang {
  const fromUrl = parseLang(new URLSearchParams(search).get(LANG_PARAM));
  if (fromUrl) {
    rememberLang(fromUrl);
    return fromUrl;
  }
  return storedLang() ?? "en";
}

/** The value of `<html lang>` for a language: its BCP 47 tag (rules.ts). */
export function htmlLang(lang: Lang): string {
  return rulesFor(lang).tag;
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/**
 * An internal link carrying the language: `./scaling` → `./scaling?lang=zh`, keeping its other parameters and its
 * hash. English is the default and leaves the URL clean (`lang` removed); the choice itself is remembered.
 * External links (with a scheme or `//`) and links within the page (`#…`) are returned unchanged.
 */
export function withLang(href: string, lang: Lang): string {
  if (href === "" || href.startsWith("#") || EXTERNAL.test(href)) return href;
  const hashAt = href.indexOf("#");
  const hash = hashAt >= 0 ? href.slice(hashAt) : "";
  const beforeHash = hashAt >= 0 ? href.slice(0, hashAt) : href;
  const queryAt = beforeHash.indexOf("?");
  const path = queryAt >= 0 ? beforeHash.slice(0, queryAt) : beforeHash;
  const params = new URLSearchParams(queryAt >= 0 ? beforeHash.slice(queryAt + 1) : "");
  if (lang === "en") params.delete(LANG_PARAM);
  else params.set(LANG_PARAM, lang);
  const query = params.toString();
  return `${path}${query ? `?${query}` : ""}${hash}`;
}

/** This page's address in another language, for the language switch: explicit `lang`, even for English. */
export function switchHref(
  lang: Lang,
  at: { pathname: string; search: string; hash: string } = globalThis.location
): string {
  const params = new URLSearchParams(at.search);
  params.set(LANG_PARAM, lang);
  return `${at.pathname}?${params.toString()}${at.hash}`;
}
