// The browser's stories in localStorage: several stories, autosave under a versioned key, "Add to my talk" creating
// and filling its story, and storage that cannot be read reported (and set aside), never a crash.
import { describe, expect, test } from "vitest";
import {
  addView,
  CORRUPT_KEY,
  createStory,
  deleteStory,
  duplicateStory,
  emptyStore,
  loadStore,
  putStory,
  readStoreText,
  saveStore,
  selectStory,
  STORE_KEY
} from "../../../src/compose/store.js";
import { composeMarkdown, composeToStory } from "../../../src/compose/model.js";
import { viewLinkFor } from "../../../src/compose/view-link.js";

/** A Storage over a Map; `refuse` makes setItem throw as a full or blocked storage does. */
function memoryStorage(refuse = false): Storage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => {
      if (refuse) throw new Error("QuotaExceededError");
      map.set(k, v);
    }
  };
}

const meta = (title: string) => ({ title, lang: "en" as const, paper: "a4" as const });
const view = { title: "Parameters", href: "/scaling?model=gpt-3-175b#parameters-by-date", notes: "The caption." };

describe("stories", () => {
  test("create, duplicate, select, delete", () => {
    const created = createStory(emptyStore(), meta("One"));
    let state = created.state;
    const id = created.id;
    expect(id).toBe("story-1");
    ({ state } = duplicateStory(state, id, "One (copy)"));
    expect(state.stories.map((s) => [s.id, s.meta.title])).toEqual([
      ["story-1", "One"],
      ["story-2", "One (copy)"]
    ]);
    expect(state.current).toBe("story-2");
    state = selectStory(state, "story-1");
    expect(state.current).toBe("story-1");
    expect(selectStory(state, "nope")).toBe(state);
    state = deleteStory(state, "story-1");
    expect(state.current).toBe("story-2");
    expect(deleteStory(state, "story-2")).toMatchObject({ stories: [], current: null });
  });
  test("Add to my talk creates the talk once, then appends; report goes to its own story", () => {
    let { state, story, slide } = addView(emptyStore(), "talk", view, { title: "My talk", lang: "zh" });
    expect([story.meta.title, story.meta.lang, slide]).toEqual(["My talk", "zh", 1]);
    ({ state, story, slide } = addView(state, "talk", { ...view, title: "Again" }, { title: "x", lang: "en" }));
    expect([story.meta.title, slide]).toEqual(["My talk", 2]);
    ({ state } = addView(state, "report", view, { title: "My report", lang: "en" }));
    expect(state.stories.map((s) => s.meta.title)).toEqual(["My talk", "My report"]);
    expect(state.targets).toEqual({ talk: "story-1", report: "story-2" });
    const talk = composeToStory(state.stories[0]!);
    expect(talk.slides[0]).toMatchObject({ title: "Parameters", notes: "The caption." });
    expect(talk.slides[0]!.blocks[0]).toMatchObject({ kind: "view", alt: "Parameters", view: { href: view.href } });
    // The talk deleted: the next add starts a new one.
    state = deleteStory(state, "story-1");
    expect(state.targets).toEqual({ report: "story-2" });
    expect(addView(state, "talk", view, { title: "My talk", lang: "en" }).story.id).toBe("story-3");
  });
});

describe("storage", () => {
  test("saved and loaded back under the versioned key", () => {
    const storage = memoryStorage();
    const { state } = addView(emptyStore(), "talk", view, { title: "My talk", lang: "en" });
    expect(saveStore(storage, state)).toBeNull();
    expect(JSON.parse(storage.map.get(STORE_KEY)!).version).toBe(1);
    const loaded = loadStore(storage);
    expect(loaded.problem).toBeUndefined();
    expect(loaded.state).toEqual(state);
    expect(composeMarkdown(loaded.state.stories[0]!)).toContain(`![Parameters](${view.href})`);
  });
  test.each([
    ["{not json", /not JSON/],
    ['{"version":2,"stories":[]}', /version 2/],
    [
      '{"version":1,"stories":[{"id":"a","meta":{"title":"t","lang":"fr","paper":"a4"},"slides":[]}]}',
      /story 1: meta.lang is "fr"/
    ],
    [
      '{"version":1,"stories":[{"id":"a","meta":{"title":"t","lang":"en","paper":"a4"},"slides":[{"id":"s1","title":"x","body":"","notes":""}]}]}',
      /story 1, slide 1: hidden/
    ]
  ])("unreadable %s: reported, set aside, an empty store", (text, reason) => {
    const storage = memoryStorage();
    storage.setItem(STORE_KEY, text);
    const { state, problem } = loadStore(storage);
    expect(problem?.kind).toBe("corrupt");
    expect(problem?.detail).toMatch(reason);
    expect(state).toEqual(emptyStore());
    expect(storage.getItem(CORRUPT_KEY)).toBe(text);
    expect(storage.getItem(STORE_KEY)).toBeNull();
  });
  test("no storage or a refusing one is reported", () => {
    expect(loadStore(null).problem?.kind).toBe("unavailable");
    expect(saveStore(memoryStorage(true), emptyStore())?.kind).toBe("full");
  });
  test("a current or target id that names no story is dropped on reading", () => {
    const { state } = createStory(emptyStore(), meta("One"));
    const read = readStoreText(JSON.stringify({ ...state, current: "gone", targets: { talk: "gone" } }));
    expect(read).toMatchObject({ current: "story-1", targets: {} });
    expect(putStory(state, { ...state.stories[0]!, meta: meta("Two") }).stories[0]!.meta.title).toBe("Two");
  });
});

describe("view links", () => {
  test("the page's own parameters and the figure's anchor; lang and unknown parameters left out", () => {
    expect(viewLinkFor("parameters-by-date", "/scaling", "?model=gpt-3-175b&lang=zh&branch=decoder-only")).toBe(
      "/scaling?model=gpt-3-175b&branch=decoder-only#parameters-by-date"
    );
    expect(
      viewLinkFor("explore-scatter", "/explore", "?x=date&y=parameters&highlight=gpt-3-175b,palm-540b&embed=1")
    ).toBe("/explore?x=date&y=parameters&highlight=gpt-3-175b,palm-540b#explore-scatter");
    expect(viewLinkFor("gpt35-tree", "/timeline.html", "?model=chatgpt")).toBe("/timeline?model=chatgpt#gpt35-tree");
  });
  test("a figure on a page without views links to the page that holds it; an unknown figure has none", () => {
    expect(viewLinkFor("parameters-by-date", "/", "?lang=zh")).toBe("/scaling#parameters-by-date");
    expect(viewLinkFor("no-such-figure", "/scaling", "")).toBeNull();
  });
});
