import { describe, expect, it } from "vitest";
import { dropNonQuantities, nonQuantityReason } from "../../../lambdas/core/statements/non-quantities";
import { findNumbers } from "../../../lambdas/core/statements/numbers";

function reasons(sentence: string): (string | null)[] {
  return findNumbers(sentence).map((number) => nonQuantityReason(sentence, number));
}

describe("nonQuantityReason", () => {
  it.each([
    ["the 3rd attempt", "ordinal"],
    ["in the 1980s boom", "decade"],
    ["the A4 road", "code"],
    ["a TA-35 index", "code"],
    ["it reopened on Oct. 31 after repairs", "date"],
    ["on 9 May they met", "date"],
    ["see Photo 3 there", "position in a sequence"],
    ["the firm Acme Holdings 15 said", "part of a name"],
    ["he lives at 12 Elm Street now", "street address"],
  ])("%s → %s", (sentence, reason) => {
    // Prepare
    const input = sentence;

    // Act
    const found = reasons(input);

    // Assess
    expect(found).toEqual([reason]);
  });

  it.each([
    "around 450 bodies",
    "About 450 bodies",
    "Ukraine's 450 bodies",
    "a minus-4 reading",
    "Police found 40 cars",
    "a blow to Israels 9 billion shekels",
  ])("keeps %s", (sentence) => {
    // Prepare
    const input = sentence;

    // Act
    const found = reasons(input);

    // Assess
    expect(found).toEqual([null]);
  });

  it("takes a gallery's '1 / 3' for a position, not a count", () => {
    // Prepare
    const input = "left four wounded 1 / 3 Back to Gallery";

    // Act
    const found = reasons(input);

    // Assess
    expect(found).toEqual([null, "position in a gallery", "position in a gallery"]);
  });

  it("keeps numbers divided in arithmetic: '(60 * 61 / 2)'", () => {
    // Prepare
    const input = "the sum is (60 * 61 / 2) rows";

    // Act
    const found = reasons(input);

    // Assess
    expect(found).toEqual([null, null, null]);
  });

  it("ignores names in a title-case headline", () => {
    // Prepare
    const input = "Ukraine Finds 440 Graves Near Izyum";

    // Act
    const found = reasons(input);

    // Assess
    expect(found).toEqual([null]);
  });
});

describe("dropNonQuantities", () => {
  it("drops the second number of a dash pair whose first is a name", () => {
    // Prepare
    const input = "City beat Rovers 2-1 at home.";

    // Act
    const kept = dropNonQuantities(input, findNumbers(input));

    // Assess
    expect(kept).toEqual([]);
  });

  it.each([
    ["BRENFIELD, May 4 - Three people were killed.", [3]],
    ["Talks run May 4-7 in Geneva.", []],
  ])("keeps a count in words after a dateline's dash, not a date's second day: %s", (input, expected) => {
    // Prepare
    const numbers = findNumbers(input);

    // Act
    const kept = dropNonQuantities(input, numbers).map((number) => number.value);

    // Assess
    expect(kept).toEqual(expected);
  });
});
