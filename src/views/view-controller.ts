// One controller per page for its view state: the state is read from the URL once, changed only through `set`,
// and every listener (the figures, the summary line, the URL) hears each change. No cell writes a side channel that
// another cell reads.
import { readState, stateQuery, writeState, type Params } from "./url-state.js";
import type { PageAddress } from "../compose/add-view.js";

export interface ViewController<S> {
  readonly state: Readonly<S>;
  set(change: Partial<S>): void;
  /** Calls `listener` now and after every change; returns the unsubscribe. */
  subscribe(listener: (state: Readonly<S>) => void): () => void;
  /**
   * The page's address with the state as it stands now. The address bar follows a change only `urlDelay` later, so a
   * reader of the view's address (a button pressed right after a control) reads it here, never from `location`.
   */
  address(): PageAddress;
  dispose(): void;
}

export function createViewController<S>(
  params: Params<S>,
  options: {
    search?: string;
    urlDelay?: number;
    writeUrl?: boolean;
    /** Settles what one parameter means for another (the explorer: a date axis has no scale choice). */
    normalize?: (state: S) => S;
  } = {}
): ViewController<S> {
  const normalize = options.normalize ?? ((state: S) => state);
  let state = normalize(readState(options.search ?? globalThis.location?.search ?? "", params));
  const listeners = new Set<(state: Readonly<S>) => void>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const writeUrl = options.writeUrl ?? typeof history !== "undefined";
  return {
    get state() {
      return state;
    },
    set(change) {
      const next = normalize({ ...state, ...change });
      if ((Object.keys(change) as (keyof S)[]).every((key) => Object.is(next[key], state[key]))) return;
      state = next;
      for (const listener of listeners) listener(state);
      // The URL follows a moment later, once per burst of changes (dragging a slider), off the redraw's frame.
      if (writeUrl) {
        clearTimeout(timer);
        timer = setTimeout(() => writeState(state, params), options.urlDelay ?? 150);
      }
    },
    address() {
      const here = new URL(globalThis.location?.href ?? "http://localhost/");
      here.search = stateQuery(state, params, here.search);
      return { pathname: here.pathname, search: here.search, href: here.href };
    },
    subscribe(listener) {
      listeners.add(listener);
      listener(state);
      return () => listeners.delete(listener);
    },
    dispose() {
      clearTimeout(timer);
      listeners.clear();
    }
  };
}
