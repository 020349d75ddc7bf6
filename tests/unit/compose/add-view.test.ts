// "Add to my talk" and "Add to my report" as a figure's frame carries them: the page's current view appended to the
// browser's story, the status saying where it went (role=status) with a link to /stories/mine, in the page's language.
// @vitest-environment jsdom
import { beforeEach, describe, expect, test, vi } from "vitest";
import { addViewControls } from "../../../src/compose/add-view.js";
import { loadStore, STORE_KEY } from "../../../src/compose/store.js";
import { composeMarkdown } from "../../../src/compose/model.js";
import { renderFigure, standaloneSvg } from "../../../src/components/figure.js";
import { exploreScatter } from "../../../src/figures/registry.js";
import { dictionaryFor } from "../../../src/i18n/index.js";
import { createExploreView, exploreFigureState } from "../../../src/views/explore.js";
import { createTimelineView } from "../../../src/views/timeline.js";
import { EXPLORE_PRESETS, readExploreState } from "../../../src/views/explore-state.js";
import { storyData } from "../../support/story-data.js";
import { stubResizeObserver } from "../../support/resize-observer.js";

const source = (lang: "en" | "zh", figure = "parameters-by-date") => ({
  figure,
  lang,
  title: () => (lang === "zh" ? "参数量与发布日期" : "Parameters against release date"),
  caption: () => "The caption as shown."
});

/** A preset's name as ?preset=, a query as itself (a question's link from the page's list), none the plain explorer. */
const linkOf = (preset: string | null) =>
  !preset ? "?x=date&y=parameters" : preset.startsWith("?") ? preset : `?preset=${preset}`;

beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, "", "/scaling?model=gpt-3-175b&lang=zh");
});

describe("Add to my talk / report", () => {
  test("appends the view in its state, says where it went, links to the editor", () => {
    const { buttons, status } = addViewControls(source("en"));
    expect(status.getAttribute("role")).toBe("status");
    expect(buttons.map((b) => [b.textContent, b.getAttribute("aria-label")])).toEqual([
      ["Add to my talk", "Add to my talk: Parameters against release date"],
      ["Add to my report", "Add to my report: Parameters against release date"]
    ]);
    buttons[0]!.click();
    buttons[0]!.click();
    expect(status.textContent).toBe("Added to “My talk” as slide 2. Open my stories");
    expect(status.querySelector("a")!.getAttribute("href")).toBe("./stories/mine?story=story-1");
    buttons[1]!.click();
    expect(status.textContent).toBe("Added to “My report” as section 1. Open my stories");
    const { state, problem } = loadStore(localStorage);
    expect(problem).toBeUndefined();
    expect(JSON.parse(localStorage.getItem(STORE_KEY)!).version).toBe(1);
    expect(composeMarkdown(state.stories[0]!)).toContain(
      "# Parameters against release date\n\n![Parameters against release date](/scaling?model=gpt-3-175b#parameters-by-date)\n\n<!--\nThe caption as shown.\n-->"
    );
  });
  test("in Chinese: the words, a Chinese story, the link keeps the language", () => {
    const { buttons, status } = addViewControls(source("zh"));
    expect(buttons[0]!.textContent).toBe("加入我的演讲");
    buttons[0]!.click();
    expect(status.textContent).toBe("已加入“我的演讲”，为第 1 张幻灯片。打开我的文稿");
    expect(status.querySelector("a")!.getAttribute("href")).toBe("./stories/mine?story=story-1&lang=zh");
    expect(loadStore(localStorage).state.stories[0]!.meta).toMatchObject({ title: "我的演讲", lang: "zh" });
  });
  test("a figure no page shows as a view: said so, nothing stored", () => {
    const { buttons, status } = addViewControls(source("en", "no-such-figure"));
    buttons[0]!.click();
    expect(status.textContent).toBe("This figure cannot be added to a story yet.");
    expect(localStorage.getItem(STORE_KEY)).toBeNull();
  });
});

