// Models' names beside their dots, one placement for every view (src/components/label-layout.ts): clear of the dots,
// of the rules across the plot (thresholds, a level reference, estimate ranges) and of each other, the most important
// first. A name with no free spot is still named over another dot if it must, never over a name or a rule; one that
// fits nowhere is left to the tooltip.
import { placeLabels, type Box, type LabelRequest, type PlacedLabel } from "../label-layout.js";

export function placeNames(
  requests: readonly LabelRequest[],
  plotBox: Box,
  { gap, dots, rules }: { gap: number; dots: readonly Box[]; rules: readonly Box[] }
): (PlacedLabel | null)[] {
  const placements = placeLabels([...requests], plotBox, { gap, obstacles: [...dots, ...rules] });
  requests.forEach((request, i) => {
    if (placements[i]) return;
    const names = placements.flatMap((p) => (p ? [p.box] : []));
    const [place] = placeLabels([request], plotBox, { gap, obstacles: [...names, ...rules] });
    placements[i] = place ?? null;
  });
  return placements;
}
