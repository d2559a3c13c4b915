// Measure mapping: a quantity is a figure of a measure when the noun it counts is one of the
// measure's terms ("450 exhumed bodies", "440 burial sites", "dozens of corpses"), when a
// several-word term goes on after that noun ("800 residents evacuated", "300 people have been
// evacuated"), when it counts people inside a term that names people ("the bodies of 450
// people"), when it is the level a term's count reached ("the number of evacuees rose to 900"), or
// when a one-word term is what happened to the counted ("five people were injured", "1 killed",
// "killing two people"). A count of part of a group ("a father and two children dead", "two of
// his grandparents") is not the measure's count.
import type { MeasureConfig } from "../config";
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

/** Up to two words before the counted noun ("local", "elderly"), none of them a function word or a verb. */
const MODIFIERS =
  "(?:(?!(?:the|a|an|and|or|of|who|which|that|were|was|are|is|have|has|had|not)\\b)[\\p{L}'’-]+(?<!ed)\\s+){0,2}?";

/** Nouns that become the subject of a count: "the number of evacuees", "the total of dead". */
const COUNT_NOUNS = "(?:number|total|count|tally|toll|figure)";
/** How a count reaches the level that follows: "has risen to", "stood at", "reached", "is". */
const LEVEL_VERBS =
  "(?:(?:has|have|had)\\s+(?:now\\s+)?)?(?:been\\s+)?(?:(?:risen|rose|rises|climbed|climbs|jumped|grown|grew|increased|fallen|fell|dropped|revised(?:\\s+(?:up|down)(?:wards?)?)?|stood|stands|reached|reaches|hit|hits|is|was|put|puts|estimated)(?:\\s+(?:to|at|past))?|to|at)";
/** A qualifier between the verb and the number, read again by the quantity stage. */
const QUALIFIER_WORDS =
  "(?:(?:about|around|nearly|almost|some|roughly|approximately|over|between|more\\s+than|fewer\\s+than|less\\s+than|at\\s+least|up\\s+to)\\s+)?";

/** Nouns that count people, so "the bodies of 450 people" gives 450 bodies and "killing 3 others" 3 killed. */
const PERSON_NOUNS =
  /^(?:people|persons|civilians|residents|men|women|children|soldiers|victims|individuals|others|officers|students|adults|teens|teenagers|bystanders|passengers|workers)$/i;

/** People or kin named beside a count, which then counts only part of the group. */
const PERSON_WORD =
  "(?:m[ae]n|wom[ae]n|males?|females?|father|mother|dad|mom|parents|husband|wife|sons?|daughters?|brothers?|sisters?|boys?|girls?|baby|toddler|grandfather|grandmother|grandparents|gunman|shooter|suspects?|officers?|teens?|teenagers?|students?|friends?|relatives?)";
const SMALL_NUMBER = "(?:\\d+|two|three|four|five|six|seven|eight|nine|ten)";
/** "a father and | two children", "Parents, | 2 children", "including | four men", "the remaining | four". */
const GROUP_BEFORE = new RegExp(
  `(?:(?<![\\p{L}])${PERSON_WORD}\\s*(?:,|\\band\\b)|\\b(?:including|among\\s+them|of\\s+whom|the\\s+(?:remaining|other)))\\s*$`,
  "iu",
);
/** "two children | and their mother", "three men | and two women". */
const GROUP_AFTER = new RegExp(
  `^\\s*,?\\s*(?:and|along\\s+with|as\\s+well\\s+as)\\s+(?:a|an|the|his|her|their|${SMALL_NUMBER})\\s+(?:[\\p{L}-]+\\s+)?${PERSON_WORD}(?![\\p{L}])`,
  "iu",
);
/** "two | of his grandparents": a part of a group named after it. */
const PARTITIVE = /^\s+of\s+(?:the|his|her|their|its|those|these|them|whom)\b/i;
/** "the four remaining victims", "the 2 remaining": the rest of a group, part of it counted elsewhere. */
const REMAINDER = /^remaining\b/i;

/** Whether the quantity counts only part of a group, so that it is no count of the measure. */
function countsPartOfGroup(sentence: string, quantity: DetailedQuantity): boolean {
  const after = sentence.slice(quantity.end, quantity.end + 80);
  if (quantity.unitPhrase === "" && PARTITIVE.test(after)) return true;
  if (REMAINDER.test(quantity.unitPhrase || after.trimStart())) return true;
  return (
    GROUP_BEFORE.test(sentence.slice(Math.max(0, quantity.start - 40), quantity.start)) ||
    GROUP_AFTER.test(after)
  );
}
/** Terms that themselves denote people, living or dead; "graves of 450 people" is not 450 graves. */
const PERSON_TERMS =
  /^(?:bod(?:y|ies)|corpses?|victims?|dead|deaths?|casualt(?:y|ies)|people|remains|killed)$/i;

/** One term's patterns, built once per topic and reused for every quantity of every article. */
interface TermMatcher {
  readonly measure: string;
  /** "450 exhumed bodies": the term ends the counted noun phrase. */
  readonly tail: RegExp;
  /** "800 residents evacuated", "60 local people hospitalised overnight": from the counted noun on. */
  readonly continued: readonly RegExp[];
  /** "the number of evacuees has risen to | 900". */
  readonly counted: RegExp;
  /** "the bodies of | 450 people", for terms that denote people. */
  readonly owner: RegExp | null;
  /** "five people | were injured", "1 | killed", "three people | were shot and killed": one-word terms. */
  readonly befell: RegExp | null;
  /** "killing | two people", "wounded | 14 others": one-word terms that are past participles. */
  readonly acted: RegExp | null;
}

