// The presenter's timer: the time since the presenter window opened, with a button that starts it again; with a
// planned length (a story's `duration`, in minutes), a countdown to it; and the time of day. The clock and the
// repetition are inputs, so a test runs the timer on a fake clock.
import type { Clock } from "./clock.js";
import { countdownLabel, elapsedLabel, timeOfDay, type TalkWords } from "./deck-model.js";
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
  /** The time left of the planned length ("19:59 left"), or past it; absent without a planned length. */
  countdown: HTMLElement | null;
  /** The time of day. */
  clockFace: HTMLElement;
  /** Starts the time again (the countdown too). */
  reset: HTMLButtonElement;
  /** Shows the time now (the timer does so every second). */
  tick(): void;
  stop(): void;
}

/** A live readout: role timer, named for assistive technology. */
function readout(className: string, label: string): HTMLElement {
  const element = h("span", { className });
  element.setAttribute("role", "timer");
  element.setAttribute("aria-label", label);
  return element;
}

export function presenterTimer(
  words: TalkWords,
  clock: Clock,
  repeat: Repeat = everyInterval,
  duration?: number
): PresenterTimer {
  const element = readout("presenter-timer", words.presenter.timer);
  const countdown = duration ? readout("presenter-countdown", words.presenter.countdown) : null;
  const clockFace = readout("presenter-clock", words.presenter.clock);
  const reset = h("button", { className: "presenter-reset", textContent: words.presenter.reset });
  reset.type = "button";
  let started = clock();
  const tick = () => {
    const now = clock();
    element.textContent = elapsedLabel(now - started);
    clockFace.textContent = timeOfDay(now);
    if (countdown && duration) {
      const { text, over } = countdownLabel(now - started, duration, words);
      countdown.textContent = text;
      countdown.classList.toggle("over", over);
    }
  };
  reset.addEventListener("click", () => {
    started = clock();
    tick();
  });
  tick();
  return { element, countdown, clockFace, reset, tick, stop: repeat(tick, 1000) };
}
