import { describe, expect, it } from "vitest";
import { matchMeasure, measureTermsPattern } from "../../../lambdas/core/statements/measures";
import { extractDetailedQuantities } from "../../../lambdas/core/statements/quantities";
import { izyumTopic, lowmoorTopic } from "./fixtures";

function measureOf(sentence: string) {
  const [quantity] = extractDetailedQuantities(sentence);
  if (!quantity) return null;
  return matchMeasure(sentence, quantity, izyumTopic.measures);
}

describe("matchMeasure", () => {
  it.each([
    ["They found 450 bodies.", "bodies", "bodies"],
    ["They found 450 exhumed bodies.", "bodies", "bodies"],
    ["They found 1 body.", "bodies", "body"],
    ["They counted 440 fresh graves.", "graves", "graves"],
    ["They counted 440 burial sites.", "graves", "burial sites"],
    ["They counted at least 440 Graves.", "graves", "Graves"],
    ["Dozens of corpses lay there.", "bodies", "corpses"],
    ["They recovered the bodies of 450 people.", "bodies", "bodies"],
    ["The 12 dead were buried.", "bodies", "dead"],
  ])("%s", (sentence, measure, term) => {
    // Prepare
    const input = sentence;

    // Act
    const match = measureOf(input);

    // Assess
    expect(match).toEqual({ measure, term });
  });

  it.each([
    "They dug the graves of 450 people.",
    "They found 450 people.",
    "The bodies were 450 metres away.",
    "It cost $450 per body.",
    "They found 450 cars near the graves.",
    "The 15 year-old victims were named.",
  ])("maps nothing in %s", (sentence) => {
    // Prepare
    const input = sentence;

    // Act
    const match = measureOf(input);

    // Assess
    expect(match).toBeNull();
  });
});

describe("measureTermsPattern", () => {
  it("matches any term, singular or plural, as a whole word", () => {
    // Prepare
    const pattern = measureTermsPattern(izyumTopic.measures);

    // Act
    const found = ["a grave site", "the burial site", "nobody", "gravel"].map((text) => {
      pattern.lastIndex = 0;
      return pattern.test(text);
    });

    // Assess
    expect(found).toEqual([true, true, false, false]);
  });
});

describe("matchMeasure: several-word terms and counts that reach a level", () => {
  function lowmoorMeasureOf(sentence: string) {
    const quantities = extractDetailedQuantities(sentence);
    return quantities.map((quantity) => matchMeasure(sentence, quantity, lowmoorTopic.measures));
  }

  it.each([
    ["Up to 600 residents evacuated from the estate slept in a school.", "evacuees", "residents evacuated"],
    ["More than 2,100 people have been evacuated.", "evacuees", "people evacuated"],
    ["Almost sixty people hospitalised overnight were discharged.", "injured", "people hospitalised"],
    ["Around 35 people are in hospital.", "injured", "people in hospital"],
    ["The number of residents evacuated has climbed to 2,400.", "evacuees", "residents evacuated"],
    ["The total of people injured in the blast stood at about 80.", "injured", "people injured"],
    ["The brigade puts the number of evacuees at between 900 and 1,000.", "evacuees", "evacuees"],
  ])("%s", (sentence, measure, term) => {
    // Prepare
    const input = sentence;

    // Act
    const matches = lowmoorMeasureOf(input);

    // Assess
    expect(matches).toEqual([{ measure, term }]);
  });

  it.each([
    "Some 2,100 people have not been evacuated.",
    "The estate has 5,000 residents, evacuated twice since the war.",
    "The number of residents evacuated was 30 percent higher.",
    "The number of residents evacuated fell by 40.",
    "The 800 residents watched the people evacuated from the flats.",
  ])("maps nothing in %s", (sentence) => {
    // Prepare
    const input = sentence;

    // Act
    const matches = lowmoorMeasureOf(input);

    // Assess
    expect(matches.filter((match) => match !== null)).toEqual([]);
  });
});

