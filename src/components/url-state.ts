// Page state kept in the URL's query string, so that a shared link reopens the same view.

export function readParam(name: string, fallback: string, allowed?: readonly string[]): string {
  const value = new URLSearchParams(globalThis.location?.search ?? "").get(name);
  if (value === null || (allowed && !allowed.includes(value))) return fallback;
  return value;
}

export function readListParam(name: string, fallback: string[], allowed?: readonly string[]): string[] {
  const value = new URLSearchParams(globalThis.location?.search ?? "").get(name);
  if (value === null) return fallback;
  const items = value.split(",").filter((item) => item !== "" && (!allowed || allowed.includes(item)));
  return items;
}

/** Writes the state into the URL without a navigation; defaults are left out to keep links short. */
export function writeParams(state: Record<string, string | string[] | null>, defaults: Record<string, string | string[] | null> = {}): void {
  const params = new URLSearchParams(globalThis.location.search);
  for (const [name, value] of Object.entries(state)) {
    const text = Array.isArray(value) ? value.join(",") : value;
    const fallback = defaults[name];
    const fallbackText = Array.isArray(fallback) ? fallback.join(",") : fallback;
    if (text === null || text === undefined || text === fallbackText) params.delete(name);
    else params.set(name, text);
  }
  const query = params.toString();
  history.replaceState(history.state, "", `${location.pathname}${query ? `?${query}` : ""}${location.hash}`);
}
