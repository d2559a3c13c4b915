import { describe, expect, it } from "vitest";
import { keywordPattern, mentions } from "../../../lambdas/core/topics/keywords";

describe("keywordPattern", () => {
  it.each(["Izyum", "izyum", "IZYUM", "Izyum's mayor", "Izyum’s mayor", "near Izium.", "(Izyum)"])(
    "matches %s",
    (text) => {
      // Prepare
      const pattern = keywordPattern(["Izyum", "Izium"]);

      // Act
      const found = mentions(text, pattern);

      // Assess
      expect(found).toBe(true);
    },
  );

  it.each(["Izyumka river", "preIzyum", "Izy um"])("does not match %s", (text) => {
    // Prepare
    const pattern = keywordPattern(["Izyum", "Izium"]);

    // Act
    const found = mentions(text, pattern);

    // Assess
    expect(found).toBe(false);
  });

  it("matches multi-word keywords with plural forms", () => {
    // Prepare
    const pattern = keywordPattern(["mass grave"]);

    // Act
    const found = ["two mass  graves", "a mass grave", "massive graves"].map((text) =>
      mentions(text, pattern),
    );

    // Assess
    expect(found).toEqual([true, true, false]);
  });
});
