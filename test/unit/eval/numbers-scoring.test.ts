import { describe, expect, it } from "vitest";
import {
  expectedItems,
  type Item,
  itemsMatch,
  parseRangeNotation,
  scoreRow,
} from "../../../eval/sets/numbers";

describe("Recognizers number specs: range notation", () => {
  it.each<[string, Item]>([
    ["(30,)", { kind: "more-than", value: 30 }],
    ["[30,)", { kind: "at-least", value: 30 }],
    ["(,30)", { kind: "less-than", value: 30 }],
    ["(,30]", { kind: "at-most", value: 30 }],
    ["(,-30]", { kind: "at-most", value: -30 }],
    ["[20,30]", { kind: "range", low: 20, high: 30 }],
    ["[20,30)", { kind: "range", low: 20, high: 30 }],
    ["(0.25,0.5)", { kind: "range", low: 0.25, high: 0.5 }],
    ["[20,20]", { kind: "exact", value: 20 }],
  ])("reads %s", (notation, item) => {
    // Prepare
    const input = notation;

    // Act
    const parsed = parseRangeNotation(input);

    // Assess
    expect(parsed).toEqual(item);
  });

  it.each(["30", "(,)", "[a,30]", "(20,30"])("rejects %s", (notation) => {
    // Prepare
    const input = notation;

    // Act
    const parse = () => parseRangeNotation(input);

    // Assess
    expect(parse).toThrow();
  });
});

describe("Recognizers number specs: scoring", () => {
  it("reads number and percentage values, and a percentage without one as unreadable", () => {
    // Prepare
    const row = {
      model: "PercentModel" as const,
      expected: [
        { span: "100%", type: "percentage", value: "100%" },
        { span: "percent", type: "percentage", value: null },
      ],
    };

    // Act
    const items = expectedItems(row);

    // Assess
    expect(items).toEqual([{ kind: "exact", value: 100 }, { kind: "unreadable" }]);
  });

  it("matches values within a relative tolerance of 1e-5 and a bound only by the same qualifier", () => {
    // Prepare
    const third: Item = { kind: "exact", value: 0.333333333333333 };
    const tiny: Item = { kind: "exact", value: 1e-12 };

    // Act
    const matches = [
      itemsMatch(third, { kind: "exact", value: 1 / 3 }),
      itemsMatch(tiny, { kind: "exact", value: 0 }),
      itemsMatch({ kind: "more-than", value: 30 }, { kind: "at-least", value: 30 }),
      itemsMatch({ kind: "range", low: 20, high: 30 }, { kind: "range", low: 20, high: 30.000001 }),
    ];

    // Assess
    expect(matches).toEqual([true, false, false, true]);
  });

  it("counts each prediction once and an exact row only with nothing missing or extra", () => {
    // Prepare: two 40 000s expected, one read, plus an extra 3
    const expected: Item[] = [
      { kind: "exact", value: 40000 },
      { kind: "exact", value: 40000 },
    ];
    const predicted: Item[] = [
      { kind: "exact", value: 40000 },
      { kind: "exact", value: 3 },
    ];

    // Act
    const score = scoreRow("NumberModel", expected, predicted);

    // Assess
    expect(score).toEqual({ expected: 2, predicted: 2, correct: 1, exact: false });
  });

  it("ignores plain numbers in a range row unless they match an equality", () => {
    // Prepare: "equal to 5000 or less than 6000", read with an extra plain 7
    const expected = expectedItems({
      model: "NumberRangeModel",
      expected: [
        { span: "equal to 5000", type: "numberrange", value: "[5000,5000]" },
        { span: "less than 6000", type: "numberrange", value: "(,6000)" },
      ],
    });
    const predicted: Item[] = [
      { kind: "exact", value: 5000 },
      { kind: "less-than", value: 6000 },
      { kind: "exact", value: 7 },
    ];

    // Act
    const score = scoreRow("NumberRangeModel", expected, predicted);

    // Assess
    expect(score).toEqual({ expected: 2, predicted: 2, correct: 2, exact: true });
  });
});
