// The presenter's timer: the time since the presenter window opened, with a button that starts it again. The clock
// and the repetition are inputs, so a test runs the timer on a fake clock.
import type { Clock } from "./clock.js";
import { elapsedLabel, type TalkWords } from "./deck-model.js";
import { h } from "../components/dom.js";

/** Calls `tick` every `ms` milliseconds until the returned function is called. */
export type Repeat = (tick: () => void, ms: number) => () => void;

const everyInterval: Repeat = (tick, ms) => {
  const interval = setInterval(tick, ms);
  return () => clearInterval(interval);
};

export interface PresenterTimer {
  /** The elapsed time, "0:00". */
  element: HTMLElement;
  /** Starts the time again. */
  reset: HTMLButtonElement;
  /** Shows the time now (the timer does so every second). */
  tick(): void;
  stop(): void;
}

export function presenterTimer(words: TalkWords, clock: Clock, repeat: Repeat = everyInterval): PresenterTimer {
  const element = h("span", { className: "presenter-timer", textContent: elapsedLabel(0) });
  element.setAttribute("role", "timer");
  element.setAttribute("aria-label", words.presenter.timer);
  const reset = h("button", { className: "presenter-reset", textContent: words.presenter.reset });
  reset.type = "button";
  let started = clock();
  const tick = () => void (element.textContent = elapsedLabel(clock() - started));
  reset.addEventListener("click", () => {
    started = clock();
    tick();
  });
  return { element, reset, tick, stop: repeat(tick, 1000) };
}
