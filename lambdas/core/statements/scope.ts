// Scope: a figure belongs to the topic only when its context is the topic. A figure is out of
// scope when its clause places it somewhere else ("1,300 bodies in and around Bucha"), refers to
// another event ("at that time", "last year", "in 2019" in a later year's story), when a place
// frames its sentence ("In Bucha, where …, 400 …") or its relative clause ("Bucha, where 400 …"),
// or when its paragraph is about another place.
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

/**
 * "in Bucha", "near Izyum", "in and around Bucha", "in the town of Bucha", "outside Kyiv", "in
 * nearby Koprina"; the preposition may open the sentence ("In Bucha, …"), the place name keeps its
 * capital.
 */
const PLACE_PHRASE =
  /\b(?:[Ii]n|[Nn]ear|[Aa]t|[Aa]round|[Oo]utside|[Cc]lose\s+to|[Nn]orth\s+of|[Ss]outh\s+of|[Ee]ast\s+of|[Ww]est\s+of)\s+(?:and\s+around\s+)?(?:the\s+(?:\p{Ll}+\s+){0,2}(?:town|city|village|region|suburb|district|province|oblast|area)\s+of\s+|the\s+)?(?:(?:nearby|neighbou?ring)\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)/gu;

/**
 * "The quake also hit Salvik, …", "floods battered Brennock on Monday": a place an event reached,
 * named as the object of its verb; a name that goes on ("hit Corven depot", "hit Corven's yard")
 * is not taken for a place.
 */
const PLACE_HIT =
  /\b(?:hit|struck|rocked|shook|devastated|battered|flooded|reached)\s+(\p{Lu}[\p{L}'’-]*[\p{L}](?:\s+\p{Lu}[\p{L}'’-]*[\p{L}])*)(?=\s*(?:[,.;:]|$)|\s+(?:on|in|at|and|before|after|early|late|overnight|last|this|with)\b)/gu;

/** Buildings and streets are venues inside whatever place the story is in, not other places. */
const VENUE =
  /\b(?:Hospital|Infirmary|Clinic|School|Academy|College|University|Hall|Church|Chapel|Cathedral|Mosque|Temple|Station|Airport|Stadium|Arena|Centre|Center|Hotel|Museum|Library|Prison|Street|Road|Lane|Avenue|Square|Bridge|Park|Market|Building|Tower|House)$/u;

