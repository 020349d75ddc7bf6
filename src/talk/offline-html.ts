// The page of the standalone talk (reports/talk.html): its stylesheet, its data and its script, all inline. Text
// inlined into an element the HTML parser reads as raw text must not change how it is read. In a <style>, only
// `</style` ends it. In a <script>, `</script` ends it, and `<!--` followed by `<script` enters the "double escaped"
// state, where the next `</script>` no longer ends it and the rest of the page becomes script (the talk goes blank).
// So the data goes into a JSON script with every `<` written as \u003c (no tag or comment can start in it), and the
// code, which carries no catalog text, has any `<` that starts one of those sequences written as \x3C.
// No Node imports: scripts/talk-entry.ts, bundled for the browser, reads the data element by its id, and the editor
// of /stories/mine builds its "Download .html" with it in the browser (src/compose/html.ts).

export const TALK_DATA_ID = "talk-data";

/** Where a `<` starts a sequence that changes a script element's parsing state: `<!--`, `<script`, `</script`. */
export const SCRIPT_HAZARD = /<(?=!--|\/?script)/gi;

/** The value as JSON for a `<script type="application/json">`: JSON.parse reads \u003c back as `<`. */
export function jsonForScript(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new Error("talk.html: the talk's data is not JSON");
  return json.replace(/</g, "\\u003c");
}

/**
 * Bundled code for an inline `<script>`: each hazardous `<` as \x3C, which means `<` wherever such a sequence can
 * stand in code (a string, a template or a regular expression). esbuild's output writes `</script` in strings as
 * `<\/script` already; this also covers `<!--` and `<script` (scripts/export-deck.ts checks the result still parses).
 */
export const scriptForInline = (js: string) => js.replace(SCRIPT_HAZARD, "\\x3C");

/** A stylesheet for an inline `<style>`: `</style` written with an escaped slash, which CSS reads as `/`. */
export const styleForInline = (css: string) => css.replace(/<\/(style)/gi, "<\\/$1");

/** The whole page: the stylesheet, then the data, then the code that reads it and draws the deck into the body. */
export function talkHtml({ script, style, data }: { script: string; style: string; data: unknown }): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Talk</title>
<style>${styleForInline(style)}</style>
</head>
<body>
<script type="application/json" id="${TALK_DATA_ID}">${jsonForScript(data)}</script>
<script>${scriptForInline(script)}</script>
</body>
</html>
`;
}
