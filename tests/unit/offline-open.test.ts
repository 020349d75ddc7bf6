// The offline talk's "Open .md…": a story file checked as the build checks it against the file's inlined data, with
// the one refusal the build does not make (a view on the Epoch backdrop, which the offline file does not carry).
// @vitest-environment jsdom
import { expect, test } from "vitest";
import { StoryError } from "../../src/stories/parse.js";
import { openStory } from "../../src/talk/offline-open.js";
import { talkData } from "../../scripts/talk-data.js";

const data = talkData();
const story = (body: string) => `---\ntitle: Mine\nlang: zh\nduration: 5\n---\n\n# 一\n\n${body}\n`;

function failure(text: string, lang: "en" | "zh"): StoryError {
  try {
    openStory(text, "mine.md", data, lang);
  } catch (error) {
    if (error instanceof StoryError) return error;
    throw error;
  }
  throw new Error("the story was accepted");
}

test("a good story becomes the deck's slides, its meta kept (duration, language)", () => {
  const opened = openStory(story("![](/scaling?model=gpt-3-175b#parameters-by-date)"), "mine.md", data, "en");
  expect(opened.slides.map((s) => s.title)).toEqual(["一"]);
  expect(opened.story.meta).toMatchObject({ lang: "zh", duration: 5 });
});

test("a view of an unknown model, and a view on the Epoch backdrop, fail naming the file and the line", () => {
  expect(failure(story("![](/scaling?model=nope)"), "en").message).toMatch(/^mine\.md:9: .*nope/);
  expect(data.epoch.available).toBe(false);
  expect(failure(story("![](/scaling?backdrop=on)"), "en").message).toMatch(/^mine\.md:9: .*Epoch AI backdrop/);
  expect(failure(story("![](/scaling?backdrop=on)"), "zh").message).toMatch(/^mine\.md:9: 此视图需要 Epoch AI/);
});
