import { describe, expect, it } from "vitest";
import type { Stance, Statement } from "../../../lambdas/core/model";
import type { HeadlineStanceClassifier } from "../../../lambdas/core/stance-model/headline-stance";
import { extractStatements } from "../../../lambdas/core/statements/extract-statements";
import { article, izyumTopic, loadArticleFixtures, lowmoorTopic } from "./fixtures";

/** A headline classifier that is never confident enough to be used: the rules alone decide. */
const neverSure: HeadlineStanceClassifier = () => ({
  stance: "asserts",
  confidence: 0.34,
  scores: { asserts: 0.34, hedges: 0.33, denies: 0.33 },
});

/** A classifier that gives one stance with a fixed confidence and records what it was asked. */
/** The (actor, stance) pairs a text gives, with no headline classifier. */
function stancePairs(
  input: Parameters<typeof extractStatements>[0],
  topic: Parameters<typeof extractStatements>[1],
) {
  return extractStatements(input, topic, neverSure).flatMap((s) =>
    s.kind === "stance" ? [[s.actor, s.stance]] : [],
  );
}

function classifierSaying(stance: Stance, confidence: number) {
  const asked: string[] = [];
  const rest = (1 - confidence) / 2;
  const classify: HeadlineStanceClassifier = (headline) => {
    asked.push(headline);
    const scores = { asserts: rest, hedges: rest, denies: rest, [stance]: confidence };
    return { stance, confidence, scores };
  };
  return { classify, asked };
}

/** The fields a golden fixture states, without ids and article metadata. */
function essentials(statement: Statement): Record<string, unknown> {
  if (statement.kind === "figure") {
    const { kind, inHeadline, measure, term, low, high, qualifier, source } = statement;
    return { kind, inHeadline, measure, term, low, high, qualifier, source };
  }
  const { kind, inHeadline, actor, stance } = statement;
  return { kind, inHeadline, actor, stance };
}

/** Claims the stance rules read words against: one that names the accused, a negative one, plain ones. */
const ACCUSED_CLAIM = "Kremlin troops executed civilians buried near Izyum";
const NEGATIVE_CLAIM = "Izyum graves were never reported to the Kremlin";
const BURIAL_CLAIM = "Russian troops buried civilians near Izyum";
const FAULT_CLAIM = "Russian troops improperly buried civilians near Izyum";
const CONCEALMENT_CLAIM = "Russian troops concealed civilian graves near Izyum";
const WITHOUT_CLAIM = "Russian troops buried civilians near Izyum without identifying them";

describe("extractStatements on golden articles", () => {
  it.each(loadArticleFixtures("golden"))(
    "$name gives the expected statements",
    ({ article: input, topic, expected }) => {
      // Prepare
      const classifyHeadline = neverSure;

      // Act
      const statements = extractStatements(input, topic, classifyHeadline);

      // Assess
      expect(statements.map(essentials)).toEqual(expected);
    },
  );
});

describe("extractStatements on articles that must give nothing", () => {
  it.each(loadArticleFixtures("empty"))("$name gives no statements", ({ article: input, topic }) => {
    // Prepare
    const classifyHeadline = neverSure;

    // Act
    const statements = extractStatements(input, topic, classifyHeadline);

    // Assess
    expect(statements).toEqual([]);
  });
});