describe("matchMeasure: an outcome over a noun of another measure", () => {
  const measures = [
    { id: "deaths", terms: ["dead", "killed"] },
    { id: "injured", terms: ["hurt", "injured"] },
    { id: "people", terms: ["people", "workers"] },
  ];

  it.each([
    ["The rampage left seven people dead.", "deaths", "dead"],
    ["Accident at oil rig leaves two workers dead", "deaths", "dead"],
    ["9 people hurt in early-morning shooting", "injured", "hurt"],
    ["Some 3,000 people live in the valley.", "people", "people"],
    ["The plant laid off 300 workers.", "people", "workers"],
  ])("%s → %s", (sentence, measure, term) => {
    // Prepare
    const [quantity] = extractDetailedQuantities(sentence);
    if (!quantity) throw new Error("no quantity");

    // Act
    const match = matchMeasure(sentence, quantity, measures);

    // Assess
    expect(match).toEqual({ measure, term });
  });
});

describe("matchMeasure: one of a group", () => {
  it("keeps a count of a measure's own term after 'one of': 'one of the 440 graves'", () => {
    // Prepare
    const sentence = "It was one of the 440 graves in the forest.";

    // Act
    const matches = extractDetailedQuantities(sentence).map((quantity) =>
      matchMeasure(sentence, quantity, izyumTopic.measures),
    );

    // Assess
    expect(matches).toEqual([null, { measure: "graves", term: "graves" }]);
  });
});

