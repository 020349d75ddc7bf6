// The talk's legibility check, shared by the talk's and the stories' browser tests: every text of a slide at least
// 1/40 of the slide's height as rendered, and nothing reaching outside the slide or its content box.
import type { Page } from "playwright-core";
import { expect } from "vitest";

export interface Legibility {
  /** The slide's height on screen, in CSS px. */
  slideHeight: number;
  /** The smallest text, as rendered on screen. */
  smallest: { text: string; size: number } | null;
  /** Text rendered smaller than 1/40 of the slide's height, in design px (the canvas is 1080 high). */
  tooSmall: { text: string; designPx: number }[];
  /** Elements and text that reach outside the slide or out of its content box. */
  overflows: string[];
}

/** Measures every rendered text of the audience slide: its font size as rendered (the computed size times the
 *  scaling between its element and the screen: the canvas scale, and for SVG the viewBox scale) against 1/40 of the
 *  slide's rendered height; and every box against the slide's. */
export function measureSlide(page: Page, selector: string): Promise<Legibility> {
  return page.evaluate((selector) => {
    const slide = document.querySelector<HTMLElement>(selector)!;
    const slideRect = slide.getBoundingClientRect();
    const canvasScale = slideRect.height / 1080;
    const min = slideRect.height / 40;
    const tooSmall: { text: string; designPx: number }[] = [];
    const overflows: string[] = [];
    let smallest: { text: string; size: number } | null = null;
    const outside = (r: DOMRect) =>
      r.left < slideRect.left - 1 ||
      r.top < slideRect.top - 1 ||
      r.right > slideRect.right + 1 ||
      r.bottom > slideRect.bottom + 1;
    const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const parent = node.parentElement;
      if (!text || !parent || parent.closest("title, desc, style, script")) continue;
      if (!parent.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      if (rects.length === 0) continue;
      const computed = parseFloat(getComputedStyle(parent).fontSize);
      let scale = canvasScale;
      const svg = parent.closest("svg");
      const viewBox = svg?.viewBox.baseVal;
      if (svg && viewBox && viewBox.width > 0 && viewBox.height > 0) {
        const r = svg.getBoundingClientRect();
        scale = Math.min(r.width / viewBox.width, r.height / viewBox.height);
      }
      const size = computed * scale;
      if (!smallest || size < smallest.size) smallest = { text, size };
      if (size < min - 0.01)
        tooSmall.push({ text: text.slice(0, 60), designPx: Math.round((size / canvasScale) * 10) / 10 });
      if (rects.some(outside)) overflows.push(`text "${text.slice(0, 60)}" reaches outside the slide`);
    }
    for (const element of slide.querySelectorAll<Element>("*")) {
      if (element.closest("svg") && element.tagName.toLowerCase() !== "svg") continue;
      if (!element.checkVisibility({ visibilityProperty: true })) continue;
      const r = element.getBoundingClientRect();
      if (r.width > 0 && r.height > 0 && outside(r))
        overflows.push(
          `<${element.tagName.toLowerCase()} class="${element.getAttribute("class") ?? ""}"> reaches outside the slide`
        );
    }
    const body = slide.querySelector<HTMLElement>(".slide-body")!;
    if (body.scrollHeight > body.clientHeight + 1 || body.scrollWidth > body.clientWidth + 1)
      overflows.push(
        `the content (${body.scrollWidth}×${body.scrollHeight}) overflows its box (${body.clientWidth}×${body.clientHeight})`
      );
    const title = slide.querySelector<HTMLElement>(".slide-title")!;
    if (title.scrollWidth > title.clientWidth + 1 || title.scrollHeight > title.clientHeight + 1)
      overflows.push(`the title "${title.textContent}" does not fit on one line`);
    return { slideHeight: slideRect.height, smallest, tooSmall, overflows };
  }, selector);
}

/** The audience screen's slide. */
export const audienceSlide = ".deck-screen .deck-stage > .slide";
/** The deck's position, as its URL hash (#3.5: slide 3, build step 5). */
export const hash = (page: Page) => new URL(page.url()).hash;

/** Every position of a deck, in order (#1, #2, #3.1 … #3.8, #4 …), found by pressing → from the start. */
export async function allPositions(page: Page): Promise<string[]> {
  // The page's own location, read after the key: page.url() follows history.replaceState only once Playwright hears
  // of it, which on a busy machine can be after the next read (and the walk would stop early).
  const current = () => page.evaluate(() => location.hash);
  await page.keyboard.press("Home");
  const positions = [await current()];
  for (;;) {
    await page.keyboard.press("ArrowRight");
    const at = await current();
    if (at === positions.at(-1)) return positions;
    positions.push(at);
  }
}

/** Moves the deck to a position and waits until its audience slide shows it. */
export async function goTo(page: Page, position: string) {
  await page.evaluate((h) => (location.hash = h), position);
  await expect
    .poll(() =>
      page.locator(audienceSlide).evaluate((s, h) => `#${h}` === location.hash && s.isConnected, position.slice(1))
    )
    .toBe(true);
}