describe("extractStatements", () => {
  it("gives every statement the article's metadata and a deterministic 16-hex id", () => {
    // Prepare
    const input = article("Around 450 bodies found near Izyum", "");

    // Act
    const first = extractStatements(input, izyumTopic, neverSure);
    const second = extractStatements(input, izyumTopic, neverSure);

    // Assess
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({
      topic: "izyum-mass-graves",
      outlet: "Example",
      url: input.url,
      title: input.title,
      publishedAt: input.publishedAt,
      sentence: "Around 450 bodies found near Izyum",
    });
    expect(first[0]?.id).toMatch(/^[0-9a-f]{16}$/);
    expect(second.map((s) => s.id)).toEqual(first.map((s) => s.id));
  });

  it("keeps the headline and the body apart", () => {
    // Prepare
    const input = article(
      "Alleged graves near Izyum",
      "Investigators said 440 graves were found near Izyum.",
    );

    // Act
    const statements = extractStatements(input, izyumTopic, neverSure).map(essentials);

    // Assess
    expect(statements).toContainEqual({
      kind: "stance",
      inHeadline: true,
      actor: "outlet",
      stance: "hedges",
    });
    expect(statements).toContainEqual(
      expect.objectContaining({ kind: "figure", inHeadline: false, low: 440 }),
    );
    expect(statements.filter((s) => s.kind === "figure" && s.inHeadline)).toEqual([]);
  });

  it("emits one outlet stance per part, hedges beating asserts", () => {
    // Prepare
    const input = article(
      "Izyum",
      "Graves were found in a forest near Izyum. More bodies were discovered on Friday.\n\nThe so-called mass graves at Izyum are still being examined.",
    );

    // Act
    const stances = extractStatements(input, izyumTopic, neverSure).filter((s) => s.kind === "stance");

    // Assess
    expect(stances.map(essentials)).toEqual([
      { kind: "stance", inHeadline: false, actor: "outlet", stance: "hedges" },
    ]);
  });

  it("attributes a quoted denial to the actor named before the quote", () => {
    // Prepare
    const input = article(
      "Izyum",
      'Peskov said the Kremlin would comment on Izyum later.\n\n"It is all fake," he said.',
    );

    // Act
    const stances = extractStatements(input, izyumTopic, neverSure).filter((s) => s.kind === "stance");

    // Assess
    expect(stances.map(essentials)).toEqual([
      { kind: "stance", inHeadline: false, actor: "kremlin", stance: "denies" },
    ]);
  });

  it("does not take a quoted word as the outlet's framing", () => {
    // Prepare
    const input = article("Izyum", 'A villager called the Izyum graves "a staged show" for the cameras.');

    // Act
    const stances = extractStatements(input, izyumTopic, neverSure).filter((s) => s.kind === "stance");

    // Assess
    expect(stances.filter((s) => s.kind === "stance" && s.actor === "outlet")).toEqual([]);
  });

  it("leaves out stances of speakers who are not actors", () => {
    // Prepare
    const input = article("Izyum", "A local priest denied that the Izyum graves were old.");

    // Act
    const statements = extractStatements(input, izyumTopic, neverSure);

    // Assess
    expect(statements.filter((s) => s.kind === "stance" && s.actor !== "outlet")).toEqual([]);
  });

  it("gives the outlet no stance in words reported after a speaker it cannot name", () => {
    // Prepare
    const input = article("Izyum", "The man who filmed the Izyum graves insists they were not a hoax.");

    // Act
    const statements = extractStatements(input, izyumTopic, neverSure);

    // Assess
    expect(statements.filter((s) => s.kind === "stance")).toEqual([]);
  });

  it.each([
    ["Zelensky said the Kremlin's troops had buried hundreds near Izyum.", [["ukraine", "asserts"]]],
    ["The graves near Izyum were dug by Kremlin troops, Zelensky told reporters.", [["ukraine", "asserts"]]],
    ["Zelensky said the Kremlin would answer for Izyum.", []],
    ["Zelensky said the Kremlin had not been near Izyum.", []],
    ["Zelensky said Izyum was calm on Monday.", []],
    ["Zelensky rejected a Kremlin offer on Izyum.", []],
    ["Zelensky said the Kremlin's report on Izyum ignored the evidence.", []],
    ["Zelensky said the Kremlin's hearing on the Izyum graves had been postponed.", []],
  ])("reads an actor telling the story with another actor in it: %s", (text, expected) => {
    // Prepare
    const input = article("Izyum", text);

    // Act
    const stances = stancePairs(input, izyumTopic);

    // Assess
    expect(stances).toEqual(expected);
  });

  it.each([
    ["One of the drivers had reportedly moved to Kharkiv in May.", "asserts"],
    ["The graves were reportedly dug in March.", "hedges"],
  ])(
    "keeps the outlet's adverb of distance for a sentence on the story or its actors: %s",
    (text, stance) => {
      // Prepare
      const input = article(
        "Izyum",
        `Investigators exhumed 440 bodies from the mass graves near Izyum. ${text}`,
      );

      // Act
      const outlet = stancePairs(input, izyumTopic).filter(([actor]) => actor === "outlet");

      // Assess
      expect(outlet).toEqual([["outlet", stance]]);
    },
  );

  it.each([
    ["A gunman shot and killed 3 people in Izyum", "Petrov allegedly shot two of the victims in Izyum.", []],
    [
      "A gunman shot and killed 3 people in Izyum",
      "Petrov was arrested for alleged involvement in Izyum.",
      [],
    ],
    [
      "A gunman shot and killed 3 people in Izyum",
      "Petrov, a teenager, allegedly shot his parents in Izyum.",
      [],
    ],
    ["A gunman shot and killed 3 people in Izyum", "Petrov, who then allegedly shot Ivan, fled Izyum.", []],
    [
      "A gunman shot and killed 3 people in Izyum",
      "Petrov was arrested for allegedly shooting Ivan in Izyum.",
      [],
    ],
    [
      "A gunman shot and killed 3 people in Izyum",
      "A girl was allegedly wounded by a 15-year-old boy in Izyum.",
      [],
    ],
    ["A gunman shot and killed 3 people in Izyum", "The victims were allegedly shot by Petrov in Izyum.", []],
    [
      "A gunman shot and killed 3 people in Izyum",
      "Two more people were reportedly shot in Izyum.",
      ["hedges"],
    ],
    [
      "A gunman shot and killed 3 people in Izyum",
      "The victims were allegedly shot outside a bar in Izyum.",
      ["hedges"],
    ],
    [
      "Kremlin troops shot and killed 3 people in Izyum",
      "The troops allegedly shot two of them in Izyum.",
      ["hedges"],
    ],
  ])(
    "reads the law's caution over who did it as no doubt only where the claim's doer is unnamed: %s / %s",
    (claim, text, expected) => {
      // Prepare
      const input = article("Izyum", text);

      // Act
      const outlet = stancePairs(input, { ...izyumTopic, claim }).flatMap(([actor, stance]) =>
        actor === "outlet" ? [stance] : [],
      );

      // Assess
      expect(outlet).toEqual(expected);
    },
  );

  it.each([
    [
      "Izyum",
      "Zelensky on Tuesday condemned what he called a provocation by drivers who blocked a road near Izyum.",
    ],
    ["Court clears Kremlin over 2015 Izyum convoy crash", ""],
  ])("gives the outlet no stance in words it reports or about an earlier event: %s", (title, text) => {
    // Prepare
    const input = { ...article(title, text), publishedAt: "2022-09-16T12:00:00.000Z" };

    // Act
    const outlet = extractStatements(input, izyumTopic, neverSure).filter(
      (s) => s.kind === "stance" && s.actor === "outlet",
    );

    // Assess
    expect(outlet).toEqual([]);
  });

  it.each([
    ["Kremlin blames Ukrainian shelling for Izyum graves", [["kremlin", "denies"]]],
    ["Kremlin points to Ukrainian shelling, not its troops, for Izyum graves", [["kremlin", "denies"]]],
    ["Kremlin points to Ukrainian shelling, not its troops, for Izyum deaths", [["kremlin", "denies"]]],
    // Someone else blaming the accused, or the accused blaming itself, is no denial.
    ["Zelensky blames Kremlin for Izyum graves", [["ukraine", "asserts"]]],
    ["Were the Kremlin's troops to blame for Izyum?", []],
    // The accused's own words called false, or rejected: the story asserted against them.
    ["Zelensky called the Kremlin's denials of the Izyum graves lies", [["ukraine", "asserts"]]],
    ["Zelensky rejected the Kremlin's version of the Izyum deaths", [["ukraine", "asserts"]]],
    ["Peskov's lawyer calls Izyum killing claims a witch hunt", [["kremlin", "denies"]]],
    // The claim told negated by a modal: "cannot have killed".
    ["Peskov said Kremlin troops cannot have killed civilians near Izyum", [["kremlin", "denies"]]],
    // The accused accusing someone else asserts nothing.
    ["Kremlin accuses Kyiv of lying about Izyum", []],
  ])("reads the accused blaming something else as a denial: %s", (title, expected) => {
    // Prepare
    const topic = { ...izyumTopic, claim: "Kremlin troops killed the civilians buried near Izyum" };

    // Act
    const stances = extractStatements(article(title, ""), topic, neverSure).flatMap((s) =>
      s.kind === "stance" && s.actor !== "outlet" ? [[s.actor, s.stance]] : [],
    );

    // Assess
    expect(stances).toEqual(expected);
  });

  it.each([
    ["Kremlin 'cannot confirm' Izyum graves", [["kremlin", "hedges"]]],
    // A verb between the name and the quotation, or a speaker after it: the attribution rules decide.
    ["Zelensky condemns 'provocation' near Izyum", []],
  ])("gives a headline's quotation after a bare name to that name: %s", (title, expected) => {
    // Prepare
    const input = article(title, "");

    // Act
    const stances = extractStatements(input, izyumTopic, neverSure).flatMap((s) =>
      s.kind === "stance" && s.actor !== "outlet" ? [[s.actor, s.stance]] : [],
    );

    // Assess
    expect(stances).toEqual(expected);
  });

  const alwaysDenies: HeadlineStanceClassifier = () => ({
    stance: "denies",
    confidence: 1,
    scores: { asserts: 0, hedges: 0, denies: 1 },
  });

  it.each([
    ["a false alarm", "New Izyum graves alert a false alarm"],
    ["a refusal to comment", "Kremlin won't speculate on Izyum graves"],
    ["a refusal to comment", "Kremlin declines to comment on Izyum graves"],
    ["a concession", "Kremlin does not dispute timing of Izyum graves"],
  ])("lets no classifier read %s in a headline as a denial: %s", (_, title) => {
    // Prepare
    const input = article(title, "");

    // Act
    const stances = extractStatements(input, izyumTopic, alwaysDenies).filter((s) => s.kind === "stance");

    // Assess
    expect(stances).toEqual([]);
  });

  it("lets the classifier read the headline against the topic's claim and the article's address", () => {
    // Prepare
    const input = {
      ...article("Izyum mass graves: what happened", ""),
      url: "https://news.example/war/izyum-hoax",
    };
    const contexts: unknown[] = [];
    const recording: HeadlineStanceClassifier = (headline, context) => {
      contexts.push(context);
      return alwaysDenies(headline, context);
    };

    // Act
    extractStatements(input, izyumTopic, recording);

    // Assess
    expect(contexts).toContainEqual({
      claim: izyumTopic.claim ?? izyumTopic.name,
      url: "https://news.example/war/izyum-hoax",
    });
  });

  it.each([
    ["Zelensky accused the Kremlin of hiding the Izyum graves.", [["ukraine", "asserts"]]],
    // A charge against a party the topic does not name is another case.
    ["Zelensky accused Olsson Logistics of hiding the Izyum graves.", []],
    ["Zelensky found on Friday that the Kremlin had hidden the Izyum graves.", [["ukraine", "asserts"]]],
    ["Zelensky found on Friday that the Olsson Brigade had hidden the Izyum graves.", []],
    ["Peskov clears Kremlin troops of the Izyum killings.", [["kremlin", "denies"]]],
    ["Peskov clears Olsson Brigade of the Izyum killings.", []],
    // A party named after what it is, or one of its people, is still that party.
    ["Zelensky fined logistics company Olsson for hiding the Izyum graves.", []],
    ["Zelensky fined an Olsson Logistics director for hiding the Izyum graves.", []],
    // A study of an earlier event is another case.
    ["Peskov rejected a study on 2015 Izyum killings.", []],
  ])("reads a charge by whom it charges: %s", (text, expected) => {
    // Prepare
    const input = article("Izyum", text);

    // Act
    const stances = stancePairs(input, izyumTopic);

    // Assess
    expect(stances).toEqual(expected);
  });

  it.each([
    [
      "Izyum: Peskov denied reports that Moscow had moved tanks towards Kharkiv. Peskov called the reports lies.",
      [],
    ],
    [
      "Izyum: Peskov denied reports that Russian troops executed civilians buried near Izyum. Peskov called the reports lies.",
      [["kremlin", "denies"]],
    ],
  ])(
    "reads what a sentence calls 'the reports' as the claim the sentence before denied: %s",
    (text, expected) => {
      // Prepare
      const topic = { ...izyumTopic, claim: "Russian troops executed civilians buried near Izyum" };

      // Act
      const stances = stancePairs(article("Izyum", text), topic);

      // Assess
      expect(stances).toEqual(expected);
    },
  );

  it.each([
    ["Izyum: Zelensky confirms burial site of executed civilians", [["ukraine", "asserts"]]],
    ["Izyum: Zelensky confirms a second burial site of executed civilians", []],
  ])("reads another of the story's kind as another event: %s", (title, expected) => {
    // Prepare
    const topic = { ...izyumTopic, claim: "Russian troops executed civilians buried near Izyum" };

    // Act
    const stances = stancePairs(article(title, ""), topic);

    // Assess
    expect(stances).toEqual(expected);
  });

  it("gives an actor's finding that unnamed sources tell to the actor: '…, sources say'", () => {
    // Prepare
    const topic = { ...izyumTopic, claim: "Russian troops executed civilians buried near Izyum" };
    const title = "Izyum: Ukrainian officials traced the graves to Russian troops, sources say";

    // Act
    const stances = stancePairs(article(title, ""), topic);

    // Assess
    expect(stances).toEqual([["ukraine", "asserts"]]);
  });

  it("gives a relative clause's verb to the actor just before it: 'Zelensky blames Kremlin, which rejects …'", () => {
    // Prepare
    const topic = { ...izyumTopic, claim: "Kremlin troops executed civilians buried near Izyum" };

    // Act
    const stances = stancePairs(
      article("Izyum graves: Zelensky blames Kremlin, which rejects accusation", ""),
      topic,
    );

    // Assess
    expect(stances).toEqual([
      ["ukraine", "asserts"],
      ["kremlin", "denies"],
    ]);
  });

  it.each([
    // "exhumation records" names the story by its last word, as the keyword's own noun.
    ["Kremlin denies falsifying Izyum records", [["kremlin", "denies"]]],
    ["Kremlin denies delaying Izyum visas", []],
  ])("reads a denied act whose object is a keyword's noun: %s", (title, expected) => {
    // Prepare
    const topic = { ...izyumTopic, keywords: [...izyumTopic.keywords, "exhumation records"] };

    // Act
    const stances = stancePairs(article(title, ""), topic);

    // Assess
    expect(stances).toEqual(expected);
  });

  it.each([
    // Most of the claim's words, in another order and without its verb.
    [
      "Zelensky said civilians buried in the forest had been shot by Russian troops.",
      [["ukraine", "asserts"]],
    ],
    ["Zelensky said the troops had left the forest.", []],
    // "hearing" as a verb states; a hearing, the noun, is procedure.
    ["Zelensky said Russian troops shot civilians without hearing any appeal.", [["ukraine", "asserts"]]],
    ["Zelensky said the hearing on Russian troops and buried civilians had moved.", []],
    ["Zelensky said civilians would be buried near the forest.", []],
  ])("reads an actor repeating most of the claim: %s", (text, expected) => {
    // Prepare
    const topic = { ...izyumTopic, claim: "Russian troops executed civilians buried near Izyum" };

    // Act
    const stances = stancePairs(article("Izyum", text), topic);

    // Assess
    expect(stances).toEqual(expected);
  });

  it.each([
    ["Civilians buried in the Izyum forest had been shot by Russian troops.", [["outlet", "asserts"]]],
    ["Russian troops left Izyum in September.", []],
    // A title in quotation marks is a name, not someone's words.
    [
      "The documentary 'Izyum Forest' opened a year after Russian troops executed civilians buried near Izyum.",
      [["outlet", "asserts"]],
    ],
    // A penalty, a blame with no one named, someone's call, a label before a colon: not the outlet stating the claim.
    ["Russian troops fined over civilians buried near Izyum.", []],
    ["Killing of civilians buried in the Izyum forest blamed on Russian troops.", []],
    ["Mayor urges caution over Russian troops and civilians buried near Izyum.", []],
    ["Izyum's civilians buried in the forest have one thing in common: Russian troops.", []],
  ])("reads the outlet repeating most of the claim in its own words: %s", (text, expected) => {
    // Prepare
    const topic = { ...izyumTopic, claim: "Russian troops executed civilians buried near Izyum" };

    // Act
    const stances = stancePairs(article("Izyum", text), topic);

    // Assess
    expect(stances).toEqual(expected);
  });

  it.each([
    ["Did Russian troops kill the civilians?", [["outlet", "hedges"]]],
    ["Who shot the civilians in the forest?", [["outlet", "hedges"]]],
    // Not a question about the story: what comes next.
    ["Will Russian troops leave the region?", []],
  ])("reads a question headline in the claim's words as doubt: %s", (title, expected) => {
    // Prepare
    const topic = { ...izyumTopic, claim: "Russian troops executed civilians buried near Izyum" };

    // Act
    const stances = stancePairs(article(title, ""), topic);

    // Assess
    expect(stances).toEqual(expected);
  });

  it("reads no repetition of a negated claim without its negation", () => {
    // Prepare
    const topic = {
      ...izyumTopic,
      claim: "Exhumations of civilians buried near Izyum were never recorded by troops",
    };
    const input = article("Izyum", "Zelensky said troops kept lists of exhumations of civilians.");

    // Act
    const stances = extractStatements(input, topic, neverSure).filter((s) => s.kind === "stance");

    // Assess
    expect(stances).toEqual([]);
  });

  /** A topic whose claim is itself negated: sessions "that never took place". */
  const PHANTOM_DIALYSIS = {
    id: "phantom-dialysis",
    name: "Phantom dialysis",
    claim: "Halvard Care billed the National Health Fund for dialysis sessions that never took place",
    keywords: ["phantom dialysis", "Halvard Care"],
    measures: [],
    actors: [
      { id: "fund", name: "National Health Fund", aliases: ["National Health Fund", "the health fund"] },
      { id: "halvard", name: "Halvard Care", aliases: ["Halvard Care", "Halvard"] },
    ],
  };

  it.each([
    "The health fund said Halvard billed for dialysis sessions that never happened.",
    "The health fund said Halvard billed for dialysis that was never given.",
    "The health fund said Halvard billed for dialysis sessions its nurses never held.",
  ])("reads a negated claim told in its own negation as asserting it: %s", (text) => {
    // Prepare
    const topic = PHANTOM_DIALYSIS;

    // Act
    const stances = stancePairs(article("Dialysis audit", text), topic);

    // Assess
    expect(stances).toEqual([["fund", "asserts"]]);
  });

  it.each([
    ["Halvard apologises for billing dialysis sessions", [["halvard", "asserts"]]],
    ["Halvard apologises to the health fund over phantom dialysis sessions", [["halvard", "asserts"]]],
    ["Halvard apologises for long waits at its dialysis clinics", []],
    ["Halvard apologises to patients", []],
    ["Halvard refuses to apologise for dialysis sessions", []],
  ])("reads an apology for the story's act as its admission: %s", (title, expected) => {
    // Prepare
    const input = article(title, "");

    // Act
    const stances = stancePairs(input, PHANTOM_DIALYSIS);

    // Assess
    expect(stances).toEqual(expected);
  });

  it.each([
    ["Halvard Care billed the National Health Fund for dialysis sessions its patients never received.", true],
    ["Halvard Care never billed the National Health Fund for dialysis sessions.", false],
    [
      "Patients marched on Tuesday for better care, weeks after Halvard billed dialysis sessions that never took place.",
      true,
    ],
    [
      "Patients asked on Tuesday for proof that Halvard billed dialysis sessions that never took place.",
      false,
    ],
    ["The union joined the inquiry into how Halvard billed dialysis sessions that never took place.", false],
  ])("reads the outlet telling a negated claim in its own negation as asserting it: %s", (text, asserts) => {
    // Prepare
    const input = article("Clinic news", text);

    // Act
    const stances = stancePairs(input, PHANTOM_DIALYSIS);

    // Assess
    expect(stances).toEqual(asserts ? [["outlet", "asserts"]] : []);
  });

  it.each([
    ["Peskov said the Izyum graves were all in order.", [["kremlin", "denies"]]],
    ["Peskov said the burials at Izyum were lawful.", [["kremlin", "denies"]]],
    ["Peskov said the burials at Izyum were correct.", [["kremlin", "denies"]]],
    ["Peskov said Russian units near the Izyum graves acted correctly.", [["kremlin", "denies"]]],
    ["Peskov said the Izyum troops acted properly.", [["kremlin", "denies"]]],
    ["Peskov said the handling of the Izyum graves complied with the law.", [["kremlin", "denies"]]],
    ["Peskov said the burials at the Izyum graves met all legal requirements.", [["kremlin", "denies"]]],
    ["Peskov said the Izyum graves were not safe.", []],
    ["Peskov said the Izyum footage was genuine.", []],
    ["Peskov said the Kremlin's budget was in order.", []],
  ])("reads the story's thing called sound as a denial: %s", (text, expected) => {
    // Prepare
    const input = article("Izyum", text);

    // Act
    const stances = stancePairs(input, izyumTopic);

    // Assess
    expect(stances).toEqual(expected);
  });

  it.each([
    [
      "Zelensky fined the unit on Friday, saying Russian troops had buried civilians in the Izyum graves.",
      [["ukraine", "asserts"]],
    ],
    [
      "Peskov met reporters on Friday, insisting that the Izyum graves were all in order.",
      [["kremlin", "denies"]],
    ],
    [
      "The graves were dug by local workers, Peskov said, adding that the Izyum burials were lawful.",
      [["kremlin", "denies"]],
    ],
    ["Peskov admits damage at Izyum but says the graves were lawful.", [["kremlin", "denies"]]],
    ["Zelensky visited Izyum on Friday, saying he would return next month.", []],
  ])("reads the words a participle of speech gives the sentence's speaker: %s", (text, expected) => {
    // Prepare
    const input = article("Izyum", text);
    const topic = { ...izyumTopic, claim: "Russian troops buried civilians in mass graves near Izyum" };

    // Act
    const stances = stancePairs(input, topic);

    // Assess
    expect(stances).toEqual(expected);
  });

  it.each([
    ["Investigators exhumed 440 bodies from the graves near Izyum.", [["outlet", "hedges"]]],
    ["The weather in the region was cold on Friday.", []],
  ])("reads a question headline over a lead that names the story as doubting it: %s", (lead, expected) => {
    // Prepare
    const topic = { ...izyumTopic, claim: "Russian units buried civilians near Izyum" };
    const input = { ...article("", lead), title: "Were the units to blame?" };

    // Act
    const stances = extractStatements(input, topic, neverSure).flatMap((s) =>
      s.kind === "stance" && s.inHeadline ? [[s.actor, s.stance]] : [],
    );

    // Assess
    expect(stances).toEqual(expected);
  });

  it.each([
    ["Peskov maintained that the Izyum graves had never existed.", [["kremlin", "denies"]]],
    ["Peskov said the Izyum graves had not been guarded.", [["kremlin", "denies"]]],
    ["Peskov said the Izyum graves were dug in March.", []],
  ])("reads the story's thing as the subject of a negated act as a denial: %s", (text, expected) => {
    // Prepare
    const topic = { ...izyumTopic, claim: "Russian troops guarded the graves near Izyum" };

    // Act
    const stances = stancePairs(article("Izyum", text), topic);

    // Assess
    expect(stances).toEqual(expected);
  });

  it("gives a headline's 'X boss' to the actor X", () => {
    // Prepare
    const input = {
      ...article("", "Officials spoke on Monday."),
      title: "Kremlin boss calls Izyum graves claim 'absurd'",
    };

    // Act
    const stances = extractStatements(input, izyumTopic, neverSure).flatMap((s) =>
      s.kind === "stance" && s.inHeadline ? [[s.actor, s.stance]] : [],
    );

    // Assess
    expect(stances).toEqual([["kremlin", "denies"]]);
  });

  it.each([
    ["Kremlin apologises to Kyiv, admits troops dug Izyum graves", [["kremlin", "asserts"]]],
    ["After talks with the Kremlin, Zelensky admits troops dug Izyum graves", [["ukraine", "asserts"]]],
  ])("gives a headline's second verb the subject it shares: %s", (headline, expected) => {
    // Prepare
    const input = { ...article("", "Officials spoke on Monday."), title: headline };

    // Act
    const stances = extractStatements(input, izyumTopic, neverSure).flatMap((s) =>
      s.kind === "stance" && s.inHeadline ? [[s.actor, s.stance]] : [],
    );

    // Assess
    expect(stances).toEqual(expected);
  });

  it("gives a headline's quoted doubt to the body named before it: 'Halvorn organisers'", () => {
    // Prepare
    const topic = {
      ...izyumTopic,
      actors: [
        ...izyumTopic.actors,
        { id: "festival", name: "Halvorn Festival", aliases: ["the organisers"] },
      ],
    };
    const input = {
      ...article("", "Officials spoke on Monday."),
      title: "Halvorn organisers 'cannot rule out' Izyum graves",
    };

    // Act
    const stances = stancePairs(input, topic);

    // Assess
    expect(stances).toEqual([["festival", "hedges"]]);
  });

  it.each([
    // The accused's own version of the story, in the claim's words, is no admission; set against the claim, a
    // denial. Words of admission make it one.
    [ACCUSED_CLAIM, "Peskov said the civilians buried near Izyum had been executed by Ukrainian units.", []],
    [
      ACCUSED_CLAIM,
      "Peskov said every civilian buried near Izyum had been executed by Ukrainian units.",
      [["kremlin", "denies"]],
    ],
    [
      ACCUSED_CLAIM,
      "Peskov said Kremlin troops had likely executed civilians buried near Izyum, and apologised.",
      [["kremlin", "asserts"]],
    ],
    [
      ACCUSED_CLAIM,
      "Peskov said the civilians buried near Izyum had been the work of Ukrainian units.",
      [["kremlin", "denies"]],
    ],
    // What the accused confirms is a fact of its own, unless it admits it or its own review found it.
    [ACCUSED_CLAIM, "The Kremlin confirmed that its troops had been stationed near Izyum in March.", []],
    [
      ACCUSED_CLAIM,
      "The Kremlin's own review confirmed that its troops executed civilians buried near Izyum.",
      [["kremlin", "asserts"]],
    ],
    // Repeating a negative claim's own negation tells the claim, no denial; an instruction not to do something
    // is neither.
    [
      NEGATIVE_CLAIM,
      "Zelensky said the graves were never reported to the Kremlin.",
      [["ukraine", "asserts"]],
    ],
    [NEGATIVE_CLAIM, "Zelensky told residents near Izyum not to touch the graves.", []],
    // A claim of something done "without identifying them" is told by "never identified".
    [
      WITHOUT_CLAIM,
      "Zelensky said the civilians buried near Izyum were never identified by Russian troops.",
      [["ukraine", "asserts"]],
    ],
    [WITHOUT_CLAIM, "Peskov said Russian troops never buried civilians near Izyum.", [["kremlin", "denies"]]],
    // A claim of something concealed is told by what does not appear, and denied by "never concealed".
    [
      CONCEALMENT_CLAIM,
      "Zelensky said the civilian graves near Izyum do not appear in Russian army records.",
      [],
    ],
    [CONCEALMENT_CLAIM, "Peskov said Russian troops never concealed any graves.", [["kremlin", "denies"]]],
    // A claim of a fault ("improperly buried") is told by "never properly buried", and denied by "not buried by".
    [FAULT_CLAIM, "Zelensky said the civilians near Izyum were never properly buried.", []],
    [
      FAULT_CLAIM,
      "Peskov said the civilians near Izyum were not buried by Russian troops.",
      [["kremlin", "denies"]],
    ],
    // A purpose's modal and what an appositive says of a noun leave the claim told; a plan does not tell it.
    [
      BURIAL_CLAIM,
      "Zelensky said Russian troops buried civilians near Izyum so that nobody would find them.",
      [["ukraine", "asserts"]],
    ],
    [BURIAL_CLAIM, "Zelensky said Russian troops would bury civilians near Izyum.", []],
    [
      BURIAL_CLAIM,
      "Zelensky said Russian troops buried civilians near Izyum, a crime that was never punished.",
      [["ukraine", "asserts"]],
    ],
  ])("reads words against the claim '%s': %s", (claim, text, expected) => {
    // Prepare
    const topic = { ...izyumTopic, claim };

    // Act
    const stances = stancePairs(article("Izyum", text), topic);

    // Assess
    expect(stances).toEqual(expected);
  });

  it("reads 'claims' in a headline's speaker part as what it speaks on, no one's distance", () => {
    // Prepare
    const input = {
      ...article("", "Officials spoke on Monday."),
      title: 'Kremlin on Izyum grave claims: "Lies"',
    };

    // Act
    const stances = stancePairs(input, izyumTopic);

    // Assess
    expect(stances).toEqual([["kremlin", "denies"]]);
  });

  it("gives a second verb after 'and' the sentence's subject", () => {
    // Prepare
    const input = article(
      "Izyum",
      "The Kremlin apologised to families on Friday and admitted that the Izyum graves held civilians.",
    );

    // Act
    const stances = stancePairs(input, izyumTopic);

    // Assess
    expect(stances).toEqual([["kremlin", "asserts"]]);
  });

  it("reads a story named only by the words of its claim", () => {
    // Prepare
    const topic = { ...izyumTopic, claim: "Russian troops executed civilians buried near Izyum" };
    const input = article("Kremlin rejects claims that its troops executed civilians", "");

    // Act
    const stances = stancePairs(input, topic);

    // Assess
    expect(stances).toEqual([["kremlin", "denies"]]);
  });

  it("holds a headline's passive penalty against no one: 'Kremlin fined over Izyum graves'", () => {
    // Prepare
    const input = article("Kremlin fined 4 million roubles over Izyum graves", "");

    // Act
    const stances = extractStatements(input, izyumTopic, neverSure).filter((s) => s.kind === "stance");

    // Assess
    expect(stances).toEqual([]);
  });

  describe("a claim stated in plain words, by the claim's verb", () => {
    const topic = { ...izyumTopic, claim: "Russian troops killed the civilians buried near Izyum" };
    const stancesOf = (title: string, text: string) =>
      extractStatements(article(title, text), topic, neverSure).flatMap((s) =>
        s.kind === "stance" ? [[s.actor, s.stance, s.inHeadline]] : [],
      );

    it.each([
      ["Zelensky says civilians near Izyum were killed by soldiers", "", [["ukraine", "asserts", true]]],
      ["Izyum", "Zelensky said soldiers had killed the civilians in Izyum.", [["ukraine", "asserts", false]]],
      ["Civilians killed near Izyum lie in a forest", "", [["outlet", "asserts", true]]],
      // Named by the claim's own words rather than a keyword.
      ["Russian troops killed the civilians, files show", "", [["outlet", "asserts", true]]],
      [
        "Izyum",
        "Weeks after soldiers killed civilians near Izyum, the town is quiet.",
        [["outlet", "asserts", false]],
      ],
      ["Izyum", "Zelensky said Russian troops had killed the civilians.", [["ukraine", "asserts", false]]],
    ])("asserts: %s %s", (title, text, expected) => {
      // Prepare, Act
      const stances = stancesOf(title, text);

      // Assess
      expect(stances).toEqual(expected);
    });

    it.each([
      ["Izyum", "Investigators will examine whether soldiers killed civilians near Izyum."],
      ["Izyum", "Soldiers may have killed civilians near Izyum."],
      ["Izyum", "A court ruled that soldiers had killed civilians near Izyum."],
      ["Civilians near Izyum were killed by soldiers, court hears", ""],
      ["Izyum", "A court jailed two soldiers for having killed civilians near Izyum."],
      ["Izyum", '"Soldiers killed civilians near Izyum," a local priest said.'],
      ["Izyum", "Izyum's 2014 flood killed two people, Zelensky said."],
      ["Izyum", "A former Kremlin employee said soldiers had killed civilians near Izyum."],
      ["Izyum", "Zelensky said the fire was unrelated to the troops who killed civilians."],
      ["Izyum", "Zelensky said tests ruled out the Kremlin's troops as the ones who killed the civilians."],
      ["Izyum", "Zelensky said the civilians near Izyum had been evacuated."],
      ["Civilians near Izyum believed killed by soldiers", ""],
      ["Local priest: civilians killed near Izyum", ""],
      ["Civilians killed near Izyum: TV", ""],
    ])("states nothing: %s %s", (title, text) => {
      // Prepare, Act
      const stances = stancesOf(title, text);

      // Assess
      expect(stances).toEqual([]);
    });

    it.each([
      ["Zelensky said the troops had never killed anyone near Izyum.", [["ukraine", "denies"]]],
      ["Peskov said Russian troops didn't kill civilians.", [["kremlin", "denies"]]],
      ["Peskov said nobody had killed the civilians.", [["kremlin", "denies"]]],
      ["Peskov said Russian troops would not have killed civilians.", []],
    ])("reads the claim told negated as a denial: %s", (text, expected) => {
      // Prepare, Act
      const stances = stancePairs(article("Izyum", text), topic);

      // Assess
      expect(stances).toEqual(expected);
    });

    it("takes a denied clause in the claim's own words for the claim", () => {
      // Prepare
      const input = article("Izyum", "The Kremlin rejected claims that its soldiers had killed prisoners.");
      const withoutClaim = article(
        "Izyum",
        "The Kremlin rejected claims that its soldiers had shot prisoners.",
      );

      // Act
      const [withWords, withoutWords] = [input, withoutClaim].map((a) => stancePairs(a, topic));

      // Assess
      expect(withWords).toEqual([["kremlin", "denies"]]);
      expect(withoutWords).toEqual([]);
    });

    it("reads no verb from a topic whose claim has none", () => {
      // Prepare, Act
      const stances = extractStatements(
        article("Izyum", "Weeks after soldiers killed civilians near Izyum, the town is quiet."),
        izyumTopic,
        neverSure,
      );

      // Assess
      expect(stances).toEqual([]);
    });
  });

  it.each([
    [
      "Ukrainian officials say graves near Izyum hold civilians",
      "Ukrainian officials confirmed that soldiers shot the civilians buried near Izyum.",
      [["ukraine", "asserts", true]],
    ],
    [
      "Authorities cannot yet confirm who is buried near Izyum",
      "Ukrainian officials said they could not yet confirm who was buried near Izyum.",
      [["ukraine", "hedges", true]],
    ],
    ["Kremlin denies request for Izyum visit", "The Kremlin called the Izyum graves a provocation.", []],
    ["Izyum graves: what we know", "The Kremlin called the Izyum graves a provocation.", []],
    [
      "Ukrainian officials say graves near Izyum hold civilians",
      "Izyum was shelled again on Monday.\n\nThe Kremlin called the Izyum graves a provocation.",
      [],
    ],
  ])("gives a headline's speaker the stance its lead gives it: %s", (title, text, expected) => {
    // Prepare
    const input = article(title, text);

    // Act
    const headlineStances = extractStatements(input, izyumTopic, neverSure).flatMap((s) =>
      s.kind === "stance" && s.inHeadline ? [[s.actor, s.stance, s.inHeadline]] : [],
    );

    // Assess
    expect(headlineStances).toEqual(expected);
  });

  it.each([
    [
      "The Kremlin said Ukrainian shelling, not Russian troops, caused the deaths at Izyum.",
      [["kremlin", "denies"]],
    ],
    ["Ukrainian shelling, not Russian troops, caused the deaths at Izyum.", []],
  ])("gives a cause put forward against the story's to its speaker only: %s", (text, expected) => {
    // Prepare
    const input = article("Izyum", text);

    // Act
    const stances = stancePairs(input, izyumTopic);

    // Assess
    expect(stances).toEqual(expected);
  });

  it.each([
    [
      "The Kremlin rejected Zelensky's claim that soldiers shot the civilians buried near Izyum.",
      [
        ["kremlin", "denies"],
        ["ukraine", "asserts"],
      ],
    ],
    [
      "The Kremlin disputed a report by Ukrainian officials concluding that troops dug the Izyum graves.",
      [
        ["kremlin", "denies"],
        ["ukraine", "asserts"],
      ],
    ],
    [
      "The Kremlin rejected as false Zelensky's claim that soldiers dug the Izyum graves.",
      [
        ["kremlin", "denies"],
        ["ukraine", "asserts"],
      ],
    ],
    // What the speaker goes on to say is no part of the finding it denies.
    [
      "The Kremlin said it disputed Zelensky's conclusion that soldiers dug the Izyum graves, and would ask for an independent review.",
      [
        ["kremlin", "denies"],
        ["ukraine", "asserts"],
      ],
    ],
    ["The Kremlin rejected Zelensky's claims about the Izyum graves.", [["kremlin", "denies"]]],
    [
      "The Kremlin rejected Zelensky's claim that the Izyum graves held shelling victims rather than soldiers.",
      [["kremlin", "denies"]],
    ],
  ])("gives the author of a finding that is denied the claim it tells: %s", (text, expected) => {
    // Prepare
    const input = article("Izyum", text);

    // Act
    const stances = stancePairs(input, izyumTopic);

    // Assess
    expect(stances).toEqual(expected);
  });

  it.each([
    [
      "The Kremlin fined a general after concluding that troops had dug the Izyum graves.",
      [["kremlin", "asserts"]],
    ],
    // A verb that is no verb of speech has its clause's subject; a passive's subject holds nothing.
    [
      "Zelensky formally charged two Kremlin officers on Monday with the Izyum killings.",
      [["ukraine", "asserts"]],
    ],
    ["Two Kremlin officers were formally charged on Monday with the Izyum killings.", []],
    ["Zelensky stopped short of denying that Ukrainian troops had dug the Izyum graves.", []],
    // Waiting before blaming withholds judgement: a doubt.
    [
      "Zelensky will wait for tests before blaming the Kremlin for the Izyum graves.",
      [["ukraine", "hedges"]],
    ],
  ])("gives a participle after a preposition the sentence's subject: %s", (text, expected) => {
    // Prepare
    const input = article("Izyum", text);

    // Act
    const stances = stancePairs(input, izyumTopic);

    // Assess
    expect(stances).toEqual(expected);
  });

  it("reads each clause of a headline with its own speaker, and shows the whole headline", () => {
    // Prepare
    const input = article("Zelensky confirms Izyum graves; Kremlin denies", "");

    // Act
    const stances = extractStatements(input, izyumTopic, neverSure).flatMap((s) =>
      s.kind === "stance" ? [[s.actor, s.stance, s.sentence]] : [],
    );

    // Assess
    expect(stances).toEqual([
      ["ukraine", "asserts", "Zelensky confirms Izyum graves; Kremlin denies"],
      ["kremlin", "denies", "Zelensky confirms Izyum graves; Kremlin denies"],
    ]);
  });

  describe("a claim that something is fake", () => {
    const videoTopic = {
      ...izyumTopic,
      id: "izyum-video",
      name: "Izyum video",
      claim: "The Izyum video was staged",
      keywords: ["Izyum video"],
    };
    const witnessTopic = {
      ...izyumTopic,
      id: "izyum-witnesses",
      name: "Izyum witnesses",
      claim: "The Izyum witnesses were sham witnesses",
      keywords: ["Izyum witnesses"],
    };
    const recordsTopic = {
      ...izyumTopic,
      id: "izyum-records",
      name: "Izyum records",
      claim: "The Izyum burial records were falsified",
      keywords: ["Izyum burial records"],
    };

    it.each([
      ["The Kremlin said the Izyum video was staged.", videoTopic, [["kremlin", "asserts"]]],
      ["Zelensky said the Izyum video is genuine.", videoTopic, [["ukraine", "denies"]]],
      ["Zelensky rejected claims that the Izyum video was staged.", videoTopic, [["ukraine", "denies"]]],
      ["Zelensky said the Izyum video is not genuine.", videoTopic, [["ukraine", "asserts"]]],
      ["Zelensky said the Izyum video was not fake.", videoTopic, [["ukraine", "denies"]]],
      [
        "Zelensky said it was too early to say whether the Izyum video was genuine.",
        videoTopic,
        [["ukraine", "hedges"]],
      ],
      ["The Kremlin said the Izyum graves were staged.", izyumTopic, [["kremlin", "denies"]]],
      // "sham" makes a claim of fakery too; calling the thing real denies it.
      ["The Kremlin said the Izyum witnesses are fake.", witnessTopic, [["kremlin", "asserts"]]],
      ["Zelensky said the Izyum witnesses were all real.", witnessTopic, [["ukraine", "denies"]]],
      // Told not genuine, or never to have existed, the fakery is asserted.
      ["The Kremlin said the Izyum witnesses did not exist.", witnessTopic, [["kremlin", "asserts"]]],
      // "falsified" makes a claim of fakery: calling the records authentic denies it.
      ["Zelensky said the Izyum burial records are authentic.", recordsTopic, [["ukraine", "denies"]]],
    ])("reads '%s' against the claim", (text, topic, expected) => {
      // Prepare
      const input = article("Izyum", text);

      // Act
      const stances = stancePairs(input, topic);

      // Assess
      expect(stances).toEqual(expected);
    });
  });

  it("gives a verb in a clause of time to that clause's subject", () => {
    // Prepare
    const input = article(
      "Izyum",
      "Zelensky said he was not surprised, a day after the Kremlin found that troops had dug the Izyum graves.",
    );

    // Act
    const stances = stancePairs(input, izyumTopic);

    // Assess
    expect(stances).toEqual([["kremlin", "asserts"]]);
  });

  it("reads a headline's stances when its lead concerns the topic, though the headline names it not", () => {
    // Prepare
    const onTopic = article(
      "Kremlin rejects UN report",
      "The Kremlin rejected a UN report on the Izyum graves.",
    );
    const offTopic = article(
      "Kremlin rejects UN report",
      "The Kremlin rejected a UN report on grain exports.",
    );

    // Act
    const headlineStances = [onTopic, offTopic].map((input) =>
      extractStatements(input, izyumTopic, neverSure).flatMap((s) =>
        s.kind === "stance" && s.inHeadline ? [[s.actor, s.stance]] : [],
      ),
    );

    // Assess
    expect(headlineStances).toEqual([[["kremlin", "denies"]], []]);
  });

  it.each([
    [
      "Kremlin accused over Izyum graves",
      "Zelensky filed a complaint against the Kremlin, accusing it of the Izyum killings.",
      [["ukraine", "asserts", false]],
    ],
    [
      "Kremlin accused over Izyum graves",
      "Ukrainian officials filed a complaint on Monday accusing the Kremlin of the Izyum killings.",
      [["ukraine", "asserts", false]],
    ],
    ["Zelensky sues Kremlin over Izyum graves", "", [["ukraine", "asserts", true]]],
    ["Kremlin fined over Izyum graves", "", []],
  ])("gives a charge, a suit or an accusation to whoever brings it: %s", (title, text, expected) => {
    // Prepare
    const input = article(title, text);

    // Act
    const stances = extractStatements(input, izyumTopic, neverSure).flatMap((s) =>
      s.kind === "stance" ? [[s.actor, s.stance, s.inHeadline]] : [],
    );

    // Assess
    expect(stances).toEqual(expected);
  });

  it("gives a relative clause's verb to its antecedent, not to the sentence's speaker", () => {
    // Prepare
    const input = article(
      "Izyum",
      "Zelensky said the Kremlin's statement, which denied the Izyum graves, was shameful.",
    );

    // Act
    const stances = stancePairs(input, izyumTopic);

    // Assess
    expect(stances).toContainEqual(["kremlin", "denies"]);
    expect(stances).not.toContainEqual(["ukraine", "denies"]);
  });

  it("reads the lead's stances when the headline concerns the topic, though the lead names it not", () => {
    // Prepare
    const input = article("Kremlin responds to Izyum reports", "The Kremlin called the reports lies.");

    // Act
    const bodyStances = extractStatements(input, izyumTopic, neverSure).flatMap((s) =>
      s.kind === "stance" && !s.inHeadline ? [[s.actor, s.stance]] : [],
    );

    // Assess
    expect(bodyStances).toEqual([["kremlin", "denies"]]);
  });

  it("gives a colon headline's words to a speaker named by role, not to the outlet", () => {
    // Prepare
    const input = article("Watchdog chief: too early to judge the Izyum graves", "");

    // Act
    const stances = extractStatements(input, izyumTopic, neverSure).filter((s) => s.kind === "stance");

    // Assess
    expect(stances).toEqual([]);
  });

  it("gives 'claims' in reported speech to the speaker, not to the outlet", () => {
    // Prepare
    const input = article("Izyum", 'The Kremlin said the claims about Izyum were "pure fiction".');

    // Act
    const stances = stancePairs(input, izyumTopic);

    // Assess
    expect(stances).toEqual([["kremlin", "denies"]]);
  });

  it("gives 'unable to say' to its subject, not to the outlet", () => {
    // Prepare
    const input = article("Observer unable to say whether Izyum graves were dug by troops", "");

    // Act
    const stances = extractStatements(input, izyumTopic, neverSure).filter((s) => s.kind === "stance");

    // Assess
    expect(stances).toEqual([]);
  });

  it.each([
    ["The Kremlin denied the 2014 reports of graves near Izyum.", []],
    ["The Kremlin denied that its troops had buried bodies near Izyum in 2021.", [["kremlin", "denies"]]],
  ])("leaves out a stance on an event its object dates before the article: %s", (text, expected) => {
    // Prepare: the article is from 2022
    const input = article("Izyum", text);

    // Act
    const stances = stancePairs(input, izyumTopic);

    // Assess
    expect(stances).toEqual(expected);
  });

  it.each([
    ["Did troops dig the Izyum graves?", "", [["outlet", "hedges"]]],
    ["Izyum", "Questions remain over whether the Izyum graves are recent.", [["outlet", "hedges"]]],
  ])("reads a question about the story as the outlet's doubt: %s %s", (title, text, expected) => {
    // Prepare
    const input = article(title, text);

    // Act
    const stances = stancePairs(input, izyumTopic);

    // Assess
    expect(stances).toEqual(expected);
  });

  it("takes no doubt from a question headline that names only the topic's place", () => {
    // Prepare
    const input = article("Will it rain in Lowmoor on Friday?", "");

    // Act
    const stances = extractStatements(input, lowmoorTopic, neverSure).filter((s) => s.kind === "stance");

    // Assess
    expect(stances).toEqual([]);
  });

  it("gives a doubt to the one who sees no evidence", () => {
    // Prepare
    const input = article("Kremlin sees no evidence of Izyum graves", "");

    // Act
    const stances = stancePairs(input, izyumTopic);

    // Assess
    expect(stances).toEqual([["kremlin", "hedges"]]);
  });

  it("ignores stance words in sentences that do not concern the topic", () => {
    // Prepare
    const input = article("Izyum", "The minister denied the reports about fuel prices.");

    // Act
    const statements = extractStatements(input, izyumTopic, neverSure);

    // Assess
    expect(statements).toEqual([]);
  });

  it("skips a change amount but keeps the level it reached", () => {
    // Prepare
    const input = article("Izyum", "The toll near Izyum rose by 12 bodies to 459 bodies.");

    // Act
    const figures = extractStatements(input, izyumTopic, neverSure)
      .filter((s) => s.kind === "figure")
      .map(essentials);

    // Assess
    expect(figures).toEqual([
      {
        kind: "figure",
        inHeadline: false,
        measure: "bodies",
        term: "bodies",
        low: 459,
        high: 459,
        qualifier: "exact",
        source: null,
      },
    ]);
  });
});