describe("matchMeasure: what befell the counted, and counts of part of a group", () => {
  function lowmoorMeasureOf(sentence: string) {
    return extractDetailedQuantities(sentence)
      .map((quantity) => matchMeasure(sentence, quantity, lowmoorTopic.measures))
      .filter((match) => match !== null);
  }

  it.each([
    ["Two workers were injured.", "injured", "injured"],
    ["Three people were badly injured.", "injured", "injured"],
    ["Four firefighters who were injured went home.", "injured", "injured"],
    ["Officials said 1 injured, 2 missing.", "injured", "injured"],
    ["The blast injured 14 people.", "injured", "injured"],
    ["The explosion tore through the yard, injuring at least 20 others.", "injured", "injuring"],
    ["Nine were injured, including four firefighters.", "injured", "injured"],
    ["Two people died and another two were injured.", "injured", "injured"],
    ["Five people have been injured.", "injured", "people injured"],
    ["The blast left three dead and injured another.", "deaths", "dead"],
    ["Two workers were injured the day before.", "injured", "injured"],
    ["Twenty people, including four children, were injured.", "injured", "injured"],
    ["Sixteen people had been confirmed dead.", "deaths", "dead"],
    ["Three people were injured and a fourth was dead.", "injured", "people injured"],
    ["Two workers died and two others were injured.", "injured", "injured"],
    ["Two workers were injured and a man was arrested.", "injured", "injured"],
    ["Two workers were injured and a man was dead.", "injured", "injured"],
    ["She was one of the five people injured.", "injured", "people injured"],
    ["He was one of four injured in the blast.", "injured", "injured"],
    ["Hospitals treated 74 injured people.", "injured", "injured"],
    ["She was one of the two women injured in the blast.", "injured", "injured"],
    ["The blast injured eight inside the hall.", "injured", "injured"],
    ["Crews reached 12 injured young workers.", "injured", "injured"],
  ])("%s", (sentence, measure, term) => {
    // Prepare
    const input = sentence;

    // Act
    const matches = lowmoorMeasureOf(input);

    // Assess
    expect(matches).toEqual([{ measure, term }]);
  });

  it.each([
    "A mother and two children were injured.",
    "Parents, 2 children injured in blast.",
    "Two children and their mother were injured.",
    "Three men and two women were injured.",
    "Two of the workers were injured.",
    "The remaining four injured were sent home.",
    "The four remaining workers were injured.",
    "The blast injured 14 buildings.",
    "The crane was injured 2 hours ago.",
    "Two injured workers' unions met.",
    "Thirty people dead or injured were counted.",
    "Five workers were injured or dead, officials said.",
    "Twelve people were injured or missing.",
    "Two guards who injured a man were suspended.",
    "One firefighter injured a knee.",
    "A guard who hit 4, including 2 workers, is injured.",
    "At least 35 residents and 12 firefighters were injured.",
    "One shelter held 40 people injured in the blast.",
    "About 60 new people injured are reported each day.",
    "Forty people were hurt, including a family of four injured in their car.",
    "Two suspects were injured in the exchange.",
    "Two workers were injured in the yard and a third was injured inside.",
    "One guard was injured in the hand, the other in the leg.",
    "The three workers named Monday and four others were injured.",
    "Three boys were injured and a girl was badly injured.",
    "It injured two men and a 10-year-old girl.",
    "Police named an infant, 2 women injured in the blast.",
    "She was one of two civilians injured.",
    "Vets treated 74 injured dogs.",
    "Smith, 1 of 4 guards injured in the yard, is home.",
  ])("maps nothing in %s", (sentence) => {
    // Prepare
    const input = sentence;

    // Act
    const matches = lowmoorMeasureOf(input);

    // Assess
    expect(matches).toEqual([]);
  });

  it.each([
    "The blast left one man dead and two women injured.",
    "The blast left two people dead and injured four others.",
  ])("reads a new clause after a count's term as its own count: %s", (sentence) => {
    // Prepare
    const input = sentence;

    // Act
    const matches = lowmoorMeasureOf(input);

    // Assess
    expect(matches).toEqual([
      { measure: "deaths", term: "dead" },
      { measure: "injured", term: "injured" },
    ]);
  });

  it.each(["Five adults were accidentally wounded or killed.", "Two children were hurt and killed."])(
    "maps nothing in %s, one count of two outcomes",
    (sentence) => {
      // Prepare
      const measures = [
        { id: "killed", terms: ["killed"] },
        { id: "injured", terms: ["wounded", "hurt"] },
      ];

      // Act
      const matches = extractDetailedQuantities(sentence).map((quantity) =>
        matchMeasure(sentence, quantity, measures),
      );

      // Assess
      expect(matches).toEqual([null]);
    },
  );

  it("takes what a doer did to others as their count: 'one shooter hurt 15 people'", () => {
    // Prepare
    const sentence = "More than one shooter hurt 15 people.";
    const measures = [{ id: "injured", terms: ["hurt"] }];

    // Act
    const matches = extractDetailedQuantities(sentence).map((quantity) => [
      quantity.low,
      matchMeasure(sentence, quantity, measures),
    ]);

    // Assess
    expect(matches).toEqual([
      [1, null],
      [15, { measure: "injured", term: "hurt" }],
    ]);
  });

  it.each([
    ["The blast, killing 19 workers and injuring 17 others, shook the town.", "17", "injured"],
    ["The fire left three employees dead and injured 37.", "three", "killed"],
    ["The fire left three employees dead and injured 37.", "37", "injured"],
    ["The 12 people who died were on the third floor.", "12", "killed"],
    ["Five people had died in the blast.", "Five", "killed"],
    ["Six militants killed in a strike.", "Six", "killed"],
    ["Officials found seven more victims killed in the fire.", "seven", "killed"],
  ])("keeps a count of its own in %s (%s)", (sentence, number, measure) => {
    // Prepare
    const measures = [
      { id: "killed", terms: ["killed", "dead", "died"] },
      { id: "injured", terms: ["injured"] },
      { id: "staff", terms: ["workers"] },
    ];

    // Act
    const quantity = extractDetailedQuantities(sentence).find((q) =>
      sentence.slice(q.numberStart).startsWith(number),
    );
    const match = quantity ? matchMeasure(sentence, quantity, measures) : null;

    // Assess
    expect(match?.measure).toBe(measure);
  });

  it.each([
    "His crew, three family members and an unrelated father-and-son team, were injured.",
    "The town of about 30,000 residents was evacuated.",
  ])("maps nothing in %s, a part or a place's size", (sentence) => {
    // Prepare
    const measures = [{ id: "people", terms: ["injured", "residents"] }];

    // Act
    const matches = extractDetailedQuantities(sentence).map((quantity) =>
      matchMeasure(sentence, quantity, measures),
    );

    // Assess
    expect(matches.filter((match) => match !== null)).toEqual([]);
  });

  it("does not take a rank for the next of several: '65 points, the second-highest total'", () => {
    // Prepare
    const sentence = "He scored 65 points, the second-highest total.";

    // Act
    const matches = extractDetailedQuantities(sentence).map((quantity) =>
      matchMeasure(sentence, quantity, [{ id: "points", terms: ["points"] }]),
    );

    // Assess
    expect(matches).toEqual([{ measure: "points", term: "points" }]);
  });
});
