import { describe, expect, it } from "vitest";
import {
  accusedActor,
  findAttributions,
  isReportSpeaker,
  isSpeakerPhrase,
  resolveActor,
  SpeakerTracker,
} from "../../../lambdas/core/statements/attribution";
import { izyumTopic, lowmoorTopic } from "./fixtures";

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
    // A report's speaker is its author, not when or by whom it was published.
    [
      "The leak was traced to the plant, according to the agency's final report published on Friday.",
      ["the agency's final report"],
    ],
    [
      "The hack bore Kestria's hallmarks, according to a report published on Tuesday by Halvard Labs.",
      ["Halvard Labs"],
    ],
    [
      "Drivers were told to skip stations, according to a draft report by the Office of Rail Standards seen on Wednesday.",
      ["the Office of Rail Standards"],
    ],
    ["Zelensky told reporters that 440 graves were found.", ["Zelensky"]],
    ["The Kremlin's spokesman said the reports were false.", ["The Kremlin's spokesman"]],
    ['"We found 440 graves," he said.', ["he"]],
    ["Moscow denied any role.", ["Moscow"]],
    ['The club called the accusation "a fantasy".', ["the club"]],
    ["Five residents died of the heat, the Westmarch coroner ruled on Friday.", ["the Westmarch coroner"]],
    ["The board has concluded that the algorithm was biased.", ["the board"]],
    ["The mayor ruled out running for parliament.", []],
    ["The app had added a hidden surcharge to every order.", []],
    ["Ruth Okafor, chief officer of the brigade, said 31 were hurt.", ["Ruth Okafor"]],
    ["Corven Industries, which runs the depot, said it found no fault.", ["Corven Industries"]],
    ["The council, however, said the road would reopen.", ["the council"]],
    ["Corven: 'We did nothing wrong'", ["Corven"]],
    ["Cyber centre: no evidence of a state role in the outage", ["Cyber centre"]],
    ['"He kept to himself," said a former colleague who asked not to be named.', ["a former colleague"]],
    ["Health officials claim that two people died.", ["Health officials"]],
    ["About 15,000 people were evacuated, the county sheriff said, up from 9,000.", ["the county sheriff"]],
    ["The district magistrate put the death toll at 31.", ["the district magistrate"]],
    ["The agency's latest figures show 40 people hurt.", ["the agency"]],
    ["The brigade puts the number of people hurt at 40.", ["the brigade"]],
    ["The accusation was rejected on Tuesday by the Kestrian government.", ["the Kestrian government"]],
    ["The findings were disputed by the dairy, which called them flawed.", ["the dairy"]],
    ["Interior Ministry blames Kestria for cyber-attack", ["Interior Ministry"]],
    ["The agency conceded that more records were taken.", ["the agency"]],
    ["The road was blocked by police.", []],
    ["Corran Hill abuse confirmed by prisons watchdog", ["prisons watchdog"]],
    ["Local journalists said 40 bodies were found.", ["Local journalists"]],
    ["Underpayment cannot be ruled out, labour inspectorate says", ["labour inspectorate"]],
    ["State vets find no evidence of neglect", ["State vets"]],
    ["Aerovista accused by pilots' union of hiding warnings", ["pilots' union"]],
    ["Claims were untrue, the mayor insisted in a video posted online on Sunday.", ["the mayor"]],
    ["It is too early, the commissioner told a parliamentary committee on Tuesday.", ["the commissioner"]],
    ["The ferry was found by the authority's inquiry to have carried 612.", ["the authority's inquiry"]],
    ["The overloading was found by the maritime authority's inquiry.", ["the maritime authority's inquiry"]],
    ["The board said so in an interim report on Tuesday.", ["the board"]],
    ["Ortiz doping confirmed by B-sample", []],
    ["'Our children were given spoiled vaccines,' says parents' leader", ["parents' leader"]],
    ["Agency ruling: Harnby doses were spoiled before use", ["Agency ruling"]],
    ["Vellstead force says 'no evidence' of search targets", ["Vellstead force"]],
    ['Morvania on Essel gas claims: "Lies from start to finish"', ["Morvania"]],
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
    "The ward has 64 patients, 9 of whom admitted smoking.",
    "Most of those admitted had burns.",
    "Figures show 40 people hurt.",
    "Dozens said they heard a bang.",
    "Lowmoor fire: 'a bang like thunder'",
    "The commander had told soldiers to dig the graves.",
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
    // Near the middle of a short sentence, "according to X." still ends it.
    ["It leaked, according to the agency's final report.", "It leaked,"],
    [
      "About 40 people were hurt, officials said on Friday, after the roof fell.",
      "About 40 people were hurt,",
    ],
    [
      'Crews were ordered to skip stations, Callum Breck told a rally in Aldwick on Saturday, "to make the numbers work".',
      "Crews were ordered to skip stations,",
    ],
    [
      "No tally sheet was altered, the commission said on Friday after reviewing 40 formal complaints from voters.",
      "No tally sheet was altered,",
    ],
    ["Fraud cannot be ruled out, the observer mission said.", "Fraud cannot be ruled out,"],
    [
      "No drawing left the yard, Orlev's lawyer told the court in her closing argument on Monday.",
      "No drawing left the yard,",
    ],
  ])("gives what was said in %s", (sentence, content) => {
    // Prepare
    const input = sentence;

    // Act
    const found = contentOf(input);

    // Assess
    expect(found).toEqual([content]);
  });

  it("ends what a speaker says at a semicolon, where another speaker may follow", () => {
    // Prepare
    const input = "Kyiv says soldiers dug the graves; Moscow says none were dug.";

    // Act
    const found = contentOf(input);

    // Assess
    expect(found).toEqual(["soldiers dug the graves", "none were dug."]);
  });
});

