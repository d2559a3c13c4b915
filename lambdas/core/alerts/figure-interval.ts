// Figures as intervals, and how two figures relate.
import type { FigureStatement } from "../model";

/** "around 450" is read as 450 ± this share when comparing figures. */
export const APPROX_TOLERANCE = 0.05;

/**
 * Disjoint figures whose nearest ends are within this ratio are "higher" or "lower"
 * (a count that moved); further apart they contradict each other.
 */
export const CONTRADICTION_RATIO = 1.5;

export interface Interval {
  readonly low: number;
  readonly high: number;
}

export function toInterval(figure: Pick<FigureStatement, "low" | "high" | "qualifier">): Interval {
  const low = figure.low ?? Number.NEGATIVE_INFINITY;
  const high = figure.high ?? Number.POSITIVE_INFINITY;
  if (figure.qualifier === "approx") {
    return { low: low * (1 - APPROX_TOLERANCE), high: high * (1 + APPROX_TOLERANCE) };
  }
  return { low, high };
}

export function sameFigure(
  a: Pick<FigureStatement, "low" | "high" | "qualifier">,
  b: Pick<FigureStatement, "low" | "high" | "qualifier">,
): boolean {
  return a.low === b.low && a.high === b.high && a.qualifier === b.qualifier;
}

export type FigureRelation = "refined" | "higher" | "lower" | "contradicts";

/** How `current` relates to `previous`; call only when they are not the same figure. */
export function relateFigures(
  previous: Pick<FigureStatement, "low" | "high" | "qualifier">,
  current: Pick<FigureStatement, "low" | "high" | "qualifier">,
): FigureRelation {
  const before = toInterval(previous);
  const now = toInterval(current);
  if (now.low <= before.high && before.low <= now.high) return "refined";
  const [lowerEnd, upperEnd, direction] =
    now.low > before.high
      ? [before.high, now.low, "higher" as const]
      : [now.high, before.low, "lower" as const];
  if (lowerEnd <= 0) return "contradicts";
  return upperEnd / lowerEnd <= CONTRADICTION_RATIO ? direction : "contradicts";
}
