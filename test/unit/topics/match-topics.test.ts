import { describe, expect, it } from "vitest";
import type { TopicConfig } from "../../../lambdas/core/config";
import { matchTopics } from "../../../lambdas/core/topics/match-topics";
import { article, izyumTopic } from "../statements/fixtures";

const otherTopic: TopicConfig = {
  ...izyumTopic,
  id: "grain-corridor",
  name: "Grain corridor",
  keywords: ["grain corridor"],
};

function filler(sentences: number): string {
  return Array.from(
    { length: sentences },
    (_, i) => `Filler sentence number ${i + 1} talks about the weather.`,
  ).join(" ");
}

describe("matchTopics", () => {
  it("matches a keyword in the title", () => {
    // Prepare
    const input = article("Izyum's forest yields more graves", "No keyword in the body.");

    // Act
    const matched = matchTopics(input, [izyumTopic, otherTopic]).map((t) => t.id);

    // Assess
    expect(matched).toEqual(["izyum-mass-graves"]);
  });

  it("matches a body that mentions the topic in two sentences", () => {
    // Prepare
    const input = article("War update", `${filler(5)}\n\nTeams reached Izyum. ${filler(2)} Izium was quiet.`);

    // Act
    const matched = matchTopics(input, [izyumTopic]).map((t) => t.id);

    // Assess
    expect(matched).toEqual(["izyum-mass-graves"]);
  });

  it("matches one mention in the lead", () => {
    // Prepare
    const input = article("War update", `Investigators returned to Izyum on Friday.\n\n${filler(8)}`);

    // Act
    const matched = matchTopics(input, [izyumTopic]).map((t) => t.id);

    // Assess
    expect(matched).toEqual(["izyum-mass-graves"]);
  });

  it("does not match one passing mention outside the lead", () => {
    // Prepare
    const input = article(
      "Grain prices",
      `${filler(4)}\n\n${filler(3)}\n\nA convoy passed Izyum on the way north.`,
    );

    // Act
    const matched = matchTopics(input, [izyumTopic]);

    // Assess
    expect(matched).toEqual([]);
  });

  it("does not match a word that only contains the keyword", () => {
    // Prepare
    const input = article("The Izyumka river floods", "The Izyumka river flooded. The Izyumka is small.");

    // Act
    const matched = matchTopics(input, [izyumTopic]);

    // Assess
    expect(matched).toEqual([]);
  });

  it("matches several topics at once", () => {
    // Prepare
    const input = article("Izyum and the grain corridor", "");

    // Act
    const matched = matchTopics(input, [izyumTopic, otherTopic]).map((t) => t.id);

    // Assess
    expect(matched).toEqual(["izyum-mass-graves", "grain-corridor"]);
  });
});
