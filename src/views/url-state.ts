// Page state kept in the URL's query string, so that a shared link reopens the same view. Each parameter has a typed
// parser that returns undefined for what it cannot read; the state then keeps the default (a link with a typo
// opens the default view, never a broken one).

export interface Param<T> {
  fallback: T;
  /** The value, or undefined when the text is not a valid value. */
  parse(text: string): T | undefined;
  format(value: T): string;
}

/** At most this many characters are read from one parameter: a hostile link cannot make the page do more work. */
const MAX_PARAM_LENGTH = 4000;

export function enumParam<T extends string>(values: readonly T[], fallback: T): Param<T> {
  return {
    fallback,
    parse: (text) => ((values as readonly string[]).includes(text) ? (text as T) : undefined),
    format: (value) => value
  };
}

/** A comma-separated subset of `values`. One unknown item rejects the whole list; an empty text is the empty list. */
export function listParam<T extends string>(values: readonly T[], fallback: readonly T[]): Param<readonly T[]> {
  return {
    fallback,
    parse: (text) => {
      if (text === "") return [];
      const items = text.split(",");
      if (!items.every((item) => (values as readonly string[]).includes(item))) return undefined;
      // In the order of `values`, once each: equal selections give equal links.
      return values.filter((value) => items.includes(value));
    },
    format: (value) => value.join(",")
  };
}

export function intParam(min: number, max: number, fallback: number): Param<number> {
  return {
    fallback,
    parse: (text) => {
      if (!/^-?\d{1,9}$/.test(text)) return undefined;
      const value = Number(text);
      return value >= min && value <= max ? value : undefined;
    },
    format: (value) => String(value)
  };
}

export function boolParam(fallback: boolean): Param<boolean> {
  return {
    fallback,
    parse: (text) => (text === "on" ? true : text === "off" ? false : undefined),
    format: (value) => (value ? "on" : "off")
  };
}

/** One of a set of ids, or null (none chosen). */
export function idParam(ids: readonly string[], fallback: string | null = null): Param<string | null> {
  return { fallback, parse: (text) => (ids.includes(text) ? text : undefined), format: (value) => value ?? "" };
}

export type Params<S> = { [K in keyof S]: Param<S[K]> };

/** The state in `search`, each parameter parsed or left at its default. */
export function readState<S>(search: string, params: Params<S>): S {
  const query = new URLSearchParams(search);
  const state = {} as S;
  for (const name of Object.keys(params) as (keyof S & string)[]) {
    const param = params[name];
    const text = query.get(name);
    const parsed = text === null || text.length > MAX_PARAM_LENGTH ? undefined : param.parse(text);
    state[name] = parsed === undefined ? param.fallback : parsed;
  }
  return state;
}

/** The query string for a state: defaults are left out to keep links short; other parameters are kept. */
export function stateQuery<S>(state: S, params: Params<S>, search = ""): string {
  const query = new URLSearchParams(search);
  for (const name of Object.keys(params) as (keyof S & string)[]) {
    const param = params[name];
    const text = param.format(state[name]);
    if (text === param.format(param.fallback)) query.delete(name);
    else query.set(name, text);
  }
  const result = query.toString();
  return result ? `?${result}` : "";
}

/** Writes the state into the URL without a navigation. */
export function writeState<S>(state: S, params: Params<S>): void {
  const query = stateQuery(state, params, location.search);
  if (query !== location.search)
    history.replaceState(history.state, "", `${location.pathname}${query}${location.hash}`);
}
