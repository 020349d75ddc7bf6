// @vitest-environment jsdom
// The deck's model: positions in the URL hash, stepping through builds, the view a URL asks for, printed pages.
import { afterEach, describe, expect, test, vi } from "vitest";
import {
  advance,
  CANVAS,
  deckAction,
  elapsedLabel,
  moveTo,
  nextPreview,
  overviewFocus,
  clampPosition,
  CONTENT_BOX,
  createDeck,
  deckMode,
  formatHash,
  MIN_TEXT,
  parseHash,
  positionLabel,
  presenterAddress,
  printPages,
  type Slide
} from "../../src/talk/deck.js";
import { en } from "../../src/i18n/en.js";
import { zh } from "../../src/i18n/zh.js";

const seen: { step: number; width: number; height: number }[] = [];
const slide = (id: string, steps?: number): Slide => ({
  id,
  title: `Title ${id}`,
  notes: `Notes for ${id}`,
  ...(steps ? { steps } : {}),
  render: (step, box) => {
    seen.push({ step, ...box });
    return `${id} step ${step + 1}`;
  }
});
// Three slides, the second building in four steps.
const slides = [slide("a"), slide("b", 4), slide("c")];

describe("the position in the URL hash", () => {
  test("#n is slide n, #n.s its step s (1-based); anything else is the first slide", () => {
    expect(parseHash("#1", slides)).toEqual({ slide: 0, step: 0 });
    expect(parseHash("#2.3", slides)).toEqual({ slide: 1, step: 2 });
    expect(parseHash("2.4", slides)).toEqual({ slide: 1, step: 3 });
    expect(parseHash("", slides)).toEqual({ slide: 0, step: 0 });
    expect(parseHash("#presenter", slides)).toEqual({ slide: 0, step: 0 });
    expect(parseHash("#x3", slides)).toEqual({ slide: 0, step: 0 });
  });
  test("out of range is clamped to the deck", () => {
    expect(parseHash("#9", slides)).toEqual({ slide: 2, step: 0 });
    expect(parseHash("#0", slides)).toEqual({ slide: 0, step: 0 });
    expect(parseHash("#2.9", slides)).toEqual({ slide: 1, step: 3 });
    expect(parseHash("#3.2", slides)).toEqual({ slide: 2, step: 0 });
  });
  test("a step is written only on a slide that builds, and reads back", () => {
    expect(formatHash({ slide: 0, step: 0 }, slides)).toBe("#1");
    expect(formatHash({ slide: 1, step: 2 }, slides)).toBe("#2.3");
    for (const hash of ["#1", "#2.1", "#2.4", "#3"]) expect(formatHash(parseHash(hash, slides), slides)).toBe(hash);
  });
  test("positions from another window are clamped, not trusted", () => {
    expect(clampPosition({ slide: 7, step: 9 }, slides)).toEqual({ slide: 2, step: 0 });
    expect(clampPosition({ slide: 1, step: 9 }, slides)).toEqual({ slide: 1, step: 3 });
    expect(clampPosition({ slide: -1, step: Number.NaN }, slides)).toEqual({ slide: 0, step: 0 });
  });
});

describe("stepping", () => {
  test("forward goes through every build step, then to the next slide, and stops at the end", () => {
    const visited = [{ slide: 0, step: 0 }];
    for (let i = 0; i < 8; ++i) visited.push(advance(visited.at(-1)!, slides, 1));
    expect(visited.map((p) => formatHash(p, slides))).toEqual([
      "#1",
      "#2.1",
      "#2.2",
      "#2.3",
      "#2.4",
      "#3",
      "#3",
      "#3",
      "#3"
    ]);
  });
  test("back goes step by step, and onto a building slide shows it fully built", () => {
    expect(advance({ slide: 2, step: 0 }, slides, -1)).toEqual({ slide: 1, step: 3 });
    expect(advance({ slide: 1, step: 3 }, slides, -1)).toEqual({ slide: 1, step: 2 });
    expect(advance({ slide: 1, step: 0 }, slides, -1)).toEqual({ slide: 0, step: 0 });
    expect(advance({ slide: 0, step: 0 }, slides, -1)).toEqual({ slide: 0, step: 0 });
  });
  test("the position as shown on screen", () => {
    expect(positionLabel({ slide: 1, step: 1 }, slides, en.talk)).toBe("2 / 3 · step 2 of 4");
    expect(positionLabel({ slide: 1, step: 1 }, slides, zh.talk)).toBe("2 / 3 · 第 2 步，共 4 步");
    expect(positionLabel({ slide: 2, step: 0 }, slides, en.talk)).toBe("3 / 3");
  });
});