/** A Lowmoor article by the (fictional) Lowmoor Gazette in 2024. */
function gazette(title: string, text: string) {
  return { ...article(title, text), outlet: "The Lowmoor Gazette", publishedAt: "2024-03-06T09:00:00.000Z" };
}

function figuresOf(title: string, text: string) {
  return extractStatements(gazette(title, text), lowmoorTopic, neverSure).filter((s) => s.kind === "figure");
}

describe("extractStatements: who gives a figure", () => {
  it("resolves a speaker named before an appositive through the actor's aliases", () => {
    // Prepare
    const text =
      "Ruth Okafor, chief officer at the Westmoor brigade, said 31 people were injured in Lowmoor.";

    // Act
    const figures = figuresOf("Lowmoor", text);

    // Assess
    expect(figures.map((f) => [f.measure, f.low, f.source])).toEqual([["injured", 31, "fire-service"]]);
  });

  it("resolves an appositive that names the actor when the name before it is unknown", () => {
    // Prepare
    const text = "Mark Eddo, a spokesman for the ambulance service, said 12 people were injured in Lowmoor.";

    // Act
    const figures = figuresOf("Lowmoor", text);

    // Assess
    expect(figures.map((f) => f.source)).toEqual(["ambulance-service"]);
  });

  it("never takes a clause with a number for a speaker", () => {
    // Prepare
    const text =
      "Figures released on Monday show 40 people injured in Lowmoor, 9 of whom admitted smoke damage, and two deaths.";

    // Act
    const figures = figuresOf("Lowmoor", text);

    // Assess
    expect(figures.map((f) => [f.measure, f.source])).toEqual([
      ["injured", null],
      ["deaths", null],
    ]);
  });

  it("gives data that show a figure to the actor who owns them", () => {
    // Prepare
    const text = "The environment agency's latest records show 40 people injured in Lowmoor.";

    // Act
    const figures = figuresOf("Lowmoor", text);

    // Assess
    expect(figures.map((f) => f.source)).toEqual(["environment-agency"]);
  });

  it("resolves 'the agency' to the one actor whose name ends in that noun", () => {
    // Prepare
    const text = "Smoke drifted over Lowmoor overnight. The agency said 15 people were injured.";

    // Act
    const figures = figuresOf("Lowmoor", text);

    // Assess
    expect(figures.map((f) => f.source)).toEqual(["environment-agency"]);
  });

  it("resolves 'the service' to the service mentioned last, and leaves it as written when none was", () => {
    // Prepare
    const mentioned =
      "Crews from the fire service and the ambulance service reached Lowmoor at dawn. The ambulance service took the first calls. The service said 15 people were injured.";
    const unmentioned = "Smoke drifted over Lowmoor. The service said 15 people were injured.";

    // Act
    const afterMention = figuresOf("Lowmoor", mentioned).map((f) => f.source);
    const withoutMention = figuresOf("Lowmoor", unmentioned).map((f) => f.source);

    // Assess
    expect(afterMention).toEqual(["ambulance-service"]);
    expect(withoutMention).toEqual(["the service"]);
  });

  it("resolves 'the company' only when exactly one actor is a company", () => {
    // Prepare
    const text = "Smoke drifted over Lowmoor. The company said 15 people were injured.";
    const twoCompanies = {
      ...lowmoorTopic,
      actors: [...lowmoorTopic.actors, { id: "halden", name: "Halden Logistics Ltd", aliases: [] }],
    };

    // Act
    const one = figuresOf("Lowmoor", text).map((f) => f.source);
    const two = extractStatements(gazette("Lowmoor", text), twoCompanies, neverSure).map(
      (s) => s.kind === "figure" && s.source,
    );

    // Assess
    expect(one).toEqual(["corven"]);
    expect(two).toEqual(["the company"]);
  });

  it("drops a figure that an outlet reported earlier and keeps one an outlet states now", () => {
    // Prepare
    const earlier =
      "The Gazette reported on Monday that 90 people were injured in Lowmoor. Earlier reports put the number of people injured at 70.";
    const current = "Local media say 90 people were injured in Lowmoor.";

    // Act
    const fromEarlier = figuresOf("Lowmoor", earlier);
    const fromCurrent = figuresOf("Lowmoor", current).map((f) => [f.low, f.source]);

    // Assess
    expect(fromEarlier).toEqual([]);
    expect(fromCurrent).toEqual([[90, "Local media"]]);
  });

  it("keeps a figure an actor had given, as the actor's", () => {
    // Prepare
    const text = "Corven had said on Monday that 20 people were injured in Lowmoor.";

    // Act
    const figures = figuresOf("Lowmoor", text);

    // Assess
    expect(figures.map((f) => f.source)).toEqual(["corven"]);
  });
});

