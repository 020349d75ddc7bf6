// One controller per page for its view state: the state is read from the URL once, changed only through `set`,
// and every listener (the figures, the summary line, the URL) hears each change. No cell writes a side channel that
// another cell reads.
import { readState, writeState, type Params } from "./url-state.js";

export interface ViewController<S> {
  readonly state: Readonly<S>;
  set(change: Partial<S>): void;
  /** Calls `listener` now and after every change; returns the unsubscribe. */
  subscribe(listener: (state: Readonly<S>) => void): () => void;
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
