import { describe, expect, it } from "vitest";
import { findAttributions, resolveActor, SpeakerTracker } from "../../../lambdas/core/statements/attribution";
import { izyumTopic } from "./fixtures";

function speakers(sentence: string): string[] {
  return findAttributions(sentence).map((a) => a.speaker);
}

function contentOf(sentence: string): string[] {
  return findAttributions(sentence).map((a) => sentence.slice(a.content.start, a.content.end).trim());
}

describe("findAttributions", () => {
  it.each([
    ["Ukrainian officials said 440 graves were found.", ["Ukrainian officials"]],
    ["440 graves were found, said Kremlin spokesman Dmitry Peskov.", ["Kremlin spokesman Dmitry Peskov"]],
    ["According to the regional governor, 440 graves were found.", ["the regional governor"]],
    ["Zelensky told reporters that 440 graves were found.", ["Zelensky"]],
    ["The Kremlin's spokesman said the reports were false.", ["The Kremlin's spokesman"]],
    ['"We found 440 graves," he said.', ["he"]],
    ["Moscow denied any role.", ["Moscow"]],
  ])("%s", (sentence, expected) => {
    // Prepare
    const input = sentence;

    // Act
    const found = speakers(input);

    // Assess
    expect(found).toEqual(expected);
  });

  it.each([
    "440 graves were reported on Friday.",
    "Ukraine's claims of mass graves spread.",
    "The so-called graves were examined.",
    "The reports of 440 graves spread quickly.",
  ])("finds no speaker in %s", (sentence) => {
    // Prepare
    const input = sentence;

    // Act
    const found = speakers(input);

    // Assess
    expect(found).toEqual([]);
  });

  it.each([
    ["Peskov said the graves were staged.", "the graves were staged."],
    ['"The graves were staged," Peskov said.', '"The graves were staged,"'],
    ["The graves were staged, according to Peskov.", "The graves were staged,"],
  ])("gives what was said in %s", (sentence, content) => {
    // Prepare
    const input = sentence;

    // Act
    const found = contentOf(input);

    // Assess
    expect(found).toEqual([content]);
  });
});

describe("resolveActor", () => {
  it.each([
    ["Kremlin spokesman Dmitry Peskov", "kremlin"],
    ["President Zelensky", "ukraine"],
    ["ukrainian officials", "ukraine"],
    ["Peskov's deputy", "kremlin"],
    ["a local priest", null],
  ])("%s → %s", (speaker, actor) => {
    // Prepare
    const input = speaker;

    // Act
    const resolved = resolveActor(input, izyumTopic.actors);

    // Assess
    expect(resolved?.id ?? null).toBe(actor);
  });
});

describe("SpeakerTracker", () => {
  it("resolves a pronoun or a role to the last speaker named", () => {
    // Prepare
    const tracker = new SpeakerTracker(izyumTopic.actors);

    // Act
    const named = tracker.resolve("Dmitry Peskov");
    const pronoun = tracker.resolve("he");
    const role = tracker.resolve("the spokesman");

    // Assess
    expect([named?.actorId, pronoun?.actorId, role?.actorId]).toEqual(["kremlin", "kremlin", "kremlin"]);
  });

  it("has no one to point back to before anyone is named", () => {
    // Prepare
    const tracker = new SpeakerTracker(izyumTopic.actors);

    // Act
    const pronoun = tracker.resolve("she");

    // Assess
    expect(pronoun).toBeNull();
  });

  it("keeps an unknown speaker as written", () => {
    // Prepare
    const tracker = new SpeakerTracker(izyumTopic.actors);

    // Act
    const resolved = tracker.resolve("the regional governor");

    // Assess
    expect(resolved).toEqual({ actorId: null, written: "the regional governor" });
  });
});