describe("from a named view of the explorer", () => {
  // The reviewer's case: "Compute of open and closed models" added from /explore?preset=openClosed became a section
  // titled "Any measure against any other", the generic figure's title.
  test.each([
    ["en", "openClosed", "Compute of open and closed models"],
    ["zh", "openClosed", dictionaryFor("zh").explore.presets.openClosed],
    [
      "en",
      "compute-by-date",
      exploreScatter.viewTitle!({ explore: { preset: "compute-by-date" } } as never, storyData() as never)!.en
    ],
    ["en", null, "Any measure against any other"],
    // A question as the page's list links it: by its state, not its name.
    ["en", EXPLORE_PRESETS.openClosed, "Compute of open and closed models"],
    ["zh", EXPLORE_PRESETS.chinchilla, dictionaryFor("zh").explore.presets.chinchilla]
  ] as const)("%s %s: the section and the heading take the view's title", (lang, preset, title) => {
    stubResizeObserver();
    const data = { ...storyData(), epoch: { available: false, models: [] } } as never;
    const search = linkOf(preset);
    history.replaceState(null, "", `/explore${search}`);
    const state = exploreFigureState(data, readExploreState(search, storyData().releases));
    const figure = renderFigure(exploreScatter, data, { lang, preset: "web", state });
    expect(figure.querySelector("h2")!.textContent).toBe(title);
    (figure.querySelector("button.figure-compose[data-target=report]") as HTMLButtonElement).click();
    const [story] = loadStore(localStorage).state.stories;
    expect(composeMarkdown(story!)).toContain(`# ${title}\n\n![${title}](/explore`);
  });
});

describe("a named view's download", () => {
  // The download of /explore?preset=openClosed was titled "Any measure against any other" while the page said the view's question.
  test.each([
    ["en", "openClosed", "Compute of open and closed models"],
    ["zh", "openClosed", dictionaryFor("zh").explore.presets.openClosed],
    ["en", null, "Any measure against any other"],
    ["en", EXPLORE_PRESETS.tokensCompute, "Training tokens against compute, after 2020"],
    ["zh", EXPLORE_PRESETS.openClosed, dictionaryFor("zh").explore.presets.openClosed]
  ] as const)("%s %s: the image, its <title> and metadata take the view's title", (lang, preset, title) => {
    const data = { ...storyData(), epoch: { available: false, models: [] } } as never;
    const search = linkOf(preset);
    const state = exploreFigureState(data, readExploreState(search, storyData().releases));
    const { svg } = standaloneSvg(exploreScatter, data, { lang, state, size: "slide", shownWidth: 960 });
    const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
    expect(doc.querySelector("svg > title")!.textContent).toBe(title);
    expect(JSON.parse(doc.querySelector("svg > metadata")!.textContent!).title).toBe(title);
    expect([...doc.querySelectorAll("svg > text")].map((t) => t.textContent).join(" ")).toContain(title);
  });
});

