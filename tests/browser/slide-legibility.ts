// The talk's legibility check, shared by the talk's and the stories' browser tests: every text of a slide at least
// 1/40 of the slide's height as rendered, no text crowding the slide's edge, and nothing reaching outside the slide
// or its content box.
import type { Page } from "playwright-core";
import { expect } from "vitest";

export interface Legibility {
  /** The slide's height on screen, in CSS px. */
  slideHeight: number;
  /** The smallest text, as rendered on screen. */
  smallest: { text: string; size: number } | null;
  /** Text rendered smaller than 1/40 of the slide's height, in design px (the canvas is 1080 high). */
  tooSmall: { text: string; designPx: number }[];
  /** Elements and text that reach outside the slide or out of its content box, and text that crowds its edge. */
  overflows: string[];
  /** Text with under 3:1 against what it is read on (WCAG's least for large text, which a slide's text is): the
   *  slide's black, or the filled shape under it in a chart. */
  faint: string[];
}

/**
 * The least room, in design px, between a text and the slide's edge: a label nearer than this crowds the edge (and a
 * projector's overscan can take it). A slide's own text keeps 55 px or more (its title); a chart's labels are placed
 * inside their plot, so only a label pressed out to the edge comes this near.
 */
export const EDGE_CLEARANCE = 24;

/** Measures every rendered text of the audience slide: its font size as rendered (the computed size times the
 *  scaling between its element and the screen: the canvas scale, and for SVG the viewBox scale) against 1/40 of the
 *  slide's rendered height; and every box against the slide's. */
export function measureSlide(page: Page, selector: string): Promise<Legibility> {
  return page.evaluate(
    ({ selector, edgeClearance }) => {
      const slide = document.querySelector<HTMLElement>(selector)!;
      const slideRect = slide.getBoundingClientRect();
      const canvasScale = slideRect.height / 1080;
      const min = slideRect.height / 40;
      const tooSmall: { text: string; designPx: number }[] = [];
      const overflows: string[] = [];
      const faint: string[] = [];
      let smallest: { text: string; size: number } | null = null;
      // WCAG contrast: (L1 + 0.05) / (L2 + 0.05), L a colour's relative luminance.
      const luminance = (css: string) => {
        // Chromium writes rgb(r, g, b) in 0–255, and color(srgb r g b) in 0–1.
        const unit = css.startsWith("color(srgb") ? 1 : 255;
        const rgb = css
          .match(/[\d.]+/g)
          ?.slice(0, 3)
          .map((v) => Number(v) / unit);
        if (!rgb || rgb.length < 3) return null;
        const [r, g, b] = rgb.map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      // What a text is read against: the filled shape under its middle (a matrix cell's tint), else the slide's black.
      const paperOf = (text: Element, r: DOMRect) => {
        const under = document.elementsFromPoint(r.x + r.width / 2, r.y + r.height / 2);
        const shape = under.find((e) => e !== text && !e.contains(text) && /^(rect|path|circle)$/.test(e.tagName));
        const style = shape && getComputedStyle(shape);
        const fill = style ? style.fill : "none";
        if (fill === "none" || fill.startsWith("url") || luminance(fill) === null) return "rgb(0, 0, 0)";
        // A translucent tint over the black slide: its colour times its opacity.
        const alpha = parseFloat(style!.fillOpacity) * parseFloat(style!.opacity);
        const unit = fill.startsWith("color(srgb") ? 255 : 1;
        const [red, green, blue] = fill
          .match(/[\d.]+/g)!
          .slice(0, 3)
          .map((v) => Math.round(Number(v) * unit * alpha));
        return `rgb(${red}, ${green}, ${blue})`;
      };
      const contrast = (a: string, b: string) => {
        const [l1, l2] = [luminance(a), luminance(b)];
        return l1 === null || l2 === null ? Infinity : (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
      };
      const outside = (r: DOMRect) =>
        r.left < slideRect.left - 1 ||
        r.top < slideRect.top - 1 ||
        r.right > slideRect.right + 1 ||
        r.bottom > slideRect.bottom + 1;
      // How near a box comes to the slide's edge, on its nearest side.
      const clearance = (r: DOMRect) =>
        Math.min(
          r.left - slideRect.left,
          slideRect.right - r.right,
          r.top - slideRect.top,
          slideRect.bottom - r.bottom
        );
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
        else {
          const room = Math.min(...rects.map(clearance)) / canvasScale;
          if (room < edgeClearance)
            overflows.push(`text "${text.slice(0, 60)}" crowds the slide's edge (${room.toFixed(1)} px from it)`);
        }
        const style = getComputedStyle(parent);
        const ink = svg ? style.fill : style.color;
        const paper = svg ? paperOf(parent, rects[0]!) : "rgb(0, 0, 0)";
        if (contrast(ink, paper) < 3)
          faint.push(`text "${text.slice(0, 60)}" in ${ink} has ${contrast(ink, paper).toFixed(2)}:1 on ${paper}`);
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
      return { slideHeight: slideRect.height, smallest, tooSmall, overflows, faint };
    },
    { selector, edgeClearance: EDGE_CLEARANCE }
  );
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

/**
 * How much of its frame each chart of a slide fills, top to bottom: the extent of its drawn marks and texts over the
 * frame's height (a story's view is given the content box the text leaves). A chart drawn at its own natural height
 * leaves the rest of the slide blank (the three-row GPT-3.5 tree once filled the top half of a 16:9 slide).
 */
export function chartFill(page: Page, selector: string): Promise<{ figure: string; share: number }[]> {
  return page.evaluate((selector) => {
    const slide = document.querySelector(selector)!;
    return [...slide.querySelectorAll<HTMLElement>(".story-view")]
      .filter((frame) => frame.querySelector("svg"))
      .map((frame) => {
        const box = frame.getBoundingClientRect();
        const marks = [...frame.querySelectorAll("svg :is(text, circle, path, line)")]
          .filter((m) => !m.closest("defs, marker, clipPath") && m.getClientRects().length)
          .map((m) => m.getBoundingClientRect())
          .filter((r) => r.width > 0 || r.height > 0);
        const top = Math.max(box.top, Math.min(...marks.map((r) => r.top)));
        const bottom = Math.min(box.bottom, Math.max(...marks.map((r) => r.bottom)));
        const figure = frame.querySelector("[data-figure]")?.getAttribute("data-figure") ?? "?";
        return { figure, share: marks.length ? (bottom - top) / box.height : 0 };
      });
  }, selector);
}
