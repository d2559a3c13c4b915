// Attribution: who says what in a sentence. "X said ...", "... , X said.", "..., said X.",
// "according to X, ...", "X told reporters ...", "X's spokesman said ...", "X, a spokesperson for Y,
// said ...", "X: 'quote'". A speaker must be a noun phrase that names a person or an organisation.
// A pronoun or a bare person role ("he", "the spokesman") points back to the last named speaker; a
// definite description ("the authority", "the company") resolves to the actor it describes. Speakers
// resolve to the topic's actors through their aliases; an unknown speaker stays as written.
import type { ActorConfig } from "../config";
import { keywordPattern } from "../topics/keywords";
import { findQuoteSpans, type Span } from "./quotes";

export interface Attribution {
  /** The speaker as written ("Kremlin spokesman Dmitry Peskov", "he"). */
  readonly speaker: string;
  /** What the text says of the speaker between commas ("a spokesperson for Kestrel"), or null. */
  readonly appositive: string | null;
  /** The reporting verb ("said", "denied"). */
  readonly verb: string;
  readonly verbStart: number;
  readonly verbEnd: number;
  /** What the speaker said: the span of the sentence their words cover. */
  readonly content: Span;
  /** The words point to an earlier report: "reported", "had said", "earlier reports put". */
  readonly isPastReport: boolean;
  /**
   * "Kremlin: Izyum reports are lies": a colon with no quotation attributes only when what stands
   * before it names one of the topic's actors; "Izyum: 440 graves found" is a place, not a speaker.
   */
  readonly onlyForActor?: boolean;
}

// Base forms that are mostly nouns ("report", "call", "question", "statement") are left out, and so are
// "fined", "charged" and "sued", which a headline uses as passives ("Korrin fined over fish deaths").
const REPORTING_VERBS =
  "said|says|say|told|tells|tell|added|adds|claimed|claims|claim|insisted|insists|insist|stated|states|announced|announces|reported|reports|wrote|writes|alleged|alleges|declared|declares|explained|noted|warned|warns|argued|maintained|suggested|acknowledged|acknowledges|admitted|admits|conceded|concedes|confirmed|confirms|confirm|blamed|blames|blame|replied|replies|responded|countered|retorted|branded|brands|sees|saw|finds|find|cautioned|cautions|charges|fines|fine|sues|sue|denied|denies|deny|dismissed|dismisses|dismiss|rejected|rejects|reject|accused|accuses|accuse|called|calls|call|described|describes|describe|questioned|questions|disputed|disputes|dispute|challenged|challenges|estimated|estimates|show|shows|showed|ruled(?!\\s+out)|rules(?!\\s+out)|concluded|concludes|" +
  // "puts the number at 120", "put the death toll at 31": a figure given by its speaker.
  "(?:puts?|putting)(?=\\s+(?:the|its|their|his|her)\\s+(?:death\\s+|casualty\\s+|overall\\s+|official\\s+)?(?:figure|number|total|toll|count|tally)\\b)";

/** SPEAKER VERB: the speaker is read backwards from the verb to a clause boundary. */
const VERB_AFTER_SPEAKER = new RegExp(`(?<![\\p{L}-])(?:${REPORTING_VERBS})(?![\\p{L}])`, "giu");
/** ", said Kremlin spokesman Dmitry Peskov.", ", said police.": a name or a role after the verb. */
const INVERTED =
  /[,"”’']\s*(said|says|added|claimed|told reporters)\s+((?:the\s+|a\s+|an\s+)?\p{L}[^,.;:"“”]{1,80}?)\s*(?=[.,;]|$)/giu;
/** A report's participle after its name: "published on Friday", "seen by Reuters". */
const PUBLISHED_AFTER = /\s+(?:published|released|issued|presented|seen|obtained|made\s+public|leaked)\b.*$/i;
/** "published on Tuesday by Halvard Labs": the report's author. */
const PUBLISHED_BY = /\b(?:published|released|issued|presented|made\s+public)\b.*?\bby\s+(.+)$/i;
/** "a draft report by the Office of Rail Standards": the report's author. */
const WRITTEN_BY =
  /^(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:report|study|review|audit|analysis|investigation|inquiry|survey|assessment|findings)\s+by\s+(.+)$/iu;