describe("keys, the overview, the presenter's preview and timer, computed without a page", () => {
  test("each clicker key is an action, and an action moves the deck", () => {
    expect(["ArrowRight", " ", "PageDown", "Enter"].map(deckAction)).toEqual(["next", "next", "next", "next"]);
    expect(["ArrowLeft", "PageUp", "Backspace"].map(deckAction)).toEqual(["previous", "previous", "previous"]);
    expect(["Home", "End", "f", "P", "n", "o", "Escape", "x"].map(deckAction)).toEqual([
      "first",
      "last",
      "full-screen",
      "presenter",
      "presenter",
      "overview",
      "overview",
      null
    ]);
    expect(moveTo("last", { slide: 0, step: 0 }, slides)).toEqual({ slide: 2, step: 0 });
    expect(moveTo("first", { slide: 2, step: 0 }, slides)).toEqual({ slide: 0, step: 0 });
    expect(moveTo("previous", { slide: 2, step: 0 }, slides)).toEqual({ slide: 1, step: 3 });
    expect(moveTo("overview", { slide: 1, step: 2 }, slides)).toEqual({ slide: 1, step: 2 });
  });
  test("overview arrows move by one or by a row of four, within the grid; other keys are not the grid's", () => {
    expect(overviewFocus(-1, 10, "ArrowRight")).toBe(0);
    expect(overviewFocus(3, 10, "ArrowRight")).toBe(4);
    expect(overviewFocus(3, 10, "ArrowDown")).toBe(7);
    expect(overviewFocus(8, 10, "ArrowDown")).toBe(9);
    expect(overviewFocus(2, 10, "ArrowUp")).toBe(0);
    expect(overviewFocus(5, 10, "End")).toBe(9);
    expect(overviewFocus(5, 10, "Enter")).toBeNull();
  });
  test("the presenter sees the next step, else the next slide, else the end, in the deck's language", () => {
    expect(nextPreview({ slide: 1, step: 1 }, slides, en.talk)).toEqual({
      heading: "Next: step 3 of 4",
      position: { slide: 1, step: 2 }
    });
    expect(nextPreview({ slide: 1, step: 3 }, slides, zh.talk)).toEqual({
      heading: "下一张：第 3 张幻灯片",
      position: { slide: 2, step: 0 }
    });
    expect(nextPreview({ slide: 2, step: 0 }, slides, zh.talk)).toEqual({ heading: "下一张", position: null });
  });
  test("elapsed time reads m:ss, then h:mm:ss past the hour", () => {
    expect(elapsedLabel(0)).toBe("0:00");
    expect(elapsedLabel(61_999)).toBe("1:01");
    expect(elapsedLabel(3_723_000)).toBe("1:02:03");
    expect(elapsedLabel(-5)).toBe("0:00");
  });
});

