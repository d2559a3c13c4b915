import { describe, expect, it } from "vitest";
import { byPublication, compareStatements } from "../../../lambdas/core/alerts/compare-statements";
import { collectComparisonHistory } from "../../../lambdas/core/alerts/comparison-history";
import type { Statement } from "../../../lambdas/core/model";
import { figure, izyumTopic, stance } from "../../support/statements";

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OUTLETS = ["A News", "B Post", "C Wire", "D Daily"];

function story(seed: number, size: number): Statement[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return Array.from({ length: size }, (_, i) => {
    // Several statements share a time, so ties are exercised.
    const publishedAt = new Date(
      Date.UTC(2022, 8, 1) + Math.floor(next() * 60) * 12 * 3_600_000,
    ).toISOString();
    const outlet = pick(OUTLETS);
    const value = 400 + Math.floor(next() * 5) * 20;
    const roll = next();
    if (roll < 0.5)
      return figure({
        id: `s${i}`,
        outlet,
        publishedAt,
        measure: pick(["bodies", "graves"]),
        low: value,
        high: value,
      });
    return stance({
      id: `s${i}`,
      outlet,
      publishedAt,
      actor: roll < 0.75 ? pick(["kremlin", "ukraine"]) : "outlet",
      stance: pick(["asserts", "hedges", "denies"] as const),
      inHeadline: next() < 0.5,
    });
  });
}

async function* newestFirst(statements: readonly Statement[]): AsyncIterable<Statement> {
  yield* [...statements].sort(byPublication).reverse();
}

describe("collectComparisonHistory", () => {
  it.each(Array.from({ length: 40 }, (_, seed) => seed))(
    "gives the same alerts as the whole history (seed %i)",
    async (seed) => {
      // Prepare: a story, and one article's statements from its last day
      const statements = story(seed, 120);
      const publishedAt = seed % 2 ? "2022-10-05T12:00:00.000Z" : "2022-10-31T12:00:00.000Z";
      const article = statements.slice(-4).map((s) => ({ ...s, outlet: "A News", publishedAt }));
      const earlier = statements.slice(0, -4);

      // Act
      const collected = await collectComparisonHistory(article, newestFirst(earlier));

      // Assess
      expect(compareStatements(article, collected, izyumTopic)).toEqual(
        compareStatements(article, earlier, izyumTopic),
      );
    },
  );

  it("stops reading once every comparison has what it needs", async () => {
    // Prepare: a long history of one measure, and an article with a figure of that measure
    const history = Array.from({ length: 500 }, (_, i) =>
      figure({
        id: `h${i}`,
        publishedAt: new Date(Date.UTC(2022, 0, 1) + i * 3_600_000).toISOString(),
        outlet: i % 2 ? "B Post" : "A News",
      }),
    );
    const current = [
      figure({ id: "now", outlet: "A News", publishedAt: "2023-01-01T00:00:00.000Z", low: 999, high: 999 }),
    ];
    let read = 0;
    async function* counting(): AsyncIterable<Statement> {
      for await (const s of newestFirst(history)) {
        read++;
        yield s;
      }
    }

    // Act
    const collected = await collectComparisonHistory(current, counting());

    // Assess
    expect(collected.map((s) => s.id)).toEqual(["h499", "h498"]);
    expect(read).toBe(3);
  });
});
