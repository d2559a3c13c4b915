import { describe, expect, it } from "vitest";
import { findWordNumbers, parseCardinal } from "../../../lambdas/core/statements/number-words";

describe("parseCardinal (compromise)", () => {
  it.each([
    ["four hundred and fifty", 450],
    ["twenty-five", 25],
    ["five thousand", 5000],
    ["a hundred", 100],
    ["one", 1],
  ])("reads %s", (words, value) => {
    // Prepare
    const input = words;

    // Act
    const parsed = parseCardinal(input);

    // Assess
    expect(parsed).toBe(value);
  });

  it("gives null for words that are no number", () => {
    // Prepare
    const input = "several";

    // Act
    const parsed = parseCardinal(input);

    // Assess
    expect(parsed).toBeNull();
  });
});

describe("findWordNumbers", () => {
  it.each([
    ["about four hundred and fifty graves", [450]],
    ["a dozen trucks", [12]],
    ["half a dozen trucks", [6]],
    ["dozens of trucks", [12]],
    ["hundreds of trucks", [100]],
    ["tens of thousands of people", [10_000]],
    ["hundreds of thousands of people", [100_000]],
    ["two-thirds of voters", [2 / 3]],
    ["a quarter of voters", [0.25]],
    ["two three-year terms", [2, 3]],
    ["eight or nine euros", [8, 9]],
    ["half a million people", [500_000]],
    ["a half-million dollars", [500_000]],
    ["a quarter of a million people", [250_000]],
    ["two-thirds of a billion", [2e9 / 3]],
    ["one million and a half", [1_500_000]],
    ["one billion and a half million", [1_000_500_000]],
    ["three and one fourth", [3.25]],
    ["one hundred and three quarters", [100.75]],
    ["twenty-three fifths", [4.6]],
    ["three hundredths of a second", [0.03]],
    ["a thousandth of a second", [0.001]],
    ["five point five percent", [5.5]],
    ["two hundred point zero three", [200.03]],
    ["one point two million people", [1_200_000]],
    ["three lakh crore rupees", [3e12]],
    ["five lakhs of devotees", [500_000]],
    ["scores of boats", [20]],
    ["fell by one point two percent", [1.2]],
    ["to limit warming to one point five degrees", [1.5]],
    ["rose to one point two million barrels", [1_200_000]],
    ["two and a third cups of flour", [7 / 3]],
    ["three and a third miles", [10 / 3]],
    ["one and a third million", [4e6 / 3]],
  ])("reads %s", (text, values) => {
    // Prepare
    const input = text;

    // Act
    const found = findWordNumbers(input).map((n) => n.value);

    // Assess
    expect(found).toEqual(values);
  });

  it.each([
    ["at one point five officers", [1, 5]],
    ["between one and two thirds of voters", [1, 2 / 3]],
    ["a thirty-second advert", [30]],
    ["twenty first responders", [20]],
    ["won by one point two nights ago", [1, 2]],
    ["cut to one point nine minutes before the whistle", [1, 9]],
    ["at any one point five hundred people", [1, 500]],
    ["arrested three and a fourth suspect", [3]],
    ["arrested two and a third man", [2]],
    ["two were hurt and a third was killed", [2]],
    ["spending was cut by a third", [1 / 3]],
    ["a third of voters stayed home", [1 / 3]],
    ["a quarter said yes", [0.25]],
    ["three fifth-graders", [3]],
    ["a third-party candidate", []],
    ["three quarter-finals", [3]],
  ])("reads no decimal, mixed number or ordinal in %s", (text, values) => {
    // Prepare
    const input = text;

    // Act
    const found = findWordNumbers(input).map((n) => n.value);

    // Assess
    expect(found).toEqual(values);
  });

  it.each([
    "someone stood alone",
    "the second round",
    "a tone of voice",
    "often",
    "the twenty-first century",
    "the two hundredth anniversary",
    "a three trillionth",
    "he scores twice",
    "for a hundredth time",
    "a thousandth birthday",
  ])("reads nothing in %s", (text) => {
    // Prepare
    const input = text;

    // Act
    const found = findWordNumbers(input);

    // Assess
    expect(found).toEqual([]);
  });

  it("marks vague plurals", () => {
    // Prepare
    const input = "dozens of boats and twelve cars";

    // Act
    const found = findWordNumbers(input).map((n) => n.vague);

    // Assess
    expect(found).toEqual([true, false]);
  });
});
