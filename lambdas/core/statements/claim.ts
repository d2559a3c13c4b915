// What a topic's claim ("Corvo Star dumped oily waste in Sorrel Bay") tells the stance rules: its
// verbs, so that a clause stating the claim is recognised without a stance word; its other words, which
// name the story as keywords do; and whether it is itself a charge of fakery, which turns the cues
// over. compromise tags the claim's words: it tells "dumped" the verb from "banned" the adjective and
// from the nouns a claim shares with its keywords ("leak", "sinking"), which a suffix rule could not.

import nlp from "compromise";
import type { TopicConfig } from "../config";
import { DENIAL_VERB, denialCue, type StanceCue, SUSPECT_ROLE } from "./stance-cues";

// Verbs of speech and blame report someone's claim; the cue rules read them.
const REPORTING_STEM = /^(?:blam|accus|alleg|claim|report|link|said|say|told)/;

interface TaggedTerm {
  readonly text: string;
  readonly tags: readonly string[];
}

const isMainVerb = (term: TaggedTerm): boolean =>
  term.tags.includes("Verb") &&
  !term.tags.some((tag) => tag === "Auxiliary" || tag === "Copula" || tag === "Gerund");

/**
 * A pattern for the past forms of the claim's past-tense verbs: "dumped" in the claim matches
 * "dumped"; "hid" matches "hid" and "hidden"; "was rigged" matches "rigged". Present and -ing forms
 * are left out: "the Ardley leak" and "the sinking" name the story without stating its cause.
 * Never matches when the claim has no such verb ("Izyum mass graves").
 */
export function claimVerbPattern(claim: string): RegExp {
  const forms = claimVerbForms(claim);
  if (forms.length === 0) return /(?!)/g;
  return new RegExp(`(?<![\\p{L}-])(?:${forms.join("|")})(?![\\p{L}-])`, "giu");
}

function claimVerbForms(claim: string): readonly string[] {
  // Tagging a claim costs milliseconds and every article of a topic asks again.
  let forms = formsByClaim.get(claim);
  if (!forms) {
    forms = pastFormsOf(claim);
    if (formsByClaim.size >= MAX_CACHED_CLAIMS) formsByClaim.clear();
    formsByClaim.set(claim, forms);
  }
  return forms;
}

const MAX_CACHED_CLAIMS = 256;
const formsByClaim = new Map<string, readonly string[]>();

// Verbs too common to tell a clause that states the claim: "had been left broken", "made them ill".
const LIGHT_VERBS = new Set(
  "left made took got gave went came put kept held let brought had did set".split(" "),
);
// Verbs whose past is their base form, which the tagger reads as present: "Okonde cut the course".
const UNCHANGED_PAST = new Set(
  "cut hit shut spread burst cast hurt quit split upset shed slit thrust".split(" "),
);
// Words that open a new clause, which may have a main verb of its own.
const CLAUSE_OPENER =
  /^(?:and|but|or|because|as|since|after|before|when|while|that|which|who|whom|whose|where|so)$/;

function pastFormsOf(claim: string): string[] {
  const forms = new Set<string>();
  let previous: TaggedTerm | undefined;
  // Whether the clause so far has a verb in the past: "spied" before "on exiled dissidents".
  let clauseHasPastVerb = false;
  for (const { terms } of nlp(claim).terms().json() as { terms: TaggedTerm[] }[]) {
    const term = terms[0];
    if (!term) continue;
    const afterVerb = previous !== undefined && isMainVerb(previous);
    const afterSubject = previous?.tags.includes("Noun") ?? false;
    const afterAuxiliary = previous?.tags.includes("Auxiliary") ?? false;
    const inSameClause = clauseHasPastVerb;
    previous = term;
    if (CLAUSE_OPENER.test(term.text.toLowerCase()) || /[,;]$/.test(term.text)) clauseHasPastVerb = false;
    // Capitalised words are names compromise may take for verbs ("Redgate").
    if (!isMainVerb(term) || !/^[a-z]+$/.test(term.text)) continue;
    const past =
      term.tags.some((tag) => tag === "PastTense" || tag === "Participle") ||
      (UNCHANGED_PAST.has(term.text) && afterSubject && !inSameClause);
    if (past) clauseHasPastVerb = true;
    if (REPORTING_STEM.test(term.text) || LIGHT_VERBS.has(term.text)) continue;
    const notVerb = term.tags.some((tag) => tag === "Auxiliary" || tag === "Copula" || tag === "Adjective");
    // "contain banned chemicals", "spied on exiled dissidents": a participle after its clause's verb
    // describes a noun.
    if (!past || notVerb || afterVerb || (inSameClause && !afterAuxiliary)) continue;
    forms.add(term.text);
    const infinitive = nlp(term.text).verbs().toInfinitive().text();
    const conjugated = (nlp(infinitive).verbs().conjugate()[0] ?? {}) as Record<string, string | undefined>;
    for (const form of [conjugated.PastTense, conjugated.Participle])
      if (form && /^[a-z]+$/.test(form)) forms.add(form);
  }
  return [...forms];
}