describe("views", () => {
  test("the URL chooses the audience view, the presenter view or a printed deck", () => {
    expect(deckMode("")).toBe("audience");
    expect(deckMode("?presenter")).toBe("presenter");
    expect(deckMode("", "#presenter")).toBe("presenter");
    expect(deckMode("?print")).toBe("print-slides");
    expect(deckMode("?print=steps")).toBe("print-steps");
    expect(deckMode("?print=notes")).toBe("print-notes");
  });
  test("the presenter's address keeps the page (over http or from file://) and carries the position", () => {
    expect(presenterAddress("http://127.0.0.1:3000/talk#3.2", "#3.2")).toBe("http://127.0.0.1:3000/talk?presenter#3.2");
    expect(presenterAddress("file:///media/usb/talk.html#4", "#5")).toBe("file:///media/usb/talk.html?presenter#5");
    expect(presenterAddress("http://h/talk?x=1#1", "#1")).toBe("http://h/talk?x=1&presenter#1");
  });
  test("the canvas scales as a whole into any window, letterboxed and centred (or at the top)", async () => {
    const { canvasTransform } = await import("../../src/talk/deck-view.js");
    expect(canvasTransform({ width: 1920, height: 1080 })).toEqual({
      scale: 1,
      transform: "translate(0px, 0px) scale(1)"
    });
    // A 4:3 projector: the full width, bands above and below.
    expect(canvasTransform({ width: 1024, height: 768 }).transform).toBe(
      "translate(0px, 96px) scale(0.5333333333333333)"
    );
    expect(canvasTransform({ width: 1024, height: 768 }, true).transform).toBe(
      "translate(0px, 0px) scale(0.5333333333333333)"
    );
    // A wide window: the full height, bands left and right.
    expect(canvasTransform({ width: 2000, height: 540 })).toEqual({
      scale: 0.5,
      transform: "translate(520px, 0px) scale(0.5)"
    });
  });
  test("the canvas is 16:9 and the smallest text is 1/40 of its height", () => {
    expect(CANVAS.width / CANVAS.height).toBeCloseTo(16 / 9);
    expect(MIN_TEXT).toBe(27);
    expect(CONTENT_BOX.width).toBeLessThan(CANVAS.width);
    expect(CONTENT_BOX.height).toBeLessThan(CANVAS.height);
  });
});

describe("printed decks", () => {
  test("one page per slide with builds complete, or one page per step; renderers get the content box", () => {
    seen.length = 0;
    const pages = printPages(slides, "print-slides", en.talk).querySelectorAll(".print-page .slide");
    expect([...pages].map((p) => `${(p as HTMLElement).dataset.slide}.${(p as HTMLElement).dataset.step}`)).toEqual([
      "a.1",
      "b.4",
      "c.1"
    ]);
    expect(seen.every((s) => s.width === CONTENT_BOX.width && s.height === CONTENT_BOX.height)).toBe(true);
    expect(printPages(slides, "print-steps", en.talk).querySelectorAll(".print-page")).toHaveLength(6);
  });
  test("the notes deck has each slide's notes; the slide decks have none", () => {
    expect(printPages(slides, "print-notes", en.talk).textContent).toContain("Notes for b");
    expect(printPages(slides, "print-slides", en.talk).textContent).not.toContain("Notes for");
  });
});

