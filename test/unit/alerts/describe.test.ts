import { describe, expect, it } from "vitest";
import { describeFigure } from "../../../lambdas/core/alerts/describe";
import type { Qualifier } from "../../../lambdas/core/model";

const figure = (qualifier: Qualifier, low: number | null, high: number | null) => ({
  qualifier,
  low,
  high,
  term: "bodies",
});

describe("describeFigure", () => {
  it.each([
    [figure("exact", 440, 440), "440 bodies"],
    [figure("approx", 450, 450), "around 450 bodies"],
    [figure("at-least", 1300, null), "at least 1,300 bodies"],
    [figure("less-than", null, 20), "fewer than 20 bodies"],
    [figure("range", 400, 450), "between 400 and 450 bodies"],
    [figure("vague", 12, 120), "dozens of bodies"],
    [figure("vague", 20, 200), "scores of bodies"],
    [figure("vague", 100, 1000), "hundreds of bodies"],
    [figure("vague", 10_000, 100_000), "tens of thousands of bodies"],
    [figure("vague", 1_000_000, 10_000_000), "millions of bodies"],
    [figure("vague", 5, 50), "between 5 and 50 bodies"],
  ] as const)("%j reads as %s", (statement, expected) => {
    // Prepare: the figure above
    // Act
    const words = describeFigure(statement);
    // Assess
    expect(words).toBe(expected);
  });
});
