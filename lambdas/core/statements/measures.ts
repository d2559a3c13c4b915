// Measure mapping: a quantity is a figure of a measure when the noun it counts is one of the
// measure's terms ("450 exhumed bodies", "440 burial sites", "dozens of corpses"), when a
// several-word term goes on after that noun ("800 residents evacuated", "300 people have been
// evacuated"), when it counts people inside a term that names people ("the bodies of 450
// people"), when it is the level a term's count reached ("the number of evacuees rose to 900"), or
// when a one-word term is what happened to the counted ("five people were injured", "1 killed",
// "killing two people"). A count of part of a group ("a father and two children dead", "two of
// his grandparents"; group-parts.ts) is not the measure's count, nor is one count of two outcomes
// ("five adults wounded or killed").
import type { MeasureConfig } from "../config";
import {
  countsPartOfGroup,
  countsPartOfOutcome,
  PERSON_NOUN_WORDS,
  PERSON_NOUNS,
  PERSON_WORD,
  SMALL_NUMBER,
  type TermsByMeasure,
} from "./group-parts";
import type { DetailedQuantity } from "./quantities";

export interface MeasureMatch {
  readonly measure: string;
  /** The term as written in the sentence. */
  readonly term: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function singular(word: string): string {
  if (/[^aeiou]ies$/i.test(word)) return word.replace(/ies$/i, "y");
  if (/(?:ses|xes|ches|shes)$/i.test(word)) return word.replace(/es$/i, "");
  if (/[^s]s$/i.test(word)) return word.slice(0, -1);
  return word;
}

function plural(word: string): string {
  if (/[^aeiou]y$/i.test(word)) return word.replace(/y$/i, "ies");
  if (/(?:s|x|ch|sh)$/i.test(word)) return `${word}es`;
  return `${word}s`;
}

/** A term with its last word in singular or plural, as a pattern: "bodies" ~ "body", "burial site" ~ "burial sites". */
function termPattern(term: string): string {
  const words = term.trim().split(/\s+/);
  const last = words.pop() ?? "";
  const one = singular(last);
  const forms = [...new Set([last, one, plural(one)])].map(escapeRegExp);
  return [...words.map(escapeRegExp), `(?:${forms.join("|")})`].join("\\s+");
}

/** Words that may stand between a term's noun and its participle: "300 people have been evacuated". */
const AUXILIARY =
  "(?:(?:have|has|had)\\s+(?:now\\s+)?been|(?:were|was|are|is)(?:\\s+(?:now|still|being))?|remain(?:s|ed)?|been|being)";

/**
 * "25 people, including four children, | were hurt": an aside between the count and its verb, which
 * is plural ("Teen who shot 4, including 2 agents, is killed" tells of the teen).
 */
const ASIDE =
  "(?:\\s*,\\s*(?:including|among\\s+them)\\b[^,;:.]{1,60},(?=\\s+(?:were|are|have|had|remain)\\b))?";
/** "16 people had been | confirmed dead", "20 people are | believed to be trapped". */
const REPORTED =
  "(?:(?:confirmed|declared|feared|reported|presumed|(?:believed|thought|said|known)\\s+to\\s+(?:be|have\\s+been))\\s+)?";

/** Up to two words before the counted noun ("local", "elderly"), none of them a function word or a verb. */
const MODIFIERS =
  "(?:(?!(?:the|a|an|and|or|of|who|which|that|were|was|are|is|have|has|had|not)\\b)[\\p{L}'’-]+(?<!ed)\\s+){0,2}?";

/** Nouns that become the subject of a count: "the number of evacuees", "the total of dead". */
const COUNT_NOUNS = "(?:number|total|count|tally|toll|figure)";
/** "the death toll", "the casualty count": a term's count named by the term before it. */
const TOLL_NOUNS = "(?:toll|tally|count|total)";
/** "put the death toll at 31", "bringing the death toll to three", "revised the figure to 12". */
const RAISING_VERBS =
  "(?:puts?|putting|brought|brings?|bringing|took|takes?|taking|raised|raises?|raising|pushed|pushes|pushing|revised|revises?|revising|lowered|lowers?|lowering|corrected|corrects?|updated|updates?)";
/** How a count reaches the level that follows: "has risen to", "stood at", "reached", "is". */
const LEVEL_VERBS =
  "(?:(?:has|have|had)\\s+(?:now\\s+)?)?(?:been\\s+)?(?:(?:risen|rose|rises|climbed|climbs|jumped|grown|grew|increased|fallen|fell|dropped|revised(?:\\s+(?:up|down)(?:wards?)?)?|stood|stands|reached|reaches|hit|hits|is|was|put|puts|estimated)(?:\\s+(?:to|at|past))?|to|at)";
/** A qualifier between the verb and the number, read again by the quantity stage. */
const QUALIFIER_WORDS =
  "(?:(?:about|around|nearly|almost|some|roughly|approximately|over|under|below|above|between|more\\s+than|fewer\\s+than|less\\s+than|at\\s+least|up\\s+to|as\\s+many\\s+as)\\s+)?";

/** Terms that themselves denote people, living or dead; "graves of 450 people" is not 450 graves. */
const PERSON_TERMS =
  /^(?:bod(?:y|ies)|corpses?|victims?|dead|deaths?|casualt(?:y|ies)|people|remains|killed)$/i;

/** One term's patterns, built once per topic and reused for every quantity of every article. */
interface TermMatcher {
  readonly measure: string;
  /** The term as the topic configures it. */
  readonly term: string;
  /** "450 exhumed bodies": the term ends the counted noun phrase. */
  readonly tail: RegExp;
  /** "74 injured people", "12 wounded soldiers": an outcome term before the people counted. */
  readonly outcomeBeforePeople: RegExp | null;
  /** "800 residents evacuated", "60 local people hospitalised overnight": from the counted noun on. */
  readonly continued: readonly RegExp[];
  /** "the number of evacuees has risen to | 900". */
  readonly counted: RegExp;
  /** "the death toll rose to | 52", "put the death toll at | 31": the term's singular before "toll". */
  readonly toll: RegExp;
  /** "the bodies of | 450 people", for terms that denote people. */
  readonly owner: RegExp | null;
  /** "five people | were injured", "1 | killed", "three people | were shot and killed": one-word terms. */
  readonly befell: RegExp | null;
  /** "killing | two people", "wounded | 14 others": one-word terms that are past participles. */
  readonly acted: RegExp | null;
}

/** "killed" → "killing", "injured" → "injuring": the present participle of a verb's past one. */
function presentParticiple(pastParticiple: string): string | null {
  const irregular = IRREGULAR_PARTICIPLES[pastParticiple.toLowerCase()];
  if (irregular) return irregular;
  const stem = /^(\p{L}{3,}?)e?d$/iu.exec(pastParticiple)?.[1];
  return stem ? `${stem}ing` : null;
}

/** Past participles of harm that do not end in -ed: "hurting 15 people". */
const IRREGULAR_PARTICIPLES: Readonly<Record<string, string>> = {
  hurt: "hurting",
  shot: "shooting",
  slain: "slaying",
  struck: "striking",
};

function termMatcher(measure: string, term: string): TermMatcher {
  const pattern = termPattern(term);
  const words = term.trim().split(/\s+/);
  return {
    measure,
    term,
    tail: new RegExp(`(?<![\\p{L}])(${pattern})$`, "diu"),
    outcomeBeforePeople: OUTCOME_WORD.test(term.trim())
      ? new RegExp(`(?<![\\p{L}])(${pattern})\\s+(?:[\\p{L}-]+\\s+)?${PERSON_NOUN_WORDS}$`, "diu")
      : null,
    // One pattern per place the auxiliary may go: "people | in hospital", "burial sites | dug".
    continued: words.slice(1).map((_, index) => {
      const head = termPattern(words.slice(0, index + 1).join(" "));
      const rest = termPattern(words.slice(index + 1).join(" "));
      return new RegExp(
        `^(?:of\\s+(?:the\\s+)?)?${MODIFIERS}(${head})\\s+(?:${AUXILIARY}\\s+)?(${rest})(?![\\p{L}])`,
        "iu",
      );
    }),
    counted: new RegExp(
      `\\b${COUNT_NOUNS}\\s+of\\s+(?:the\\s+)?(${pattern})(?![\\p{L}])(?:\\s+[\\p{L}'’-]+){0,8}?\\s+${LEVEL_VERBS}\\s+${QUALIFIER_WORDS}$`,
      "diu",
    ),
    toll: new RegExp(
      `(?<![\\p{L}])(${pattern})\\s+${TOLL_NOUNS}(?:\\s+[\\p{L}'’-]+){0,8}?\\s+${LEVEL_VERBS}\\s+${QUALIFIER_WORDS}$|\\b${RAISING_VERBS}\\s+(?:the|its|their)\\s+(${pattern})\\s+${TOLL_NOUNS}\\s+(?:at|to)\\s+${QUALIFIER_WORDS}$`,
      "diu",
    ),
    owner: PERSON_TERMS.test(term)
      ? new RegExp(`(?<![\\p{L}])(${pattern})\\s+of\\s+(?:the\\s+|some\\s+)?$`, "diu")
      : null,
    befell:
      words.length === 1
        ? new RegExp(
            `^${ASIDE}\\s+(?:who\\s+)?(?:(?:${AUXILIARY}|have|has|had)\\s+)?${REPORTED}(?:(?:\\p{L}+ly|\\p{L}+(?:ed|t)\\s+and)\\s+)?(${pattern})(?![\\p{L}])`,
            "diu",
          )
        : null,
    acted: actedPattern(words),
  };
}

function actedPattern(words: readonly string[]): RegExp | null {
  const [word] = words;
  const present = word && words.length === 1 ? presentParticiple(word) : null;
  if (!word || !present) return null;
  return new RegExp(`(?<![\\p{L}])(${escapeRegExp(word)}|${escapeRegExp(present)})\\s+$`, "diu");
}

/** Words that open a verb's object: "injured | another", "wounded | two more". */
const OBJECT_START =
  "(?:\\d|(?:another|others?|a|an|the|his|her|their|its|one|two|three|four|five|six|seven|eight|nine|ten|several|more|some|dozens|scores|hundreds)\\b)";

/** A one-word term that tells what happened to the counted: a participle or "dead", "hurt", "slain". */
const OUTCOME_WORD = /^(?:\p{L}+ed|dead|hurt|slain|shot|missing)$/iu;

/** A topic's term patterns, and what joins a term to another so that one count covers both. */
interface MeasureMatchers {
  readonly terms: readonly TermMatcher[];
  /** "wounded | or killed", "dead | and injured", "dead | or missing". */
  readonly joinedAfter: RegExp;
  /** "hurt and | killed". */
  readonly joinedBefore: RegExp;
  /** Each measure's terms, as whole words. */
  readonly termsOf: TermsByMeasure;
}

const matchersByMeasures = new WeakMap<readonly MeasureConfig[], MeasureMatchers>();

function measureMatchers(measures: readonly MeasureConfig[]): MeasureMatchers {
  let matchers = matchersByMeasures.get(measures);
  if (!matchers) {
    // Outcomes only ("killed", "dead", "hurt"): a noun term joins no outcome ("killing 19 workers
    // and injuring 17 others").
    const outcomeTerms = measures
      .flatMap((measure) => measure.terms)
      .filter((term) => OUTCOME_WORD.test(term.trim()))
      .map(termPattern);
    const joinable = `(?:${[...outcomeTerms, "missing", "unaccounted\\s+for"].join("|")})`;
    matchers = {
      terms: measures.flatMap((measure) => measure.terms.map((term) => termMatcher(measure.id, term))),
      // Not a verb with its own object: "three dead and injured another".
      joinedAfter: new RegExp(
        `^\\s*(?:or|and|and/or|&)\\s+${joinable}(?![\\p{L}])(?!\\s+${OBJECT_START})`,
        "iu",
      ),
      joinedBefore: new RegExp(`(?<![\\p{L}])${joinable}\\s+(?:or|and|and/or|&)\\s+$`, "iu"),
      termsOf: new Map(
        measures.map((measure) => [measure.id, new RegExp(measureTermsPattern([measure]).source, "iu")]),
      ),
    };
    matchersByMeasures.set(measures, matchers);
  }
  return matchers;
}

/**
 * A several-word term read from the counted noun on, perhaps after an auxiliary: "800 residents
 * evacuated", "120 people are in hospital", "60 people hospitalised overnight". The term is given
 * without the auxiliary ("people in hospital").
 */
function continuedTerm(sentence: string, quantity: DetailedQuantity, matcher: TermMatcher): TermAt | null {
  const nounStart = quantity.end - quantity.unitPhrase.length;
  const text = sentence.slice(nounStart, nounStart + 120);
  for (const pattern of matcher.continued) {
    const match = pattern.exec(text);
    if (match?.[1] && match[2]) {
      const end = nounStart + match.index + match[0].length;
      return { measure: matcher.measure, term: `${match[1]} ${match[2]}`, start: end - match[2].length, end };
    }
  }
  return null;
}

/** A matched term and where it is written, so that what joins it to another term can be read. */
interface TermAt extends MeasureMatch {
  readonly start: number;
  readonly end: number;
}

/**
 * The term a match made with the "d" flag captured (its first group that took part), placed in the
 * sentence; `offset` is where the searched text starts.
 */
function termAt(measure: string, match: RegExpExecArray | null | undefined, offset: number): TermAt | null {
  if (!match) return null;
  const group = match.findIndex((captured, index) => index > 0 && captured !== undefined);
  const term = match[group];
  const indices = match.indices?.[group];
  if (group < 1 || !term || !indices) return null;
  return { measure, term, start: offset + indices[0], end: offset + indices[1] };
}

export function matchMeasure(
  sentence: string,
  quantity: DetailedQuantity,
  measures: readonly MeasureConfig[],
): MeasureMatch | null {
  if (quantity.unitCategory !== "count" && quantity.unitCategory !== null) return null;
  if (countsPartOfGroup(sentence, quantity)) return null;
  if (POPULATION_BEFORE.test(sentence.slice(Math.max(0, quantity.start - 40), quantity.start))) return null;
  if (RATE_AFTER.test(sentence.slice(quantity.end, quantity.end + 80))) return null;
  const matchers = measureMatchers(measures);
  const found =
    findTerm(sentence, quantity, matchers.terms) ??
    levelOfNamedMeasure(sentence, quantity, measures, matchers.termsOf);
  if (!found) return null;
  // One count of two outcomes ("five adults wounded or killed") is a count of neither; a verb
  // before its own count ("dead and injured 37") is no such join.
  const joined =
    found.end > quantity.start &&
    (matchers.joinedAfter.test(sentence.slice(found.end, found.end + 40)) ||
      matchers.joinedBefore.test(sentence.slice(Math.max(0, found.start - 40), found.start)));
  if (joined || countsPartOfOutcome(sentence, quantity, found.measure, matchers.termsOf)) return null;
  return { measure: found.measure, term: found.term };
}

/** "bringing the total to | 31", "the number was | under 20": a level whose measure the sentence named before. */
const BARE_LEVEL_BEFORE = new RegExp(
  `(?:\\b${RAISING_VERBS}\\s+(?:the|its|their)\\s+(?:overall\\s+|official\\s+)?(?:${TOLL_NOUNS}|number|figure)\\s+(?:at|to)|\\b(?:the|its|their)\\s+(?:overall\\s+|official\\s+)?(?:${TOLL_NOUNS}|number|figure)\\s+${LEVEL_VERBS})\\s+${QUALIFIER_WORDS}$`,
  "iu",
);

/**
 * "Divers recovered another 5 bodies, bringing the total to 31", "Eleven people were killed, while
 * union officials put the toll at 13": a bare level belongs to the one measure whose terms the
 * sentence used before it; with none or several, to none.
 */
function levelOfNamedMeasure(
  sentence: string,
  quantity: DetailedQuantity,
  measures: readonly MeasureConfig[],
  termsOf: TermsByMeasure,
): TermAt | null {
  if (quantity.unitCategory !== null) return null;
  const before = sentence.slice(0, quantity.numberStart);
  const level = BARE_LEVEL_BEFORE.exec(before.slice(-120));
  if (!level) return null;
  const levelStart = before.length - level[0].length;
  const named = [...termsOf].filter(([, terms]) => terms.test(before.slice(0, levelStart)));
  const noun = /\b(?:toll|tally|count|total|number|figure)\b/i.exec(level[0]);
  const [only] = named;
  const term = measures.find((measure) => measure.id === only?.[0])?.terms[0];
  if (named.length !== 1 || !only || !noun || !term) return null;
  const start = levelStart + noun.index;
  // The topic's first term of the measure names the level: "31 killed", not "31 total".
  return { measure: only[0], term, start, end: start + noun[0].length };
}

/** "a town of | about 30,000 residents": the size of a place, not a count of what happened there. */
const POPULATION_BEFORE =
  /\b(?:town|city|village|community|country|nation|district|county|island|region|suburb|state|province|neighbou?rhood|population)\s+of\s*$/i;

/** "60 new cases are being reported each day": a rate, not a count of the event. */
const RATE_AFTER =
  /^[^.;:,]*?\b(?:(?:each|every|per)\s+(?:day|week|month|hour|year)|a\s+(?:day|week|month)(?!\s+(?:after|before|later|earlier|ago))|daily|weekly|nightly)\b/i;

const PASSIVE_START = new RegExp(`^\\s+(?:who\\s+)?${AUXILIARY}\\s`, "iu");
const OBJECT_AFTER = new RegExp(
  `^\\s+(?:(?:a|an|the|his|her|their|its|him|them|another)\\b|${SMALL_NUMBER}\\s+(?:[\\p{L}-]+\\s+)?(?:${PERSON_WORD}|${PERSON_NOUN_WORDS})(?![\\p{L}]))`,
  "iu",
);

/**
 * "one firefighter injured a knee", "two officers who shot and killed a homeowner": the counted did
 * it to someone else. "The 12 people who died" had it happen to them.
 */
function actsOnObject(sentence: string, countEnd: number, verb: TermAt): boolean {
  return (
    !PASSIVE_START.test(sentence.slice(countEnd, verb.start)) &&
    OBJECT_AFTER.test(sentence.slice(verb.end, verb.end + 20))
  );
}

function findTerm(
  sentence: string,
  quantity: DetailedQuantity,
  matchers: readonly TermMatcher[],
): TermAt | null {
  const ownerStart = Math.max(0, quantity.start - 60);
  const ownerBefore = sentence.slice(ownerStart, quantity.start);
  const countsPeople = quantity.unit === null || PERSON_NOUNS.test(quantity.unit);
  const named = namedTerm(sentence, quantity, matchers, ownerBefore, ownerStart, countsPeople);
  // Then what befell the counted, so that "people injured" wins over "injured" as the term; but an
  // outcome beats a plain noun of another measure: "seven people dead" is a death toll even where a
  // topic also counts "people".
  const after = sentence.slice(quantity.end, quantity.end + 60);
  for (const matcher of matchers) {
    const befell = termAt(matcher.measure, matcher.befell?.exec(after), quantity.end);
    if (befell && !actsOnObject(sentence, quantity.end, befell)) {
      const outcomeOverNoun =
        named?.noun && named.measure !== befell.measure && OUTCOME_WORD.test(befell.term);
      if (!named || outcomeOverNoun) return befell;
    }
    if (named) continue;
    const acted = countsPeople ? termAt(matcher.measure, matcher.acted?.exec(ownerBefore), ownerStart) : null;
    if (acted) return acted;
  }
  return named;
}

/**
 * The term the count's own words name: the end of its noun phrase ("450 exhumed bodies", with
 * `noun` set), a several-word term read on from it, a bare number's toll or count, or the owner of
 * the counted ("the bodies of 450 people").
 */
function namedTerm(
  sentence: string,
  quantity: DetailedQuantity,
  matchers: readonly TermMatcher[],
  ownerBefore: string,
  ownerStart: number,
  countsPeople: boolean,
): (TermAt & { readonly noun?: boolean }) | null {
  const phrase = sentence.slice(quantity.numberStart, quantity.end);
  const countedStart = Math.max(0, quantity.numberStart - 160);
  const countedBefore = sentence.slice(countedStart, quantity.numberStart);
  for (const matcher of matchers) {
    if (quantity.unitCategory === "count") {
      const tail = termAt(matcher.measure, matcher.tail.exec(phrase), quantity.numberStart);
      if (tail) return { ...tail, noun: !OUTCOME_WORD.test(tail.term) };
      const outcomeBefore = termAt(
        matcher.measure,
        matcher.outcomeBeforePeople?.exec(phrase),
        quantity.numberStart,
      );
      if (outcomeBefore) return outcomeBefore;
      const continued = continuedTerm(sentence, quantity, matcher);
      if (continued) return continued;
    } else {
      // A bare number: "the number of people treated in hospital after the leak has risen to 112".
      const counted = termAt(matcher.measure, matcher.counted.exec(countedBefore), countedStart);
      if (counted) return counted;
      // "patient count", "death toll": the singular names the measure; the term is the topic's.
      const toll = termAt(matcher.measure, matcher.toll.exec(countedBefore), countedStart);
      if (toll) return { ...toll, term: matcher.term };
    }
    const owner = countsPeople ? termAt(matcher.measure, matcher.owner?.exec(ownerBefore), ownerStart) : null;
    if (owner) return owner;
  }
  return null;
}

/** Any term of any measure, singular or plural, as a whole word. */
export function measureTermsPattern(measures: readonly MeasureConfig[]): RegExp {
  const terms = measures.flatMap((measure) => measure.terms).map(termPattern);
  if (terms.length === 0) return /(?!)/g;
  return new RegExp(`(?<![\\p{L}])(?:${terms.join("|")})(?![\\p{L}])`, "giu");
}