describe("the deck in a page", () => {
  let dispose = () => {};
  afterEach(() => {
    dispose();
    document.body.replaceChildren();
    history.replaceState(null, "", "#");
  });
  const press = (key: string) => document.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true }));

  test("clicker keys move the slide and the hash; the audience never sees the notes; hints fade", () => {
    history.replaceState(null, "", "#2.2");
    const deck = createDeck(slides, { mode: "audience", lang: "en" });
    dispose = deck.dispose;
    document.body.append(deck.element);
    expect(deck.element.querySelector(".slide")?.getAttribute("data-step")).toBe("2");
    expect(deck.element.querySelector(".deck-hints")?.classList.contains("faded")).toBe(false);
    press("PageDown");
    expect(location.hash).toBe("#2.3");
    expect(deck.element.querySelector(".deck-hints")?.classList.contains("faded")).toBe(true);
    press("End");
    expect(location.hash).toBe("#3");
    // P (or N, where speakers expect notes) opens the presenter view in a second window, at this position.
    const open = vi.spyOn(window, "open").mockReturnValue(null);
    press("p");
    press("n");
    expect(open).toHaveBeenCalledTimes(2);
    expect(String(open.mock.calls[0]![0])).toMatch(/\?presenter#3$/);
    open.mockRestore();
    expect(deck.element.textContent).not.toContain("Notes for");
  });
  test("the presenter view shows the notes and the next step; the overview jumps to a slide", () => {
    history.replaceState(null, "", "#1");
    const deck = createDeck(slides, { mode: "presenter", lang: "en" });
    dispose = deck.dispose;
    document.body.append(deck.element);
    expect(deck.element.querySelector(".presenter-notes")?.textContent).toBe("Notes for a");
    expect(deck.element.querySelector(".presenter-next .slide")?.getAttribute("data-slide")).toBe("b");
    press("o");
    const items = deck.element.querySelectorAll<HTMLButtonElement>(".overview-item");
    expect(items).toHaveLength(3);
    items[2]!.click();
    expect(deck.element.querySelector(".overview-item")).toBeNull();
    expect(location.hash).toBe("#3");
    expect(deck.element.querySelector(".presenter-next")?.textContent).toBe("End of the talk");
  });
  test("with `reorder`, the overview moves slides (Alt+←/→, Ctrl+Z takes it back); without, nothing moves", () => {
    history.replaceState(null, "", "#1");
    const plain = createDeck(slides, { mode: "audience", lang: "en" });
    document.body.append(plain.element);
    press("o");
    const fixed = plain.element.querySelector<HTMLButtonElement>(".overview-item")!;
    expect(fixed.draggable).toBe(false);
    expect(fixed.hasAttribute("aria-description")).toBe(false);
    plain.dispose();
    document.body.replaceChildren();

    const moves: [number, number][] = [];
    const own = [...slides];
    const deck = createDeck(own, { mode: "audience", lang: "en", reorder: (from, to) => moves.push([from, to]) });
    dispose = deck.dispose;
    document.body.append(deck.element);
    press("o");
    const labels = () => [...deck.element.querySelectorAll(".overview-label")].map((e) => e.textContent);
    const key = (init: KeyboardEventInit) =>
      document.activeElement!.dispatchEvent(new KeyboardEvent("keydown", { bubbles: true, ...init }));
    expect(deck.element.querySelector(".overview-item")?.getAttribute("aria-description")).toBe(
      en.talk.deck.reorderHint
    );
    key({ key: "ArrowLeft", altKey: true }); // The first cannot go further left.
    key({ key: "ArrowRight", altKey: true });
    expect(moves).toEqual([[0, 1]]);
    expect(labels()).toEqual(["1. Title b", "2. Title a", "3. Title c"]);
    expect(document.activeElement?.getAttribute("data-slide")).toBe("2");
    // The slide on screen (a) stays on screen, now the second.
    expect(deck.element.dataset.slide).toBe("2");
    key({ key: "z", ctrlKey: true });
    expect(moves).toEqual([
      [0, 1],
      [1, 0]
    ]);
    expect(labels()).toEqual(["1. Title a", "2. Title b", "3. Title c"]);
    expect(own.map((s) => s.id)).toEqual(["a", "b", "c"]);
  });
});

describe("the link between the audience and presenter windows", () => {
  test("a position sent by one window reaches the other; a hello is answered; stray messages are ignored", async () => {
    const received: { slide: number; step: number }[] = [];
    let hellos = 0;
    const { createDeckLink } = await import("../../src/talk/deck-link.js");
    const audience = createDeckLink({ onPosition: () => {}, onHello: () => void ++hellos });
    const presenter = createDeckLink({ onPosition: (p) => void received.push(p), onHello: () => {} });
    const stray = new BroadcastChannel("gpt-scaling-talk");
    try {
      audience.send({ slide: 2, step: 1 });
      presenter.hello();
      stray.postMessage({ deck: "gpt-scaling-talk", type: "position", position: { slide: "x" } });
      stray.postMessage({ type: "position", position: { slide: 5, step: 0 } });
      await expect.poll(() => received.length).toBe(1);
      await expect.poll(() => hellos).toBe(1);
      await new Promise((done) => setTimeout(done, 50));
      expect(received).toEqual([{ slide: 2, step: 1 }]);
    } finally {
      audience.close();
      presenter.close();
      stray.close();
    }
  });

  test("a late copy of an older position (the same message by the other path) does not move a window back", async () => {
    const received: { slide: number; step: number }[] = [];
    const { createDeckLink } = await import("../../src/talk/deck-link.js");
    const presenter = createDeckLink({ onPosition: (p) => void received.push(p), onHello: () => {} });
    const audience = new BroadcastChannel("gpt-scaling-talk");
    try {
      const sent = performance.timeOrigin + performance.now();
      audience.postMessage({ deck: "gpt-scaling-talk", type: "position", position: { slide: 1, step: 0 }, at: sent });
      await expect.poll(() => received.length).toBe(1);
      // The presenter moves on its own, then the stale copy of the audience's position arrives.
      presenter.send({ slide: 2, step: 0 });
      audience.postMessage({ deck: "gpt-scaling-talk", type: "position", position: { slide: 1, step: 0 }, at: sent });
      await new Promise((done) => setTimeout(done, 50));
      expect(received).toEqual([{ slide: 1, step: 0 }]);
    } finally {
      presenter.close();
      audience.close();
    }
  });
});

