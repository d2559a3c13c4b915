import { describe, expect, it } from "vitest";
import { evaluate } from "../../../eval/sets/stances";
import { izyumTopic } from "../statements/fixtures";

async function* rowsOf<T>(rows: readonly T[]): AsyncIterable<T> {
  yield* rows;
}

const article = (title: string, text: string) => ({
  url: `https://news.example.test/${encodeURIComponent(title)}`,
  outlet: "Example Wire",
  publishedAt: "2022-09-20T09:00:00.000Z",
  title,
  text,
});

describe("stance scoring", () => {
  it("counts right, wrong and missed triples, and must-be-empty articles that gave some", async () => {
    // Prepare
    const rows = [
      {
        id: "right-and-missed",
        topic: izyumTopic,
        mustBeEmpty: false,
        article: article("Kremlin denies Izyum graves", "Officials in Izyum met on Monday."),
        expected: [
          { actor: "kremlin", stance: "denies", inHeadline: true },
          { actor: "ukraine", stance: "asserts", inHeadline: false },
        ],
      },
      {
        id: "empty",
        topic: izyumTopic,
        mustBeEmpty: true,
        article: article("Izyum market reopens", "The Izyum graves were found in a forest."),
        expected: [],
      },
    ];

    // Act
    const metrics = await evaluate(rowsOf(rows), { verbose: false });

    // Assess
    expect(metrics.all).toEqual({ p: 0.5, r: 0.5, f1: 0.5 });
    expect(metrics).toMatchObject({ articles: 2, exactArticles: 0, mustBeEmpty: 1, mustBeEmptyGaveSome: 1 });
  });
});
