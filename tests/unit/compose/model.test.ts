// The browser story's operations (each pure, so undo is the story before) and its Markdown, read back by the
// stories' parser.
import { describe, expect, test } from "vitest";
import {
  addSlide,
  apply,
  composeMarkdown,
  composeToStory,
  deleteSlide,
  fromStory,
  history,
  moveSlide,
  moveSlideTo,
  nextId,
  redo,
  setMeta,
  undo,
  updateSlide,
  type ComposeStory
} from "../../../src/compose/model.js";
import { parseStory, StoryError } from "../../../src/stories/parse.js";

const story = (): ComposeStory =>
  fromStory(
    parseStory("---\ntitle: T\nlang: en\n---\n# A\n\ntext a\n\n<!-- note a -->\n---\n# B\n---\n# C\n\n- c1\n- c2\n"),
    "story-1"
  );
const titles = (s: ComposeStory) => s.slides.map((x) => x.title);

describe("operations", () => {
  test("fromStory keeps titles, bodies as Markdown, notes; ids s1…", () => {
    const s = story();
    expect(s.slides).toEqual([
      { id: "s1", title: "A", body: "text a", notes: "note a", hidden: false },
      { id: "s2", title: "B", body: "", notes: "", hidden: false },
      { id: "s3", title: "C", body: "- c1\n- c2", notes: "", hidden: false }
    ]);
  });
  test("move up and down within bounds; to an index", () => {
    const s = story();
    expect(titles(moveSlide(s, "s3", -1))).toEqual(["A", "C", "B"]);
    expect(titles(moveSlide(s, "s1", 1))).toEqual(["B", "A", "C"]);
    expect(moveSlide(s, "s1", -1)).toBe(s);
    expect(moveSlide(s, "s3", 5)).toBe(s);
    expect(titles(moveSlideTo(s, "s3", 0))).toEqual(["C", "A", "B"]);
  });
  test("update: a title is one line, notes normalised as the parser reads them", () => {
    const s = updateSlide(story(), "s2", { title: "New\ntitle ", notes: "one\ntwo\n\n\nthree" });
    expect(s.slides[1]).toMatchObject({ title: "New title", notes: "one two\n\nthree" });
    expect(composeToStory(s).slides[1]!.notes).toBe("one two\n\nthree");
  });
  test("add after a slide or at the end, with a fresh id", () => {
    const { story: s, id } = addSlide(story(), { title: "X", body: "x", notes: "" }, "s1");
    expect(id).toBe("s4");
    expect(titles(s)).toEqual(["A", "X", "B", "C"]);
    expect(titles(addSlide(story(), { title: "Y", body: "", notes: "" }).story)).toEqual(["A", "B", "C", "Y"]);
    expect(nextId("story-", ["story-2", "s9", "story-x"])).toBe("story-3");
  });
  test("hidden slides are neither presented nor downloaded; delete removes", () => {
    const s = updateSlide(story(), "s2", { hidden: true });
    expect(composeToStory(s).slides.map((x) => x.title)).toEqual(["A", "C"]);
    expect(composeMarkdown(s)).not.toContain("# B");
    expect(titles(deleteSlide(s, "s1"))).toEqual(["B", "C"]);
  });
  test("meta: empty optional fields are removed, the title is one line", () => {
    const s = setMeta(story(), { title: " Mine\n", duration: 20, author: "" });
    expect(s.meta).toEqual({ title: "Mine", lang: "en", paper: "a4", duration: 20 });
    expect(composeMarkdown(s)).toMatch(/^---\ntitle: Mine\nlang: en\npaper: a4\nduration: 20\n---\n/);
    expect(setMeta(s, { duration: Number.NaN }).meta.duration).toBeUndefined();
  });
  test("a body the parser refuses throws its StoryError with the line", () => {
    const s = updateSlide(story(), "s2", { body: "text\n\n<div>html</div>" });
    expect(() => composeToStory(s)).toThrow(StoryError);
  });
});

describe("undo", () => {
  test("undo and redo walk the stories before and after; a no-op leaves no step", () => {
    let h = history(story());
    h = apply(h, moveSlide(h.present, "s3", -2));
    h = apply(h, deleteSlide(h.present, "s1"));
    expect(titles(h.present)).toEqual(["C", "B"]);
    h = apply(h, moveSlide(h.present, "s3", -1));
    expect(h.past).toHaveLength(2);
    h = undo(h);
    expect(titles(h.present)).toEqual(["C", "A", "B"]);
    h = undo(h);
    expect(titles(h.present)).toEqual(["A", "B", "C"]);
    expect(undo(h)).toBe(h);
    h = redo(h);
    expect(titles(h.present)).toEqual(["C", "A", "B"]);
    h = apply(h, updateSlide(h.present, "s1", { title: "Z" }));
    expect(h.future).toEqual([]);
  });
});