describe("the deck in Chinese", () => {
  let dispose = () => {};
  afterEach(() => {
    dispose();
    document.body.replaceChildren();
    history.replaceState(null, "", "#");
  });
  /** Every English word of the deck's frame, as the English dictionary has it. */
  const englishFrame = [
    en.talk.deck.hints,
    en.talk.deck.label,
    en.talk.deck.presenterLabel,
    en.talk.presenter.next,
    en.talk.presenter.notes,
    en.talk.presenter.reset,
    en.talk.presenter.timer,
    en.talk.presenter.end,
    en.talk.deck.step(2, 4),
    en.talk.deck.step(3, 4),
    en.talk.presenter.position("2"),
    en.talk.presenter.documentTitle("")
  ];
  /** The deck's own words: its text and labels, without the slides and notes (the fixture's, in English). */
  function frameText(element: HTMLElement): string {
    const frame = element.cloneNode(true) as HTMLElement;
    for (const content of frame.querySelectorAll(".slide, .presenter-notes")) content.remove();
    return [
      frame.textContent,
      ...[...frame.querySelectorAll("[aria-label]"), frame].map((e) => e.getAttribute("aria-label")),
      frame.getAttribute("aria-roledescription"),
      document.title.replace("Title b", "")
    ].join("\n");
  }

  test("the presenter view's headings, timer, button, position and labels are the Chinese dictionary's", () => {
    history.replaceState(null, "", "#2.2");
    const deck = createDeck(slides, { mode: "presenter", lang: "zh" });
    dispose = deck.dispose;
    document.body.append(deck.element);
    const text = frameText(deck.element);
    for (const english of englishFrame) expect(text).not.toContain(english);
    expect(deck.element.querySelector(".presenter-position")?.textContent).toBe("幻灯片 2 / 3 · 第 2 步，共 4 步");
    expect(deck.element.querySelector(".presenter-next-heading")?.textContent).toBe("下一步：第 3 步，共 4 步");
    expect(deck.element.querySelector(".presenter-reset")?.textContent).toBe(zh.talk.presenter.reset);
    expect(deck.element.querySelector(".presenter-timer")?.getAttribute("aria-label")).toBe(zh.talk.presenter.timer);
    expect(deck.element.getAttribute("aria-label")).toBe(zh.talk.deck.presenterLabel);
    expect(document.title).toBe("演讲者视图：Title b");
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "o", bubbles: true }));
    expect(deck.element.querySelector('[role="dialog"]')?.getAttribute("aria-label")).toBe(zh.talk.deck.overview);
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "End", bubbles: true }));
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
  });

  test("the audience screen's key hints and position, and the printed notes' headings, are in Chinese", () => {
    history.replaceState(null, "", "#2.3");
    const deck = createDeck(slides, { mode: "audience", lang: "zh" });
    dispose = deck.dispose;
    document.body.append(deck.element);
    expect(deck.element.querySelector(".deck-hints")?.textContent).toBe(zh.talk.deck.hints);
    expect(deck.element.querySelector(".deck-position")?.textContent).toBe("2 / 3 · 第 3 步，共 4 步");
    for (const english of englishFrame) expect(frameText(deck.element)).not.toContain(english);
    const notes = createDeck(slides, { mode: "print-notes", lang: "zh" });
    expect(notes.element.querySelector(".print-notes-position")?.textContent).toBe("第 1 张，共 3 张：Title a");
  });
});

