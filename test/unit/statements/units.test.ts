import { describe, expect, it } from "vitest";
import { attachUnit } from "../../../lambdas/core/statements/units";

function unitAfter(
  sentence: string,
  number: string,
  options = { currency: null as string | null, vague: false },
) {
  const end = sentence.indexOf(number) + number.length;
  return attachUnit(sentence, end, options);
}

describe("attachUnit", () => {
  it.each([
    ["turnout of 99 percent", "99", "percent", "percent"],
    ["turnout of 80% today", "80", "percent", "percent"],
    ["a 5 km walk", "5", "km", "measurement"],
    ["a 5.8-inch tablet", "5.8", "inch", "measurement"],
    ["7 Australian dollars each", "7", "Australian dollars", "currency"],
    ["for 3 weeks now", "3", "weeks", "duration"],
    ["a 65-year-old man", "65", "year-old", "age"],
    ["16 year-old pupils", "16", "year-old", "age"],
    ["identifies 16 yr old who was shot", "16", "year-old", "age"],
    ["21 y/o Skip Wells", "21", "year-old", "age"],
    ["450 exhumed bodies were", "450", "bodies", "count"],
    ["440 burial sites in", "440", "sites", "count"],
    ["nine more trucks", "nine", "trucks", "count"],
    ["a five-speed gearbox", "five", "speed", "count"],
    ["300 1/2-price tickets", "300", "tickets", "count"],
    ["3 200.5-litre drums", "3", "drums", "count"],
    ["it gets 20 miles per gallon", "20", "miles per gallon", "measurement"],
    ["146 bodies showed signs of torture", "146", "bodies", "count"],
    ["14 officers wearing vests", "14", "officers", "count"],
    ["at 20 kilometres per litre", "20", "kilometres per litre", "measurement"],
  ])("%s", (sentence, number, unit, category) => {
    // Prepare
    const input = sentence;

    // Act
    const match = unitAfter(input, number);

    // Assess
    expect(match).toMatchObject({ unit, category });
  });

  it("reaches past 'of' for vague plurals", () => {
    // Prepare
    const input = "dozens of fresh graves";

    // Act
    const match = unitAfter(input, "dozens", { currency: null, vague: true });

    // Assess
    expect(match).toMatchObject({ unit: "graves", category: "count", phrase: "of fresh graves" });
  });

  it("uses a currency prefix already read", () => {
    // Prepare
    const input = "$5 a month";

    // Act
    const match = unitAfter(input, "$5", { currency: "dollars", vague: false });

    // Assess
    expect(match).toMatchObject({ unit: "dollars per month", category: "currency" });
  });

  it.each([
    ["450 were found", "450"],
    ["400 died", "400"],
    ["the 12, and", "12"],
    ["3 of the", "3"],
    ["3 1/2-price, and", "3"],
    ["3 200.5-litre.", "3"],
  ])("finds no unit in %s", (sentence, number) => {
    // Prepare
    const input = sentence;

    // Act
    const match = unitAfter(input, number);

    // Assess
    expect(match).toBeNull();
  });
});
