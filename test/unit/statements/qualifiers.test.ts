import { describe, expect, it } from "vitest";
import type { Qualifier } from "../../../lambdas/core/model";
import { detectChange, detectQualifier, isChangeAmount } from "../../../lambdas/core/statements/qualifiers";

function qualifierOf(sentence: string, number: string): Qualifier {
  const start = sentence.indexOf(number);
  return detectQualifier(sentence, start, start + number.length).qualifier;
}

describe("detectQualifier", () => {
  it.each<[string, Qualifier]>([
    ["about 45 cars", "approx"],
    ["around 45 cars", "approx"],
    ["roughly 45 cars", "approx"],
    ["some 45 cars", "approx"],
    ["an estimated 45 cars", "approx"],
    ["approximately 45 cars", "approx"],
    ["nearly 45 cars", "approx"],
    ["almost 45 cars", "approx"],
    ["at least 45 cars", "at-least"],
    ["no fewer than 45 cars", "at-least"],
    ["more than 45 cars", "more-than"],
    ["over 45 cars", "more-than"],
    ["upwards of 45 cars", "more-than"],
    ["up to 45 cars", "at-most"],
    ["as many as 45 cars", "at-most"],
    ["no more than 45 cars", "at-most"],
    ["fewer than 45 cars", "less-than"],
    ["under 45 cars", "less-than"],
    ["less than 45 cars", "less-than"],
    ["45 or more cars", "at-least"],
    ["the tally climbed past 45 cars", "more-than"],
    ["the car drove past 45 cars", "exact"],
    ["the 45 cars", "exact"],
    ["some of the 45 cars", "exact"],
  ])("%s → %s", (sentence, qualifier) => {
    // Prepare
    const input = sentence;

    // Act
    const detected = qualifierOf(input, "45");

    // Assess
    expect(detected).toBe(qualifier);
  });

  it("gives where the qualifier phrase starts", () => {
    // Prepare
    const input = "They saw at least 45 cars.";

    // Act
    const detected = detectQualifier(input, input.indexOf("45"), input.indexOf("45") + 2);

    // Assess
    expect(input.slice(detected.start)).toBe("at least 45 cars.");
  });
});

describe("detectChange", () => {
  it.each<[string, "up" | "down" | null]>([
    ["sales rose by 40", "up"],
    ["sales rose 40", "up"],
    ["the level fell to 12", "down"],
    ["shares were down 2", "down"],
    ["the toll climbed to 12", "up"],
    ["tariffs will go up by an average of 8", "up"],
    ["rents hiked for tenants by 35", "up"],
    ["the keeper gave up 3", null],
    ["they found 12", null],
    ["an increase of 12", null],
  ])("%s", (text, change) => {
    // Prepare
    const input = text;

    // Act
    const detected = detectChange(input, input.lastIndexOf(" ") + 1);

    // Assess
    expect(detected).toBe(change);
  });
});

describe("isChangeAmount", () => {
  it("tells a difference from a level", () => {
    // Prepare
    const amount = "rose by 12";
    const level = "rose to 12";

    // Act
    const results = [amount, level].map((text) => isChangeAmount(text, text.indexOf("12")));

    // Assess
    expect(results).toEqual([true, false]);
  });
});
