import { describe, expect, it } from "vitest";
import {
  claimFolds,
  claimTopic,
  evaluate,
  parseEmergentRow,
  scoreStances,
} from "../../../eval/sets/emergent";

async function* rowsOf<T>(rows: readonly T[]): AsyncIterable<T> {
  yield* rows;
}

describe("Emergent evaluation", () => {
  it("maps Emergent's for/observing/against to asserts/hedges/denies", () => {
    // Prepare: rows in the dataset's shape, with invented text
    const row = (stance: string) => ({
      claim_id: "c1",
      claim: "The pier collapsed",
      article_id: `a-${stance}`,
      headline: "Pier collapses in storm",
      stance,
      url: "https://news.example/coast/pier-collapses",
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

  it("keeps each claim's headlines in one fold and balances the folds, whatever the row order", () => {
    // Prepare: claims of 4, 3, 2, 2 and 1 headlines
    const sizes = { a: 4, b: 3, c: 2, d: 2, e: 1 };
    const headlines = Object.entries(sizes).flatMap(([claimId, n]) =>
      Array.from({ length: n }, () => ({ claimId })),
    );

    // Act
    const folds = claimFolds(headlines, 3);
    const reversed = claimFolds([...headlines].reverse(), 3);

    // Assess: every claim has one fold, folds hold 4, 4 and 4 headlines, and row order changes nothing
    expect([...folds.keys()].sort()).toEqual(Object.keys(sizes));
    const foldSizes = [0, 0, 0];
    for (const { claimId } of headlines) {
      const fold = folds.get(claimId) ?? 0;
      foldSizes[fold] = (foldSizes[fold] ?? 0) + 1;
    }
    expect(foldSizes).toEqual([4, 4, 4]);
    expect(reversed).toEqual(folds);
  });

  it("gives a seeded, still claim-grouped and balanced partition, the same every time", () => {
    // Prepare: twelve claims of one headline and four of two, 20 headlines for 4 folds
    const claimIds = [
      ...Array.from({ length: 12 }, (_, i) => `single-${i}`),
      ...Array.from({ length: 4 }, (_, i) => `pair-${i}`),
    ];
    const headlines = claimIds.flatMap((claimId) =>
      Array.from({ length: claimId.startsWith("pair") ? 2 : 1 }, () => ({ claimId })),
    );

    // Act
    const seeded = claimFolds(headlines, 4, 5);
    const again = claimFolds([...headlines].reverse(), 4, 5);
    const otherSeed = claimFolds(headlines, 4, 6);

    // Assess: every claim in one fold, each fold within a headline of the others, and row order changes nothing
    expect([...seeded.keys()].sort()).toEqual([...claimIds].sort());
    const foldSizes = [0, 0, 0, 0];
    for (const { claimId } of headlines) {
      const fold = seeded.get(claimId) ?? 0;
      foldSizes[fold] = (foldSizes[fold] ?? 0) + 1;
    }
    expect(Math.max(...foldSizes) - Math.min(...foldSizes)).toBeLessThanOrEqual(1);
    expect(again).toEqual(seeded);
    expect(otherSeed).not.toEqual(seeded);
  });

  it("keeps the canonical partition when no seed is given", () => {
    // Prepare: the same twelve single-headline claims
    const headlines = Array.from({ length: 12 }, (_, i) => ({ claimId: `claim-${i}` }));

    // Act
    const unseeded = claimFolds(headlines, 3);
    const seedZero = claimFolds(headlines, 3, 0);
    const seeded = claimFolds(headlines, 3, 5);

    // Assess: seed 0 is the canonical partition; a seed changes it
    expect(seedZero).toEqual(unseeded);
    expect(seeded).not.toEqual(unseeded);
  });

  it("builds a claim's topic from its nouns, verbs and adjectives", () => {
    // Prepare
    const headline = { claimId: "c7", claim: "A mob castrated the alleged rapist in Rajasthan" };

    // Act
    const topic = claimTopic(headline);

    // Assess
    expect(topic).toMatchObject({ id: "c7", measures: [], actors: [] });
    expect(topic.keywords).toEqual(["mob", "castrated", "alleged", "rapist", "rajasthan"]);
  });

  it("scores the outlet framing the cue rules give, apart from the classifier", async () => {
    // Prepare: one headline hedged in the outlet's voice, one a question, one the rules leave alone
    const row = (article_id: string, headline: string, stance: string) => ({
      claim_id: "c1",
      claim: "A hoax video showed a pier collapse",
      article_id,
      headline,
      stance,
      url: `https://news.example/${article_id}`,
    });
    const rows = [
      row("a1", "Pier reportedly collapses in storm", "observing"),
      row("a2", "Was the pier collapse video a hoax?", "against"),
      row("a3", "Pier collapses in storm", "for"),
    ];

    // Act
    const metrics = await evaluate(rowsOf(rows), { verbose: false });

    // Assess: two framed, the question as a doubt
    expect(metrics.cueRules).toEqual({
      decided: 2,
      share: 0.6667,
      accuracy: 0.5,
      precision: { asserts: 0, hedges: 0.5, denies: 0 },
    });
  });
});
