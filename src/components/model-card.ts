// A model card: dates, size, data and compute with their status and source; parents and children with the
// training method; the abilities it gained and lost against its parents (from the capability table).
import type { CapabilityRow, LineageRow, ReleaseRow, Status } from "../contract.js";
import { dictionaryFor, inLang, inParens, punctuation, type Lang } from "../i18n/index.js";
import { formatCount, formatDataSize, formatDate, formatFlop } from "./encoding.js";

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
      if ((cell.state === "regressed" || (HAS.has(before.state) && cell.state === "absent")) && !lost.includes(cell))
        lost.push(cell);
    }
  }
  return { gained, lost };
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function sourced(text: string, url: string | null, lang: Lang, status?: Status, by?: string | null): HTMLElement {
  const w = dictionaryFor(lang).modelCard;
  const span = el("span");
  span.append(text);
  // The text of an undisclosed value already says so; an estimate says whose it is.
  if (status === "estimate") span.append(el("span", inParens(w.estimateBy(by ?? w.outsideSource), lang), "status"));
  if (url && /^https?:/.test(url)) {
    const a = el("a", w.sourceLink);
    a.href = url;
    a.setAttribute("aria-label", w.sourceLabel(url));
    span.append(" ", a);
  }
  return span;
}

/** A fact's status in words: whose estimate, or whether the developer disclosed it. */
export function statusWords(status: Status, by: string | null, lang: Lang = "en"): string {
  const w = dictionaryFor(lang).modelCard;
  return status === "estimate" ? w.estimateBy(by ?? w.outsideSource) : w.factStatus[status];
}

/** Under a fact's value: its status in words and its note (later corrections, raw versus filtered, disagreements). */
export function factNote(status: Status, by: string | null, note: string | null, lang: Lang = "en"): HTMLElement {
  const div = el("div", undefined, "fact-note");
  div.append(el("span", dictionaryFor(lang).modelCard.statusLine(statusWords(status, by, lang)), "fact-status"));
  if (note) div.append(" ", note);
  return div;
}

const FACTS = ["parameters", "training_data", "training_tokens", "training_compute"] as const;
export type FactName = (typeof FACTS)[number];
export { FACTS };

/** A fact's value as read: "1.5B", "40 GB", "undisclosed" (or 15 亿, 未披露). */
export function factValue(model: ReleaseRow, fact: FactName, lang: Lang = "en"): string {
  const value = model[fact];
  if (value === null) return dictionaryFor(lang).common.undisclosed;
  if (fact === "training_data") return formatDataSize(value, model.training_data_unit, lang);
  return fact === "training_compute" ? formatFlop(value, lang) : formatCount(value, lang);
}

/** A fact's note in the page's language. */
export const factNoteText = (model: ReleaseRow, fact: FactName, lang: Lang): string | null =>
  inLang(lang, model[`${fact}_note`], model[`${fact}_note_zh`]);

export function modelCard(
  id: string | null,
  {
    releases,
    lineage,
    capabilities
  }: { releases: readonly ReleaseRow[]; lineage: readonly LineageRow[]; capabilities: readonly CapabilityCell[] },
  lang: Lang = "en"
): HTMLElement {
  const { modelCard: w, common, capability } = dictionaryFor(lang);
  const card = el("section", undefined, "model-card");
  card.setAttribute("aria-live", "polite");
  const model = releases.find((r) => r.id === id);
  if (!model) {
    card.append(el("p", w.prompt));
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
  const event = inLang(lang, model.release_event, model.release_event_zh);
  fact(w.organization, model.organization);
  fact(
    w.released,
    sourced(
      `${formatDate(model.release_date, model.release_precision, lang)}${inParens(event, lang)}`,
      model.release_source_url,
      lang
    )
  );
  if (model.api_name) fact(w.apiName, model.api_name);
  const terms: Record<FactName, string> = {
    parameters: w.parameters,
    training_data: w.trainingData,
    training_tokens: w.trainingTokens,
    training_compute: w.trainingCompute
  };
  for (const name of FACTS) {
    let value = factValue(model, name, lang);
    if (name === "training_data" && model.training_data !== null)
      value += `${punctuation(lang).colon}${inLang(lang, model.training_data_counts, model.training_data_counts_zh) ?? ""}`;
    fact(
      terms[name],
      sourced(value, model[`${name}_source_url`], lang, model[`${name}_status`], model[`${name}_estimated_by`]),
      factNote(model[`${name}_status`], model[`${name}_estimated_by`], factNoteText(model, name, lang), lang)
    );
  }
  const parents = lineage.filter((e) => e.child === model.id);
  const children = lineage.filter((e) => e.parent === model.id);
  const edgeList = (edges: LineageRow[], end: "parent" | "child") => {
    if (!edges.length) return w.noneInCatalog;
    const ul = el("ul");
    for (const e of edges) {
      const li = el("li");
      li.append(
        sourced(
          w.edge(byId.get(e[end])?.name ?? e[end], common.method[e.method], common.evidence[e.evidence]),
          e.source_url,
          lang
        )
      );
      ul.append(li);
    }
    return ul;
  };
  fact(w.trainedFrom, edgeList(parents, "parent"));
  fact(w.trainedInto, edgeList(children, "child"));
  const { gained, lost } = abilityChanges(
    model.id,
    parents.map((e) => e.parent),
    capabilities
  );
  const abilityList = (cells: CapabilityCell[]) => {
    if (!cells.length) return w.noneRecorded;
    const ul = el("ul");
    for (const c of cells) {
      const li = el("li");
      li.append(
        sourced(
          w.abilityChange(
            inLang(lang, c.ability_en, c.ability_zh),
            capability.state[c.state],
            c.stage ? capability.stage[c.stage] : null
          ),
          c.source_url,
          lang
        )
      );
      ul.append(li);
    }
    return ul;
  };
  if (capabilities.some((c) => c.model === model.id)) {
    fact(w.abilitiesGained, abilityList(gained));
    fact(w.abilitiesLost, abilityList(lost));
  }
  const notes = inLang(lang, model.notes, model.notes_zh);
  if (notes) fact(w.notes, notes);
  card.append(facts);
  return card;
}
