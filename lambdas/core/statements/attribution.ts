// Attribution: who says what in a sentence. "X said ...", "... , X said.", "..., said X.",
// "according to X, ...", "X told reporters ...", "X's spokesman said ...". A pronoun or a bare role
// ("he", "the spokesman") points back to the last named speaker. Speakers resolve to the topic's
// actors through their aliases; an unknown speaker stays as written.
import type { ActorConfig } from "../config";
import { keywordPattern } from "../topics/keywords";
import { findQuoteSpans, type Span } from "./quotes";

export interface Attribution {
  /** The speaker as written ("Kremlin spokesman Dmitry Peskov", "he"). */
  readonly speaker: string;
  /** The reporting verb ("said", "denied"). */
  readonly verb: string;
  readonly verbStart: number;
  readonly verbEnd: number;
  /** What the speaker said: the span of the sentence their words cover. */
  readonly content: Span;
}

const REPORTING_VERBS =
  "said|says|say|told|tells|added|adds|claimed|claims|insisted|insists|stated|states|announced|announces|reported|wrote|writes|alleged|alleges|declared|declares|explained|noted|warned|argued|maintained|suggested|acknowledged|admitted|confirmed|confirms|denied|denies|dismissed|dismisses|rejected|rejects|accused|accuses|called|calls|described|describes|questioned|questions|disputed|disputes";

/** SPEAKER VERB: the speaker is read backwards from the verb to a clause boundary. */
const VERB_AFTER_SPEAKER = new RegExp(`(?<![\\p{L}-])(${REPORTING_VERBS})\\b`, "giu");
/** ", said Kremlin spokesman Dmitry Peskov." */
const INVERTED =
  /[,"”’]\s*(said|says|added|claimed|told reporters)\s+((?:the\s+|a\s+|an\s+)?\p{Lu}[^,.;:"“”]{1,80}?)\s*(?=[.,;]|$)/giu;
