// Synthetic catalogs for the benchmark: the curated models copied N times over, shifted in time and size, so that
// the loaders and charts see realistic rows at any count. Never used as data: only to time the code.
import type { RawSources } from "../data-loaders/catalog.js";

export function syntheticSources(raw: RawSources, count: number): RawSources {
  const models = raw.models as Record<string, any>[];
  const copies: Record<string, any>[] = [];
  for (let i = 0; copies.length < count; ++i) {
    const base = structuredClone(models[i % models.length]!);
    const round = Math.floor(i / models.length);
    if (round > 0) {
      base.id = `${base.id}-synthetic-${round}`;
      base.name = `${base.name} (synthetic ${round})`;
      base.gpt_line = false;
      const day = 1 + (round % 28);
      base.release.date = `${base.release.date.slice(0, 8)}${String(day).padStart(2, "0")}`;
      if (base.release.precision === "month") base.release.precision = "day";
      for (const fact of ["parameters", "training_tokens", "training_compute"])
        if (base[fact].value !== null) base[fact].value = fact === "parameters" ? Math.round(base[fact].value * (1 + (round % 7) / 10)) : base[fact].value * (1 + (round % 7) / 10);
    }
    copies.push(base);
  }
  return { ...raw, models: copies };
}
