// English interface text left on a Chinese page: the English dictionary's strings (and the fixed parts of its
// functions) that differ from the Chinese, found in a page's visible text. Titles (《…》) and quotations (“…”) are
// left out first: a Chinese sentence may name an English work (《Data on AI Models》), which is not interface text.
import { en } from "../../src/i18n/en.js";
import { zh } from "../../src/i18n/zh.js";

type Tree = { [key: string]: unknown };
const SENTINEL = "\u0000";

function leaves(tree: unknown, other: unknown): [unknown, unknown][] {
  if (tree !== null && typeof tree === "object")
    return Object.entries(tree as Tree).flatMap(([key, value]) => leaves(value, (other as Tree | undefined)?.[key]));
  return [[tree, other]];
}

/** The fixed text of a function's result: called with placeholders, split where they appear. */
function fragments(fn: unknown): string[] {
  if (typeof fn !== "function") return [];
  const args = Array.from({ length: fn.length }, () => SENTINEL);
  try {
    return String((fn as (...a: string[]) => unknown)(...args)).split(SENTINEL);
  } catch {
    return [];
  }
}

/**
 * The English strings to look for: words and phrases with at least one letter, not the same in Chinese (SVG, RLHF,
 * R² are both), at least `minLength` characters long so that short words do not match inside names.
 */
export function englishInterfaceStrings(minLength = 4): string[] {
  const found = new Set<string>();
  for (const [english, chinese] of leaves(en, zh)) {
    const chineseTexts = new Set(typeof chinese === "string" ? [chinese] : fragments(chinese).map((f) => f.trim()));
    const texts = typeof english === "string" ? [english] : fragments(english);
    for (const raw of texts) {
      const text = raw.trim().replace(/^[\s,.:;()·—–-]+|[\s,.:;()·—–-]+$/g, "");
      if (text.length >= minLength && /[A-Za-z]{3}/.test(text) && !chineseTexts.has(text)) found.add(text);
    }
  }
  return [...found];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The English interface strings in a page's visible text (whole words only), quoted titles and URLs removed first. */
export function englishLeaks(visibleText: string, allow: string[] = []): string[] {
  const text = visibleText.replace(/“[^”]*”|《[^》]*》/g, " ").replace(/https?:\/\/\S+/g, " ");
  return englishInterfaceStrings()
    .filter((s) => !allow.includes(s))
    .filter((s) => new RegExp(`(?<![A-Za-z0-9-])${escape(s)}(?![A-Za-z0-9-])`).test(text));
}
