// A type-ahead picker of several items among thousands: a text box with a list of at most `limit` matches beneath it
// (WAI-ARIA's combobox pattern: the box keeps the focus, the arrows move the active option), and the chosen items as
// chips, each with a button that removes it. A <select> of 20,000 options takes a third of a second to build and more to
// lay out, and a <datalist> neither takes several values nor bounds what it shows. Like Inputs' forms, the element has
// a `value` (the chosen values, in the order chosen) and fires "input" when it changes; its text box's own typing
// does not reach the form's listeners.
import { h } from "./dom.js";
import { textIn, type Lang } from "../i18n/index.js";
import type { Translations } from "../i18n/data-text.js";

export interface ComboboxItem {
  value: string;
  label: string;
  /** Other words that find it (an id, a name in another language). */
  also?: readonly string[];
}

/** The words a combobox shows and says: from the page's dictionary. */
export interface ComboboxWords {
  label: string;
  placeholder: string;
  /** The accessible name of the list of chosen items. */
  chosen: string;
  remove: (label: string) => string;
  /** Announced as the list changes: how many match, and how many of them the list shows. */
  matches: (shown: number, total: number) => string;
  none: string;
}

/** Models as items: each by its name in the page's language, found also by its English name and its id. */
export const modelItems = (
  models: readonly ({ id: string; name: string } & Translations<"name">)[],
  lang: Lang
): ComboboxItem[] =>
  models.map((model) => {
    const label = textIn(lang, model, "name");
    return { value: model.id, label, also: label === model.name ? [model.id] : [model.name, model.id] };
  });

export interface ComboboxOptions {
  /** The prefix of the ids of its elements: unique on the page. */
  id: string;
  items: readonly ComboboxItem[];
  value: readonly string[];
  words: ComboboxWords;
  /** The most matches listed at once. */
  limit?: number;
  /** One item at most: choosing one replaces the one chosen. */
  single?: boolean;
}

export type Combobox = HTMLDivElement & { value: string[] };

/** At most `limit` items matching `query`, those whose label starts with it first; `total` counts every match. */
export function comboboxMatches(
  items: readonly ComboboxItem[],
  query: string,
  exclude: ReadonlySet<string>,
  limit: number
): { shown: ComboboxItem[]; total: number } {
  const q = query.trim().toLowerCase();
  const starts: ComboboxItem[] = [];
  const contains: ComboboxItem[] = [];
  for (const item of items) {
    if (exclude.has(item.value)) continue;
    const label = item.label.toLowerCase();
    if (label.startsWith(q)) starts.push(item);
    else if (label.includes(q) || item.also?.some((word) => word.toLowerCase().includes(q))) contains.push(item);
  }
  return { shown: [...starts, ...contains].slice(0, limit), total: starts.length + contains.length };
}

/** The elements: the text box (role combobox), its list of matches, the live count, the chips' list. */
function comboboxParts(id: string, words: ComboboxWords) {
  const input = h("input", {
    type: "text",
    id: `${id}-input`,
    className: "combobox-input",
    placeholder: words.placeholder,
    autocomplete: "off",
    spellcheck: false,
    attrs: {
      role: "combobox",
      "aria-autocomplete": "list",
      "aria-expanded": "false",
      "aria-controls": `${id}-listbox`
    }
  });
  const listbox = h("ul", {
    id: `${id}-listbox`,
    className: "combobox-listbox",
    hidden: true,
    attrs: { role: "listbox", "aria-label": words.label }
  });
  const status = h("span", { className: "sr-only", attrs: { role: "status" } });
  const chips = h("ul", { className: "combobox-chips", attrs: { "aria-label": words.chosen } });
  const form = h(
    "div",
    { className: "combobox" },
    h("label", { htmlFor: input.id, textContent: words.label }),
    chips,
    h("div", { className: "combobox-field" }, input, listbox),
    status
  ) as Combobox;
  return { form, input, listbox, status, chips };
}

