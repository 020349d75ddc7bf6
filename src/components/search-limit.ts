// A cap on the length of a search query. Inputs.search turns each word of the query into a regular expression: a
// single 60 KB word (a paste gone wrong) is one V8 cannot compile ("Stack overflow"), so the search threw and its
// count of results stayed at the previous query's. No name or claim the site searches is anywhere near this long.

/** The longest query the site's searches take: longer than any text they search, far below what breaks them. */
export const MAX_QUERY_LENGTH = 200;

/** Caps the query of an Inputs.search form (returned as is): typing and pasting stop at `max`, a longer value set by
 * script is cut before the search reads it. */
export function limitQuery<T extends HTMLElement>(form: T, max: number = MAX_QUERY_LENGTH): T {
  const input = form.querySelector("input");
  if (!input) return form;
  input.maxLength = max;
  // Capture phase on the form: runs before the input's own listener, which filters the rows.
  form.addEventListener(
    "input",
    () => {
      if (input.value.length > max) input.value = input.value.slice(0, max);
    },
    true
  );
  return form;
}
