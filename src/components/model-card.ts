// A model card: dates, size, data and compute with their status and source; parents and children with the
// training method; the abilities it gained and lost against its parents (from the capability table).
import type { CapabilityRow, LineageRow, ReleaseRow } from "../contract.js";
import { formatCount, formatDate, formatFlop } from "./encoding.js";

export type CapabilityCell = CapabilityRow;

const HAS = new Set(["present", "weak"]);

/** Abilities the model has that a parent lacked, and abilities a parent had that it lost or regressed. */
export function abilityChanges(id: string, parents: string[], cells: readonly CapabilityCell[]) {
  const of = (model: string) => new Map(cells.filter((c) => c.model === model).map((c) => [c.ability, c]));
  const mine = of(id);
  const gained: CapabilityCell[] = [];
  const lost: CapabilityCell[] = [];
  for (const parent of parents) {
    const theirs = of(parent);
    if (!theirs.size || !mine.size) continue;
    for (const [ability, cell] of mine) {
      const before = theirs.get(ability);
      if (!before) continue;
      if (HAS.has(cell.state) && !HAS.has(before.state) && !gained.includes(cell)) gained.push(cell);
      if ((cell.state === "regressed" || (HAS.has(before.state) && cell.state === "absent")) && !lost.includes(cell)) lost.push(cell);
    }
  }
  return { gained, lost };
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function sourced(text: string, url: string | null, status?: string, by?: string | null): HTMLElement {
  const span = el("span");
  span.append(text);
  // The text of an undisclosed value already says so; an estimate says whose it is.
  if (status === "estimate") span.append(el("span", ` (estimate by ${by})`, "status"));
  if (url && /^https?:/.test(url)) {
    const a = el("a", "source");
    a.href = url;
    a.setAttribute("aria-label", `source: ${url}`);
    span.append(" ", a);
  }
  return span;
}

const STATUS_TEXT: Record<string, string> = {
  disclosed: "disclosed by the developer",
  estimate: "estimate",
  undisclosed: "not disclosed by the developer"
};

/** Under a fact's value: its status in words and its note (later corrections, raw versus filtered, disagreements). */
export function factNote(status: string, by: string | null, note: string | null): HTMLElement {
  const div = el("div", undefined, "fact-note");
  div.append(el("span", `Status: ${status === "estimate" ? `estimate by ${by ?? "an outside source"}` : (STATUS_TEXT[status] ?? status)}.`, "fact-status"));
  if (note) div.append(" ", note);
  return div;
}

export function modelCard(id: string | null, { releases, lineage, capabilities }: { releases: readonly ReleaseRow[]; lineage: readonly LineageRow[]; capabilities: readonly CapabilityCell[] }): HTMLElement {
  const card = el("section", undefined, "model-card");
  card.setAttribute("aria-live", "polite");
  const model = releases.find((r) => r.id === id);
  if (!model) {
    card.append(el("p", "Select a model in the tree (click it, or Tab to it and press Enter) or in the list above to see its card."));
    return card;
  }
  const byId = new Map(releases.map((r) => [r.id, r]));
  card.dataset.model = model.id;
  card.append(el("h3", `${model.name}${model.name_zh ? ` · ${model.name_zh}` : ""}`));
  const facts = el("dl");
  const fact = (term: string, value: Node | string, detail?: Node) => {
    const dd = el("dd");
    dd.append(value);
    if (detail) dd.append(detail);
    facts.append(el("dt", term), dd);
  };
  fact("Organization", model.organization);
  fact("Released", sourced(`${formatDate(model.release_date, model.release_precision)} (${model.release_event})`, model.release_source_url));
  if (model.api_name) fact("API name", model.api_name);
  fact("Parameters", sourced(formatCount(model.parameters), model.parameters_source_url, model.parameters_status, model.parameters_estimated_by), factNote(model.parameters_status, model.parameters_estimated_by, model.parameters_note));
  fact("Training data", sourced(model.training_data === null ? "undisclosed" : `${formatCount(model.training_data)} ${model.training_data_unit}: ${model.training_data_counts}`, model.training_data_source_url, model.training_data_status, model.training_data_estimated_by), factNote(model.training_data_status, model.training_data_estimated_by, model.training_data_note));
  fact("Training tokens", sourced(formatCount(model.training_tokens), model.training_tokens_source_url, model.training_tokens_status, model.training_tokens_estimated_by), factNote(model.training_tokens_status, model.training_tokens_estimated_by, model.training_tokens_note));
  fact("Training compute", sourced(formatFlop(model.training_compute), model.training_compute_source_url, model.training_compute_status, model.training_compute_estimated_by), factNote(model.training_compute_status, model.training_compute_estimated_by, model.training_compute_note));
  const parents = lineage.filter((e) => e.child === model.id);
  const children = lineage.filter((e) => e.parent === model.id);
  const edgeList = (edges: LineageRow[], end: "parent" | "child") => {
    if (!edges.length) return "none in the catalog";
    const ul = el("ul");
    for (const e of edges) {
      const li = el("li");
      li.append(sourced(`${byId.get(e[end])?.name ?? e[end]}: ${e.method} (${e.evidence})`, e.source_url));
      ul.append(li);
    }
    return ul;
  };
  fact("Trained from", edgeList(parents, "parent"));
  fact("Trained into", edgeList(children, "child"));
  const { gained, lost } = abilityChanges(model.id, parents.map((e) => e.parent), capabilities);
  const abilityList = (cells: CapabilityCell[]) => {
    if (!cells.length) return "none recorded against its parents";
    const ul = el("ul");
    for (const c of cells) {
      const li = el("li");
      li.append(sourced(`${c.ability_en} (${c.state}${c.stage ? `, from ${c.stage}` : ""})`, c.source_url));
      ul.append(li);
    }
    return ul;
  };
  if (capabilities.some((c) => c.model === model.id)) {
    fact("Abilities gained", abilityList(gained));
    fact("Abilities lost or weakened", abilityList(lost));
  }
  if (model.notes) fact("Notes", model.notes);
  card.append(facts);
  return card;
}
