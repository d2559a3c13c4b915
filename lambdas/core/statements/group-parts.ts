// Who a count counts: a count of part of a group ("a father and two children", "two of his
// grandparents", "including four men", "three boys were wounded and a girl was critically
// injured"), or of those who did it ("2 suspects killed"), is no count of a measure. Refiners of the
// measure stage (measures.ts), each a pattern over the words around the count.
import type { DetailedQuantity } from "./quantities";

/** Each measure's terms as a pattern (not global), to tell which outcome words around a count name. */
export type TermsByMeasure = ReadonlyMap<string, RegExp>;

/** Nouns that count people, so "the bodies of 450 people" gives 450 bodies and "killing 3 others" 3 killed. */
export const PERSON_NOUN_WORDS =
  "(?:people|persons|civilians|residents|men|women|children|soldiers|victims|individuals|others|officers|students|adults|teens|teenagers|bystanders|passengers|workers)";
export const PERSON_NOUNS = new RegExp(`^${PERSON_NOUN_WORDS}$`, "i");

/** People or kin named beside a count, which then counts only part of the group. */
export const PERSON_WORD =
  "(?:m[ae]n|wom[ae]n|males?|females?|father|mother|dad|mom|parents|husband|wife|sons?|daughters?|brothers?|sisters?|boys?|girls?|bab(?:y|ies)|infants?|child(?:ren)?|kids?|toddlers?|grandfather|grandmother|grandparents|gunman|shooter|suspects?|officers?|teens?|teenagers?|students?|friends?|relatives?)";
export const SMALL_NUMBER = "(?:\\d+|two|three|four|five|six|seven|eight|nine|ten)";
/** "one mass grave", "a single pit", "another grave": one thing of several. */
const ONE_CONTAINER = "\\b(?:one|a\\s+single|another|each)\\s+(?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+";
/**
 * "a father and | two children", "Parents, | 2 children", "35 protesters and | 12 police officers",
 * "the remaining | four", a count inside an "including" phrase ("including | four men", "including
 * one mass grave with | 17 bodies"), and the contents of one of several ("one mass grave held the
 * bodies of | 40 people").
 */
const GROUP_BEFORE = new RegExp(
  `(?:(?<![\\p{L}])${PERSON_WORD}\\s*(?:,|\\band\\b)|\\b${SMALL_NUMBER}\\s+(?:[\\p{L}-]+\\s+)?\\p{L}+[^s\\W]s\\s+and|\\bthe\\s+(?:remaining|other))\\s*$|\\b(?:including|among\\s+them|of\\s+whom)\\b[^,;:.()]*$|${ONE_CONTAINER}\\s+(?:held|holds|contained|contains|had|has|with)\\s+(?:the\\s+(?:bodies|remains)\\s+of\\s+)?$`,
  "iu",
);
/** "One mass grave | held …": one of several things that hold what is counted, which is then a part. */
const CONTAINER_AFTER = /^\s+(?:held|holds|contained|contains)\b/i;
/** "two children | and their mother", "three men | and two women". */
const GROUP_AFTER = new RegExp(
  `^\\s*,?\\s*(?:and|along\\s+with|as\\s+well\\s+as)\\s+(?:a|an|the|his|her|their|${SMALL_NUMBER})\\s+(?:[\\p{L}\\p{N}-]+\\s+)?${PERSON_WORD}(?![\\p{L}])`,
  "iu",
);
/** "two | of his grandparents": a part of a group named after it. */
const PARTITIVE = /^\s+of\s+(?:the|his|her|their|its|those|these|them|whom)\b/i;
/** "the four remaining victims", "the 2 remaining": the rest of a group, part of it counted elsewhere. */
const REMAINDER = /^remaining\b/i;

/** A counted noun phrase that ends with people or another plural noun: "three men", "three family members". */
const PEOPLE_LAST = new RegExp(`(?:^|\\s)(?:${PERSON_WORD}|${PERSON_NOUN_WORDS}|\\p{L}+[^s\\W]s)$`, "iu");

function endsWithPeople(unitPhrase: string): boolean {
  return unitPhrase === "" || PEOPLE_LAST.test(unitPhrase);
}

/** "two people dead in the street | and a third person died", "one officer was wounded, | the other …". */
const NEXT_OF_SEVERAL =
  /^[^.;:]*?((?:,\s*|\band\s+)(?:a|the)\s+(?:second|third|fourth|fifth|other)\b(?!-|\s+(?:day|time|night|week|such|most|least|\p{L}+est)\b)[^.;:]*)/iu;

/** "… | and a girl was critically injured": one more person, named after the count's own words. */
const NEXT_PERSON = new RegExp(
  `^[^.;:]*?(\\band\\s+an?\\s+(?:[\\p{L}\\p{N}-]+\\s+)?${PERSON_WORD}(?![\\p{L}])[^.;:,]*)`,
  "iu",
);

/**
 * Those who did it, whose count is no count of the victims: "2 suspects killed", "one shooter hurt
 * 15". Not "militants", who are often those a strike killed.
 */
const PERPETRATORS =
  /(?:^|\s)(?:suspects?|gunm[ae]n|shooters?|attackers?|assailants?|perpetrators?|hijackers?|bombers?)(?:\s|$)/i;

