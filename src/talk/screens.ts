// The two interactive views of the deck. The audience screen: the current slide on one canvas, its position and
// (until the first key) the key hints. The presenter view: the same slide, the next slide or build step, the speaker
// notes and a timer. Each is built once and redrawn by `show` at every position.
import type { Clock } from "./clock.js";
import { nextPreview, positionLabel, type Position, type Slide, type TalkWords } from "./deck-model.js";
import { designCanvas, fitCanvas, renderSlide } from "./deck-view.js";
import { presenterTimer } from "./timer.js";
import { h } from "../components/dom.js";

export interface Screen {
  /** The screen's elements, in order, for the deck's element. */
  nodes: HTMLElement[];
  show(position: Position): void;
  /** A key was pressed: the audience's key hints fade. */
  keyPressed(): void;
  stop(): void;
}

/** A canvas with the slide stage and a status line for the position. */
function slideCanvas(className: string) {
  const { frame, canvas } = designCanvas(className);
  const stage = h("div", { className: "deck-stage" });
  stage.setAttribute("aria-live", "polite");
  const status = h("div", { className: "deck-status" });
  const where = h("span", { className: "deck-position" });
  canvas.append(stage, status);
  return { frame, canvas, stage, status, where };
}

export function audienceScreen(slides: Slide[], words: TalkWords): Screen {
  const main = slideCanvas("deck-screen");
  // The hints are for whoever holds the keys on the audience screen; the presenter view has its own bar.
  const hints = h("span", { className: "deck-hints", textContent: words.deck.hints });
  main.status.append(hints, main.where);
  const stop = fitCanvas(main.frame, main.canvas);
  return {
    nodes: [main.frame],
    show(position) {
      main.stage.replaceChildren(renderSlide(slides[position.slide]!, position.step));
      main.where.textContent = positionLabel(position, slides, words);
    },
    keyPressed: () => hints.classList.add("faded"),
    stop
  };
}

/**
 * The presenter's columns' parts: what comes next (a picture, out of the accessibility tree) and the notes. The notes
 * go under the current slide, which is 16:9 of its column: beside the next slide they left the bottom 40% of a
 * 1920×1080 screen empty.
 */
function presenterSide(words: TalkWords) {
  const next = designCanvas("presenter-next");
  next.frame.setAttribute("inert", "");
  next.frame.setAttribute("aria-hidden", "true");
  const heading = h("h2", { className: "presenter-heading presenter-next-heading", textContent: words.presenter.next });
  const notes = h("div", { className: "presenter-notes" });
  const side = h("div", { className: "presenter-side" });
  side.append(heading, next.frame);
  const notesHeading = h("h2", { className: "presenter-heading", textContent: words.presenter.notes });
  return {
    side,
    next,
    heading,
    notes: h("div", { className: "presenter-notes-pane" }, notesHeading, notes),
    notesText: notes
  };
}

/** The presenter view; with `duration` (minutes, a story's planned length) its bar counts down to it. */
export function presenterScreen(slides: Slide[], words: TalkWords, clock: Clock, duration?: number): Screen {
  const main = slideCanvas("presenter-current");
  main.status.append(main.where);
  const { side, next, heading, notes, notesText } = presenterSide(words);
  const position = h("span", { className: "presenter-position" });
  const timer = presenterTimer(words, clock, undefined, duration);
  const bar = h("div", { className: "presenter-bar" });
  bar.append(position, timer.element, ...(timer.countdown ? [timer.countdown] : []), timer.reset, timer.clockFace);
  const layout = h("div", { className: "presenter-layout" });
  layout.append(h("div", { className: "presenter-main" }, main.frame, notes), side);
  const stops = [fitCanvas(next.frame, next.canvas), fitCanvas(main.frame, main.canvas, { top: true }), timer.stop];
  return {
    nodes: [bar, layout],
    show(at) {
      const slide = slides[at.slide]!;
      main.stage.replaceChildren(renderSlide(slide, at.step));
      main.where.textContent = positionLabel(at, slides, words);
      position.textContent = words.presenter.position(main.where.textContent);
      notesText.textContent = slide.notes;
      const preview = nextPreview(at, slides, words);
      heading.textContent = preview.heading;
      next.canvas.replaceChildren(
        preview.position
          ? renderSlide(slides[preview.position.slide]!, preview.position.step)
          : h("p", { className: "presenter-end", textContent: words.presenter.end })
      );
      document.title = words.presenter.documentTitle(slide.title);
    },
    keyPressed() {},
    stop: () => stops.forEach((stop) => stop())
  };
}
