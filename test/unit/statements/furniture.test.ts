import { describe, expect, it } from "vitest";
import { articleParagraphs, isFurnitureParagraph } from "../../../lambdas/core/statements/furniture";

describe("isFurnitureParagraph", () => {
  it.each([
    "Photo 3 of 12: the bridge at dusk.",
    "Please donate $5 to keep this site free.",
    "Sign up for our morning newsletter.",
    "1. Storm floods 30 homes",
    "Most read: 1. Storm floods 30 homes 2. Bridge closes",
  ])("%s", (paragraph) => {
    // Prepare
    const input = paragraph;

    // Act
    const furniture = isFurnitureParagraph(input);

    // Assess
    expect(furniture).toBe(true);
  });

  it.each([
    "Forensic teams exhumed 450 bodies on Friday.",
    "The photographer took 12 pictures of the site before the rain started.",
    // News about a donation, or a subscription, is no appeal to the reader.
    "The mayor denied that his campaign took a foreign donation.",
    "Subscriptions to the service fell by 40,000 in March.",
  ])("keeps %s", (paragraph) => {
    // Prepare
    const input = paragraph;

    // Act
    const furniture = isFurnitureParagraph(input);

    // Assess
    expect(furniture).toBe(false);
  });
});

describe("articleParagraphs", () => {
  it("drops a list after its heading and resumes at the next long paragraph", () => {
    // Prepare
    const prose = "The investigators returned the next morning and continued their work at the site, ".repeat(
      4,
    );
    const paragraphs = [
      "Intro paragraph.",
      "Related stories",
      "Dam bursts upstream",
      "Rail strike ends",
      prose,
    ];

    // Act
    const kept = articleParagraphs(paragraphs).map((p) => p.index);

    // Assess
    expect(kept).toEqual([0, 4]);
  });
});
