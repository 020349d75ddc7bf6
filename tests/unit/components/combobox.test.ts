// @vitest-environment jsdom
// The type-ahead picker (the Explore page's highlights): at most `limit` matches of 20,000 items, names that start
// with the query first; the keyboard of WAI-ARIA's combobox pattern; chips that remove; the form's value and its
// "input" events, fired on a change of the chosen items only.
import { describe, expect, test } from "vitest";
import { combobox, comboboxMatches, type ComboboxItem } from "../../../src/components/combobox.js";
import { dictionaryFor } from "../../../src/i18n/index.js";

const items: ComboboxItem[] = Array.from({ length: 20_000 }, (_, i) => ({
  value: `model-${i}`,
  label: i === 7 ? "GPT-3" : i === 8 ? "Not GPT" : `Model ${i}`,
  also: [`model-${i}`]
}));
const words = { label: "Highlight models", ...dictionaryFor("en").common.modelPicker };

function setUp(value: string[] = []) {
  const form = combobox({ id: "pick", items, value, words });
  document.body.replaceChildren(form);
  const input = form.querySelector<HTMLInputElement>("input[role=combobox]")!;
  const listbox = form.querySelector<HTMLUListElement>("[role=listbox]")!;
  const changes: string[][] = [];
  form.addEventListener("input", () => changes.push(form.value));
  const type = (text: string) => {
    input.value = text;
    input.dispatchEvent(new Event("input", { bubbles: true }));
  };
  const key = (key: string) => input.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true }));
  const options = () => [...listbox.querySelectorAll("[role=option]")].map((o) => o.textContent);
  return { form, input, listbox, changes, type, key, options };
}

describe("matches", () => {
  test("at most the limit, those starting with the query first, the chosen left out, every match counted", () => {
    const { shown, total } = comboboxMatches(items, "gpt", new Set(), 50);
    expect(shown.map((i) => i.label)).toEqual(["GPT-3", "Not GPT"]);
    expect(total).toBe(2);
    const many = comboboxMatches(items, "model 1", new Set(["model-1"]), 50);
    expect(many.shown).toHaveLength(50);
    expect(many.total).toBe(11_110);
    expect(many.shown[0]!.label).toBe("Model 10");
    // Other words (an id) find an item too.
    expect(comboboxMatches(items, "model-7", new Set(), 50).shown.map((i) => i.label)).toContain("GPT-3");
  });
});

describe("the control", () => {
  test("labelled, a combobox controlling a listbox, closed until typed in", () => {
    const { form, input, listbox } = setUp();
    expect(form.querySelector("label")!.htmlFor).toBe(input.id);
    expect(input.getAttribute("aria-controls")).toBe(listbox.id);
    expect(input.getAttribute("aria-expanded")).toBe("false");
    expect(listbox.hidden).toBe(true);
  });

  test("typing lists at most 50 matches and says how many; typing is not a change of the form", () => {
    const { form, input, listbox, changes, type, options } = setUp();
    type("model");
    expect(options()).toHaveLength(50);
    expect(listbox.hidden).toBe(false);
    expect(input.getAttribute("aria-expanded")).toBe("true");
    expect(form.querySelector("[role=status]")!.textContent).toBe(
      "50 of 20,000 matching models listed: type more to narrow them" // ids match too
    );
    type("zzz");
    expect(options()).toHaveLength(0);
    expect(listbox.textContent).toBe("No model matches");
    expect(changes).toEqual([]);
  });

  test("arrows move the active option, Enter highlights it as a chip, Backspace on an empty box removes the last", () => {
    const { form, input, changes, type, key } = setUp();
    type("gpt");
    key("ArrowDown");
    key("ArrowDown");
    key("ArrowDown"); // wraps to the first
    expect(input.getAttribute("aria-activedescendant")).toBe("pick-option-0");
    expect(form.querySelector("#pick-option-0")!.getAttribute("aria-selected")).toBe("true");
    key("Enter");
    expect(form.value).toEqual(["model-7"]);
    expect(input.value).toBe("");
    expect(input.getAttribute("aria-expanded")).toBe("false");
    expect([...form.querySelectorAll(".combobox-chip span")].map((s) => s.textContent)).toEqual(["GPT-3"]);
    // The chosen item is not offered again.
    type("gpt");
    expect([...form.querySelectorAll("[role=option]")].map((o) => o.textContent)).toEqual(["Not GPT"]);
    key("Escape");
    expect(input.getAttribute("aria-expanded")).toBe("false");
    key("Escape");
    expect(input.value).toBe("");
    key("Backspace");
    expect(form.value).toEqual([]);
    expect(changes).toEqual([["model-7"], []]);
  });

  test("a chip's button, named for its model, removes it; a value set by script draws its chips", () => {
    const { form, changes } = setUp(["model-7", "model-2", "unknown"]);
    expect(form.value).toEqual(["model-7", "model-2"]);
    const remove = form.querySelector<HTMLButtonElement>('button[aria-label="Remove GPT-3"]')!;
    remove.click();
    expect(form.value).toEqual(["model-2"]);
    expect(changes).toEqual([["model-2"]]);
    form.value = ["model-8"];
    expect(form.querySelector(".combobox-chip")!.textContent).toContain("Not GPT");
  });

  test("single: choosing replaces the one chosen", () => {
    const form = combobox({ id: "one", items, value: ["model-2"], words, single: true });
    document.body.replaceChildren(form);
    const input = form.querySelector<HTMLInputElement>("input")!;
    input.value = "gpt";
    input.dispatchEvent(new Event("input", { bubbles: true }));
    input.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowDown" }));
    input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
    expect(form.value).toEqual(["model-7"]);
  });

  test("a pointer picks an option without the box losing the focus first", () => {
    const { form, type } = setUp();
    type("gpt");
    const option = form.querySelectorAll("[role=option]")[1]!;
    const event = new MouseEvent("mousedown", { bubbles: true, cancelable: true });
    option.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(form.value).toEqual(["model-8"]);
  });
});