/** Whether the quantity, as written, counts only part of a group, so that it is no count of the measure. */
export function countsPartOfGroup(sentence: string, quantity: DetailedQuantity): boolean {
  const after = sentence.slice(quantity.end, quantity.end + 80);
  if (PERPETRATORS.test(quantity.unitPhrase)) return true;
  if (quantity.low === 1 && quantity.high === 1 && CONTAINER_AFTER.test(after)) return true;
  if (quantity.unitPhrase === "" && PARTITIVE.test(after)) return true;
  if (REMAINDER.test(quantity.unitPhrase || after.trimStart())) return true;
  if (GROUP_BEFORE.test(sentence.slice(Math.max(0, quantity.start - 60), quantity.start))) return true;
  // Only right after the counted people: in "two people dead | and two children injured" a new
  // clause begins.
  return endsWithPeople(quantity.unitPhrase) && GROUP_AFTER.test(after);
}

/** Words that make what follows a count a clause or a phrase of its own: "two women died and", "two weeks after he and". */
const OWN_CLAUSE_WORDS =
  /\b(?:was|were|is|are|be|been|have|has|had|died|dies|slain|after|before|since|when|while|who|which|that|in|at|on|of|by|for)\b/i;
/** "the three victims identified Saturday and | four others": a count, words with no term, "and". */
const COUNT_AND_BEFORE = new RegExp(
  `(?<![\\p{L}])${SMALL_NUMBER}\\s+((?:[\\p{L}'’-]+\\s+){1,5}?)and\\s+$`,
  "iu",
);

/**
 * "Others" after a group counted with no outcome of its own ("the three victims identified Saturday
 * and four others were killed") are the rest of that group; after a count with its own outcome
 * ("killed six people and injured fourteen others") they are a count of their own.
 */
function countsOthersOfAGroup(
  sentence: string,
  quantity: DetailedQuantity,
  termsOf: TermsByMeasure,
): boolean {
  if (!/^others$/i.test(quantity.unit ?? "")) return false;
  const between = COUNT_AND_BEFORE.exec(
    sentence.slice(Math.max(0, quantity.start - 80), quantity.start),
  )?.[1];
  if (between === undefined || OWN_CLAUSE_WORDS.test(between)) return false;
  return ![...termsOf.values()].some((terms) => terms.test(between));
}

/**
 * A count that a "second", "third" or "the other" goes on from counts part of a group ("two people
 * were dead in the street and a third person died inside"), unless what the next one is counted
 * under is another measure ("three people were killed and a fourth was wounded").
 */
function countsOneOfSeveral(
  sentence: string,
  quantity: DetailedQuantity,
  measure: string,
  termsOf: TermsByMeasure,
): boolean {
  const after = sentence.slice(quantity.end, quantity.end + 160);
  const next = NEXT_OF_SEVERAL.exec(after)?.[1];
  if (next) return !namesAnotherMeasure(next, measure, termsOf);
  // "three boys were wounded | and a girl was critically injured": one more of the same outcome.
  const person = NEXT_PERSON.exec(after)?.[1];
  if (!person || namesAnotherMeasure(person, measure, termsOf)) return false;
  return termsOf.get(measure)?.test(person) ?? false;
}

/**
 * "she was one of | two civilians injured": one named member of a group the count gives. Not "one
 * of the | two women wounded", where "the" points back to the whole group the story counts.
 */
const ONE_OF_BEFORE = /\b(?:one|1)\s+of\s+$/i;
/** Nouns for all who befell something, whose count is the whole toll: "one of the five victims killed". */
const WHOLE_TOLL_NOUNS = /(?:^|\s)(?:people|persons|victims|individuals|others|casualties)$/i;

/**
 * "one of two civilians injured", "1 of 4 Marines killed": a count of the kind of people one
 * victim belongs to, which is often only part of the toll. Not "one of five victims killed", nor a
 * noun that is itself a measure's term ("one of 440 graves").
 */
function countsGroupOfOneNamed(
  sentence: string,
  quantity: DetailedQuantity,
  termsOf: TermsByMeasure,
): boolean {
  const noun = quantity.unitPhrase;
  if (noun === "" || WHOLE_TOLL_NOUNS.test(noun)) return false;
  if (!ONE_OF_BEFORE.test(sentence.slice(Math.max(0, quantity.start - 20), quantity.start))) return false;
  return ![...termsOf.values()].some((terms) => terms.test(noun));
}

function namesAnotherMeasure(text: string, measure: string, termsOf: TermsByMeasure): boolean {
  return [...termsOf].some(([other, terms]) => other !== measure && terms.test(text));
}

/**
 * Whether, beside the other people and outcomes its sentence names, the count is part of a group:
 * the rest of a group counted before it, one of several that a "third" or another person goes on
 * from, or the kind of people one named victim belongs to. `measure` is the measure its own term maps it to.
 */
export function countsPartOfOutcome(
  sentence: string,
  quantity: DetailedQuantity,
  measure: string,
  termsOf: TermsByMeasure,
): boolean {
  return (
    countsOneOfSeveral(sentence, quantity, measure, termsOf) ||
    countsOthersOfAGroup(sentence, quantity, termsOf) ||
    countsGroupOfOneNamed(sentence, quantity, termsOf)
  );
}
