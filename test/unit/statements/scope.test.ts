import { describe, expect, it } from "vitest";
import {
  clauseAround,
  countsOtherThanOneEvent,
  findPlaces,
  judgeScope,
  PlaceFocus,
  topicPlacesPattern,
} from "../../../lambdas/core/statements/scope";
import { izyumTopic, lowmoorTopic } from "./fixtures";

const places = topicPlacesPattern(izyumTopic);
const lowmoorPlaces = topicPlacesPattern(lowmoorTopic);

function verdict(sentence: string, at: string) {
  return judgeScope(sentence, sentence.indexOf(at), places);
}

describe("judgeScope", () => {
  it.each([
    ["About 450 bodies were found near Izyum.", "450", "topic"],
    ["Izyum's 440 graves were marked.", "440", "topic"],
    ["Around 1,300 bodies were found in and around Bucha.", "1,300", "other-place"],
    ["About 400 victims were found in the town of Bucha.", "400", "other-place"],
    ["Officials in Kyiv said that 450 bodies were found in Izium.", "450", "topic"],
    ["Officials in Kyiv said that 450 bodies were found.", "450", "unplaced"],
    ["Dozens of bodies lay in the streets at that time.", "Dozens", "other-event"],
    ["Izyum had 440 graves, more than in Bucha.", "440", "topic"],
    ["They found 30 graves on Monday.", "30", "unplaced"],
  ])("%s → %s", (sentence, at, expected) => {
    // Prepare
    const input = sentence;

    // Act
    const found = verdict(input, at);

    // Assess
    expect(found).toBe(expected);
  });
});

describe("judgeScope: frames, relative clauses and earlier years", () => {
  function lowmoorVerdict(sentence: string, at: string, articleYear: number | null) {
    return judgeScope(sentence, sentence.indexOf(at), lowmoorPlaces, articleYear);
  }

  it.each([
    ["In Carrow, where a blaze injured 200 people, the owner was fined.", "200", null, "other-place"],
    ["In Carrow, where a blaze in 2019 injured 200 people, the owner was fined.", "200", 2024, "other-event"],
    ["Crews stayed in Lowmoor, where 200 people were injured.", "200", null, "topic"],
    ["In Carrow, the roads were shut; 300 people were evacuated.", "300", null, "other-place"],
    ["In Lowmoor, the roads were shut; 300 people were evacuated.", "300", null, "topic"],
    ["During 2021, 300 people were evacuated.", "300", 2024, "other-event"],
    ["In 2024, 300 people were evacuated.", "300", 2024, "unplaced"],
    ["Since 2019, 300 people have been evacuated.", "300", 2024, "unplaced"],
    ["Forty people were treated at St Brigid's Hospital.", "Forty", null, "unplaced"],
    ["In another blast in Lowmoor, 40 people were injured.", "40", null, "other-event"],
    ["A separate fire in Lowmoor left 12 people injured.", "12", null, "other-event"],
    ["Three days after the fire in Lowmoor, 40 people were still in hospital.", "40", null, "topic"],
    ["Over the past few years, 40 people were injured in Lowmoor.", "40", null, "other-event"],
    ["It recalled last year's depot blast that injured 40 people.", "40", null, "other-event"],
    ["Officials said last week that 40 people were injured.", "40", null, "unplaced"],
    ["A fire in December of 2019 injured 40 people.", "40", 2024, "other-event"],
    ["It was the worst since 2007, when 13 people were injured in Lowmoor.", "13", 2024, "other-event"],
    ["In 2007, when 13 people were injured in Lowmoor, the depot shut.", "13", 2024, "other-event"],
    ["It was the worst since a 2015 blast that injured 22.", "22", 2024, "other-event"],
    ["In neighbouring Carrow, four people were injured.", "four", null, "other-place"],
    ["Another 40 people were injured in Lowmoor.", "40", null, "topic"],
    ["40 people were injured in Lowmoor last week.", "40", null, "topic"],
    ["The blast came six weeks after a fire in Carrow that injured 40 people.", "40", null, "other-event"],
    ["This blast comes a month after a mill fire, where 40 people were injured.", "40", null, "other-event"],
    ["These fires come after the blast that injured more than a dozen people.", "dozen", null, "other-event"],
    ["Smoke rose near the site of an earlier blast that injured 40 people.", "40", null, "other-event"],
    ["The arrest came two days after the fire that injured 40 people.", "40", null, "unplaced"],
    [
      "Four weeks after a depot fire in which 40 people were injured, police have a suspect.",
      "40",
      null,
      "unplaced",
    ],
    ["In the wake of a fire that injured 40 people, the depot shut.", "40", null, "unplaced"],
    ["Mourners met in the same area where 40 people were injured.", "40", null, "unplaced"],
    ["The fire that injured 40 people in Lowmoor came a week after a blast in Carrow.", "40", null, "topic"],
    ["A day after the fire, which injured 40 people, crews left.", "40", null, "unplaced"],
  ])("%s → %s", (sentence, at, articleYear, expected) => {
    // Prepare
    const input = sentence;

    // Act
    const found = lowmoorVerdict(input, at, articleYear);

    // Assess
    expect(found).toBe(expected);
  });
});