describe("extractStatements: several-word measure terms", () => {
  it.each([
    ["Up to 600 residents evacuated from Lowmoor slept in a school.", "evacuees", 600],
    ["In Lowmoor, more than 2,100 people have been evacuated.", "evacuees", 2100],
    ["Almost sixty people hospitalised in Lowmoor were discharged.", "injured", 60],
    ["Around 35 people are in hospital in Lowmoor.", "injured", 35],
    ["The number of residents evacuated from Lowmoor has climbed to 2,400.", "evacuees", 2400],
  ])("%s", (text, measure, value) => {
    // Prepare
    const title = "Lowmoor";

    // Act
    const figures = figuresOf(title, text);

    // Assess
    expect(figures.map((f) => [f.measure, f.low ?? f.high])).toEqual([[measure, value]]);
  });

  it.each([
    "In Lowmoor, 2,100 people have not been evacuated.",
    "Lowmoor has 5,000 residents, evacuated twice since the war.",
    "The number of residents evacuated from Lowmoor was 30 percent higher.",
    "Lowmoor's 800 residents watched the people evacuated from the flats.",
  ])("gives no figure in %s", (text) => {
    // Prepare
    const title = "Lowmoor";

    // Act
    const figures = figuresOf(title, text);

    // Assess
    expect(figures).toEqual([]);
  });
});

