import { describe, expect, it } from "vitest";
import { splitParagraphs, splitSentences } from "../../../lambdas/core/statements/sentences";

describe("splitParagraphs", () => {
  it("splits on blank lines and joins wrapped lines", () => {
    // Prepare
    const text = "First line\nstill first.\n\n  \nSecond.\r\n\r\nThird.";

    // Act
    const paragraphs = splitParagraphs(text);

    // Assess
    expect(paragraphs).toEqual(["First line still first.", "Second.", "Third."]);
  });
});

describe("splitSentences", () => {
  it.each([
    ["Gen. Smith arrived. He left.", ["Gen. Smith arrived.", "He left."]],
    ["Mr. Brown spoke. Dr. Green listened.", ["Mr. Brown spoke.", "Dr. Green listened."]],
    ["The approx. total is 40. It may rise.", ["The approx. total is 40.", "It may rise."]],
    ["Dmitry S. Peskov spoke. Then he left.", ["Dmitry S. Peskov spoke.", "Then he left."]],
    ["It closed at 2 p.m. Monday. It reopened.", ["It closed at 2 p.m. Monday.", "It reopened."]],
    ['"It is fake." Peskov said. Nobody agreed.', ['"It is fake." Peskov said.', "Nobody agreed."]],
    [
      "The report was written by J. Smith. It was long.",
      ["The report was written by J. Smith.", "It was long."],
    ],
    [
      "Twelve patients caught hepatitis C. The hospital said it disputed the findings.",
      ["Twelve patients caught hepatitis C.", "The hospital said it disputed the findings."],
    ],
  ])("repairs %s", (paragraph, expected) => {
    // Prepare
    const input = paragraph;

    // Act
    const sentences = splitSentences(input).map((s) => s.text);

    // Assess
    expect(sentences).toEqual(expected);
  });

  it("still splits ordinary sentence ends", () => {
    // Prepare
    const input = "The river rose. Families fled. Help came at 5 p.m. The next day was calm.";

    // Act
    const sentences = splitSentences(input).map((s) => s.text);

    // Assess
    expect(sentences).toEqual([
      "The river rose.",
      "Families fled.",
      "Help came at 5 p.m.",
      "The next day was calm.",
    ]);
  });

  it("gives offsets into the paragraph", () => {
    // Prepare
    const input = "One here.  Two there.";

    // Act
    const [, second] = splitSentences(input);

    // Assess
    expect(second && input.slice(second.start, second.end)).toBe("Two there.");
  });
});
