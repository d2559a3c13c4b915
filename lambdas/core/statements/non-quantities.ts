// Numbers that are not quantities: ordinals, decades, dates, codes and model names, numbered
// positions ("Photo 3 of 12", "No. 1"), list numbering and fractions of dates ("9/11", "24/7").
// Years are judged later, once the unit is known (quantities.ts), since "1200 parts" is a count.
import type { NumberMatch } from "./numbers";
import { startsWithGluedUnit } from "./units";

const MONTH =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
const MONTH_BEFORE = new RegExp(`\\b${MONTH}\\.?,?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?(?:\\s*[-–]\\s*|,?\\s+))?$`);
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b`);

/** Capitalised words that start a clause or qualify a number, and so do not make it a name ("About 450"). */
const ORDINARY_CAPITALISED = new Set(
  (
    "the a an in on at by for from to with of and but or about around some nearly almost over under up more less " +
    "fewer just only roughly approximately between since after before during until than another exactly precisely " +
    "all its their his her our your my these those this that what when while where it he she they we i you " +
    "estimated an another at least some police officials authorities investigators " +
    "monday tuesday wednesday thursday friday saturday sunday"
  ).split(" "),
);

const SEQUENCE_WORDS =
  "(?:photo|image|picture|slide|page|part|chapter|step|episode|item|no\\.?|number|vol\\.?|volume|issue|figure|fig\\.|table|section|article|rule|grade|level|round|stage|game|season|week|day|junctions?|exits?|gates?|platforms?)";
const SEQUENCE_BEFORE = new RegExp(`\\b${SEQUENCE_WORDS}\\s+$`, "i");
/** "Photo 3 of | 12", and the second of two after a plural: "junctions 10 and | 16", "pages 4 to | 9". */
const SEQUENCE_TOTAL_BEFORE = new RegExp(
  `\\b(?:${SEQUENCE_WORDS}\\s+\\d+\\s*(?:of|\\/)|(?:junctions|exits|gates|platforms|pages|chapters|articles|sections|items|episodes|steps)\\s+\\d+\\s*(?:and|or|to))\\s*$`,
  "i",
);

/** An operator or bracket just before the number, or before the number it is divided by. */
const ARITHMETIC_NEAR = /[-*+=×÷(]\s*(?:\d[\d.,]*\s*\/\s*)?$/;

/** "49 Zorro Ranch Road", "9 E 71st St": a house number. */
const ADDRESS_AFTER =
  /^\s+(?:[NESW]\.?\s+\d|(?:\p{Lu}[\p{L}'’]*\s+){0,3}(?:St|Street|Rd|Road|Ave|Avenue|Way|Blvd|Boulevard|Lane|Ln|Drive|Dr|Place|Pl|Square|Sq|Court|Ct|Terrace|Crescent|Close|Highway|Hwy)\b)/u;

/** "Voyager 1 | is now …": a verb right after the number, which then counts nothing. */
const VERB_NEXT = /^\s+(?:is|was|are|were|has|had|have|will|would|can|could|remains?|became|becomes)\b/i;

/** A headline in Title Case; "The S&P 500 rose 1.1%." is too short to tell, "S&P" one word. */
function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}'’&-]*/gu) ?? [];
  if (words.length < 4) return false;
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return capitalised / words.length >= 0.6;
}

const PHONE_NUMBER = "phone number or code";
/** "the 911 caller", "a 999 call": an emergency number, not a count. */
const EMERGENCY_NUMBER = /^(?:911|999|112)$/;
const EMERGENCY_CALL_AFTER =
  /^[\s-]+(?:calls?|callers?|dispatch\w*|operators?|cent(?:er|re)s?|lines?|system|emergency)\b/i;

/** Why the number is not a quantity, or null when it may be one. */
export function nonQuantityReason(text: string, number: NumberMatch): string | null {
  const before = text.slice(Math.max(0, number.start - 60), number.start);
  const after = text.slice(number.end, number.end + 40);
  if (number.written === "digits") {
    if (/^(?:st|nd|rd|th)\b/i.test(after)) return "ordinal";
    if (/^'?s\b/.test(after) && !number.currency) return "decade";
    if (/^\/\d/.test(after) || /\d\/$/.test(before)) return "date or fraction with a slash";
    // A gallery's "1 / 3"; not arithmetic, "(60 * 61 / 2)".
    if ((/^ \/ \d/.test(after) || /\d \/ $/.test(before)) && !ARITHMETIC_NEAR.test(before)) {
      return "position in a gallery";
    }
    // Glued to letters or digits, or an exponent ("12e-1") or a sub-clause number ("Article 6(7)").
    if (/[\p{L}\p{N}]$/u.test(before) || /\d(?:\(|[eE]-)$/.test(before)) return "code";
    // "0800 555 111", "020 7946 0018": a leading zero writes a code or a phone number, not an amount.
    if (/^0\d/.test(text.slice(number.numberStart, number.end))) return PHONE_NUMBER;
    if (
      EMERGENCY_NUMBER.test(text.slice(number.numberStart, number.end)) &&
      EMERGENCY_CALL_AFTER.test(after)
    ) {
      return PHONE_NUMBER;
    }
    // "TA-35" is a code; "£634m-£680m" and "25cm-30cm" are ranges, the letters a unit glued to digits.
    const hyphenated = /(?<![\d\p{L}])(\p{L}+)-$/u.exec(before);
    if (
      hyphenated &&
      !/^(?:minus|sub|mid|over|under|up|around|about|pre|post|non|top|all|to)$/i.test(hyphenated[1] ?? "")
    ) {
      return "code";
    }
    if (/^\p{L}/u.test(after) && !startsWithGluedUnit(after)) return "code";
    if ((number.value <= 31 || number.yearLike) && (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after)))
      return "date";
  }
  if (SEQUENCE_BEFORE.test(before) || SEQUENCE_TOTAL_BEFORE.test(before)) return "position in a sequence";
  if (/^\s*$/.test(before) && /^[.)]\s/.test(after) && number.written === "digits") return "list numbering";
  if (ADDRESS_AFTER.test(after) && Number.isInteger(number.value) && !number.currency && !number.scale) {
    return "street address";
  }
  const previousWord = /([\p{L}][\p{L}\p{N}&.'’-]*)\s+$/u.exec(before)?.[1];
  // The first word of a sentence is capitalised anyway ("Use 1/2 cup"), unless it is an acronym or camel case.
  const sentenceInitial =
    previousWord !== undefined && /^\W*$/.test(text.slice(0, number.start - previousWord.length - 1));
  const nameLike =
    previousWord !== undefined && /^(?:\p{Lu}{2,}|\p{Ll}+\p{Lu}|\p{Lu}.*\p{Lu})/u.test(previousWord);
  if (
    previousWord &&
    (!sentenceInitial || nameLike || VERB_NEXT.test(after)) &&
    /\p{Lu}/u.test(previousWord) &&
    !/['’]s$/.test(previousWord) &&
    !number.currency &&
    // "Windows 10", but not "Israels 9 billion" with its apostrophe lost: no name ends in a scale word.
    !number.scale &&
    !ORDINARY_CAPITALISED.has(previousWord.toLowerCase()) &&
    !isTitleCase(text)
  ) {
    return "part of a name";
  }
  return null;
}

interface Rejection {
  readonly end: number;
  readonly reason: string;
}

/** "2-1" after a rejected "2", and the next group of a phone number after a rejected "0800". */
function continuesRejected(text: string, rejected: Rejection, number: NumberMatch): boolean {
  const gap = text.slice(rejected.end, number.start);
  // "May 4-7" and "2-1" go on in digits; "May 4 - Three people were killed" is a dateline, then a count.
  return (
    (/^\s?[-–]\s?$/.test(gap) && number.written === "digits") ||
    (rejected.reason === PHONE_NUMBER && gap === " ")
  );
}

/**
 * Drops the numbers that are not quantities. The second number of a dash pair goes with the first
 * ("Charlton 2-1": once "2" is part of a name, "1" is no quantity either), and so do the groups of
 * a phone number ("0800 555 111").
 */
export function dropNonQuantities(text: string, numbers: readonly NumberMatch[]): NumberMatch[] {
  const kept: NumberMatch[] = [];
  // Why the number before this one was rejected, and where it ended; null when it was kept.
  let rejected: Rejection | null = null;
  for (const number of numbers) {
    const reason: string | null =
      rejected && continuesRejected(text, rejected, number)
        ? rejected.reason
        : nonQuantityReason(text, number);
    if (reason) {
      rejected = { end: number.end, reason };
      continue;
    }
    rejected = null;
    kept.push(number);
  }
  return kept;
}