describe("countsOtherThanOneEvent", () => {
  it("keeps the corrected count after a superseded one", () => {
    // Prepare
    const input = "Officials initially said 20 people were injured, but later revised the figure to 12.";

    // Act
    const first = countsOtherThanOneEvent(input, input.indexOf("20"));
    const corrected = countsOtherThanOneEvent(input, input.indexOf("12"));

    // Assess
    expect([first, corrected]).toEqual([true, false]);
  });

  it.each([
    "At least 10 people were killed and 13 injured in separate shootings around Chicago since Tuesday.",
    "A bloody weekend left seven people dead in 17 shootings across the city.",
    "A string of overnight attacks left five people injured.",
    "Chattanooga detectives are investigating three overnight shootings; they left five people injured.",
    "Two teens have been killed already in 2016 from accidental shootings.",
    "So far this year, 131 people were wounded by gunfire in the city.",
    "Fires across the county have destroyed 40 homes.",
    "Initially, officials said 40 people were injured in Lowmoor.",
    "67 officers have been killed this year through July 20.",
    "Violent weekend in Detroit: 17 scenes, 7 dead, 14 hurt.",
    "He was one of 10 people killed in shootings from midday Saturday to Sunday morning.",
    "The admiral earlier had said that the number of injured was 14.",
    "Earlier, the attorney general said 13 people had been killed.",
  ])("a total over several events, or a count since superseded: %s", (sentence) => {
    // Prepare
    const input = sentence;

    // Act
    const several = countsOtherThanOneEvent(
      input,
      input.search(/\d|\b(?:two|three|five|seven|eight|ten)\b/i),
    );

    // Assess
    expect(several).toBe(true);
  });

  it.each([
    "Two people were killed and four injured in a shooting at a party.",
    "The shooting spree left seven people dead before the gunman killed himself.",
    "Since Friday, investigators have exhumed 440 bodies near Izyum.",
    "Police said the shooting across the street left two people dead.",
    "Five people were wounded in two bursts of gunfire at one party.",
    "Over the weekend, a shooting left three people dead.",
    "Since September 16, investigators have exhumed 440 bodies near Izyum.",
    "Over the past week, investigators exhumed 440 bodies near Izyum.",
    "Over a three-day period, rescuers pulled 40 people from the rubble.",
    "Since Sunday, two more of the injured have died.",
    "Over the past 24 hours, rescuers pulled 40 people from the rubble.",
    "Three people were killed in a shooting earlier on Monday.",
    "Police said earlier that 14 were injured.",
    "Officers secured the scene, where three people were killed.",
    "Three people were killed in shootings from a passing car.",
  ])("one event: %s", (sentence) => {
    // Prepare
    const input = sentence;

    // Act
    const several = countsOtherThanOneEvent(
      input,
      input.search(/\d|\b(?:two|three|five|seven|eight|ten)\b/i),
    );

    // Assess
    expect(several).toBe(false);
  });
});

describe("findPlaces: a place an event reached", () => {
  it.each([
    ["The quake also hit Salvik, 40 kilometres to the east.", ["Salvik"]],
    ["Floods battered Brennock on Monday.", ["Brennock"]],
    ["The blast hit Corven depot.", []],
    ["The blast hit Corven's yard.", []],
  ])("%s", (sentence, names) => {
    // Prepare
    const input = sentence;

    // Act
    const found = findPlaces(input, places).map((place) => place.name);

    // Assess
    expect(found).toEqual(names);
  });
});

describe("findPlaces", () => {
  it("tells topic places from others and skips months", () => {
    // Prepare
    const input = "In September, near Izium and outside Kharkiv, in March.";

    // Act
    const found = findPlaces(input, places).map((p) => [p.name, p.isTopicPlace]);

    // Assess
    expect(found).toEqual([
      ["Izium", true],
      ["Kharkiv", false],
    ]);
  });
});

describe("clauseAround", () => {
  it("stops at a semicolon and at 'that'", () => {
    // Prepare
    const input = "Officials said that 40 died; 12 fled.";

    // Act
    const clause = clauseAround(input, input.indexOf("40"));

    // Assess
    expect(input.slice(clause.start, clause.end).trim()).toBe("40 died");
  });
});

describe("PlaceFocus", () => {
  it("follows the last place a paragraph names and resets with each paragraph", () => {
    // Prepare
    const focus = new PlaceFocus(places);

    // Act
    focus.startParagraph();
    const atStart = focus.isOnTopic;
    focus.update("Investigators then worked in Bucha.");
    const afterBucha = focus.isOnTopic;
    focus.startParagraph();
    const nextParagraph = focus.isOnTopic;

    // Assess
    expect([atStart, afterBucha, nextParagraph]).toEqual([true, false, true]);
  });
});
