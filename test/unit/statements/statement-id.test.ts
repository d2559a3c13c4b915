import { describe, expect, it } from "vitest";
import { statementId } from "../../../lambdas/core/statements/statement-id";

const figure = {
  topic: "izyum-mass-graves",
  url: "https://news.example.test/a",
  kind: "figure" as const,
  inHeadline: false,
  sentence: "About 450 bodies were found.",
  measure: "bodies",
  term: "bodies",
  low: 450,
  high: 450,
  qualifier: "approx" as const,
  source: null,
};

describe("statementId", () => {
  it("is 16 hex characters and the same for the same fields", () => {
    // Prepare
    const copy = { ...figure };

    // Act
    const ids = [statementId(figure), statementId(copy)];

    // Assess
    expect(ids[0]).toMatch(/^[0-9a-f]{16}$/);
    expect(ids[1]).toBe(ids[0]);
  });

  it("changes with any identifying field", () => {
    // Prepare
    const variants = [
      { ...figure, inHeadline: true },
      { ...figure, low: 440 },
      { ...figure, qualifier: "exact" as const },
      { ...figure, source: "kremlin" },
      { ...figure, url: "https://news.example.test/b" },
    ];

    // Act
    const ids = variants.map(statementId);

    // Assess
    expect(new Set([statementId(figure), ...ids]).size).toBe(variants.length + 1);
  });

  it("identifies stances by actor and stance", () => {
    // Prepare
    const stance = {
      topic: "t",
      url: "u",
      kind: "stance" as const,
      inHeadline: false,
      sentence: "s",
      actor: "kremlin",
    };

    // Act
    const ids = [statementId({ ...stance, stance: "denies" }), statementId({ ...stance, stance: "hedges" })];

    // Assess
    expect(ids[0]).not.toBe(ids[1]);
  });
});
