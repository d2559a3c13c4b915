import { describe, expect, it } from "vitest";
import { findNumbers } from "../../../lambdas/core/statements/numbers";

describe("findNumbers", () => {
  it.each([
    ["1,300", 1300],
    ["1 300", 1300],
    ["1\u202f300", 1300],
    ["2.5", 2.5],
    [".534", 0.534],
    ["1.2 million", 1_200_000],
    ["4 hundred", 400],
    ["3bn", 3e9],
    ["50k", 50_000],
    ["minus 4", -4],
    ["negative 0.5", -0.5],
    ["minus five", -5],
    ["1 234 567.89", 1_234_567.89],
    ["12,34,567", 1_234_567],
    ["2.5 lakh", 250_000],
    ["5 crore", 50_000_000],
    ["1.5 lakh crore", 1.5e12],
    ["5 lakhs", 500_000],
    ["2 crores", 20_000_000],
    ["10 bln", 1e10],
    ["2 1/2 years", 2.5],
    ["2\u00bd years", 2.5],
    ["\u00be of", 0.75],
    ["1\u00bd million", 1_500_000],
  ])("reads %s", (text, value) => {
    // Prepare
    const input = `It was ${text} then.`;

    // Act
    const numbers = findNumbers(input);

    // Assess
    expect(numbers.map((n) => n.value)).toEqual([value]);
  });

  it.each([
    ["$5", "dollars"],
    ["US$5", "dollars"],
    ["€5", "euros"],
    ["£5", "pounds"],
    ["A$5", "Australian dollars"],
  ])("reads the currency of %s", (text, currency) => {
    // Prepare
    const input = `It cost ${text}.`;

    // Act
    const [number] = findNumbers(input);

    // Assess
    expect(number).toMatchObject({ value: 5, currency });
  });

  it("reads a lone m as million only for money", () => {
    // Prepare
    const input = "A £6m deal for a 100m sprinter.";

    // Act
    const numbers = findNumbers(input);

    // Assess
    expect(numbers.map((n) => n.value)).toEqual([6_000_000, 100]);
  });

  it.each([
    "at 9:30 today",
    "on 2022-09-16T10:00Z",
    "call (555) 555-0100",
    "see https://example.test/a/440",
    "version 1.2.3",
    "rank #4",
  ])("masks %s", (text) => {
    // Prepare
    const input = text;

    // Act
    const numbers = findNumbers(input);

    // Assess
    expect(numbers).toEqual([]);
  });

  it.each<[string, number[]]>([
    ["2 5/4 cups", [2, 5, 4]],
    ["1,22,33 units", [1, 22, 33]],
    ["the crore mark", []],
    ["tested negative for the virus", []],
    ["tested negative 3 times", [3]],
    ["plus or minus three points", [3]],
    ["plus or minus 3 points", [3]],
    ["an HIV-negative 30-year-old", [30]],
  ])("reads no mixed fraction, Indian grouping or scale in %s", (text, values) => {
    // Prepare
    const input = `It was ${text}.`;

    // Act
    const numbers = findNumbers(input);

    // Assess
    expect(numbers.map((n) => n.value)).toEqual(values);
  });

  it.each<[string, number[]]>([
    ["Tests: positive 12, negative 340", [12, 340]],
    ["Results: negative 340, positive 12", [340, 12]],
    ["Swabs: positive 1,300 samples; negative 56 samples", [1300, 56]],
    ["Votes were positive twelve, negative three", [12, 3]],
  ])("reads positive and negative as labels, not signs, in '%s'", (text, values) => {
    // Prepare
    const input = `${text}.`;

    // Act
    const numbers = findNumbers(input);

    // Assess
    expect(numbers.map((n) => n.value)).toEqual(values);
  });

  it.each<[string, number[]]>([
    ["Growth swung from negative 0.5% to positive 1.2%", [-0.5, 1.2]],
    ["The balance was negative 340, a record", [-340]],
    ["Positive news: negative 3 degrees overnight", [-3]],
  ])("keeps negative as a sign in '%s'", (text, values) => {
    // Prepare
    const input = `${text}.`;

    // Act
    const numbers = findNumbers(input);

    // Assess
    expect(numbers.map((n) => n.value)).toEqual(values);
  });

  it.each<[string, number[]]>([
    ["Trains stop at stations 12,15,102 only", [12, 15, 102]],
    ["Exercises nrs. 22,24,26,31", [22, 24, 26, 31]],
    ["Seats 3,7,112 were empty", [3, 7, 112]],
    ["Lines 1,300,15 were cut", [1, 300, 15]],
  ])("reads a comma list of numbers in '%s'", (text, values) => {
    // Prepare
    const input = `${text}.`;

    // Act
    const numbers = findNumbers(input);

    // Assess
    expect(numbers.map((n) => n.value)).toEqual(values);
  });

  it.each<[string, number[]]>([
    ["Crews counted 1,300 bags", [1300]],
    ["The city has 12,345,678 people", [12_345_678]],
    ["Stations 15,102 and 16,000 opened", [15_102, 16_000]],
    ["It was 12,34,567 then", [1_234_567]],
    ["India records 3,45,678 new cases", [345_678]],
    ["Stations 12,05,300 opened", [1_205_300]],
    ["The number is 1,3", [1]],
    ["Write 5,00 or 5,25", [5, 5]],
  ])("reads no comma list in '%s'", (text, values) => {
    // Prepare
    const input = `${text}.`;

    // Act
    const numbers = findNumbers(input);

    // Assess
    expect(numbers.map((n) => n.value)).toEqual(values);
  });

  it.each<[string, number[]]>([
    ["They bought 3 200.5-litre drums", [3, 200.5]],
    ["They bought 12 400.25-kg bales and 2 1.5-litre bottles", [12, 400.25, 2, 1.5]],
  ])("ends a space-grouped number before a decimal compound in '%s'", (text, values) => {
    // Prepare
    const input = `${text}.`;

    // Act
    const numbers = findNumbers(input);

    // Assess
    expect(numbers.map((n) => n.value)).toEqual(values);
  });

  it.each<[string, number[]]>([
    ["Crews counted 1 300 bags", [1300]],
    ["The ship carried 1 300.5 tonnes", [1300.5]],
    ["The total was 1 300.5", [1300.5]],
    ["A 1 300-metre tunnel opened", [1300]],
    ["The tank holds 1 234 567.5 litres", [1_234_567.5]],
  ])("keeps a space-grouped number whole in '%s'", (text, values) => {
    // Prepare
    const input = `${text}.`;

    // Act
    const numbers = findNumbers(input);

    // Assess
    expect(numbers.map((n) => n.value)).toEqual(values);
  });

  it("reads no mixed number before a compound that is not a unit: '300 1/2-price tickets'", () => {
    // Prepare
    const input = "They sold 300 1/2-price tickets.";

    // Act
    const values = findNumbers(input).map((n) => n.value);

    // Assess
    expect(values).toContain(300);
    expect(values).toContain(0.5);
    expect(values).not.toContain(300.5);
  });

  it.each<[string, number]>([
    ["A 2 1/2-inch pipe burst", 2.5],
    ["After a 1 1/2-hour wait", 1.5],
    ["A 3 1/2-year-old boy", 3.5],
  ])("reads a mixed number before a unit compound in '%s'", (text, value) => {
    // Prepare
    const input = `${text}.`;

    // Act
    const numbers = findNumbers(input);

    // Assess
    expect(numbers.map((n) => n.value)).toEqual([value]);
  });

  it("starts a negative number at its sign word", () => {
    // Prepare
    const input = "It fell to minus 12 degrees.";

    // Act
    const [number] = findNumbers(input);

    // Assess
    expect(number).toMatchObject({
      value: -12,
      start: input.indexOf("minus"),
      numberStart: input.indexOf("12"),
    });
  });

  it("flags year-like numbers", () => {
    // Prepare
    const input = "In 2022 there were 1,999 and 2022.5 and $2022.";

    // Act
    const numbers = findNumbers(input);

    // Assess
    expect(numbers.map((n) => n.yearLike)).toEqual([true, false, false, false]);
  });
});
