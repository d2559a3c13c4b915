// Scope: a figure belongs to the topic only when its context is the topic. A figure is out of
// scope when its clause places it somewhere else ("1,300 bodies in and around Bucha"), refers to
// another event ("at that time", "last year"), or when its paragraph is about another place.
import { keywordPattern, mentions } from "../topics/keywords";

export interface PlaceMention {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly isTopicPlace: boolean;
}

/** Capitalised words that follow "in"/"at" without being places. */
const NOT_PLACES =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|This|That|Total|All|English|Russian|Ukrainian|Soviet|Western|Eastern|Photo|Image|Reuters|AP|AFP)$/;

/** "in Bucha", "near Izyum", "in and around Bucha", "in the town of Bucha", "outside Kyiv". */
const PLACE_PHRASE =
  /\b(?:in|near|at|around|outside|close\s+to|north\s+of|south\s+of|east\s+of|west\s+of)\s+(?:and\s+around\s+)?(?:the\s+(?:\p{Ll}+\s+){0,2}(?:town|city|village|region|suburb|district|province|oblast|area)\s+of\s+|the\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)/gu;

export function findPlaces(text: string, topicPlaces: RegExp): PlaceMention[] {
  const places: PlaceMention[] = [];
  for (const match of text.matchAll(PLACE_PHRASE)) {
    const name = match[1] ?? "";
    const firstWord = name.split(/\s+/)[0] ?? "";
    if (NOT_PLACES.test(firstWord)) continue;
    const start = match.index + match[0].length - name.length;
    places.push({ name, start, end: start + name.length, isTopicPlace: mentions(name, topicPlaces) });
  }
  // A topic place named without a preposition ("Izyum's mass graves") still places the clause.
  topicPlaces.lastIndex = 0;
  for (const match of text.matchAll(topicPlaces)) {
    if (!places.some((place) => match.index >= place.start && match.index < place.end)) {
      places.push({
        name: match[0],
        start: match.index,
        end: match.index + match[0].length,
        isTopicPlace: true,
      });
    }
  }
  return places.sort((a, b) => a.start - b.start);
}

/** Clause boundaries: semicolons, dashes, parentheses, "that", and commas before a new clause. */
const CLAUSE_BOUNDARY =
  /[;:—–()]|(?<!\b(?:at|in|by|of|for|since|until)\s)\bthat\b|,\s+(?=(?:while|whereas|but|and|compared|unlike|as|after|before|when|where|which|than)\b)|\b(?:than|compared\s+(?:with|to)|unlike|similar\s+to)\b/giu;

/** The clause of `text` that contains `position`. */
export function clauseAround(text: string, position: number): { start: number; end: number } {
  let start = 0;
  let end = text.length;
  for (const match of text.matchAll(CLAUSE_BOUNDARY)) {
    const boundaryEnd = match.index + match[0].length;
    if (boundaryEnd <= position) start = boundaryEnd;
    else if (match.index >= position) {
      end = match.index;
      break;
    }
  }
  return { start, end };
}

/** References to another time or event: the figure is from then, not from this story. */
const OTHER_EVENT =
  /\b(?:at\s+(?:that|the)\s+time|back\s+then|years?\s+ago|last\s+year|earlier\s+(?:this|that)\s+year|previously|in\s+(?:another|other)\s+(?:town|city|village|place|region|site)s?|elsewhere|other\s+(?:towns|cities|villages|places|sites))\b/iu;

export type ScopeVerdict = "topic" | "other-place" | "other-event" | "unplaced";

/**
 * Whether a position in a sentence is about the topic's places. A topic place in the same clause
 * wins; another place in the clause, or a reference to another time, puts it out of scope;
 * otherwise the clause is "unplaced" and the paragraph's focus decides.
 */
export function judgeScope(sentence: string, position: number, topicPlaces: RegExp): ScopeVerdict {
  const clause = clauseAround(sentence, position);
  const clauseText = sentence.slice(clause.start, clause.end);
  const places = findPlaces(clauseText, topicPlaces);
  if (OTHER_EVENT.test(clauseText)) return "other-event";
  if (places.some((place) => place.isTopicPlace)) return "topic";
  if (places.length > 0) return "other-place";
  return "unplaced";
}

/** The place a paragraph is talking about so far: the last place it named, topic or not. */
export class PlaceFocus {
  private focusIsTopic = true;

  constructor(private readonly topicPlaces: RegExp) {}

  /** Starts a paragraph: with nothing named yet, the article's subject (the topic) is the focus. */
  startParagraph(): void {
    this.focusIsTopic = true;
  }

  get isOnTopic(): boolean {
    return this.focusIsTopic;
  }

  /** Call after a sentence has been judged. */
  update(sentence: string): void {
    const last = findPlaces(sentence, this.topicPlaces).at(-1);
    if (last) this.focusIsTopic = last.isTopicPlace;
  }
}

export function topicPlacesPattern(topic: {
  keywords: readonly string[];
  places?: readonly string[] | undefined;
}) {
  return keywordPattern([...topic.keywords, ...(topic.places ?? [])]);
}