/**
 * Whether the claim's doer is someone unnamed ("A gunman shot and killed 2 people in Ardmore"): then who did it
 * is no part of the claim, and the law's caution over it ("Benitez allegedly shot Jose") doubts nothing of it.
 */
export function claimHasUnnamedDoer(claim: string): boolean {
  const [article = "", ...words] = claim.split(/\s+/).slice(0, 4);
  return (
    /^(?:an?|some|unknown|two|three|several)$/i.test(article) && words.some((word) => SUSPECT_ROLE.test(word))
  );
}

/** Words that call something fake, forged or staged. */
const FAKERY =
  /\b(?:fakes?|faked|forg(?:ery|eries|ed|er|ers)|counterfeit|hoax(?:es)?|staged|fabricat(?:ed|ion)|falsif(?:ied|ying|ication)|doctored|sham|fictitious|bogus|phantom)\b/iu;
/** Whether the claim is itself that something is fake ("The Salt Harvest is a forgery"). */
export function claimCallsFake(claim: string): boolean {
  return FAKERY.test(claim);
}

/** The story's own noun denied ("It is not a Vantongeren"), which affirms a claim of fakery. */
const NEGATED_STORY = /^(?:there\s+\p{L}+(?:\s+been)?\s+no|(?:is|was|are|were)\s+not\s+an?)\b/iu;
/** Words that say something is not genuine or never existed: they assert a claim of fakery. */
const NOT_GENUINE =
  /\b(?:(?:not|never)\s+(?:\p{L}+\s+)?(?:genuine|authentic|real)|(?:did\s+not|didn['’]t|does\s+not|doesn['’]t|do\s+not|don['’]t|never)\s+exist(?:ed)?|non-?existent)\b/giu;
/** Words that call something genuine: they deny a claim of fakery. */
const GENUINE =
  /(?<!\b(?:not|never|anything\s+other\s+than|other\s+than)\s+(?:\p{L}+\s+)?)\b(?:genuine|authentic|(?<=\b(?:is|are|was|were)\s+(?:all\s+|entirely\s+)?)real)\b/giu;

/** "whether the footage was", "if it is": what follows is asked, not said. */
const ASKED_BEFORE = /\b(?:whether|if)\s+[^,.;:!?]*$/iu;

/**
 * "The Salt Harvest is a forgery": where the claim is that something is fake, the cue rules' reading
 * turns over. Calling it fake asserts the claim; "not fake", "rejected claims it was staged" and
 * calling it genuine deny it; denying the story outright still denies.
 */
export function withClaimOfFakery(sentence: string, cues: readonly StanceCue[]): StanceCue[] {
  const turned = cues.map((cue) => {
    // After the cue rules, an asserting denial verb is one that denied a word of fakery.
    const aboutFakery =
      FAKERY.test(cue.cue) ||
      NEGATED_STORY.test(cue.cue) ||
      (cue.stance === "asserts" && DENIAL_VERB.test(cue.cue));
    // "There was no sham bidding": the fakery itself negated, which still denies.
    const fakeryNegated =
      /^(?:no|not|never|there\s+\p{L}+(?:\s+been)?\s+no)\b/iu.test(cue.cue) && FAKERY.test(cue.cue);
    if (!aboutFakery || fakeryNegated || cue.stance === "hedges") return cue;
    return { ...cue, stance: cue.stance === "denies" ? ("asserts" as const) : ("denies" as const) };
  });
  // "customers that did not exist", "were not genuine businesses": the fakery told, which asserts it.
  const notGenuine = [...sentence.matchAll(NOT_GENUINE)]
    .filter(
      (match) => !turned.some((cue) => match.index < cue.end && match.index + match[0].length > cue.start),
    )
    .map((match) => ({
      ...denialCue(sentence, match.index, match.index + match[0].length, true),
      stance: "asserts" as const,
    }));
  const genuine = [...sentence.matchAll(GENUINE)]
    .filter(
      (match) =>
        !turned.some((cue) => match.index < cue.end && match.index + match[0].length > cue.start) &&
        // "too early to say whether the sequence was genuine": a question, not a word for it.
        !ASKED_BEFORE.test(sentence.slice(Math.max(0, match.index - 80), match.index)),
    )
    .map((match) => denialCue(sentence, match.index, match.index + match[0].length, true));
  return [...turned, ...genuine, ...notGenuine].sort((a, b) => a.start - b.start);
}

/** Words too common to tell one claim from another, and words of reporting ("its reported revenue"). */
const COMMON_WORDS = new Set(
  "about after against before from into over than that their there these they this those under with without what when where which while would could should have been were cause caused causes causing reported said says claimed alleged allegedly".split(
    " ",
  ),
);

/**
 * The claim's own words, inflected any way ("Velmora's fungicide spraying sickened pupils" → spray…,
 * fungicid…, sicken…, pupil…), besides its names and places: "rejected claims its spraying made children ill" is
 * about the claim though no keyword says so.
 */
export function claimWordPattern(topic: TopicConfig): RegExp {
  return stemPattern(claimWords(topic).filter((word) => word.length >= 5));
}

/**
 * The claim's words that say what the story is about, so that a paragraph naming one concerns the topic
 * as a keyword's would ("claims the exam algorithm was biased"): six letters or more, not an adverb
 * ("deliberately") and not the claim's verb ("deleted"), which other stories share.
 */
export function claimSubjectPattern(topic: TopicConfig): RegExp {
  const verbs = new Set(claimVerbForms(topic.claim ?? topic.name));
  return stemPattern(
    claimWords(topic).filter((word) => word.length >= 6 && !word.endsWith("ly") && !verbs.has(word)),
  );
}

/**
 * One pattern per distinct word of the claim (besides names, places and common words), so that the share of
 * the claim a clause repeats can be counted: "broken cooling led to five care home deaths" repeats four of
 * "Residents of Hollin Court care home died … because its cooling system had been left broken".
 */
export function claimWordPatterns(topic: TopicConfig): RegExp[] {
  return [...new Set(claimWords(topic).filter((word) => word.length >= 4))].map((word) =>
    stemPattern([word]),
  );
}

/** The claim's lowercase words, besides common words and its names and places. */
function claimWords(topic: TopicConfig): string[] {
  const names = [...(topic.places ?? []), ...topic.actors.flatMap((actor) => [actor.name, ...actor.aliases])];
  // Only the capitalised words of names: "election" in the alias "election watchdog" is still the claim's
  // word in "Pryor's election campaign was funded by …".
  const nameWords = new Set(
    (names.join(" ").match(/\p{Lu}\p{L}*/gu) ?? []).map((word) => word.toLowerCase()),
  );
  // Capitalised words after the first are names ("near Izyum"), which say nothing of the claim.
  return ((topic.claim ?? topic.name).match(/\p{L}+/gu) ?? [])
    .filter((word, i) => i === 0 || !/^\p{Lu}/u.test(word))
    .map((word) => word.toLowerCase())
    .filter((word) => !COMMON_WORDS.has(word) && !nameWords.has(word));
}

/** Matches any inflection of the words: "spraying" for "spray", "pupils" for "pupil". */
function stemPattern(words: readonly string[]): RegExp {
  const stems = words.map((word) => word.replace(/(?:ing|ed|es|s|e)$/, ""));
  if (stems.length === 0) return /(?!)/g;
  return new RegExp(`(?<!\\p{L})(?:${stems.join("|")})\\p{L}*`, "giu");
}