describe("a view over a backdrop a story cannot carry", () => {
  // Issue 24's "what you download shows what you saw": a view made on /explore over a backdrop (Epoch AI's, or a table
  // the reader opened in the browser) is added without it, as a story's views carry none; the status says so then,
  // not when the story is presented. The Scaling page's backdrop is in its link, and no word is added.
  test.each(["en", "zh"] as const)("%s: the status says the slide leaves the backdrop out", (lang) => {
    const words = dictionaryFor(lang).compose.add;
    history.replaceState(null, "", "/explore?x=date&y=parameters&backdrop=on&from=2018&to=2023");
    const { buttons, status } = addViewControls(source(lang, "explore-scatter"));
    buttons[0]!.click();
    expect(status.textContent).toContain(words.withoutBackdrop);
    const markdown = composeMarkdown(loadStore(localStorage).state.stories[0]!);
    expect(markdown).toContain("/explore?x=date&y=parameters&from=2018&to=2023#explore-scatter");
    expect(markdown).not.toContain("backdrop");
    // Without the backdrop, or on the Scaling page (whose link keeps it), nothing is said.
    for (const path of ["/explore?x=date&y=parameters", "/scaling?backdrop=on"]) {
      history.replaceState(null, "", path);
      const other = addViewControls(
        source(lang, path.startsWith("/scaling") ? "parameters-by-date" : "explore-scatter")
      );
      other.buttons[0]!.click();
      expect(other.status.textContent, path).not.toContain(words.withoutBackdrop);
    }
    expect(composeMarkdown(loadStore(localStorage).state.stories[0]!)).toContain(
      "/scaling?backdrop=on#parameters-by-date"
    );
  });

  test.each(["en", "zh"] as const)("%s: a download over an imported table says the address leaves it out", (lang) => {
    const note = dictionaryFor(lang).explore.share.importNotInAddress;
    const data = { ...storyData(), epoch: { available: false, models: [] } } as never;
    const state = exploreFigureState(data, readExploreState("?x=date&y=parameters", storyData().releases));
    const url = "http://127.0.0.1:3000/explore?x=date&y=parameters&backdrop=on";
    const file = (notInAddress: string | null) => {
      const { svg } = standaloneSvg(exploreScatter, data, {
        lang,
        state,
        size: "slide",
        shownWidth: 960,
        url,
        notInAddress
      });
      const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
      const credit = [...doc.querySelectorAll("text.credit")].map((t) => t.textContent).join("");
      return { credit, record: JSON.parse(doc.querySelector("svg > metadata")!.textContent!) };
    };
    const withImport = file(note);
    // In the image, before the address it qualifies (lines break between words or characters: compare without spaces).
    const squeeze = (text: string) => text.replace(/\s+/g, "");
    expect(squeeze(withImport.credit)).toContain(squeeze(note));
    expect(squeeze(withImport.credit).indexOf(squeeze(note))).toBeLessThan(
      squeeze(withImport.credit).indexOf(squeeze(url))
    );
    expect(withImport.record.notInUrl).toBe(note);
    const without = file(null);
    expect(squeeze(without.credit)).not.toContain(squeeze(note));
    expect(without.record.notInUrl).toBeNull();
  });
});

describe("a control changed just before the click", () => {
  // The address bar follows a change 150 ms later (src/views/view-controller.ts): a click within that time added the
  // view before the change. The buttons and a download's recorded address read the controller's address instead.
  test("Timeline: lanes by organization, then at once Add to my talk: the slide has the new lanes", () => {
    stubResizeObserver();
    history.replaceState(null, "", "/timeline");
    const view = createTimelineView(storyData(), "en");
    const radio = view.controls.querySelector<HTMLInputElement>("input[type=radio][value='1']")!;
    radio.checked = true;
    radio.dispatchEvent(new Event("input", { bubbles: true }));
    expect(view.controller.state.lanes).toBe("organization");
    // The address bar has not followed yet.
    expect(location.search).toBe("");
    view.figures.timeline.querySelector<HTMLButtonElement>("button.figure-compose[data-target=talk]")!.click();
    const [story] = loadStore(localStorage).state.stories;
    expect(composeMarkdown(story!)).toContain("](/timeline?lanes=organization#release-timeline)");
    expect(view.controller.address().href).toBe(`${location.origin}/timeline?lanes=organization`);
    view.dispose();
  });

  test("Explore: a filter, then at once Add to my report and the download's address: both have the filter", async () => {
    stubResizeObserver();
    history.replaceState(null, "", "/explore?x=date&y=parameters");
    const data = { ...storyData(), epoch: { available: false, models: [] } } as never;
    const view = createExploreView(data, "en", { search: "?x=date&y=parameters" });
    view.controller.set({ from: 2019 });
    expect(location.search).toBe("?x=date&y=parameters");
    view.figure.querySelector<HTMLButtonElement>("button.figure-compose[data-target=report]")!.click();
    const [story] = loadStore(localStorage).state.stories;
    expect(composeMarkdown(story!)).toContain("/explore?y=parameters&from=2019#explore-scatter");
    // The SVG download records the same address (the file goes out through an <a download>: its blob is read).
    const files: Blob[] = [];
    Object.assign(URL, { createObjectURL: (file: Blob) => (files.push(file), "blob:svg"), revokeObjectURL() {} });
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    view.figure.querySelector<HTMLButtonElement>("button.figure-download[aria-label*='SVG']")!.click();
    click.mockRestore();
    const svg = await files[0]!.text();
    const metadata = new DOMParser().parseFromString(svg, "image/svg+xml").querySelector("metadata")!.textContent!;
    expect(JSON.parse(metadata).url).toBe(`${location.origin}/explore?y=parameters&from=2019`);
    view.dispose();
  });
});
