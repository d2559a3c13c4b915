import { describe, expect, it } from "vitest";
import { unitsMatch } from "../../../eval/sets/newsquant";

describe("NewsQuant scoring: units", () => {
  it.each<[string | null, string | null]>([
    ["percentage", "%"],
    ["celsius", "°C"],
    ["celsius", "C"],
    ["penny", "p"],
    ["newton metre", "Nm"],
    ["nanometre", "nm"],
    ["European countries", "countries"],
    [null, null],
  ])("%s matches %s", (gold, predicted) => {
    // Prepare: the two units above
    // Act
    const match = unitsMatch(gold, predicted);
    // Assess
    expect(match).toBe(true);
  });

  it.each<[string | null, string | null]>([
    ["nanometre", "Nm"],
    ["dollar", "euros"],
    ["people", null],
  ])("%s does not match %s", (gold, predicted) => {
    // Prepare: the two units above
    // Act
    const match = unitsMatch(gold, predicted);
    // Assess
    expect(match).toBe(false);
  });
});