const ACCORDING_TO = /\baccording\s+to\s+([^,.;:"“”]{2,80}?)\s*(?=[.,;]|$)/giu;

const SPEAKER_BOUNDARY =
  /(?:[,;:"“”(]|\b(?:and|but|that|while|which|who|as|after|when|because|although|though|where|whereas)\b)(?![\s\S]*(?:[,;:"“”(]|\b(?:and|but|that|while|which|who|as|after|when|because|although|though|where|whereas)\b))/iu;
const PASSIVE_OR_NOUN =
  /\b(?:was|were|is|are|been|be|being|the|a|an|its|their|his|her|these|those|such|of|to)\s*$/i;
const PRONOUN_OR_ROLE =
  /^(?:he|she|they|it|we|the\s+(?:spokesman|spokeswoman|spokesperson|official|officials|ministry|minister|president|prosecutor|governor|mayor|agency|army|military|government|statement|report|kremlin))$/i;

function trimSpeaker(raw: string): string | null {
  const words = raw
    .trim()
    .replace(/^(?:on\s+\p{Lu}\p{L}+day,?\s*)/iu, "")
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0 || words.length > 8) return null;
  const speaker = words.join(" ");
  return /\p{L}/u.test(speaker) ? speaker : null;
}

/** Attributions in a sentence, in text order. */
export function findAttributions(
  sentence: string,
  quotes: readonly Span[] = findQuoteSpans(sentence),
): Attribution[] {
  const found: Attribution[] = [];
  const insideQuote = (position: number) => quotes.some((q) => position > q.start && position < q.end);

  for (const match of sentence.matchAll(ACCORDING_TO)) {
    const speaker = trimSpeaker(match[1] ?? "");
    if (!speaker || insideQuote(match.index)) continue;
    const end = match.index + match[0].length;
    const content =
      match.index < sentence.length / 2
        ? { start: end, end: sentence.length }
        : { start: 0, end: match.index };
    found.push({ speaker, verb: "according to", verbStart: match.index, verbEnd: end, content });
  }

  for (const match of sentence.matchAll(INVERTED)) {
    const speaker = trimSpeaker(match[2] ?? "");
    if (!speaker || insideQuote(match.index + 1)) continue;
    const verbStart = match.index + match[0].indexOf(match[1] ?? "");
    found.push({
      speaker,
      verb: (match[1] ?? "").toLowerCase(),
      verbStart,
      verbEnd: verbStart + (match[1] ?? "").length,
      content: { start: 0, end: match.index + 1 },
    });
  }

  for (const match of sentence.matchAll(VERB_AFTER_SPEAKER)) {
    const verbStart = match.index;
    const verbEnd = verbStart + match[0].length;
    if (insideQuote(verbStart) || found.some((f) => verbStart >= f.verbStart && verbStart < f.verbEnd))
      continue;
    const before = sentence.slice(0, verbStart);
    if (PASSIVE_OR_NOUN.test(before) || /['’]s?\s*$/.test(before)) continue;
    // "claims of", "reports that were": a noun.
    if (/^\s+of\b/i.test(sentence.slice(verbEnd))) continue;
    const boundary = SPEAKER_BOUNDARY.exec(before);
    const speakerStart = boundary ? boundary.index + boundary[0].length : 0;
    const speaker = trimSpeaker(before.slice(speakerStart));
    if (!speaker) continue;
    // '"…," he said.' reports what came before; "X said that …" what comes after.
    const after = sentence
      .slice(verbEnd)
      .replace(/^\s*(?:on\s+\p{Lu}\p{L}+|in\s+a\s+statement|to\s+reporters)\b/u, "");
    const wordsAfter = (after.match(/\p{L}+/gu) ?? []).length;
    const reportsBefore = wordsAfter <= 3 && /[,"”’']\s*$/.test(before.slice(0, speakerStart));
    const content = reportsBefore
      ? { start: 0, end: speakerStart }
      : { start: verbEnd, end: sentence.length };
    found.push({ speaker, verb: match[0].toLowerCase(), verbStart, verbEnd, content });
  }
  return found.sort((a, b) => a.verbStart - b.verbStart);
}

export function isPronounOrRole(speaker: string): boolean {
  return PRONOUN_OR_ROLE.test(speaker.trim());
}

/** The topic actor a speaker refers to ("Kremlin spokesman Dmitry Peskov" → kremlin), or null. */
export function resolveActor(speaker: string, actors: readonly ActorConfig[]): ActorConfig | null {
  let best: { actor: ActorConfig; at: number } | null = null;
  for (const actor of actors) {
    const pattern = keywordPattern([actor.name, ...actor.aliases]);
    pattern.lastIndex = 0;
    const match = pattern.exec(speaker);
    if (match && (!best || match.index < best.at)) best = { actor, at: match.index };
  }
  return best?.actor ?? null;
}

/** A speaker as figures and stances record it: an actor id, or the speaker as written. */
export interface ResolvedSpeaker {
  readonly actorId: string | null;
  readonly written: string;
}

/**
 * Follows speakers through an article so that "he said" and "the spokesman added" resolve to the
 * last speaker named before them.
 */
export class SpeakerTracker {
  private last: ResolvedSpeaker | null = null;

  constructor(private readonly actors: readonly ActorConfig[]) {}

  resolve(speaker: string): ResolvedSpeaker | null {
    if (isPronounOrRole(speaker)) {
      // "the Kremlin" as a role is still the Kremlin when it is one of the actors.
      const actor = resolveActor(speaker, this.actors);
      return actor ? { actorId: actor.id, written: speaker } : this.last;
    }
    const actor = resolveActor(speaker, this.actors);
    const resolved = { actorId: actor?.id ?? null, written: speaker };
    this.last = resolved;
    return resolved;
  }

  /** The last speaker named, for a quotation that carries no attribution of its own. */
  get lastSpeaker(): ResolvedSpeaker | null {
    return this.last;
  }
}