export function findPlaces(text: string, topicPlaces: RegExp): PlaceMention[] {
  const places: PlaceMention[] = [];
  for (const match of [...text.matchAll(PLACE_PHRASE), ...text.matchAll(PLACE_HIT)]) {
    const name = match[1] ?? "";
    const firstWord = name.split(/\s+/)[0] ?? "";
    if (NOT_PLACES.test(firstWord)) continue;
    if (VENUE.test(name) && !mentions(name, topicPlaces)) continue;
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

/**
 * Clause boundaries: semicolons, dashes, parentheses, "that", commas before a new clause, and
 * comparisons ("more than in Bucha"), but not a qualifier's "than" ("more than a dozen").
 */
const CLAUSE_BOUNDARY =
  /[;:—–()]|(?<!\b(?:at|in|by|of|for|since|until)\s)\bthat\b|,\s+(?=(?:while|whereas|but|and|compared|unlike|as|after|before|when|where|which|than)\b)|\bthan\b(?!\s+(?:an?\s+)?(?:\d|(?:dozens?|scores|hundreds?|thousands?|half|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b))|\b(?:compared\s+(?:with|to)|unlike|similar\s+to)\b/giu;

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

/** Nouns for one event of the kind news counts victims of. */
const EVENT_NOUN =
  "(?:shooting|attack|incident|stabbing|bombing|blast|explosion|crash|accident|strike|raid|fire|massacre|rampage|ambush)";

/** References to another time or event: the figure is from then, not from this story. */
const OTHER_EVENT = new RegExp(
  `\\b(?:${[
    "at\\s+(?:that|the)\\s+time|back\\s+then|years?\\s+ago|last\\s+year|earlier\\s+(?:this|that)\\s+year|previously",
    "in\\s+(?:another|other)\\s+(?:town|city|village|place|region|site)s?|elsewhere|other\\s+(?:towns|cities|villages|places|sites)",
    // "another shooting", "a previous attack", "the past few years"
    `(?:another|(?:an?|the)\\s+(?:previous|prior|separate|earlier))\\s+(?:[\\p{L}-]+\\s+){0,2}?${EVENT_NOUN}`,
    "(?:last|past)\\s+(?:few|several|two|three|four|five|\\d+)\\s+(?:months|years)",
  ].join("|")})\\b`,
  "iu",
);

/**
 * The story's event following another: "the shooting came six weeks after a massacre in Orlando,
 * | where a gunman killed 49", "this latest shooting comes a month after | Lanza killed 20". Only
 * what follows is that other event, and only an event noun before "comes" makes the cue: in "the
 * arrest came two days after the shooting that killed 5" and "four weeks after a massacre in which
 * six were killed, police have a suspect" the event is the story's own, told again in a follow-up.
 */
const EARLIER_EVENT_AHEAD = new RegExp(
  `\\b${EVENT_NOUN}s?\\s+(?:comes?|came)\\s+(?:(?:[\\p{L}\\d-]+\\s+){0,4}?(?:hours?|days?|weeks?|months?|years?)\\s+)?after\\b`,
  "iu",
);

/**
 * A count over several events or a year: "in separate shootings", "in 17 shootings across the
 * city", "a string of attacks", "17 scenes", "a violent weekend", "so far this year", "this year
 * through July 20". Such a total is
 * no count of one event, whatever place it names. A shorter stretch ("over the past week", "since
 * June 21") is not ruled out: it is also how a story's own tally grows ("since Friday, 440 bodies
 * were exhumed").
 */
const SEVERAL_EVENTS = new RegExp(
  `\\b(?:${[
    `(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|dozens\\s+of|several|multiple|separate|unrelated|numerous|various|a\\s+(?:pair|series|string|spate|wave|rash|number)\\s+of)\\s+(?:[\\p{L}-]+\\s+){0,3}?${EVENT_NOUN}s`,
    `${EVENT_NOUN}s\\s+(?:across|around|throughout)`,
    // "7 dead, 14 hurt at 17 scenes", "a violent weekend", "shootings from midday Saturday to Sunday"
    "(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|separate)\\s+(?:(?:separate|different|crime)\\s+)*scenes",
    "(?:violent|bloody)\\s+weekend",
    `${EVENT_NOUN}s\\s+from\\s+[^,;.]{1,40}?\\s+(?:to|through|until)`,
    "so\\s+far\\s+(?:this\\s+year|in\\s+\\d{4})|this\\s+year\\s+(?:so\\s+far|through|until|up\\s+to)|already\\s+(?:this\\s+year|in\\s+\\d{4})|year\\s+to\\s+date",
    "since\\s+the\\s+(?:start|beginning)\\s+of\\s+(?:the|this)\\s+year",
  ].join("|")})\\b`,
  "iu",
);

/**
 * A first count since corrected: "Originally, reports said that eight were injured", "the admiral
 * earlier had said that 14 were injured", "Earlier, the attorney general said 13 had been killed".
 */
const SUPERSEDED =
  /\b(?:originally|initially|at\s+first|earlier\s+(?:had\s+)?(?:said|reported|announced|put)|had\s+earlier\s+(?:said|reported|announced|put))\b|^\W*earlier\s*,/i;

/** "…, but later revised the figure to 12": the count after it is the current one. */
const CORRECTION =
  /\b(?:but|however)\b[^.;]*?\b(?:later|now|since|then|subsequently)\b|\b(?:later|subsequently)\s+(?:revised|corrected|lowered|raised|updated|put)\b/i;

/**
 * Whether the figure at `position` is no count of one event as its sentence stands: totals over
 * several events or a period, or a first count since superseded ("Officials initially said 20",
 * but not the 12 of "…, but later revised the figure to 12"). Figures only: "the Kremlin initially
 * denied it" still states a stance.
 */
export function countsOtherThanOneEvent(sentence: string, position: number): boolean {
  if (SEVERAL_EVENTS.test(sentence)) return true;
  const superseded = SUPERSEDED.exec(sentence);
  if (!superseded) return false;
  const correction = CORRECTION.exec(sentence.slice(superseded.index));
  return !correction || position < superseded.index + correction.index;
}

/** "in 2019", "during March 2019", "in early 2019": a year the event happened in. */
const YEAR_OF_EVENT =
  /\b(?:[Ii]n|[Dd]uring|[Tt]hroughout)\s+(?:(?:early|late|mid)[\s-]+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:of\s+)?)?((?:1[89]|20)\d\d)\b(?!\s*(?:-|–|to)\s*\d)/gu;

/** "a 2015 attack", "2015's floods": an event named by its year. */
const YEAR_NAMING_EVENT = new RegExp(
  `\\b(?:an?\\s+((?:1[89]|20)\\d\\d)\\s+(?:[\\p{L}-]+\\s+){0,2}?${EVENT_NOUN}|((?:1[89]|20)\\d\\d)['’]s\\s)`,
  "giu",
);

/** Whether the text places something in a year before the article's: another, earlier event. */
function namesEarlierYear(text: string, articleYear: number | null): boolean {
  if (articleYear === null) return false;
  for (const match of [...text.matchAll(YEAR_OF_EVENT), ...text.matchAll(YEAR_NAMING_EVENT)]) {
    if (Number(match[1] ?? match[2]) < articleYear) return true;
  }
  return false;
}

/** "the worst since 2007, | when …", "In 2007, | when …": a year that a "when" clause tells of. */
const YEAR_BEFORE_WHEN = /\b((?:1[89]|20)\d\d)\s*,?\s*$/u;

export type ScopeVerdict = "topic" | "other-place" | "other-event" | "unplaced";

/** The verdict of a stretch of text on its own: its places and its time. */
function judgeText(text: string, topicPlaces: RegExp, articleYear: number | null): ScopeVerdict {
  if (OTHER_EVENT.test(text) || namesEarlierYear(text, articleYear)) return "other-event";
  const places = findPlaces(text, topicPlaces);
  if (places.some((place) => place.isTopicPlace)) return "topic";
  if (places.length > 0) return "other-place";
  return "unplaced";
}

/** "In Bucha, …", "In 2019, …", "Near Kharkiv on Monday, …": a frame for the whole sentence. */
const SENTENCE_FRAME = /^(?:In|At|Near|Outside|Across|During)\s+[^,;:]{2,60},/u;

/**
 * Whether a position in a sentence is about the topic's places. A topic place in the same clause
 * wins; another place in the clause, or a reference to another time, puts it out of scope. A
 * clause that names neither takes the verdict of the place its "where"/"when" clause hangs on,
 * then of the frame that opens the sentence; otherwise it is "unplaced" and the paragraph's focus
 * decides. `articleYear` dates the story, so that "in 2019" in a 2025 story is another event.
 */
export function judgeScope(
  sentence: string,
  position: number,
  topicPlaces: RegExp,
  articleYear: number | null = null,
): ScopeVerdict {
  const clause = clauseAround(sentence, position);
  if (EARLIER_EVENT_AHEAD.test(sentence.slice(clause.start, position))) return "other-event";
  const clauseText = sentence.slice(clause.start, clause.end);
  const yearBefore = YEAR_BEFORE_WHEN.exec(sentence.slice(0, clause.start))?.[1];
  if (/^\s*when\b/i.test(clauseText) && articleYear !== null && Number(yearBefore) < articleYear) {
    return "other-event";
  }
  const own = judgeText(clauseText, topicPlaces, articleYear);
  if (own !== "unplaced") return own;
  if (/^\s*(?:where|when)\b/i.test(clauseText)) {
    const antecedent = findPlaces(sentence.slice(0, clause.start), topicPlaces).at(-1);
    if (antecedent && /^[\s,]*$/.test(sentence.slice(antecedent.end, clause.start))) {
      return antecedent.isTopicPlace ? "topic" : "other-place";
    }
  }
  // "last year's massacre in Orlando, | that killed 49", "six weeks after a massacre in Orlando, |
  // where a gunman killed 49": a relative clause tells of the event before it, so it is another
  // event when that clause is. Only time carries over: "said that" opens reported speech, whose
  // place is its own.
  const before = sentence.slice(0, clause.start);
  if (/\bthat\s*$/i.test(before) || /^\s*(?:where|which|when)\b/i.test(clauseText)) {
    const previousEnd = before.replace(/[\s,]*(?:\bthat)?\s*$/i, "").length;
    const previous = clauseAround(sentence, Math.max(0, previousEnd - 1));
    const event = sentence.slice(previous.start, previous.end);
    if (OTHER_EVENT.test(event) || EARLIER_EVENT_AHEAD.test(event) || namesEarlierYear(event, articleYear)) {
      return "other-event";
    }
  }
  const frame = SENTENCE_FRAME.exec(sentence);
  if (frame && clause.start >= frame[0].length - 1) return judgeText(frame[0], topicPlaces, articleYear);
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
