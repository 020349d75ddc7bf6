// Talk mode: slides shown one at a time, driven by the keys presentation clickers send, with the position in the
// URL hash (#3, or #3.4 on a slide that builds step by step: the 4th step), speaker notes and full screen.

export interface Slide {
  id: string;
  title: string;
  /** How many steps the slide builds in (1 = it does not build). */
  steps?: number;
  notes: string;
  /** Draws the slide's body for a step (0-based) to fill `box`, the content area in design pixels. */
  render: (step: number, box: { width: number; height: number }) => Node | string;
}

export interface Position {
  slide: number;
  step: number;
}

const stepsOf = (slide: Slide | undefined) => Math.max(1, slide?.steps ?? 1);

/** "#3" → slide 3 (1-based), first step; "#3.4" → slide 3, step 4 (1-based). Out of range is clamped. */
export function parseHash(hash: string, slides: Slide[]): Position {
  const match = /^#?(\d+)(?:\.(\d+))?$/.exec(hash);
  if (!match) return { slide: 0, step: 0 };
  const slide = Math.min(Math.max(Number(match[1]) - 1, 0), slides.length - 1);
  const step = Math.min(Math.max(Number(match[2] ?? 1) - 1, 0), stepsOf(slides[slide]) - 1);
  return { slide, step };
}

export function formatHash({ slide, step }: Position, slides: Slide[]): string {
  return stepsOf(slides[slide]) > 1 ? `#${slide + 1}.${step + 1}` : `#${slide + 1}`;
}

/** The next position: the next step of a building slide, else the next slide's first step. */
export function advance(position: Position, slides: Slide[], direction: 1 | -1): Position {
  const { slide, step } = position;
  if (direction === 1) {
    if (step + 1 < stepsOf(slides[slide])) return { slide, step: step + 1 };
    return slide + 1 < slides.length ? { slide: slide + 1, step: 0 } : position;
  }
  if (step > 0) return { slide, step: step - 1 };
  // Going back onto a slide shows it as it was left: fully built.
  return slide > 0 ? { slide: slide - 1, step: stepsOf(slides[slide - 1]) - 1 } : position;
}

export const NEXT_KEYS = ["ArrowRight", "ArrowDown", " ", "PageDown", "Enter"];
export const PREVIOUS_KEYS = ["ArrowLeft", "ArrowUp", "PageUp", "Backspace"];

export function createDeck(slides: Slide[], { designWidth = 1100 }: { designWidth?: number } = {}): { element: HTMLElement; dispose: () => void } {
  const element = document.createElement("div");
  element.className = "deck";
  element.setAttribute("role", "region");
  element.setAttribute("aria-roledescription", "slide deck");
  element.setAttribute("aria-label", "Talk mode");
  const stage = document.createElement("section");
  stage.className = "slide";
  stage.setAttribute("aria-live", "polite");
  const notes = document.createElement("aside");
  notes.className = "speaker-notes";
  notes.hidden = true;
  notes.setAttribute("aria-label", "Speaker notes");
  const status = document.createElement("div");
  status.className = "deck-status";
  element.append(stage, notes, status);

  let position = parseHash(location.hash, slides);
  function show() {
    const slide = slides[position.slide]!;
    stage.replaceChildren();
    stage.dataset.slide = slide.id;
    stage.dataset.step = String(position.step + 1);
    const heading = document.createElement("h2");
    heading.textContent = slide.title;
    const body = document.createElement("div");
    body.className = "slide-body";
    body.append(slide.render(position.step, { width: designWidth, height: Math.round(designWidth * 0.45) }));
    stage.append(heading, body);
    notes.textContent = slide.notes;
    status.textContent = `${position.slide + 1} / ${slides.length}${stepsOf(slide) > 1 ? ` · step ${position.step + 1} of ${stepsOf(slide)}` : ""} · → next, ← back, F full screen, N notes`;
    const hash = formatHash(position, slides);
    if (location.hash !== hash) history.replaceState(history.state, "", hash);
  }
  function go(next: Position) {
    if (next.slide === position.slide && next.step === position.step) return;
    position = next;
    show();
  }
  function onKey(event: KeyboardEvent) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if ((event.target as HTMLElement | null)?.closest?.("input, select, textarea")) return;
    const key = event.key;
    if (NEXT_KEYS.includes(key)) go(advance(position, slides, 1));
    else if (PREVIOUS_KEYS.includes(key)) go(advance(position, slides, -1));
    else if (key === "Home") go({ slide: 0, step: 0 });
    else if (key === "End") go({ slide: slides.length - 1, step: stepsOf(slides.at(-1)) - 1 });
    else if (key === "f" || key === "F") {
      if (document.fullscreenElement) void document.exitFullscreen();
      else void element.requestFullscreen?.().catch(() => {});
    } else if (key === "n" || key === "N") notes.hidden = !notes.hidden;
    else return;
    event.preventDefault();
  }
  const onHash = () => go(parseHash(location.hash, slides));
  document.addEventListener("keydown", onKey);
  addEventListener("hashchange", onHash);
  show();
  return {
    element,
    dispose() {
      document.removeEventListener("keydown", onKey);
      removeEventListener("hashchange", onHash);
    }
  };
}
