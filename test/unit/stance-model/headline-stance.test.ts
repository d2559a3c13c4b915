import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { STANCES, type Stance } from "../../../lambdas/core/model";
import { classifyHeadlineStance } from "../../../lambdas/core/stance-model/headline-stance";

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../fixtures/stance-model/${name}`, import.meta.url), "utf8"));

const golden = fixture("headlines.json") as Record<Stance, string[]>;
const goldenCases = STANCES.flatMap((stance) => golden[stance].map((headline) => ({ stance, headline })));
const notDenials = fixture("not-denials.json") as string[];

describe("classifyHeadlineStance", () => {
  it.each(goldenCases)("reads $headline as $stance", ({ stance, headline }) => {
    // Prepare: the golden headline and its stance come from the fixture

    // Act
    const result = classifyHeadlineStance(headline);

    // Assess
    expect(result.stance).toBe(stance);
  });

  it.each(notDenials)("does not read the look-alike words in %s as a denial", (headline) => {
    // Prepare: a plain report whose words contain "no", "not" or "no." without negating anything

    // Act
    const result = classifyHeadlineStance(headline);

    // Assess
    expect(result.stance).not.toBe("denies");
  });

  it("returns a probability for each stance, the chosen one the most likely", () => {
    // Prepare
    const headline = "Officials say the harbour wall may have been breached";

    // Act
    const { stance, confidence, scores } = classifyHeadlineStance(headline);

    // Assess
    expect(Object.keys(scores).sort()).toEqual([...STANCES].sort());
    expect(Object.values(scores).reduce((sum, p) => sum + p, 0)).toBeCloseTo(1, 12);
    expect(confidence).toBe(scores[stance]);
    expect(confidence).toBe(Math.max(...Object.values(scores)));
  });

  it.each(["", "   ", "???", "🔥🔥🔥", "x".repeat(10_000), "<b>Ferry</b> &amp; \u0000 sinks"])(
    "classifies untrusted input %j without failing",
    (headline) => {
      // Prepare: empty, punctuation-only, emoji, oversized and markup-laden headlines

      // Act
      const result = classifyHeadlineStance(headline);

      // Assess
      expect(STANCES).toContain(result.stance);
      expect(Number.isFinite(result.confidence)).toBe(true);
    },
  );

  it("gives the same answer every time", () => {
    // Prepare
    const headline = "Carmaker reportedly plans to close its Leeds plant";
    const context = {
      claim: "The carmaker will close its Leeds plant",
      url: "https://news.example/cars/leeds",
    };

    // Act
    const first = classifyHeadlineStance(headline, context);
    const second = classifyHeadlineStance(headline, context);

    // Assess
    expect(second).toEqual(first);
  });

  it("reads a headline against its claim: an attribution the claim lacks counts, one it repeats does not", () => {
    // Prepare
    const headline = "Harbour wall breached, officials say";
    const plainClaim = "The harbour wall was breached";
    const reportedClaim = "Officials say the harbour wall was breached";

    // Act
    const againstPlain = classifyHeadlineStance(headline, { claim: plainClaim });
    const againstReported = classifyHeadlineStance(headline, { claim: reportedClaim });

    // Assess
    expect(againstPlain.scores.hedges).toBeGreaterThan(againstReported.scores.hedges);
  });
});
