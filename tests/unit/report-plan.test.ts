// The report's page plan (src/views/report.ts): measured pieces onto pages in order, a section starting a page, a
// piece that must stay with the next kept with it, a page's room left for its charts to grow into.
import { describe, expect, test } from "vitest";
import { planPieces, type Piece } from "../../src/views/report.js";

/** Pieces stacked with a gap of 10 between them, from heights; flags by index. */
function stack(heights: number[], flags: Record<number, Partial<Piece>> = {}): Piece[] {
  let y = 0;
  return heights.map((h, i) => {
    const piece = {
      element: { id: `p${i}` } as unknown as HTMLElement,
      top: y,
      bottom: y + h,
      grows: null,
      keepWithNext: false,
      sectionStart: false,
      continuationHead: 0,
      ...flags[i]
    };
    y += h + 10;
    return piece;
  });
}
const ids = (pages: ReturnType<typeof planPieces>) =>
  pages.map((p) => p.pieces.map((piece) => (piece.element as unknown as { id: string }).id));

describe("planning the report's pages", () => {
  test("pieces fill a page in order; the one that would end past its foot starts the next", () => {
    const pages = planPieces(stack([400, 400, 400, 100]), 1000);
    expect(ids(pages)).toEqual([
      ["p0", "p1"],
      ["p2", "p3"]
    ]);
    expect(pages.map((p) => p.room)).toEqual([1000 - 810, 1000 - 510]);
  });
  test("a section starts a page, however much room the last one has", () => {
    expect(ids(planPieces(stack([100, 100, 100], { 2: { sectionStart: true } }), 1000))).toEqual([
      ["p0", "p1"],
      ["p2"]
    ]);
  });
  test("a heading kept with the next piece moves with it", () => {
    expect(ids(planPieces(stack([700, 60, 400], { 1: { keepWithNext: true } }), 1000))).toEqual([["p0"], ["p1", "p2"]]);
  });
  test("a table continued on a new page counts its repeated head", () => {
    // Rows of 300 with gaps of 10 on pages of 990: the fourth row starts a page, under the repeated 80 px head, and
    // the sixth, which would end exactly at 1000 with the head, starts a third.
    const rows = stack([300, 300, 300, 300, 300, 300], {
      1: { continuationHead: 80 },
      2: { continuationHead: 80 },
      3: { continuationHead: 80 },
      4: { continuationHead: 80 },
      5: { continuationHead: 80 }
    });
    const pages = planPieces(rows, 990);
    expect(ids(pages)).toEqual([["p0", "p1", "p2"], ["p3", "p4"], ["p5"]]);
    expect(pages[1]!.room).toBe(990 - (610 + 80));
  });
  test("a piece taller than a page has one to itself", () => {
    expect(ids(planPieces(stack([200, 1500, 200]), 1000))).toEqual([["p0"], ["p1"], ["p2"]]);
  });
});
