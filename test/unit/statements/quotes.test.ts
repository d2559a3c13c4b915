import { describe, expect, it } from "vitest";
import { findQuoteSpans, isInside } from "../../../lambdas/core/statements/quotes";

function quoted(text: string): string[] {
  return findQuoteSpans(text).map((span) => text.slice(span.start, span.end));
}

describe("findQuoteSpans", () => {
  it.each([
    ['He said "these are lies" twice.', ['"these are lies"']],
    ["He said “these are lies” twice.", ["“these are lies”"]],
    ["Kremlin calls reports 'lies'", ["'lies'"]],
    ["They called it ‘a show’, she said.", ["‘a show’"]],
    ["'It was the army's doing,' she said.", ["'It was the army's doing,'"]],
    ["‘We didn't dig them,’ he said.", ["‘We didn't dig them,’"]],
    ['"It goes on', ['"It goes on']],
    ['It is a fabrication." He left.', ['It is a fabrication."']],
    ["It is a fabrication.” He left.", ["It is a fabrication.”"]],
  ])("finds quotes in %s", (text, expected) => {
    // Prepare
    const input = text;

    // Act
    const spans = quoted(input);

    // Assess
    expect(spans).toEqual(expected);
  });

  it.each([
    "Izyum's graves and the town's mayor",
    "They don't know, it's late",
    "The Kremlin’s spokesman’s words",
  ])("takes no apostrophe for a quote in %s", (text) => {
    // Prepare
    const input = text;

    // Act
    const spans = quoted(input);

    // Assess
    expect(spans).toEqual([]);
  });
});

describe("isInside", () => {
  it("is true strictly inside a span", () => {
    // Prepare
    const spans = [{ start: 3, end: 9 }];

    // Act
    const inside = [2, 3, 4, 8, 9].map((position) => isInside(spans, position));

    // Assess
    expect(inside).toEqual([false, false, true, true, false]);
  });
});