describe("findAttributions: earlier reports", () => {
  it.each([
    ["The Gazette reported on Monday that 90 were hurt.", true],
    ["Earlier reports put the number at 70.", true],
    ["The brigade had said that 90 were hurt.", true],
    ["The Gazette says 90 were hurt.", false],
    ["The brigade said 90 were hurt.", false],
  ])("%s → %s", (sentence, expected) => {
    // Prepare
    const input = sentence;

    // Act
    const found = findAttributions(input).map((a) => a.isPastReport);

    // Assess
    expect(found).toEqual([expected]);
  });
});

describe("isSpeakerPhrase", () => {
  it.each(["Ruth Okafor", "the county fire service", "local media", "he", "Health officials", "The Courier"])(
    "accepts %s",
    (phrase) => {
      // Prepare
      const input = phrase;

      // Act
      const accepted = isSpeakerPhrase(input);

      // Assess
      expect(accepted).toBe(true);
    },
  );

  it.each([
    "31 of whom remain",
    "most of those",
    "Dozens",
    "the river was",
    "the roof that",
    "in the morning",
  ])("rejects %s", (phrase) => {
    // Prepare
    const input = phrase;

    // Act
    const accepted = isSpeakerPhrase(input);

    // Assess
    expect(accepted).toBe(false);
  });
});