/** "killed" → "killing", "injured" → "injuring": the present participle of a verb's past one. */
function presentParticiple(pastParticiple: string): string | null {
  const stem = /^(\p{L}{3,}?)e?d$/iu.exec(pastParticiple)?.[1];
  return stem ? `${stem}ing` : null;
}

function termMatcher(measure: string, term: string): TermMatcher {
  const pattern = termPattern(term);
  const words = term.trim().split(/\s+/);
  return {
    measure,
    tail: new RegExp(`(?<![\\p{L}])(${pattern})$`, "iu"),
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
      "iu",
    ),
    owner: PERSON_TERMS.test(term)
      ? new RegExp(`(?<![\\p{L}])(${pattern})\\s+of\\s+(?:the\\s+|some\\s+)?$`, "iu")
      : null,
    befell:
      words.length === 1
        ? new RegExp(
            `^\\s+(?:who\\s+)?(?:${AUXILIARY}\\s+)?(?:(?:\\p{L}+ly|\\p{L}+(?:ed|t)\\s+and)\\s+)?(${pattern})(?![\\p{L}])`,
            "iu",
          )
        : null,
    acted: actedPattern(words),
  };
}

function actedPattern(words: readonly string[]): RegExp | null {
  const [word] = words;
  const present = word && words.length === 1 ? presentParticiple(word) : null;
  if (!word || !present) return null;
  return new RegExp(`(?<![\\p{L}])(${escapeRegExp(word)}|${escapeRegExp(present)})\\s+$`, "iu");
}

const matchersByMeasures = new WeakMap<readonly MeasureConfig[], readonly TermMatcher[]>();

function termMatchers(measures: readonly MeasureConfig[]): readonly TermMatcher[] {
  let matchers = matchersByMeasures.get(measures);
  if (!matchers) {
    matchers = measures.flatMap((measure) => measure.terms.map((term) => termMatcher(measure.id, term)));
    matchersByMeasures.set(measures, matchers);
  }
  return matchers;
}

/**
 * A several-word term read from the counted noun on, perhaps after an auxiliary: "800 residents
 * evacuated", "120 people are in hospital", "60 people hospitalised overnight". The term is given
 * without the auxiliary ("people in hospital").
 */
function continuedTerm(sentence: string, quantity: DetailedQuantity, matcher: TermMatcher): string | null {
  const nounStart = quantity.end - quantity.unitPhrase.length;
  const text = sentence.slice(nounStart, nounStart + 120);
  for (const pattern of matcher.continued) {
    const match = pattern.exec(text);
    if (match?.[1] && match[2]) return `${match[1]} ${match[2]}`;
  }
  return null;
}

export function matchMeasure(
  sentence: string,
  quantity: DetailedQuantity,
  measures: readonly MeasureConfig[],
): MeasureMatch | null {
  if (quantity.unitCategory !== "count" && quantity.unitCategory !== null) return null;
  if (countsPartOfGroup(sentence, quantity)) return null;
  const phrase = sentence.slice(quantity.numberStart, quantity.end);
  const countedBefore = sentence.slice(Math.max(0, quantity.numberStart - 160), quantity.numberStart);
  const ownerBefore = sentence.slice(Math.max(0, quantity.start - 60), quantity.start);
  const countsPeople = quantity.unit === null || PERSON_NOUNS.test(quantity.unit);
  const matchers = termMatchers(measures);
  for (const matcher of matchers) {
    if (quantity.unitCategory === "count") {
      const tail = matcher.tail.exec(phrase);
      if (tail?.[1]) return { measure: matcher.measure, term: tail[1] };
      const continued = continuedTerm(sentence, quantity, matcher);
      if (continued) return { measure: matcher.measure, term: continued };
    } else {
      // A bare number: "the number of people treated in hospital after the leak has risen to 112".
      const counted = matcher.counted.exec(countedBefore);
      if (counted?.[1]) return { measure: matcher.measure, term: counted[1] };
    }
    const owner = countsPeople ? matcher.owner?.exec(ownerBefore) : null;
    if (owner?.[1]) return { measure: matcher.measure, term: owner[1] };
  }
  // Only then what befell the counted, so that "people injured" wins over "injured" as the term.
  const after = sentence.slice(quantity.end, quantity.end + 60);
  for (const matcher of matchers) {
    const befell = matcher.befell?.exec(after);
    if (befell?.[1]) return { measure: matcher.measure, term: befell[1] };
    const acted = countsPeople ? matcher.acted?.exec(ownerBefore) : null;
    if (acted?.[1]) return { measure: matcher.measure, term: acted[1] };
  }
  return null;
}

/** Any term of any measure, singular or plural, as a whole word. */
export function measureTermsPattern(measures: readonly MeasureConfig[]): RegExp {
  const terms = measures.flatMap((measure) => measure.terms).map(termPattern);
  if (terms.length === 0) return /(?!)/g;
  return new RegExp(`(?<![\\p{L}])(?:${terms.join("|")})(?![\\p{L}])`, "giu");
}
