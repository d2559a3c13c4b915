import { describe, expect, it } from "vitest";
import { parseEmergentRow, scoreStances } from "../../../eval/sets/emergent";

describe("Emergent evaluation", () => {
  it("maps Emergent's for/observing/against to asserts/hedges/denies", () => {
    // Prepare: rows in the dataset's shape, with invented text
    const row = (stance: string) => ({
      claim_id: "c1",
      claim: "The pier collapsed",
      article_id: `a-${stance}`,
      headline: "Pier collapses in storm",
      stance,
    });

    // Act
    const stances = ["for", "observing", "against"].map((s) => parseEmergentRow(row(s)).stance);

    // Assess
    expect(stances).toEqual(["asserts", "hedges", "denies"]);
    expect(() => parseEmergentRow(row("discussing"))).toThrow();
  });

  it("scores accuracy, macro-F1 and per-class precision and recall", () => {
    // Prepare: 4 of 5 right; one hedge read as an assertion
    const pairs = [
      { gold: "asserts", predicted: "asserts" },
      { gold: "asserts", predicted: "asserts" },
      { gold: "hedges", predicted: "hedges" },
      { gold: "hedges", predicted: "asserts" },
      { gold: "denies", predicted: "denies" },
    ] as const;

    // Act
    const metrics = scoreStances(pairs);

    // Assess
    expect(metrics.accuracy).toBe(0.8);
    expect(metrics.perClass.asserts).toEqual({ p: 0.6667, r: 1, f1: 0.8, support: 2 });
    expect(metrics.perClass.hedges).toEqual({ p: 1, r: 0.5, f1: 0.6667, support: 2 });
    expect(metrics.perClass.denies).toEqual({ p: 1, r: 1, f1: 1, support: 1 });
    expect(metrics.macroF1).toBe(0.8222);
    expect(metrics.headlines).toBe(5);
  });
});
