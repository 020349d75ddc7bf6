// A model card: dates, size, data and compute with their status and source; parents and children with the
// training method; the abilities it gained and lost against its parents (from the capability table).
import type { CapabilityRow, LineageRow, ReleaseRow, Status } from "../contract.js";
import {
  dictionaryFor,
  textIn,
  TRANSLATED_LANGS,
  translationKey,
  inParens,
  punctuation,
  type Lang
} from "../i18n/index.js";
import { formatCount, formatDataSize, formatDate, formatFlop } from "./encoding.js";
import { h, INTERFACE_ONLY } from "./dom.js";

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

function sourced(text: string, url: string | null, lang: Lang, status?: Status, by?: string | null): HTMLElement {
  const w = dictionaryFor(lang).modelCard;
  const span = h("span");
  span.append(text);
  // The text of an undisclosed value already says so; an estimate says whose it is.
  if (status === "estimate")
    span.append(h("span", { textContent: inParens(w.estimateBy(by ?? w.outsideSource), lang), className: "status" }));
  if (url && /^https?:/.test(url)) {
    const a = h("a", { textContent: w.sourceLink });
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
  const div = h("div", { className: "fact-note" });
  div.append(
    h("span", {
      textContent: dictionaryFor(lang).modelCard.statusLine(statusWords(status, by, lang)),
      className: "fact-status"
    })
  );
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
  textIn(lang, model, `${fact}_note`);

export interface CardData {
  releases: readonly ReleaseRow[];
  lineage: readonly LineageRow[];
  capabilities: readonly CapabilityCell[];
}

/** A text with its source link, and (for a fact) its status and whose estimate it is. */
export interface Sourced {
  text: string;
  url: string | null;
  status?: Status;
  by?: string | null;
}

/** One term of the card and its value: plain text, a sourced text, or a list of them (`none` when it is empty). */
export interface CardFact {
  term: string;
  value: string | Sourced | { list: Sourced[]; none: string };
  /** Under a fact's value: its status in words and its note. */
  note?: { status: Status; by: string | null; text: string | null };
}

/** The size, data and compute facts, each with its status, source and note. */
function sizeFacts(model: ReleaseRow, lang: Lang): CardFact[] {
  const w = dictionaryFor(lang).modelCard;
  const terms: Record<FactName, string> = {
    parameters: w.parameters,
    training_data: w.trainingData,
    training_tokens: w.trainingTokens,
    training_compute: w.trainingCompute
  };
  const facts = FACTS.map((name) => {
    let text = factValue(model, name, lang);
    if (name === "training_data" && model.training_data !== null)
      text += `${punctuation(lang).colon}${textIn(lang, model, "training_data_counts") ?? ""}`;
    const status = model[`${name}_status`];
    const by = model[`${name}_estimated_by`];
    return {
      term: terms[name],
      value: { text, url: model[`${name}_source_url`], status, by },
      note: { status, by, text: factNoteText(model, name, lang) }
    };
  });
  return model.mixture_of_experts ? [facts[0]!, activeFact(model, lang), ...facts.slice(1)] : facts;
}

/** A mixture of experts' active parameters (a dense model's are its parameters: no separate line). */
function activeFact(model: ReleaseRow, lang: Lang): CardFact {
  const { active_parameters: value, active_parameters_status: status, active_parameters_estimated_by: by } = model;
  return {
    term: dictionaryFor(lang).modelCard.activeParameters,
    value: {
      text: value === null ? dictionaryFor(lang).common.undisclosed : formatCount(value, lang),
      url: model.active_parameters_source_url,
      status,
      by
    },
    note: {
      status,
      by,
      text: textIn(lang, model, "active_parameters_note")
    }
  };
}

/** Parents and children: each edge's other end, its method and evidence, its source. */
function lineageFacts(model: ReleaseRow, data: CardData, lang: Lang): CardFact[] {
  const { modelCard: w, common } = dictionaryFor(lang);
  const name = new Map(data.releases.map((r) => [r.id, r.name]));
  const edges = (end: "parent" | "child") =>
    data.lineage
      .filter((e) => e[end === "parent" ? "child" : "parent"] === model.id)
      .map((e) => ({
        text: w.edge(name.get(e[end]) ?? e[end], common.method[e.method], common.evidence[e.evidence]),
        url: e.source_url
      }));
  return [
    { term: w.trainedFrom, value: { list: edges("parent"), none: w.noneInCatalog } },
    { term: w.trainedInto, value: { list: edges("child"), none: w.noneInCatalog } }
  ];
}

/** The abilities gained and lost against its parents, where the capability table has the model. */
function abilityFacts(model: ReleaseRow, data: CardData, lang: Lang): CardFact[] {
  const { modelCard: w, capability } = dictionaryFor(lang);
  if (!data.capabilities.some((c) => c.model === model.id)) return [];
  const parents = data.lineage.filter((e) => e.child === model.id).map((e) => e.parent);
  const { gained, lost } = abilityChanges(model.id, parents, data.capabilities);
  const items = (cells: CapabilityCell[]) =>
    cells.map((c) => ({
      text: w.abilityChange(
        textIn(lang, c, "ability_name"),
        capability.state[c.state],
        c.stage ? capability.stage[c.stage] : null
      ),
      url: c.source_url
    }));
  return [
    { term: w.abilitiesGained, value: { list: items(gained), none: w.noneRecorded } },
    { term: w.abilitiesLost, value: { list: items(lost), none: w.noneRecorded } }
  ];
}

/** The card as plain data: its heading and its facts in the order they are read. */
export function cardContent(model: ReleaseRow, data: CardData, lang: Lang): { title: string; facts: CardFact[] } {
  const w = dictionaryFor(lang).modelCard;
  const event = textIn(lang, model, "release_event");
  const released = `${formatDate(model.release_date, model.release_precision, lang)}${inParens(event, lang)}`;
  const notes = textIn(lang, model, "notes");
  return {
    // The model's name, then its names in the other languages where it has one (GPT-3 · …).
    title: [model.name, ...TRANSLATED_LANGS.map((other) => model[translationKey("name", other)])]
      .filter(Boolean)
      .join(" · "),
    facts: [
      { term: w.organization, value: model.organization },
      { term: w.released, value: { text: released, url: model.release_source_url } },
      ...(model.api_name ? [{ term: w.apiName, value: model.api_name }] : []),
      ...sizeFacts(model, lang),
      ...lineageFacts(model, data, lang),
      ...abilityFacts(model, data, lang),
      ...(notes ? [{ term: w.notes, value: notes }] : [])
    ]
  };
}

/** A fact's value as DOM: text, a sourced span, or a list of sourced items (or the words for none). */
function factValueNode(value: CardFact["value"], lang: Lang): Node | string {
  if (typeof value === "string") return value;
  const source = (item: Sourced) => sourced(item.text, item.url, lang, item.status, item.by);
  if (!("list" in value)) return source(value);
  if (!value.list.length) return value.none;
  const ul = h("ul");
  for (const item of value.list) {
    const li = h("li");
    li.append(source(item));
    ul.append(li);
  }
  return ul;
}

export function modelCard(id: string | null, data: CardData, lang: Lang = "en"): HTMLElement {
  const card = h("section", { className: "model-card" });
  card.setAttribute("aria-live", "polite");
  const model = data.releases.find((r) => r.id === id);
  if (!model) {
    card.append(h("p", { className: INTERFACE_ONLY, textContent: dictionaryFor(lang).modelCard.prompt }));
    return card;
  }
  const { title, facts } = cardContent(model, data, lang);
  card.dataset.model = model.id;
  card.append(h("h3", { textContent: title }));
  const dl = h("dl");
  for (const fact of facts) {
    const dd = h("dd");
    dd.append(factValueNode(fact.value, lang));
    if (fact.note) dd.append(factNote(fact.note.status, fact.note.by, fact.note.text, lang));
    dl.append(h("dt", { textContent: fact.term }), dd);
  }
  card.append(dl);
  return card;
}
