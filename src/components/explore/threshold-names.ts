// The thresholds' names on their rules, on a fixed canvas (a download's slide, page or card, the report, a talk): each
// rule's scale and families ("175B GPT-3"), with its abilities where every rule has room for them, set just above or
// under the rule inside the plot, where the name touches nothing drawn (dots, names, notes, other rules, lines). The
// rules then need no column of labels beside the plot and no key under it: the plot keeps the width and the height.
// All or none: where one rule's name finds no place, the caller keys the rules instead (./thresholds.ts).
import { overlaps, type Box } from "../label-layout.js";
import { typesetWidth } from "../../figures/presets.js";
import { clearOf, type LegendObstacles } from "./legend-place.js";
import { maxOf } from "../number-extent.js";

/** A rule to name: its pixel row, and its names from the longest to the shortest. */
export interface RuleToName {
  ruleY: number;
  names: readonly string[];
  /** What the rule's tooltip says (its abilities, prompting, thresholds and source), shown over its name too. */
  title?: string;
}

export interface RuleName {
  text: string;
  title?: string;
  /** The name's left end and baseline, in pixels. */
  x: number;
  y: number;
  box: Box;
}

/**
 * The names of every rule placed inside the plot, or null when one finds no place. Each tries the rule's row from
 * the plot's left edge rightwards, just above the rule, then just under it; the longest names first for every rule,
 * then the next shorter for every rule (the names read alike).
 */
export function ruleNames(
  rules: readonly RuleToName[],
  plotBox: Box,
  obstacles: LegendObstacles,
  fontSize: number
): RuleName[] | null {
  const variants = maxOf(
    rules.map((r) => r.names.length),
    0
  );
  for (let v = 0; v < variants; ++v) {
    const placed = placeAll(
      rules.map((r) => r.names[Math.min(v, r.names.length - 1)]!),
      rules,
      plotBox,
      obstacles,
      fontSize
    );
    if (placed) return placed;
  }
  return null;
}

function placeAll(
  texts: readonly string[],
  rules: readonly RuleToName[],
  plotBox: Box,
  obstacles: LegendObstacles,
  fontSize: number
): RuleName[] | null {
  const clear = clearOf(obstacles);
  const placed: RuleName[] = [];
  // The glyphs' ascent over the baseline (a capital's or a digit's height, a little more) and the part of the descent
  // kept clear (a descender may touch the name's own rule), and the gap between a name and its rule: another rule may
  // pass over the capitals, not through them. Names keep their whole line boxes apart.
  const [ascent, descent, gap] = [fontSize * 0.76, fontSize * 0.14, Math.max(1.5, fontSize * 0.08)];
  const lineBox = (b: Box) => ({ ...b, y0: b.y1 - fontSize * 1.16, y1: b.y1 + fontSize * 0.03 });
  const apart = (box: Box) => placed.every((n) => !overlaps(lineBox(n.box), lineBox(box)));
  for (const [i, rule] of rules.entries()) {
    const text = texts[i]!;
    const width = typesetWidth(text, fontSize);
    let found: RuleName | null = null;
    for (let x = plotBox.x0 + 3; !found && x + width <= plotBox.x1 - 2; x += fontSize)
      for (const baseline of [rule.ruleY - gap - descent, rule.ruleY + gap + ascent]) {
        const box = { x0: x - 2, x1: x + width, y0: baseline - ascent, y1: baseline + descent };
        // A name may rise a third of its height over the plot's top, into the room kept for the top tick label.
        if (box.y0 < plotBox.y0 - fontSize / 3 || box.y1 > plotBox.y1 || !clear(box) || !apart(box)) continue;
        found = { text, x, y: baseline, box, ...(rule.title === undefined ? {} : { title: rule.title }) };
        break;
      }
    if (!found) return null;
    placed.push(found);
  }
  return placed;
}