describe("extractStatements: two counts of one measure in one sentence", () => {
  it("gives neither count when one source gives both", () => {
    // Prepare
    const text = "In Lowmoor, 14 people were injured in the blast; 2 firefighters were injured.";

    // Act
    const figures = figuresOf("Lowmoor", text);

    // Assess
    expect(figures).toEqual([]);
  });

  it.each([
    ["In Lowmoor, crews found two more people injured; the blast injured 14 people in all.", [14]],
    ["In Lowmoor, another 5 people were injured, bringing the total to 31.", [31]],
    ["In Lowmoor, two people are dead and another two were injured.", [2, 2]],
    ["In Lowmoor, 16 people had been confirmed dead. Another 3 were injured.", [16, 3]],
  ])("takes an added count for a change, not a figure: %s", (text, lows) => {
    // Prepare
    const title = "Lowmoor";

    // Act
    const figures = figuresOf(title, text);

    // Assess
    expect(figures.map((f) => f.low)).toEqual(lows);
  });

  it("keeps both when two sources give them, for the alerts to compare", () => {
    // Prepare
    const text =
      "The fire service said 10 people were injured in Lowmoor, while Corven said 12 people were injured.";

    // Act
    const figures = figuresOf("Lowmoor", text);

    // Assess
    expect(figures.map((f) => [f.low, f.source])).toEqual([
      [10, "fire-service"],
      [12, "corven"],
    ]);
  });
});

