// The serializer writes exactly the stories' format: every story of the repository goes parse → serialize → parse
// unchanged (and the built-in talks byte for byte), and each kind of block, front-matter value and note survives.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parseStory, type Story } from "../../../src/stories/parse.js";
import { serializeMeta, serializeStory } from "../../../src/compose/serialize.js";

const STORIES = join(__dirname, "..", "..", "..", "stories");

/** A story without where it was read from (line numbers and file name change with the text's layout). */
const shape = (story: Story) =>
  JSON.parse(JSON.stringify(story, (key, value) => (key === "line" || key === "file" ? undefined : value)));

describe("round trip", () => {
  const files = readdirSync(STORIES).filter((f) => f.endsWith(".md"));
  test("the repository has stories to read", () => expect(files.length).toBeGreaterThanOrEqual(3));
  test.each(files)("stories/%s: parse → serialize → parse is identical", (file) => {
    const text = readFileSync(join(STORIES, file), "utf8");
    const story = parseStory(text, file);
    const written = serializeStory(story);
    expect(shape(parseStory(written, file))).toEqual(shape(story));
    // Written twice, the same text: the serializer's output is its own fixed point.
    expect(serializeStory(parseStory(written, file))).toBe(written);
  });
  test("the built-in talks are written back byte for byte", () => {
    for (const file of ["gpt-history.md", "gpt-history.zh.md"]) {
      const text = readFileSync(join(STORIES, file), "utf8");
      expect(serializeStory(parseStory(text))).toBe(text);
    }
  });
});

describe("every part of the format", () => {
  const markdown = `---
title: A "quoted" title: with a colon
lang: zh
author: Ada
date: 2026-12-01
paper: letter
duration: 25
---

# One

Some **bold** text and a [link](https://example.org).

## A part

- first
- second

1. one
2. two

| a | b |
| --- | --- |
| 1 | 2 |

![A cat](cat.png)

![GPT-3](/scaling?model=gpt-3-175b#parameters-by-date)

<!--
Say this.

Then that.
-->

---

# Two
`;
  test("is written as it was read", () => {
    const story = parseStory(markdown);
    expect(story.meta.title).toBe('A "quoted" title: with a colon');
    expect(serializeStory(story)).toBe(markdown);
  });
  test("front matter: optional keys only when set, quotes that the parser would strip are kept", () => {
    expect(serializeMeta({ title: "T", lang: "en", paper: "a4" })).toBe("---\ntitle: T\nlang: en\npaper: a4\n---");
    const meta = parseStory(`${serializeMeta({ title: '"double"', lang: "en", paper: "a4" })}\n\n# x\n`).meta;
    expect(meta.title).toBe('"double"');
  });
});