const ACCORDING_TO = /\baccording\s+to\s+([^,.;:"“”]{2,80}?)\s*(?=[.,;]|$)/giu;
/** A headline's "Kremlin: 'These are lies'": the speaker, a colon, a quotation. */
const COLON_QUOTE = /^([^:"“”]{2,60}?)\s*:\s*(?=["“‘'])/u;
/** " on Essel gas claims" after a headline's speaker: the subject it speaks on. */
const SPEAKS_ON = /\s+on\s+[^:]+$/u;
/** "Kremlin: Izyum reports are lies": a short name, a colon, the words. */
const COLON_WORDS = /^((?:\S+\s+){0,3}\S+?)\s*:\s+(?=[^\s"“‘'])/u;

const BOUNDARY_WORDS = "and|but|that|while|which|who|as|after|when|because|although|though|where|whereas";
const SPEAKER_BOUNDARY = new RegExp(
  `(?:[,;:"“”(]|\\b(?:${BOUNDARY_WORDS})\\b)(?![\\s\\S]*(?:[,;:"“”(]|\\b(?:${BOUNDARY_WORDS})\\b))`,
  "iu",
);
const PASSIVE_OR_NOUN =
  /\b(?:was|were|is|are|been|be|being|remain|remains|remained|the|a|an|its|their|his|her|these|those|such|of|to)\s*$/i;

const PRONOUN = /^(?:he|she|they|it|we)$/i;
/** People who speak for an organisation without being named: they are the last speaker. */
const PERSON_ROLE = /^(?:the|a|an)\s+(?:spokes(?:man|woman|person)|official|officials|representative)$/i;

/** Words that name a speaker when they head its noun phrase (singular; plurals are accepted too). */
const ROLE_NOUNS = new Set(
  (
    "spokesman spokeswoman spokesperson spokespeople official authority police ministry minister government " +
    "agency department office council councillor board commission committee regulator inspector investigator " +
    "prosecutor coroner judge court lawyer attorney governor mayor president premier chancellor secretary " +
    "director chief head executive manager chairman chairwoman chair founder owner operator company firm group " +
    "campaigner activist expert scientist researcher analyst economist doctor nurse staff worker employee union " +
    "resident witness survivor villager local neighbour neighbor relative family parent victim officer source " +
    "military army commander soldier service team volunteer engineer coordinator leader member administration " +
    "embassy statement report ruling verdict audit media newspaper paper broadcaster outlet journalist " +
    "reporter correspondent press " +
    "people crew firefighter paramedic medic observer monitor study survey organisation organization charity " +
    "brigade institute association federation network coalition alliance party unit hospital university " +
    "utility watchdog inquiry panel parliament senate congress cabinet trust foundation society force " +
    "sheriff magistrate marshal constable deputy trooper detective sergeant captain lieutenant " +
    "superintendent commissioner warden ranger ambassador envoy administrator inspectorate directorate ombudsman " +
    "tribunal bureau vet club league museum zoo school fund bank airline insurer maker manufacturer producer " +
    "supplier contractor retailer dairy agent coach athlete player boss chairperson ceo mission delegation " +
    "centre center colleague friend classmate acquaintance"
  ).split(" "),
);
/** Data that "show" something speak for whoever owns them: "the authority's figures show". */
const DATA_NOUNS = /^(?:figures|data|statistics|records|numbers|results|tallies|estimates|tests)$/i;
const SHOW_VERB = /^show(?:s|ed)?$/i;

/** Heads that make the speaker a news outlet or a report rather than an actor. */
const MEDIA_NOUNS = new Set(
  "report media newspaper paper broadcaster outlet press tabloid article story coverage bulletin website".split(
    " ",
  ),
);
/**
 * "Many said", "Dozens told": a count of people is no one in particular; "Earlier reports put",
 * "Now officials say": a sentence adverb before a verb-like noun is no speaker either.
 */
const NOT_SPEAKER_HEADS =
  /^(?:many|most|some|several|dozens|hundreds|thousands|others|all|few|none|both|each|earlier|later|previously|then|now|today|yesterday|meanwhile|however|also|still)$/i;
const EARLIER = /\b(?:earlier|previous(?:ly)?|initial(?:ly)?|first|original(?:ly)?|prior)\b/i;

/** Time words between a speaker and the verb or after the verb ("on Friday", "in a statement"). */
const ADVERBIAL =
  "(?:on\\s+\\p{L}+day(?:\\s+(?:morning|afternoon|evening|night))?|late\\s+on\\s+\\p{L}+day|in\\s+(?:a|an|its|his|her|their)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:statement|report|interview|filing|letter|post|briefing|speech|submission|video|argument|remarks|testimony|address)|posted\\s+online|(?:to|at)\\s+(?:a|the)\\s+(?:[\\p{L}-]+\\s+)?(?:conference|briefing|hearing)|to\\s+reporters|yesterday|today|tonight|earlier|later|also|again|now|first|previously|initially|last\\s+(?:night|week|month)|this\\s+(?:morning|week)|flatly|strongly|categorically|firmly|repeatedly|vehemently|publicly|emphatically|immediately|swiftly|angrily|formally|officially|privately|separately|subsequently|outright|yet)";
/** Whom a speaker tells, right after "told": not part of a speaker's name ("European lawmakers"). */
const TOLD_AUDIENCE =
  "(?:reporters|journalists|lawmakers|parliament|(?:a|the)\\s+(?:[\\p{L}-]+\\s+)?(?:conference|briefing|hearing|committee|meeting|panel|rally|crowd|audience|radio\\s+station|broadcaster|newspaper|court|tribunal|jury|inquiry|inquest)(?![\\p{L}'’-])(?:\\s+in\\s+(?!(?:her|his|its|their|an?|the)\\b)\\p{Lu}[\\p{L}-]*)?)";
/** Adverbials right after a verb: "denied on Tuesday that", "flatly rejected", "told a news conference". */
export const LEADING_ADVERBIALS = new RegExp(`^(?:\\s*,?\\s*(?:${ADVERBIAL}|${TOLD_AUDIENCE})\\b)+`, "iu");
const TRAILING_ADVERBIALS = new RegExp(`(?:\\s+${ADVERBIAL})+$`, "iu");
/**
 * "was rejected on Tuesday by the Kestrian government", "was found by the authority's inquiry",
 * "confirmed by prisons watchdog": the agent of a denial, a doubt, a finding or a confirmation speaks.
 */
const PASSIVE_BY = new RegExp(
  `\\b(denied|rejected|dismissed|disputed|questioned|contested|found|accused|blamed|criticised|criticized|confirmed)(?:\\s*,?\\s*${ADVERBIAL})*\\s+by\\s+([^,.;:"“”]{2,60}?)\\s*(?=[,.;:]|\\s+(?:as|on|in|at|after|which|who|and|but|because|over|for|to|of)\\b|$)`,
  "giu",
);

function singular(word: string): string {
  if (/[^aeiou]ies$/i.test(word)) return word.replace(/ies$/i, "y");
  if (/[^s]s$/i.test(word)) return word.slice(0, -1);
  return word;
}

/** The last word of a phrase without its possessive ending. */
function headWord(phrase: string): string {
  const last = phrase.trim().split(/\s+/).at(-1) ?? "";
  return last.replace(/['’]s?$/, "");
}

/**
 * Whether a phrase can name a speaker: no digits, no clause words, and a head that is a pronoun,
 * a capitalised name or a role noun. "31 of whom remain" and "most of those" are not speakers.
 */
export function isSpeakerPhrase(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 8 || /\d/.test(phrase)) return false;
  if (/\b(?:whom|whose|which|who|that|if|than|not)\b/i.test(phrase)) return false;
  const head = headWord(phrase);
  if (NOT_SPEAKER_HEADS.test(head)) return false;
  if (PRONOUN.test(head) && words.length === 1) return true;
  if (/^\p{Lu}/u.test(head)) return true;
  const lower = head.toLowerCase();
  return ROLE_NOUNS.has(lower) || ROLE_NOUNS.has(singular(lower));
}

function trimSpeaker(raw: string): string | null {
  const speaker = raw
    .trim()
    .replace(/^(?:on\s+\p{L}+day,?\s*)/iu, "")
    .replace(TRAILING_ADVERBIALS, "")
    // "a former colleague who asked not to be named": the relative clause says no more of who speaks.
    .replace(/\s+who\s.*$/iu, "")
    .replace(/\s+/g, " ")
    // "The town council" at a sentence start is "the town council" elsewhere; "The Courier" stays.
    .replace(/^The(?=\s+\p{Ll})/u, "the");
  return isSpeakerPhrase(speaker) ? speaker : null;
}

interface SpeakerFound {
  readonly speaker: string;
  readonly start: number;
  readonly appositive: string | null;
}

/** An appositive or a non-restrictive clause between commas is at most this long. */
const MAX_APPOSITIVE_WORDS = 16;

/**
 * The speaker in the text before a reporting verb: the words after the last clause boundary, or,
 * when that boundary is the comma closing an appositive ("Dr Roe, director of X, said"), the
 * noun phrase before the appositive.
 */
function speakerBefore(before: string): SpeakerFound | null {
  const boundary = SPEAKER_BOUNDARY.exec(before);
  const start = boundary ? boundary.index + boundary[0].length : 0;
  const direct = before.slice(start);
  if (/\S/.test(direct)) {
    const speaker = trimSpeaker(direct);
    return speaker ? { speaker, start, appositive: null } : null;
  }
  if (boundary?.[0] !== ",") return null;
  const untilAppositive = before.slice(0, boundary.index);
  const opening = untilAppositive.lastIndexOf(",");
  if (opening < 0) return null;
  const appositive = untilAppositive.slice(opening + 1).trim();
  const appositiveWords = appositive.split(/\s+/).length;
  if (!appositive || appositiveWords > MAX_APPOSITIVE_WORDS || /["“”]/.test(appositive)) return null;
  const headText = untilAppositive.slice(0, opening);
  const headBoundary = SPEAKER_BOUNDARY.exec(headText);
  const headStart = headBoundary ? headBoundary.index + headBoundary[0].length : 0;
  const speaker = trimSpeaker(headText.slice(headStart));
  return speaker ? { speaker, start: headStart, appositive } : null;
}

/**
 * The speaker before a verb; for "show", the owner of the data that shows it ("the authority's
 * latest figures show" → the authority). Data with no owner ("figures show") are nobody's words.
 */
function showingSpeaker(verb: string, before: string): SpeakerFound | null {
  if (!SHOW_VERB.test(verb)) return speakerBefore(before);
  const boundary = SPEAKER_BOUNDARY.exec(before);
  const start = boundary ? boundary.index + boundary[0].length : 0;
  const owned = /^(\s*)(.+?)['’]s?\s+(?:\p{Ll}+\s+){0,2}(\p{L}+)\s*$/u.exec(before.slice(start));
  if (!owned?.[2] || !DATA_NOUNS.test(owned[3] ?? "")) return null;
  const speaker = trimSpeaker(owned[2]);
  return speaker ? { speaker, start: start + (owned[1]?.length ?? 0), appositive: null } : null;
}

/** Whether the verb phrase refers back to an earlier report: "reported", "had said", "first reported". */
function pastReport(verb: string, speaker: string, between: string): boolean {
  return /^reported$/i.test(verb) || /\bhad\s*$/i.test(between) || EARLIER.test(`${speaker} ${between}`);
}

/** Attributions in a sentence, in text order. */
export function findAttributions(
  sentence: string,
  quotes: readonly Span[] = findQuoteSpans(sentence),
): Attribution[] {
  const found: Attribution[] = [];
  const insideQuote = (position: number) => quotes.some((q) => position > q.start && position < q.end);

  const quotedColon = COLON_QUOTE.exec(sentence);
  const colon = quotedColon ?? COLON_WORDS.exec(sentence);
  // "Morvania on Essel gas claims: 'Lies from start to finish'": the speaker, then what it speaks on.
  const colonSpeaker = colon ? trimSpeaker((colon[1] ?? "").replace(SPEAKS_ON, "")) : null;
  if (colon && colonSpeaker) {
    const verbStart = sentence.indexOf(":", (colon[1] ?? "").length);
    found.push({
      speaker: colonSpeaker,
      appositive: null,
      verb: ":",
      verbStart,
      verbEnd: verbStart + 1,
      content: { start: colon[0].length, end: sentence.length },
      isPastReport: false,
      // "Watchdog chief: too early to judge" names a person by role, who speaks whoever they are.
      onlyForActor: !quotedColon && !ROLE_NOUNS.has(singular(headWord(colonSpeaker).toLowerCase())),
    });
  }

  for (const match of sentence.matchAll(ACCORDING_TO)) {
    // "according to the agency's final report published on Friday": the report, not when it came out;
    // "according to a report published on Tuesday by Halvard Labs": who published it.
    const named = match[1] ?? "";
    // "according to a draft report by the Office of Rail Standards seen on Wednesday": its author.
    const unpublished = named.replace(PUBLISHED_AFTER, "");
    const speaker = trimSpeaker(
      PUBLISHED_BY.exec(named)?.[1] ?? WRITTEN_BY.exec(unpublished)?.[1] ?? unpublished,
    );
    if (!speaker || insideQuote(match.index)) continue;
    const end = match.index + match[0].length;
    // "…, according to the agency's final report." ends the sentence: its words come before.
    const leading = match.index < sentence.length / 2 && !/^\W*$/.test(sentence.slice(end));
    const content = leading ? { start: end, end: sentence.length } : { start: 0, end: match.index };
    found.push({
      speaker,
      appositive: null,
      verb: "according to",
      verbStart: match.index,
      verbEnd: end,
      content,
      isPastReport: EARLIER.test(speaker),
    });
  }

  for (const match of sentence.matchAll(INVERTED)) {
    const speaker = trimSpeaker(match[2] ?? "");
    if (!speaker || insideQuote(match.index + 1)) continue;
    const verbStart = match.index + match[0].indexOf(match[1] ?? "");
    const appositive = /^,\s*([^,.;:"“”]{2,80}?)\s*(?=[.;]|$)/u.exec(
      sentence.slice(match.index + match[0].length),
    );
    found.push({
      speaker,
      appositive: appositive?.[1] ?? null,
      verb: (match[1] ?? "").toLowerCase(),
      verbStart,
      verbEnd: verbStart + (match[1] ?? "").length,
      content: { start: 0, end: match.index + 1 },
      isPastReport: false,
    });
  }

  for (const match of sentence.matchAll(PASSIVE_BY)) {
    // The agent speaks whatever its noun: "by the dairy".
    const agent = (match[2] ?? "").trim();
    const speaker = trimSpeaker(agent) ?? (/^the(?:\s+[\p{L}-]+){1,2}$/iu.test(agent) ? agent : null);
    if (!speaker || insideQuote(match.index)) continue;
    // A confirmation is often by evidence ("confirmed by the B-sample"): only a role speaks for it.
    if (/^confirmed$/i.test(match[1] ?? "") && !ROLE_NOUNS.has(singular(headWord(speaker).toLowerCase())))
      continue;
    found.push({
      speaker,
      appositive: null,
      verb: (match[1] ?? "").toLowerCase(),
      verbStart: match.index,
      verbEnd: match.index + (match[1] ?? "").length,
      content: { start: 0, end: match.index },
      isPastReport: false,
    });
  }

  for (const match of sentence.matchAll(VERB_AFTER_SPEAKER)) {
    const verbStart = match.index;
    const verbEnd = verbStart + match[0].length;
    if (insideQuote(verbStart) || found.some((f) => verbStart >= f.verbStart && verbStart < f.verbEnd))
      continue;
    const rawBefore = sentence.slice(0, verbStart);
    if (PASSIVE_OR_NOUN.test(rawBefore) || /['’]s?\s*$/.test(rawBefore)) continue;
    // "claims of", "reports that were", "the reports are lies": a noun.
    if (/^\s+of\b/i.test(sentence.slice(verbEnd))) continue;
    if (/s$/i.test(match[0]) && /^\s+(?:are|were|have\s+been)\b/i.test(sentence.slice(verbEnd))) continue;
    // "the operator had told drivers to skip stations": an order, not words reported.
    if (/^(?:tells?|told)$/i.test(match[0]) && ORDERED_TO.test(sentence.slice(verbEnd))) continue;
    // "Snapbite had added a hidden surcharge": a thing added, not words.
    if (
      /^adds?$|^added$/i.test(match[0]) &&
      /^\s+(?:a|an|the|its|their|his|her|\d|new|extra|more|another)\b/i.test(sentence.slice(verbEnd))
    )
      continue;
    // "Kestrel had said", "the Courier first reported": the auxiliary or adverb is not the speaker.
    const auxiliary = /(?:\s+(?:had|has|have|would|will|also|first|earlier|previously|initially))+\s*$/i.exec(
      rawBefore,
    );
    const before = auxiliary ? rawBefore.slice(0, auxiliary.index + 1) : rawBefore;
    const speakerFound = showingSpeaker(match[0], before);
    if (!speakerFound) continue;
    // '"…," he said.' and "…, officials said on Friday, after …" report what came before;
    // "X said that …" what comes after.
    const after = sentence.slice(verbEnd).replace(LEADING_ADVERBIALS, "");
    const wordsAfter = (after.match(/\p{L}+/gu) ?? []).length;
    // "…, the commission said on Friday after reviewing 40 complaints": what follows only tells when.
    const endsReport =
      wordsAfter <= 3 ||
      /^\s*(?:[,.;]|$)/.test(after) ||
      (/^\s*(?:after|before|following|citing|while)\b/i.test(after) && !/\bthat\b/i.test(after));
    const reportsBefore = endsReport && /[,"”’']\s*$/.test(before.slice(0, speakerFound.start));
    // "The union says …; the operator says …": a semicolon ends what the first speaker says.
    const semicolon = sentence.indexOf(";", verbEnd);
    const content = reportsBefore
      ? { start: 0, end: speakerFound.start }
      : { start: verbEnd, end: semicolon < 0 ? sentence.length : semicolon };
    found.push({
      speaker: speakerFound.speaker,
      appositive: speakerFound.appositive,
      verb: match[0].toLowerCase(),
      verbStart,
      verbEnd,
      content,
      isPastReport: pastReport(match[0], speakerFound.speaker, rawBefore.slice(before.length)),
    });
  }
  return found.sort((a, b) => a.verbStart - b.verbStart);
}

/** Whether a speaker is a news outlet or a report: a media noun, or the article's own outlet by name. */
export function isReportSpeaker(speaker: string, outlet: string): boolean {
  const head = headWord(speaker).toLowerCase();
  if (MEDIA_NOUNS.has(head) || MEDIA_NOUNS.has(singular(head))) return true;
  const outletWords = new Set(
    outlet
      .replace(/\([^)]*\)/g, " ")
      .split(/\s+/)
      .filter((word) => /^\p{Lu}/u.test(word) && !/^the$/i.test(word))
      .map((word) => word.toLowerCase()),
  );
  const names = speaker
    .split(/\s+/)
    .map((word) => word.replace(/['’]s?$/, ""))
    .filter((word) => /^\p{Lu}/u.test(word) && !/^the$/i.test(word) && !EARLIER.test(word));
  return names.length > 0 && names.every((name) => outletWords.has(name.toLowerCase()));
}

interface ActorPattern {
  readonly actor: ActorConfig;
  /** The actor's name and aliases. */
  readonly pattern: RegExp;
}

function actorPatterns(actors: readonly ActorConfig[]): ActorPattern[] {
  return actors.map((actor) => ({ actor, pattern: keywordPattern([actor.name, ...actor.aliases]) }));
}

/**
 * The adjectives of the one-word country names among the actors' aliases ("Morvania" → "Morvanian", "Rukhova"
 * → "Rukhovan"): what a country's forces or officials are called. Only names in -a, whose adjective is regular.
 */
function demonymPatterns(actors: readonly ActorConfig[]): ActorPattern[] {
  return actors.flatMap((actor) => {
    const adjectives = [actor.name, ...actor.aliases]
      .filter((name) => /^\p{Lu}\p{Ll}+a$/u.test(name.trim()))
      .map((name) => `${name.trim()}n`);
    return adjectives.length > 0 ? [{ actor, pattern: keywordPattern(adjectives) }] : [];
  });
}

/** "told drivers to skip stations", "told its staff not to": whom someone ordered, and to do what. */
const ORDERED_TO = /^\s+(?:[\p{L}'’-]+\s+){1,3}?(?:not\s+)?to\s+\p{L}/u;

/** "A crematorium in Wenlow", "another hospital": a common noun for another of its kind. */
const ANOTHER_OF_ITS_KIND_BEFORE = /\b(?:an?|another)\s+$/iu;
/** "40 miles from Mereford", "a town north of Ashgrove": a place the text measures from, not who acts. */
const DISTANCE_FROM_BEFORE =
  /\b(?:miles?|kilometres?|kilometers?|km)\s+(?:(?:north|south|east|west|away|outside|inland)\s+)?(?:from|of)\s+$/iu;

/**
 * "the Police Federation", "Police union says": a body whose name the alias opens, often of the actor's staff,
 * speaks for itself.
 */
const ANOTHER_BODY_AFTER =
  /^(?:(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+(?:Federation|Union|Association|Council|Foundation|Institute|Society|League|Commission|Committee|Trust|Party)|\s+(?:union|federation|association)s?)\b/u;

/**
 * Whether an alias found in a text names its actor: not where a lowercase alias ("crematorium") follows "a" or
 * "another", nor a place that a distance is measured from.
 */
function namesTheActor(text: string, match: RegExpExecArray): boolean {
  const before = text.slice(Math.max(0, match.index - 40), match.index);
  if (DISTANCE_FROM_BEFORE.test(before)) return false;
  // "Pilots' union" is the pilots' own.
  if (!/['’]s?$/.test(match[0]) && ANOTHER_BODY_AFTER.test(text.slice(match.index + match[0].length)))
    return false;
  return !(/^\p{Ll}/u.test(match[0]) && ANOTHER_OF_ITS_KIND_BEFORE.test(before));
}

/** The first match of an actor's global pattern that names the actor. */
function firstMatchNamingTheActor(text: string, pattern: RegExp): RegExpExecArray | null {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (namesTheActor(text, match)) return match;
  }
  return null;
}

/** The actor whose name or alias comes first in the text, the longest where two start together. */
function firstNamedActor(text: string, patterns: readonly ActorPattern[]): ActorConfig | null {
  const first = earliestNamedActor(text, patterns);
  if (!first) return null;
  // "Gortha's Border Guard": an owner gives way to the actor it owns, named right after it.
  const owner = text.slice(first.at, first.at + first.length);
  const owned = (/['’]s?$/.test(owner) ? /^\s+/ : /^['’]s?\s+/).exec(text.slice(first.at + first.length));
  if (!owned) return first.actor;
  const next = earliestNamedActor(text.slice(first.at + first.length + owned[0].length), patterns);
  return next?.at === 0 ? next.actor : first.actor;
}

/** The actor named earliest in the text; at one place the longer name wins. */
function earliestNamedActor(
  text: string,
  patterns: readonly ActorPattern[],
): { actor: ActorConfig; at: number; length: number } | null {
  let best: { actor: ActorConfig; at: number; length: number } | null = null;
  for (const { actor, pattern } of patterns) {
    const match = firstMatchNamingTheActor(text, pattern);
    if (!match) continue;
    // "Police Conduct Authority director" is the watchdog, not "police".
    const earlier = !best || match.index < best.at;
    const longerAtSamePlace = best !== null && match.index === best.at && match[0].length > best.length;
    if (earlier || longerAtSamePlace) best = { actor, at: match.index, length: match[0].length };
  }
  return best;
}

/** The topic actor a speaker refers to ("Kremlin spokesman Dmitry Peskov" → kremlin), or null. */
export function resolveActor(speaker: string, actors: readonly ActorConfig[]): ActorConfig | null {
  return firstNamedActor(speaker, actorPatterns(actors));
}

/** The actor a claim accuses: the first it names, or the country whose forces it names ("Morvanian forces"). */
export function accusedActor(claim: string, actors: readonly ActorConfig[]): ActorConfig | null {
  // "Hackers working for Rukhovan military intelligence … knocked out the Sundavian Central Bank's system": the
  // country named first by its adjective, before the victim named by its name.
  const patterns = [...actorPatterns(actors), ...demonymPatterns(actors)];
  // "Fatigue of the pilots of Larkspur Air …": a name, not a common noun that is also an alias ("Pilots").
  const named = patterns.filter(({ pattern }) =>
    /\p{Lu}/u.test(firstMatchNamingTheActor(claim, pattern)?.[0] ?? ""),
  );
  return firstNamedActor(claim, named) ?? firstNamedActor(claim, patterns);
}

/** Last words of company names, and words in aliases, that make an actor a company. */
const COMPANY_NAME =
  /\b(?:Chemicals?|Corp(?:oration)?|Co|Ltd|Limited|Inc|Group|plc|PLC|LLC|AG|GmbH|SA|NV|Holdings|Industries|Pharmaceuticals|Technologies|Motors|Airlines)\.?$/;
const COMPANY_DESCRIPTIONS = new Set(["company", "firm"]);

/** "Cancer Patients' Group", "Residents Action Group": a group of people, not a company group. */
const GROUP_OF_PEOPLE =
  /(?:['’]|\b(?:Action|Campaign|Pressure|Support|Advocacy|Working|Lobby|Rights|Residents|Parents|Patients|Victims|Families))\s+Group$/;

function isCompany(actor: ActorConfig): boolean {
  const companyName = (name: string) => COMPANY_NAME.test(name.trim()) && !GROUP_OF_PEOPLE.test(name.trim());
  return (
    companyName(actor.name) ||
    actor.aliases.some((alias) => companyName(alias) || /\b(?:company|firm)\b/i.test(alias))
  );
}

/** The head noun of a name: "Ministry of Defence" → ministry, "health authority" → authority. */
function nameHead(name: string): string {
  const beforeOf = name.split(/\s+of\s+/i)[0] ?? name;
  return singular(headWord(beforeOf).toLowerCase());
}

/** "the authority", "the company's spokesperson", "the regional authority": the described nouns. */
const DEFINITE_DESCRIPTION =
  /\b[Tt]he\s+((?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*)(?=['’]s\b|\s|$|[,.;])/gu;

const SOMEONE_AT =
  /^(?:an?|the|one)\s+(?!spokes|official|representative|press\s+officer)(?:[\p{L}-]+\s+){0,3}?(?:at|inside|within)\s+/iu;

/** "a former Fablewood employee", "an Aerovista engineer": staff do not speak for their employer. */
const STAFF_OF =
  /^(?:(?:(?:an?|one)\s+)?former\s+\S+(?:\s+\S+){0,3}|(?:an?|one)\s+(?:\S+\s+){1,2}(?:employee|worker|engineer|technician|contractor|insider|staffer)s?)$/iu;

/**
 * A description without "the", as headlines write it: "Ministry", "Valley committee", "Fund audit", and after
 * the words "…, inspectorate says". A plural ("officials say") may be anyone's.
 */
const BARE_DESCRIPTION = /^(?:\p{Lu}\p{Ll}+(?:\s+\p{Ll}[\p{L}-]*){0,2}|\p{Ll}+(?<!s))$/u;
/** What an actor writes, or who speaks for it: "Fund audit" is the fund's, "Dairy chief" the dairy's. */
const VOICE_OF =
  /^(?:audit|report|study|review|inquiry|probe|investigation|analysis|findings|tests|ruling|verdict|survey|chief|boss|head|leader|spokes(?:man|woman|person)|director|chair(?:man|woman)?)$/i;

/** A speaker as figures and stances record it: an actor id, or the speaker as written. */
export interface ResolvedSpeaker {
  readonly actorId: string | null;
  readonly written: string;
}

/**
 * Follows speakers through an article so that "he said" and "the spokesman added" resolve to the
 * last speaker named before them, and "the authority said" to the actor it describes, preferring
 * the one mentioned last.
 */
export class SpeakerTracker {
  private last: ResolvedSpeaker | null = null;
  private readonly lastMention = new Map<string, number>();
  private mentionClock = 0;
  private readonly patterns: readonly ActorPattern[];
  private readonly companies: readonly ActorConfig[];

  private readonly demonymPatterns: readonly ActorPattern[];

  constructor(private readonly actors: readonly ActorConfig[]) {
    this.patterns = actorPatterns(actors);
    this.demonymPatterns = demonymPatterns(actors);
    this.companies = actors.filter(isCompany);
  }

  /** Records which actors a sentence names, in order, for definite descriptions that follow. */
  noteMentions(text: string): void {
    const found: { id: string; at: number }[] = [];
    for (const { actor, pattern } of this.patterns) {
      for (const match of text.matchAll(pattern)) found.push({ id: actor.id, at: match.index });
    }
    for (const { id } of found.sort((a, b) => a.at - b.at)) this.lastMention.set(id, ++this.mentionClock);
  }

  /** The actor a definite description's noun describes, or null when none or several equally do. */
  private describedActor(noun: string): ActorConfig | null {
    const head = singular(noun.toLowerCase());
    const candidates = COMPANY_DESCRIPTIONS.has(head)
      ? this.companies.length === 1
        ? this.companies
        : []
      : this.actors.filter((actor) => [actor.name, ...actor.aliases].some((name) => nameHead(name) === head));
    if (candidates.length <= 1) return candidates[0] ?? null;
    const ranked = candidates
      .map((actor) => ({ actor, at: this.lastMention.get(actor.id) ?? 0 }))
      .sort((a, b) => b.at - a.at);
    const [first, second] = ranked;
    return first && first.at > (second?.at ?? 0) ? first.actor : null;
  }

  /**
   * The actor a description without "the" describes, when its other words are the actor's own: "Health
   * fund" is the National Health Fund, "Utility chief" speaks for the utility; "Neighbouring hospital" is not
   * the hospital of the story.
   */
  private describedWithoutThe(description: string): ActorConfig | null {
    const words = description.split(/\s+/);
    const head = words.at(-1) ?? "";
    const [noun, modifiers] =
      VOICE_OF.test(head) && words.length > 1
        ? [words.at(-2) ?? head, words.slice(0, -2)]
        : [head, words.slice(0, -1)];
    const actor = this.describedActor(noun) ?? (noun === head ? null : this.soleActorNamedBy(noun));
    if (!actor) return null;
    const own = new Set(
      [actor.name, ...actor.aliases].flatMap((name) => name.toLowerCase().match(/\p{L}+/gu) ?? []),
    );
    return modifiers.every((word) => own.has(word.toLowerCase())) ? actor : null;
  }

  /** "Heritage chief": the one actor whose name has the word ("National Heritage Office"), or null. */
  private soleActorNamedBy(word: string): ActorConfig | null {
    const lower = word.toLowerCase();
    const named = this.actors.filter((actor) =>
      [actor.name, ...actor.aliases].some((name) => name.toLowerCase().split(/\s+/).includes(lower)),
    );
    return named.length === 1 ? (named[0] ?? null) : null;
  }

  private describedIn(text: string): ActorConfig | null {
    for (const match of text.matchAll(DEFINITE_DESCRIPTION)) {
      const actor = this.describedActor(headWord(match[1] ?? ""));
      if (actor) return actor;
    }
    return null;
  }

  private actorFor(speaker: string, appositive: string | null): ActorConfig | null {
    // "a whistleblower at Korvex", "an engineer at the ministry": someone at an organisation does not
    // speak for it; "a spokesman for Korvex" does.
    // ... unless the topic names that role as an actor: "Former coach accuses Ortiz" with the alias "former coach".
    const role = speaker
      .trim()
      .replace(/^(?:an?|the|one)\s+/i, "")
      .toLowerCase();
    const configuredRole = this.actors.find((actor) =>
      actor.aliases.some((alias) => alias.toLowerCase() === role),
    );
    if (configuredRole) return configuredRole;
    if (SOMEONE_AT.test(speaker.trim()) || STAFF_OF.test(speaker.trim())) return null;
    // "A spokesman for Dunmore General, which shares staff with St Brigid's,": a clause about the speaker's
    // organisation names others, not whom the speaker speaks for.
    const said = appositive === null || /^which\b/i.test(appositive.trim()) ? null : appositive;
    const named =
      firstNamedActor(speaker, this.patterns) ??
      (said === null ? null : firstNamedActor(said, this.patterns));
    return (
      named ??
      this.describedIn(speaker) ??
      (said === null ? null : this.describedIn(said)) ??
      // A headline drops "the": "Ministry denies …" is "the ministry", "Valley committee accuses …" "the
      // committee", and "Fund audit finds …" the fund's audit.
      (BARE_DESCRIPTION.test(speaker.trim()) ? this.describedWithoutThe(speaker.trim()) : null)
    );
  }

  /**
   * The actors a text names by their names, aliases or, for a country, its adjective ("Brightfield Dairy's
   * plant" → brightfield, "two Morvanian army helicopters" → morvania).
   */
  actorsNamedIn(text: string): string[] {
    return [...this.patterns, ...this.demonymPatterns].flatMap(({ actor, pattern }) => {
      pattern.lastIndex = 0;
      return pattern.test(text) ? [actor.id] : [];
    });
  }

  /** The actor a sentence opens with, in its first four words: the subject of its main verb. */
  subjectActor(sentence: string): string | null {
    return this.subject(sentence)?.actorId ?? null;
  }

  private subject(sentence: string): ResolvedSpeaker | null {
    const fourthWordEnd = /^\s*(?:\S+\s+){0,3}\S+/.exec(sentence)?.[0].length ?? 0;
    let first: { speaker: ResolvedSpeaker; at: number } | null = null;
    for (const { actor, pattern } of this.patterns) {
      pattern.lastIndex = 0;
      const match = pattern.exec(sentence);
      if (match && match.index < fourthWordEnd && (!first || match.index < first.at))
        first = { speaker: { actorId: actor.id, written: match[0] }, at: match.index };
    }
    return first?.speaker ?? null;
  }

  /**
   * "Lena Osei ordered an audit. She said …": a sentence that quotes no one but opens with an actor
   * makes that actor the one a following pronoun points back to.
   */
  followSubject(sentence: string): void {
    const subject = this.subject(sentence);
    if (subject) this.last = subject;
  }

  /** The actor a phrase names or describes ("the board's interim report" → the board), not followed. */
  actorIn(phrase: string): string | null {
    return this.actorFor(phrase, null)?.id ?? null;
  }

  /** Whether the speaker names one of the topic's actors, without following it as the last speaker. */
  namesActor(speaker: string): boolean {
    return this.actorIn(speaker) !== null;
  }

  resolve(speaker: string, appositive: string | null = null): ResolvedSpeaker | null {
    const actor = this.actorFor(speaker, appositive);
    if (actor) {
      const resolved = { actorId: actor.id, written: speaker };
      this.last = resolved;
      this.lastMention.set(actor.id, ++this.mentionClock);
      return resolved;
    }
    if (PRONOUN.test(speaker.trim())) return this.last;
    // "the spokesperson" speaks for an organisation: the last speaker when that was an actor.
    if (PERSON_ROLE.test(speaker.trim())) return this.last?.actorId ? this.last : null;
    const resolved = { actorId: null, written: speaker };
    this.last = resolved;
    return resolved;
  }

  /** The last speaker named, for a quotation that carries no attribution of its own. */
  get lastSpeaker(): ResolvedSpeaker | null {
    return this.last;
  }
}