describe("the presenter's timer runs on the clock it is given", () => {
  test("the time since the window opened, on a fake clock; Reset starts it again", async () => {
    const { presenterTimer } = await import("../../src/talk/timer.js");
    let now = 1_000_000;
    const ticks: (() => void)[] = [];
    let stopped = false;
    const timer = presenterTimer(
      en.talk,
      () => now,
      (tick, ms) => {
        expect(ms).toBe(1000);
        ticks.push(tick);
        return () => void (stopped = true);
      }
    );
    expect(timer.element.textContent).toBe("0:00");
    now += 61_500;
    ticks[0]!();
    expect(timer.element.textContent).toBe("1:01");
    now += 3_600_000;
    timer.tick();
    expect(timer.element.textContent).toBe("1:01:01");
    timer.reset.click();
    expect(timer.element.textContent).toBe("0:00");
    now += 9_000;
    timer.tick();
    expect(timer.element.textContent).toBe("0:09");
    timer.stop();
    expect(stopped).toBe(true);
  });

  test.each([
    ["en", "20:00 left", "0:01 left", "0:00 over", "1:30 over"],
    ["zh", "剩余 20:00", "剩余 0:01", "超时 0:00", "超时 1:30"]
  ] as const)(
    "%s: a planned length counts down to it, then over it; the clock shows the time of day",
    async (lang, ...labels) => {
      const { presenterTimer } = await import("../../src/talk/timer.js");
      const words = (lang === "en" ? en : zh).talk;
      // 14:05:00 local time on the clock's day: the clock face reads the injected clock, not the system's.
      const opened = new Date(2026, 11, 5, 14, 5, 0).getTime();
      let now = opened;
      const timer = presenterTimer(
        words,
        () => now,
        () => () => {},
        20
      );
      const countdown = timer.countdown!;
      expect(countdown.getAttribute("aria-label")).toBe(words.presenter.countdown);
      expect(timer.clockFace.getAttribute("aria-label")).toBe(words.presenter.clock);
      const seen: string[] = [];
      for (const at of [0, 20 * 60_000 - 1000, 20 * 60_000, 21 * 60_000 + 30_000]) {
        now = opened + at;
        timer.tick();
        seen.push(countdown.textContent!);
      }
      expect(seen).toEqual(labels);
      expect(countdown.classList.contains("over")).toBe(true);
      expect(timer.clockFace.textContent).toBe("14:26");
      timer.reset.click();
      expect([countdown.textContent, countdown.classList.contains("over")]).toEqual([labels[0], false]);
      // Without a planned length there is no countdown.
      expect(
        presenterTimer(
          words,
          () => now,
          () => () => {}
        ).countdown
      ).toBeNull();
    }
  );

  test("the deck's presenter view counts down to the story's duration, in the bar", () => {
    history.replaceState(null, "", "#1");
    const deck = createDeck(slides, { mode: "presenter", lang: "en", duration: 10, clock: () => 0 });
    try {
      expect(deck.element.querySelector(".presenter-bar .presenter-countdown")?.textContent).toBe("10:00 left");
      expect(deck.element.querySelector(".presenter-bar .presenter-clock")?.textContent).toMatch(/^\d{1,2}:\d\d$/);
      const plain = createDeck(slides, { mode: "presenter", lang: "en", clock: () => 0 });
      expect(plain.element.querySelector(".presenter-countdown")).toBeNull();
      plain.dispose();
    } finally {
      deck.dispose();
      history.replaceState(null, "", "#");
    }
  });

  // Real timers (faking them here would undo the suite's moved clock, tests/support/clock.ts): one tick is a second.
  test("the deck's presenter view takes its clock as an option and ticks every second", async () => {
    let now = 0;
    const deck = createDeck(slides, { mode: "presenter", lang: "en", clock: () => now });
    try {
      const timer = deck.element.querySelector(".presenter-timer")!;
      expect(timer.textContent).toBe("0:00");
      now = 125_000;
      await expect.poll(() => timer.textContent, { timeout: 3000 }).toBe("2:05");
    } finally {
      deck.dispose();
      history.replaceState(null, "", "#");
    }
  });
});