/** A chosen item's chip: its label and a button that removes it. */
const chip = (label: string, words: ComboboxWords, remove: () => void) =>
  h(
    "li",
    { className: "combobox-chip" },
    h("span", { textContent: label }),
    h("button", {
      type: "button",
      className: "combobox-remove",
      textContent: "×",
      attrs: { "aria-label": words.remove(label) },
      onclick: remove
    })
  );

/** A match in the list; chosen on mousedown, before the text box loses the focus (which closes the list). */
const optionElement = (id: string, index: number, item: ComboboxItem, choose: (value: string) => void) =>
  h("li", {
    id: `${id}-option-${index}`,
    className: "combobox-option",
    textContent: item.label,
    attrs: { role: "option", "aria-selected": "false" },
    onmousedown: (event: MouseEvent) => {
      event.preventDefault();
      choose(item.value);
    }
  });

/** The combobox: chips of the chosen items, the text box, its list of matches and a live count of them. */
export function combobox(options: ComboboxOptions): Combobox {
  const { id, words } = options;
  const limit = options.limit ?? 50;
  const byValue = new Map(options.items.map((item) => [item.value, item]));
  const { form, input, listbox, status, chips } = comboboxParts(id, words);
  let chosen = options.value.filter((value) => byValue.has(value));
  let shown: ComboboxItem[] = [];
  let active = -1;

  const changed = () => form.dispatchEvent(new Event("input", { bubbles: true }));
  const drawChips = () =>
    chips.replaceChildren(
      ...chosen.map((value) =>
        chip(byValue.get(value)!.label, words, () => {
          chosen = chosen.filter((v) => v !== value);
          drawChips();
          changed();
          input.focus();
        })
      )
    );
  const setActive = (index: number) => {
    active = index;
    listbox.querySelectorAll("[role=option]").forEach((option, i) => {
      option.setAttribute("aria-selected", String(i === index));
      if (i === index) option.scrollIntoView?.({ block: "nearest" });
    });
    if (index >= 0) input.setAttribute("aria-activedescendant", `${id}-option-${index}`);
    else input.removeAttribute("aria-activedescendant");
  };
  const close = () => {
    listbox.hidden = true;
    input.setAttribute("aria-expanded", "false");
    setActive(-1);
  };
  const choose = (value: string) => {
    chosen = options.single ? [value] : [...chosen, value];
    input.value = "";
    drawChips();
    close();
    changed();
  };
  const open = () => {
    const matches = comboboxMatches(options.items, input.value, new Set(chosen), limit);
    shown = matches.shown;
    listbox.replaceChildren(
      ...(shown.length
        ? shown.map((item, i) => optionElement(id, i, item, choose))
        : [h("li", { className: "combobox-none", textContent: words.none, attrs: { role: "presentation" } })])
    );
    listbox.hidden = false;
    input.setAttribute("aria-expanded", "true");
    status.textContent = shown.length ? words.matches(shown.length, matches.total) : words.none;
    setActive(-1);
  };
  const removeLast = () => {
    chosen = chosen.slice(0, -1);
    drawChips();
    changed();
  };

  // The text box's own typing filters the list; it is not the form's change.
  input.addEventListener("input", (event) => (event.stopPropagation(), open()));
  input.addEventListener("blur", close);
  input.addEventListener("keydown", (event) => {
    const step = event.key === "ArrowDown" ? 1 : event.key === "ArrowUp" ? -1 : 0;
    if (step) {
      event.preventDefault();
      if (listbox.hidden) open();
      if (shown.length) setActive((active + step + shown.length) % shown.length);
    } else if (event.key === "Enter" && !listbox.hidden && active >= 0) {
      event.preventDefault();
      choose(shown[active]!.value);
    } else if (event.key === "Escape") {
      if (listbox.hidden) input.value = "";
      else close();
    } else if (event.key === "Backspace" && input.value === "" && chosen.length) removeLast();
  });

  Object.defineProperty(form, "value", {
    get: () => [...chosen],
    set: (values: readonly string[]) => {
      chosen = values.filter((value) => byValue.has(value));
      drawChips();
    }
  });
  drawChips();
  return form;
}
