import { describe, expect, it } from "vitest";
import { findStanceCues } from "../../../lambdas/core/statements/stance-cues";

function stances(sentence: string) {
  return findStanceCues(sentence).map((cue) => [cue.cue, cue.stance, cue.outletWording]);
}

describe("findStanceCues", () => {
  it.each([
    ["These are lies.", [["lies", "denies", false]]],
    [
      "It was all fake and staged.",
      [
        ["fake", "denies", false],
        ["staged", "denies", false],
      ],
    ],
    ["A provocation, he said.", [["provocation", "denies", false]]],
    ["Moscow denied it.", [["denied", "denies", false]]],
    ["The alleged graves.", [["alleged", "hedges", true]]],
    ["The so-called graves.", [["so-called", "hedges", true]]],
    ["Graves were reportedly found.", [["reportedly", "hedges", true]]],
    ["Graves were found in the forest.", [["were found", "asserts", false]]],
    ["What Ukraine says are graves.", [["What Ukraine says are", "hedges", true]]],
    ["There is no evidence of that.", [["no evidence", "hedges", false]]],
    ["It could not independently confirm the count.", [["could not independently confirm", "hedges", false]]],
    ["The graves have not been verified.", [["not been verified", "hedges", false]]],
    ["More graves were discovered.", [["were discovered", "asserts", false]]],
    ["Teams documented each site.", [["documented", "asserts", false]]],
    [
      "He rejected the claims.",
      [
        ["rejected", "denies", false],
        ["claims", "hedges", true],
      ],
    ],
    ["Kyiv claims that graves were dug.", [["claims", "hedges", true]]],
    ["Outlet repeats burial claims", [["claims", "hedges", true]]],
  ])("%s", (sentence, expected) => {
    // Prepare
    const input = sentence;

    // Act
    const found = stances(input);

    // Assess
    expect(found).toEqual(expected);
  });

  it.each([
    "The forest lies near the river.",
    "The bodies were taken to a morgue.",
    "Rain fell all day.",
    "Insurance claims can be lodged at the town hall.",
  ])("finds no cue in %s", (sentence) => {
    // Prepare
    const input = sentence;

    // Act
    const found = stances(input);

    // Assess
    expect(found).toEqual([]);
  });
});
