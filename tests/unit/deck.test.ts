// @vitest-environment jsdom
// The deck's model: positions in the URL hash, stepping through builds, the view a URL asks for, printed pages.
import { afterEach, describe, expect, test, vi } from "vitest";
import {
  advance,
  CANVAS,
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
} from "../../src/components/deck.js";

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
    expect(positionLabel({ slide: 1, step: 1 }, slides)).toBe("2 / 3 · step 2 of 4");
    expect(positionLabel({ slide: 2, step: 0 }, slides)).toBe("3 / 3");
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
    const pages = printPages(slides, "print-slides").querySelectorAll(".print-page .slide");
    expect([...pages].map((p) => `${(p as HTMLElement).dataset.slide}.${(p as HTMLElement).dataset.step}`)).toEqual([
      "a.1",
      "b.4",
      "c.1"
    ]);
    expect(seen.every((s) => s.width === CONTENT_BOX.width && s.height === CONTENT_BOX.height)).toBe(true);
    expect(printPages(slides, "print-steps").querySelectorAll(".print-page")).toHaveLength(6);
  });
  test("the notes deck has each slide's notes; the slide decks have none", () => {
    expect(printPages(slides, "print-notes").textContent).toContain("Notes for b");
    expect(printPages(slides, "print-slides").textContent).not.toContain("Notes for");
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
    const deck = createDeck(slides, { mode: "audience" });
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
    const deck = createDeck(slides, { mode: "presenter" });
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
});

describe("the link between the audience and presenter windows", () => {
  test("a position sent by one window reaches the other; a hello is answered; stray messages are ignored", async () => {
    const received: { slide: number; step: number }[] = [];
    let hellos = 0;
    const { createDeckLink } = await import("../../src/components/deck-link.js");
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
    const { createDeckLink } = await import("../../src/components/deck-link.js");
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