describe("extractStatements: scope", () => {
  it("leaves out a figure in a 'where' clause about another town and an earlier year", () => {
    // Prepare
    const text =
      "In Carrow, where a warehouse blaze in 2019 left 200 people injured, the owner was fined. Firefighters in Lowmoor said 14 people were injured.";

    // Act
    const figures = figuresOf("Lowmoor", text);

    // Assess
    expect(figures.map((f) => f.low)).toEqual([14]);
  });

  it("leaves out a figure framed by another town at the start of its sentence", () => {
    // Prepare
    const text =
      "Lowmoor was calm on Sunday. In Carrow, the roads were shut; 300 residents evacuated slept in a hall.";

    // Act
    const figures = figuresOf("Lowmoor", text);

    // Assess
    expect(figures).toEqual([]);
  });

  it("keeps a figure whose 'where' clause hangs on the topic's place", () => {
    // Prepare
    const text = "Crews worked through the night in Lowmoor, where 300 residents evacuated slept in a hall.";

    // Act
    const figures = figuresOf("Lowmoor", text);

    // Assess
    expect(figures.map((f) => f.low)).toEqual([300]);
  });
});

describe("extractStatements: quotes and the previous speaker", () => {
  it.each([
    ['Corven said on Monday evening that it had found "no evidence of a fire" at the Lowmoor depot.'],
    ['"It is not proven," Tom Reyes said of the Lowmoor reports. "Not one of these claims has been proven."'],
  ])("gives the quoted words to the actor who said them: %s", (text) => {
    // Prepare
    const input = gazette("Lowmoor", text);

    // Act
    const stances = extractStatements(input, lowmoorTopic, neverSure).filter((s) => s.kind === "stance");

    // Assess
    expect(stances.map((s) => s.kind === "stance" && [s.actor, s.stance])).toEqual([["corven", "hedges"]]);
  });

  it.each([
    "Zelensky said Russian troops executed civilians buried near Izyum. Kremlin management dismissed the report as “baseless”.",
    // A relative clause's calling is its antecedent's.
    "Zelensky said Russian troops executed civilians buried near Izyum. The Kremlin, which has called the reports lies, declined to comment.",
  ])(
    "gives what a verb of calling calls the claim to the verb's subject, not the previous speaker: %s",
    (text) => {
      // Prepare
      const topic = { ...izyumTopic, claim: "Russian troops executed civilians buried near Izyum" };

      // Act
      const stances = stancePairs(article("Izyum", text), topic);

      // Assess
      expect(stances).toEqual([
        ["ukraine", "asserts"],
        ["kremlin", "denies"],
      ]);
    },
  );
});

