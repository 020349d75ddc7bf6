// Models' names beside their dots, one placement for every view (src/components/label-layout.ts): clear of the dots,
// of the rules across the plot (thresholds, a level reference, estimate ranges) and of each other, the most important
// first. A name with no free spot is still named over another dot if it must, then across an estimate's range (a
// short rule its halo breaks), never along a rule that crosses the whole plot (a threshold's rule through the model's
// own dot would strike its name through) nor over another name. One that fits nowhere is left to the tooltip.
import { overlaps, placeLabels, type Box, type LabelRequest, type PlacedLabel } from "../label-layout.js";

/** Grid cells (px) of the boxes' index. */
const CELL = 32;

/**
 * Boxes (dots, ranges) in a grid of cells: those near a name's eight spots are a few cells' worth, however many there
 * are (a catalog of 20,000 models with its GPT line named would otherwise check every dot for every spot of every name).
 */
function boxIndex(dots: readonly Box[]) {
  const cells = new Map<string, Box[]>();
  const span = (lo: number, hi: number) => [Math.floor(lo / CELL), Math.floor(hi / CELL)] as const;
  for (const dot of dots) {
    const [[cx0, cx1], [cy0, cy1]] = [span(dot.x0, dot.x1), span(dot.y0, dot.y1)];
    for (let cx = cx0; cx <= cx1; ++cx)
      for (let cy = cy0; cy <= cy1; ++cy) {
        const key = `${cx},${cy}`;
        const cell = cells.get(key);
        if (cell) cell.push(dot);
        else cells.set(key, [dot]);
      }
  }
  return (area: Box): Box[] => {
    const found = new Set<Box>();
    const [[cx0, cx1], [cy0, cy1]] = [span(area.x0, area.x1), span(area.y0, area.y1)];
    for (let cx = cx0; cx <= cx1; ++cx)
      for (let cy = cy0; cy <= cy1; ++cy)
        for (const dot of cells.get(`${cx},${cy}`) ?? []) if (overlaps(dot, area)) found.add(dot);
    return [...found];
  };
}

/** Every place a name's spots can reach around its point (label-layout's eight spots, at `gap`). */
const reach = ({ x, y, width, height }: LabelRequest, gap: number): Box => ({
  x0: x - gap - width,
  x1: x + gap + width,
  y0: y - gap - height * 1.5,
  y1: y + gap + height * 1.5
});

export function placeNames(
  requests: readonly LabelRequest[],
  plotBox: Box,
  { gap, dots, rules }: { gap: number; dots: readonly Box[]; rules: readonly Box[] }
): (PlacedLabel | null)[] {
  const acrossPlot = rules.filter(
    (r) => r.x1 - r.x0 >= plotBox.x1 - plotBox.x0 - 1 || r.y1 - r.y0 >= plotBox.y1 - plotBox.y0 - 1
  );
  const [nearDots, nearRanges] = [boxIndex(dots), boxIndex(rules.filter((r) => !acrossPlot.includes(r)))];
  // The most important first (label-layout's order), each clear of the names placed before it.
  const order = requests.map((request, i) => ({ request, i })).sort((a, b) => b.request.priority - a.request.priority);
  const placements: (PlacedLabel | null)[] = requests.map(() => null);
  // Clear of everything; over a dot; across a range; then a little farther out, up to two lines of text away (a
  // rule crossing the plot just above and another just below can leave no spot at the first distance).
  const tries = [
    { avoid: (area: Box) => [...nearDots(area), ...nearRanges(area), ...acrossPlot], farther: 0 },
    { avoid: (area: Box) => [...nearRanges(area), ...acrossPlot], farther: 0 },
    ...[0, 0.5, 1, 1.5, 2].map((farther) => ({ avoid: () => acrossPlot, farther }))
  ];
  for (const { avoid, farther } of tries)
    for (const { request, i } of order) {
      if (placements[i]) continue;
      const names = placements.flatMap((p) => (p ? [p.box] : []));
      const spacing = gap + farther * request.height;
      const obstacles = [...names, ...avoid(reach(request, spacing))];
      placements[i] = placeLabels([request], plotBox, { gap: spacing, obstacles })[0] ?? null;
    }
  return placements;
}