describe("the link trusts only its own origin, its own windows and the present", () => {
  test("a window message counts only from this origin and from a window of the talk", async () => {
    const { fromOwnWindow, freshStamp, targetOrigin, MAX_CLOCK_SKEW } = await import("../../src/talk/deck-link.js");
    const presenter = {};
    const own = { origin: "https://talk.example", windows: new Set<unknown>([presenter]) };
    expect(fromOwnWindow({ origin: "https://talk.example", source: presenter }, own)).toBe(true);
    expect(fromOwnWindow({ origin: "https://evil.example", source: presenter }, own)).toBe(false);
    expect(fromOwnWindow({ origin: "https://talk.example", source: {} }, own)).toBe(false);
    expect(fromOwnWindow({ origin: "https://talk.example", source: null }, own)).toBe(false);
    // From file://, both windows' origins are "null": the window itself must still be the talk's.
    expect(fromOwnWindow({ origin: "null", source: presenter }, { origin: "null", windows: own.windows })).toBe(true);
    expect(fromOwnWindow({ origin: "null", source: {} }, { origin: "null", windows: own.windows })).toBe(false);
    expect(targetOrigin("null")).toBe("*");
    expect(targetOrigin("https://talk.example")).toBe("https://talk.example");
    expect(freshStamp(100, 50, 100)).toBe(true);
    expect(freshStamp(50, 50, 100)).toBe(false);
    expect(freshStamp(100 + MAX_CLOCK_SKEW, 50, 100)).toBe(true);
    expect(freshStamp(101 + MAX_CLOCK_SKEW, 50, 100)).toBe(false);
  });

  test("messages from an adopted window are taken; from any other window, or another origin, ignored", async () => {
    const { createDeckLink } = await import("../../src/talk/deck-link.js");
    const received: { slide: number; step: number }[] = [];
    const frame = (): Window => {
      const iframe = document.createElement("iframe");
      document.body.append(iframe);
      return iframe.contentWindow!;
    };
    const presenter = frame();
    const stranger = frame();
    const link = createDeckLink({ onPosition: (p) => void received.push(p), onHello: () => {} });
    try {
      link.adopt(presenter);
      const at = performance.timeOrigin + performance.now();
      const message = (slide: number) => ({
        deck: "gpt-scaling-talk",
        type: "position",
        position: { slide, step: 0 },
        at
      });
      const deliver = (data: unknown, source: Window, origin = location.origin) =>
        dispatchEvent(new MessageEvent("message", { data, origin, source }));
      deliver(message(7), stranger);
      deliver(message(8), presenter, "https://evil.example");
      expect(received).toEqual([]);
      deliver(message(3), presenter);
      expect(received).toEqual([{ slide: 3, step: 0 }]);
      // A stranger that posted once is not adopted: its later messages are ignored too.
      deliver({ ...message(9), at: at + 1 }, stranger);
      expect(received).toEqual([{ slide: 3, step: 0 }]);
      // Replies go to this origin only.
      const post = vi.spyOn(presenter, "postMessage").mockImplementation(() => {});
      link.send({ slide: 4, step: 0 });
      expect(post).toHaveBeenCalledWith(expect.objectContaining({ position: { slide: 4, step: 0 } }), location.origin);
    } finally {
      link.close();
      document.body.replaceChildren();
    }
  });

  test("a position stamped in the future is ignored and does not freeze the deck", async () => {
    const { createDeckLink } = await import("../../src/talk/deck-link.js");
    const received: { slide: number; step: number }[] = [];
    let now = 1_000_000;
    const presenter = createDeckLink(
      { onPosition: (p) => void received.push(p), onHello: () => {} },
      { clock: () => now }
    );
    const forger = new BroadcastChannel("gpt-scaling-talk");
    const audience = new BroadcastChannel("gpt-scaling-talk");
    try {
      const position = (slide: number, at: number) => ({
        deck: "gpt-scaling-talk",
        type: "position",
        position: { slide, step: 0 },
        at
      });
      forger.postMessage(position(9, 8.64e15));
      await new Promise((done) => setTimeout(done, 50));
      expect(received).toEqual([]);
      // The real audience, a moment later, still moves the presenter.
      now += 20;
      audience.postMessage(position(2, now - 5));
      await expect.poll(() => received).toEqual([{ slide: 2, step: 0 }]);
    } finally {
      presenter.close();
      forger.close();
      audience.close();
    }
  });
});