describe("extractStatements: the headline's framing", () => {
  it("uses the classifier's denial for a headline in the outlet's own voice when it is confident", () => {
    // Prepare
    const { classify, asked } = classifierSaying("denies", 0.9);
    const input = gazette("The Corven depot fire in Lowmoor that never was", "");

    // Act
    const stances = extractStatements(input, lowmoorTopic, classify);

    // Assess
    expect(stances.map((s) => s.kind === "stance" && [s.actor, s.stance, s.inHeadline])).toEqual([
      ["outlet", "denies", true],
    ]);
    expect(asked).toEqual(["The Corven depot fire in Lowmoor that never was"]);
  });

  it("takes no doubt from the classifier: Emergent's 'observing' also reports without taking a side", () => {
    // Prepare
    const { classify } = classifierSaying("hedges", 0.99);
    const input = gazette("Fire at the Corven depot in Lowmoor may have started in a skip", "");

    // Act
    const stances = extractStatements(input, lowmoorTopic, classify);

    // Assess
    expect(stances).toEqual([]);
  });

  it("does not ask the classifier about a headline that reports someone's stance", () => {
    // Prepare
    const { classify, asked } = classifierSaying("denies", 0.99);
    const input = gazette("Depot owner dismisses Corven fire reports as speculation", "");

    // Act
    const stances = extractStatements(input, lowmoorTopic, classify);

    // Assess
    expect(stances).toEqual([]);
    expect(asked).toEqual([]);
  });

  it("gives no framing to a headline that names only the topic's place", () => {
    // Prepare
    const { classify, asked } = classifierSaying("asserts", 0.99);
    const input = gazette("Lowmoor school founder honoured with a statue", "");

    // Act
    const stances = extractStatements(input, lowmoorTopic, classify);

    // Assess
    expect(stances).toEqual([]);
    expect(asked).toEqual([]);
  });

  it("takes no assertion from the classifier, which has no class for a headline that takes no side", () => {
    // Prepare
    const { classify, asked } = classifierSaying("asserts", 0.99);
    const input = gazette("Judge sets a date for the Corven depot fire trial", "");

    // Act
    const stances = extractStatements(input, lowmoorTopic, classify);

    // Assess
    expect(stances).toEqual([]);
    expect(asked).toEqual(["Judge sets a date for the Corven depot fire trial"]);
  });

  it("gives no framing when the classifier is below the threshold", () => {
    // Prepare
    const { classify } = classifierSaying("hedges", 0.8);
    const input = gazette("Fire at the Lowmoor depot may have started in a skip", "");

    // Act
    const stances = extractStatements(input, lowmoorTopic, classify);

    // Assess
    expect(stances).toEqual([]);
  });

  it("keeps the cue rules' framing when they fire", () => {
    // Prepare
    const { classify, asked } = classifierSaying("denies", 0.99);
    const input = gazette("Alleged safety breach at Lowmoor depot", "");

    // Act
    const stances = extractStatements(input, lowmoorTopic, classify);

    // Assess
    expect(stances.map((s) => s.kind === "stance" && [s.actor, s.stance])).toEqual([["outlet", "hedges"]]);
    expect(asked).toEqual([]);
  });

  it("gives a quoted actor's words to the actor, judged on the quotation alone", () => {
    // Prepare
    const { classify, asked } = classifierSaying("denies", 0.95);
    const input = gazette("Corven: 'Our Lowmoor site was never at risk'", "");

    // Act
    const stances = extractStatements(input, lowmoorTopic, classify);

    // Assess
    expect(stances.map((s) => s.kind === "stance" && [s.actor, s.stance])).toEqual([["corven", "denies"]]);
    expect(asked).toEqual(["Our Lowmoor site was never at risk"]);
  });

  it("gives no one's framing to a headline that attributes without quoting, or does not concern the topic", () => {
    // Prepare
    const { classify, asked } = classifierSaying("hedges", 0.99);
    const attributed = gazette("Lowmoor fire may have started in a skip, officials say", "");
    const offTopic = gazette("Council approves new cycle lanes", "");

    // Act
    const stances = [
      ...extractStatements(attributed, lowmoorTopic, classify),
      ...extractStatements(offTopic, lowmoorTopic, classify),
    ];

    // Assess
    expect(stances).toEqual([]);
    expect(asked).toEqual([]);
  });
});