describe("isReportSpeaker", () => {
  it.each([
    ["The Gazette", "The Lowmoor Gazette", true],
    ["Lowmoor Gazette", "The Lowmoor Gazette", true],
    ["Earlier reports", "The Lowmoor Gazette", true],
    ["local media", "Another Outlet", true],
    ["the fire service", "The Lowmoor Gazette", false],
    ["Ruth Okafor", "The Lowmoor Gazette", false],
  ])("%s (outlet %s) → %s", (speaker, outlet, expected) => {
    // Prepare
    const input = speaker;

    // Act
    const isReport = isReportSpeaker(input, outlet);

    // Assess
    expect(isReport).toBe(expected);
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

  it.each([
    ["A whistleblower at Korvex Construction", null],
    ["an engineer at Korvex", null],
    ["a former Korvex employee", null],
    ["a former Korvex manager", null],
    ["a Korvex engineer", null],
    ["A former sales manager at Korvex Construction", null],
    ["Former Korvex manager", null],
    ["A former Korvex Construction sales manager", null],
    ["a spokesman for Korvex", "korvex"],
    ["an official at Korvex", "korvex"],
    ["Former site manager", "site-manager"],
  ])("'%s' speaks for %s", (speaker, actor) => {
    // Prepare
    const actors = [
      { id: "korvex", name: "Korvex Construction", aliases: ["Korvex"] },
      { id: "site-manager", name: "Ana Lind", aliases: ["Ana Lind", "former site manager"] },
    ];

    // Act
    const resolved = new SpeakerTracker(actors).resolve(speaker);

    // Assess
    expect(resolved?.actorId ?? null).toBe(actor);
  });

  it.each([
    ["the crematorium", "velmont"],
    ["Crematorium chief", "velmont"],
    ["A crematorium in Wenlow", null],
    ["another crematorium", null],
    ["Caldbrook Infirmary, 40 miles from Ashgrove,", null],
    ["a hospital 12 km north of Ashgrove", null],
    ["Ashgrove's director", "velmont"],
  ])("'%s' names the actor only when it is that one: %s", (speaker, actor) => {
    // Prepare
    const actors = [
      {
        id: "velmont",
        name: "Velmont Funeral Group",
        aliases: ["Ashgrove", "the crematorium", "Crematorium"],
      },
    ];

    // Act
    const resolved = resolveActor(speaker, actors);

    // Assess
    expect(resolved?.id ?? null).toBe(actor);
  });

  it.each([
    ["Gary Stone, of the Police Federation,", null],
    ["Police union", null],
    ["the Carrow Police Federation", null],
    ["Police Commissioner Mark Hallam", "police"],
    ["Pilots' union", "pilots"],
    // An owner gives way to the actor it owns.
    ["Gortha's Border Guard", "border-guard"],
    ["Gortha’s Border Guard", "border-guard"],
    ["Gortha's interior minister", "gortha"],
    ["the Border Guard", "border-guard"],
  ])("'%s' is the body it names, not the actor its name opens with: %s", (speaker, actor) => {
    // Prepare
    const actors = [
      { id: "police", name: "Carrow Police", aliases: ["police", "Carrow Police"] },
      { id: "pilots", name: "Brennick Pilots' Association", aliases: ["Pilots"] },
      { id: "gortha", name: "Gorthan government", aliases: ["Gortha"] },
      { id: "border-guard", name: "Gorthan Border Guard", aliases: ["Border Guard"] },
    ];

    // Act
    const resolved = resolveActor(speaker, actors);

    // Assess
    expect(resolved?.id ?? null).toBe(actor);
  });

  it("names a country by its adjective in a text, and as the accused of a claim", () => {
    // Prepare
    const actors = [
      { id: "morvania", name: "Government of Morvania", aliases: ["Morvania", "Dravna"] },
      { id: "talvia", name: "Talvian Government", aliases: ["Talvia"] },
    ];
    const tracker = new SpeakerTracker(actors);

    // Act
    const named = tracker.actorsNamedIn("Two Morvanian army helicopters dropped the cylinders.");
    const accused = accusedActor(
      "Morvanian forces carried out the gas attack on the Talvian town of Essel",
      actors,
    );
    const speaker = resolveActor("a Morvanian refugee", actors);

    // Assess
    expect([named, accused?.id, speaker]).toEqual([["morvania"], "morvania", null]);
  });

  it.each([
    // A country in -a by its adjective, before a victim named later by its name.
    [
      "Hackers working for Rukhovan military intelligence knocked out the Sundavian Central Bank's payment system",
      "rukhova",
    ],
    // A name, not a common noun that is also an alias ("Pilots").
    ["Fatigue of the pilots of Larkspur Air Flight LK307 caused the overrun", "airline"],
  ])("accuses the actor '%s' names first by name: %s", (claim, expected) => {
    // Prepare
    const actors = [
      { id: "rukhova", name: "Rukhovan government", aliases: ["Rukhova"] },
      { id: "bank", name: "Sundavian Central Bank", aliases: ["Central Bank"] },
      { id: "pilots", name: "Estmarch Airline Pilots' Association", aliases: ["Pilots"] },
      { id: "airline", name: "Larkspur Air", aliases: ["Larkspur"] },
    ];

    // Act
    const accused = accusedActor(claim, actors);

    // Assess
    expect(accused?.id).toBe(expected);
  });

  it("takes the longer name where two start together: a watchdog named after the police", () => {
    // Prepare
    const actors = [
      { id: "police", name: "Carrow Police", aliases: ["police", "Carrow Police"] },
      { id: "watchdog", name: "Police Conduct Authority", aliases: ["Police Conduct Authority"] },
    ];

    // Act
    const resolved = resolveActor("Police Conduct Authority director Sunita Bhatt", actors);

    // Assess
    expect(resolved?.id).toBe("watchdog");
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

  it("points a pronoun back to the actor a sentence opened with, when it quoted no one", () => {
    // Prepare
    const tracker = new SpeakerTracker(izyumTopic.actors);

    // Act
    tracker.followSubject("Zelensky visited the Izyum site on Friday.");
    const pronoun = tracker.resolve("he");
    tracker.followSubject("On Friday, after a long visit to the site, the Kremlin said nothing.");
    const stillZelensky = tracker.resolve("he");

    // Assess
    expect([pronoun?.actorId, stillZelensky?.actorId]).toEqual(["ukraine", "ukraine"]);
  });

  it("has no one to point back to before anyone is named", () => {
    // Prepare
    const tracker = new SpeakerTracker(izyumTopic.actors);

    // Act
    const pronoun = tracker.resolve("she");

    // Assess
    expect(pronoun).toBeNull();
  });

  it("resolves a name through its appositive when the name itself is unknown", () => {
    // Prepare
    const tracker = new SpeakerTracker(lowmoorTopic.actors);

    // Act
    const resolved = tracker.resolve("Mark Eddo", "a spokesman for the ambulance service");

    // Assess
    expect(resolved).toEqual({ actorId: "ambulance-service", written: "Mark Eddo" });
  });

  it("takes no actor from a clause about the speaker's organisation", () => {
    // Prepare
    const tracker = new SpeakerTracker(lowmoorTopic.actors);

    // Act
    const resolved = tracker.resolve(
      "A spokesman for Dunmore General",
      "which shares staff with the ambulance service",
    );

    // Assess
    expect(resolved?.actorId ?? null).toBeNull();
  });

  it("reads 'the company' as no actor when the only group is one of people", () => {
    // Prepare
    const actors = [
      { id: "hospital", name: "Velmont General Hospital", aliases: ["the hospital"] },
      { id: "patients", name: "Velmont Cancer Patients' Group", aliases: ["the group"] },
    ];
    const tracker = new SpeakerTracker(actors);

    // Act
    const resolved = tracker.resolve("The company");

    // Assess
    expect(resolved?.actorId ?? null).toBeNull();
  });

  it("resolves a definite description to the actor whose name has that head noun", () => {
    // Prepare
    const tracker = new SpeakerTracker(lowmoorTopic.actors);

    // Act
    const agency = tracker.resolve("the agency")?.actorId;
    const company = tracker.resolve("the company's spokesman")?.actorId;
    const unknown = tracker.resolve("the ministry");

    // Assess
    expect([agency, company]).toEqual(["environment-agency", "corven"]);
    expect(unknown).toEqual({ actorId: null, written: "the ministry" });
  });

  it("resolves a headline's bare noun as it would 'the' noun: 'Agency warns …'", () => {
    // Prepare
    const tracker = new SpeakerTracker(lowmoorTopic.actors);

    // Act
    const agency = tracker.resolve("Agency")?.actorId;
    const ministry = tracker.resolve("Ministry");

    // Assess
    expect(agency).toBe("environment-agency");
    expect(ministry).toEqual({ actorId: null, written: "Ministry" });
  });

  it("resolves a description two actors fit to the one mentioned last, or to none", () => {
    // Prepare
    const tracker = new SpeakerTracker(lowmoorTopic.actors);

    // Act
    const before = tracker.resolve("the service")?.actorId;
    tracker.noteMentions("The fire service arrived after the ambulance service.");
    const after = tracker.resolve("the service")?.actorId;

    // Assess
    expect([before, after]).toEqual([null, "ambulance-service"]);
  });

  it("points a bare person role back only to a speaker who is an actor", () => {
    // Prepare
    const tracker = new SpeakerTracker(lowmoorTopic.actors);

    // Act
    tracker.resolve("a neighbour, Ann Cole");
    const afterNeighbour = tracker.resolve("the spokesperson");
    tracker.resolve("Tom Reyes");
    const afterActor = tracker.resolve("the spokesperson")?.actorId;

    // Assess
    expect([afterNeighbour, afterActor]).toEqual([null, "corven"]);
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
describe("SpeakerTracker: a headline's description without 'the'", () => {
  const actors = [
    {
      id: "fund",
      name: "National Health Fund",
      aliases: ["National Health Fund", "the health fund", "the fund"],
    },
    { id: "committee", name: "Tamsin Valley Water Committee", aliases: ["Water Committee", "the committee"] },
    { id: "clinic", name: "Halvard Care", aliases: ["Halvard Care", "the hospital"] },
  ];

  it.each([
    ["Health fund", "fund"],
    ["Valley committee", "committee"],
    ["Fund audit", "fund"],
    ["Committee", "committee"],
    ["Fund chief", "fund"],
    ["Committee spokeswoman", "committee"],
    ["committee", "committee"],
    // A word of one actor's name only, before a voice: "Halvard chief".
    ["Halvard chief", "clinic"],
    ["Valley report", "committee"],
  ])("resolves %s to %s", (speaker, actorId) => {
    // Prepare
    const tracker = new SpeakerTracker(actors);

    // Act
    const resolved = tracker.resolve(speaker);

    // Assess
    expect(resolved?.actorId).toBe(actorId);
  });

  it.each(["Neighbouring hospital", "Green committee", "Heritage report", "committees", "officials"])(
    "resolves %s to no actor: its other words are not the actor's",
    (speaker) => {
      // Prepare
      const tracker = new SpeakerTracker(actors);

      // Act
      const resolved = tracker.resolve(speaker);

      // Assess
      expect(resolved?.actorId ?? null).toBeNull();
    },
  );
});
