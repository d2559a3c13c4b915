import { describe, expect, it } from "vitest";
import {
  claimHasUnnamedDoer,
  claimSubjectPattern,
  claimVerbPattern,
  withClaimOfFakery,
} from "../../../lambdas/core/statements/claim";
import { denialCue } from "../../../lambdas/core/statements/stance-cues";

function matches(claim: string, text: string): string[] {
  return [...text.matchAll(claimVerbPattern(claim))].map((match) => match[0]);
}

describe("claimVerbPattern", () => {
  it.each([
    ["Corvo Star dumped oily waste in Sorrel Bay", "The tanker dumped its bilges.", ["dumped"]],
    [
      "Halvern hid liver injuries in the trial",
      "The injuries were hidden; Halvern hid them.",
      ["hidden", "hid"],
    ],
    ["The Golden Question quiz was rigged", "Producers rigged the final.", ["rigged"]],
    ["Overloading sank the ferry", "The ferry was sunk by its load.", ["sunk"]],
    [
      "Russian forces killed and buried civilians near Izyum",
      "They were killed and buried.",
      ["killed", "buried"],
    ],
    ["Rasmus Okonde cut the course to win", "He cut the course at the bridge.", ["cut"]],
  ])("reads the past forms of the verbs in '%s'", (claim, text, expected) => {
    // Prepare, Act
    const found = matches(claim, text);

    // Assess
    expect(found).toEqual(expected);
  });

  it.each([
    ["Mass graves near Izyum", "The graves were dug and bodies were found."],
    ["Tumbletoy toys contain banned chemicals", "The chemical was banned in 2019."],
    ["Hack of the revenue agency blamed on Kestria", "The hack was blamed on Kestria."],
    ["Corvo Star dumped oily waste in Sorrel Bay", "Dumping oil is illegal; the dump is closed."],
    ["Redgate tailings killed the fish", "The Redgate mine reopened."],
    // A participle after its clause's verb describes a noun; a light verb says nothing of the claim.
    ["Russian forces killed the civilians buried near Izyum", "The bodies were buried in a forest."],
    ["Embassy staff spied on exiled dissidents", "The exiled writer spoke."],
    ["Residents died because the cooling had been left broken", "The ambassador left the ministry."],
  ])("matches nothing that states no verb of '%s'", (claim, text) => {
    // Prepare, Act
    const found = matches(claim, text);

    // Assess
    expect(found).toEqual([]);
  });
});

describe("claimSubjectPattern", () => {
  const topicOf = (claim: string) => ({
    id: "t",
    name: "T",
    claim,
    keywords: ["x"],
    measures: [],
    actors: [],
  });

  it.each([
    [
      "Larkmoor exam algorithm unfairly downgraded rural students",
      "Claims the algorithm was biased",
      ["algorithm"],
    ],
    ["Ardley plant leaked radioactive water", "Radioactive steam escaped.", ["Radioactive"]],
  ])("finds the words that say what '%s' is about", (claim, text, expected) => {
    // Prepare, Act
    const found = [...text.matchAll(claimSubjectPattern(topicOf(claim)))].map((match) => match[0]);

    // Assess
    expect(found).toEqual(expected);
  });

  it.each([
    // Adverbs, the claim's verb and short words are shared by other stories.
    ["Pellham police deliberately deleted bodycam footage", "He deliberately deleted the files."],
    // Words of reporting say nothing of what the claim is about.
    ["Quorvel inflated its reported revenue", "A newspaper reported the job cuts."],
    ["Ardley plant leaked radioactive water", "The plant has clean water."],
  ])("leaves out the words of '%s' that other stories share", (claim, text) => {
    // Prepare, Act
    const found = [...text.matchAll(claimSubjectPattern(topicOf(claim)))].map((match) => match[0]);

    // Assess
    expect(found).toEqual([]);
  });
});

describe("claimSubjectPattern: names", () => {
  it("leaves out the names of actors but keeps a common word one of their aliases shares", () => {
    // Prepare
    const topic = {
      id: "t",
      name: "T",
      claim: "Kellbridge election campaign secretly funded by Savrin",
      keywords: ["x"],
      places: ["Kellbridge"],
      measures: [],
      actors: [
        { id: "watchdog", name: "Electoral Commission", aliases: ["election watchdog"] },
        { id: "savrin", name: "Savrin Holdings", aliases: ["Savrin"] },
      ],
    };

    // Act
    const found = [..."Kellbridge election campaign, Savrin".matchAll(claimSubjectPattern(topic))].map(
      (match) => match[0],
    );

    // Assess
    expect(found).toEqual(["election", "campaign"]);
  });
});

describe("claimHasUnnamedDoer", () => {
  it.each([
    ["A gunman shot and killed 2 people in Ardmore", true],
    ["Unknown attackers set fire to the Velka depot", true],
    ["A masked gunman shot 3 people in Brenfield", true],
    ["Russian forces killed the civilians buried near Izyum", false],
    ["A Talvik Air Navigation controller cleared flight SV418 to land on an occupied runway", false],
    ["A defect in the steering column made the steering lock", false],
  ])("'%s' → %s", (claim, expected) => {
    // Prepare, Act
    const unnamed = claimHasUnnamedDoer(claim);

    // Assess
    expect(unnamed).toBe(expected);
  });
});

describe("withClaimOfFakery", () => {
  it.each([
    ["no sham bidding", "denies"],
    ["There was no sham bidding", "denies"],
    ["sham", "asserts"],
    ["There was no Vantongeren", "asserts"],
  ] as const)("reads the denial '%s' against a claim of fakery as %s", (cue, stance) => {
    // Prepare
    const sentence = `${cue} at the sale.`;
    const found = [denialCue(sentence, 0, cue.length, false)];

    // Act
    const read = withClaimOfFakery(sentence, found);

    // Assess
    expect(read.map((c) => c.stance)).toEqual([stance]);
  });
});
