import { describe, expect, it } from "vitest";
import type { Statement } from "../../../lambdas/core/model";
import { extractStatements } from "../../../lambdas/core/statements/extract-statements";
import { article, izyumTopic, loadArticleFixtures } from "./fixtures";

/** The fields a golden fixture states, without ids and article metadata. */
function essentials(statement: Statement): Record<string, unknown> {
  if (statement.kind === "figure") {
    const { kind, inHeadline, measure, term, low, high, qualifier, source } = statement;
    return { kind, inHeadline, measure, term, low, high, qualifier, source };
  }
  const { kind, inHeadline, actor, stance } = statement;
  return { kind, inHeadline, actor, stance };
}

describe("extractStatements on golden articles", () => {
  it.each(loadArticleFixtures("golden"))(
    "$name gives the expected statements",
    ({ article: input, expected }) => {
      // Prepare
      const topic = izyumTopic;

      // Act
      const statements = extractStatements(input, topic);

      // Assess
      expect(statements.map(essentials)).toEqual(expected);
    },
  );
});

describe("extractStatements on articles that must give nothing", () => {
  it.each(loadArticleFixtures("empty"))("$name gives no statements", ({ article: input }) => {
    // Prepare
    const topic = izyumTopic;

    // Act
    const statements = extractStatements(input, topic);

    // Assess
    expect(statements).toEqual([]);
  });
});

describe("extractStatements", () => {
  it("gives every statement the article's metadata and a deterministic 16-hex id", () => {
    // Prepare
    const input = article("Around 450 bodies found near Izyum", "");

    // Act
    const first = extractStatements(input, izyumTopic);
    const second = extractStatements(input, izyumTopic);

    // Assess
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({
      topic: "izyum-mass-graves",
      outlet: "Example",
      url: input.url,
      title: input.title,
      publishedAt: input.publishedAt,
      sentence: "Around 450 bodies found near Izyum",
    });
    expect(first[0]?.id).toMatch(/^[0-9a-f]{16}$/);
    expect(second.map((s) => s.id)).toEqual(first.map((s) => s.id));
  });

  it("keeps the headline and the body apart", () => {
    // Prepare
    const input = article(
      "Alleged graves near Izyum",
      "Investigators said 440 graves were found near Izyum.",
    );

    // Act
    const statements = extractStatements(input, izyumTopic).map(essentials);

    // Assess
    expect(statements).toContainEqual({
      kind: "stance",
      inHeadline: true,
      actor: "outlet",
      stance: "hedges",
    });
    expect(statements).toContainEqual(
      expect.objectContaining({ kind: "figure", inHeadline: false, low: 440 }),
    );
    expect(statements.filter((s) => s.kind === "figure" && s.inHeadline)).toEqual([]);
  });

  it("emits one outlet stance per part, hedges beating asserts", () => {
    // Prepare
    const input = article(
      "Izyum",
      "Graves were found in a forest near Izyum. More bodies were discovered on Friday.\n\nThe so-called mass graves at Izyum are still being examined.",
    );

    // Act
    const stances = extractStatements(input, izyumTopic).filter((s) => s.kind === "stance");

    // Assess
    expect(stances.map(essentials)).toEqual([
      { kind: "stance", inHeadline: false, actor: "outlet", stance: "hedges" },
    ]);
  });

  it("attributes a quoted denial to the actor named before the quote", () => {
    // Prepare
    const input = article(
      "Izyum",
      'Peskov said the Kremlin would comment on Izyum later.\n\n"It is all fake," he said.',
    );

    // Act
    const stances = extractStatements(input, izyumTopic).filter((s) => s.kind === "stance");

    // Assess
    expect(stances.map(essentials)).toEqual([
      { kind: "stance", inHeadline: false, actor: "kremlin", stance: "denies" },
    ]);
  });

  it("does not take a quoted word as the outlet's framing", () => {
    // Prepare
    const input = article("Izyum", 'A villager called the Izyum graves "a staged show" for the cameras.');

    // Act
    const stances = extractStatements(input, izyumTopic).filter((s) => s.kind === "stance");

    // Assess
    expect(stances.filter((s) => s.kind === "stance" && s.actor === "outlet")).toEqual([]);
  });

  it("leaves out stances of speakers who are not actors", () => {
    // Prepare
    const input = article("Izyum", "A local priest denied that the Izyum graves were old.");

    // Act
    const statements = extractStatements(input, izyumTopic);

    // Assess
    expect(statements.filter((s) => s.kind === "stance" && s.actor !== "outlet")).toEqual([]);
  });

  it("ignores stance words in sentences that do not concern the topic", () => {
    // Prepare
    const input = article("Izyum", "The minister denied the reports about fuel prices.");

    // Act
    const statements = extractStatements(input, izyumTopic);

    // Assess
    expect(statements).toEqual([]);
  });

  it("skips a change amount but keeps the level it reached", () => {
    // Prepare
    const input = article("Izyum", "The toll near Izyum rose by 12 bodies to 459 bodies.");

    // Act
    const figures = extractStatements(input, izyumTopic)
      .filter((s) => s.kind === "figure")
      .map(essentials);

    // Assess
    expect(figures).toEqual([
      {
        kind: "figure",
        inHeadline: false,
        measure: "bodies",
        term: "bodies",
        low: 459,
        high: 459,
        qualifier: "exact",
        source: null,
      },
    ]);
  });
});
