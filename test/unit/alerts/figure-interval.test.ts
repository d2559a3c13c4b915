import { describe, expect, it } from "vitest";
import { relateFigures, sameFigure } from "../../../lambdas/core/alerts/figure-interval";
import type { Qualifier } from "../../../lambdas/core/model";

const fig = (qualifier: Qualifier, low: number | null, high: number | null) => ({ qualifier, low, high });

describe("relateFigures", () => {
  it.each([
    ["at least 440 → around 450 overlaps", fig("at-least", 440, null), fig("approx", 450, 450), "refined"],
    [
      "440 → around 450 overlaps within the approximation",
      fig("exact", 440, 440),
      fig("approx", 450, 450),
      "refined",
    ],
    ["more than 400 → 450 lies inside", fig("more-than", 400, null), fig("exact", 450, 450), "refined"],
    ["400-450 → 430", fig("range", 400, 450), fig("exact", 430, 430), "refined"],
    ["440 → 450 exact moves up", fig("exact", 440, 440), fig("exact", 450, 450), "higher"],
    ["450 → 440 exact moves down", fig("exact", 450, 450), fig("exact", 440, 440), "lower"],
    [
      "up to 100 → more than 120 is consistent growth",
      fig("at-most", null, 100),
      fig("more-than", 120, null),
      "higher",
    ],
    ["450 → 1,300 is far apart", fig("exact", 450, 450), fig("exact", 1300, 1300), "contradicts"],
    ["at least 440 → fewer than 20", fig("at-least", 440, null), fig("less-than", null, 20), "contradicts"],
    ["hundreds → at least 440 overlaps", fig("vague", 100, 1000), fig("at-least", 440, null), "refined"],
    ["dozens → around 450 is far apart", fig("vague", 12, 120), fig("approx", 450, 450), "contradicts"],
    ["hundreds → 1,200 is a count that moved", fig("vague", 100, 1000), fig("exact", 1200, 1200), "higher"],
  ] as const)("%s", (_name, previous, current, expected) => {
    // Prepare: the two figures above
    // Act
    const relation = relateFigures(previous, current);
    // Assess
    expect(relation).toBe(expected);
  });

  it("treats the same interval and qualifier as the same figure, and nothing else", () => {
    // Prepare
    const a = fig("approx", 450, 450);
    // Act
    const same = sameFigure(a, fig("approx", 450, 450));
    const differentQualifier = sameFigure(a, fig("exact", 450, 450));
    // Assess
    expect(same).toBe(true);
    expect(differentQualifier).toBe(false);
  });
});
