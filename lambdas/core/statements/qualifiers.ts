// Qualifiers ("about", "at least", "up to") and changes ("rose by", "fell to") around a number.
import type { Qualifier } from "../model";

export type Change = "up" | "down";

export interface QualifierMatch {
  readonly qualifier: Qualifier;
  /** Where the qualifier phrase starts in the text; equal to the number's start when there is none. */
  readonly start: number;
}

/**
 * Read right to left from the number. "nearly"/"almost" are `approx`, not `less-than`: "nearly 450"
 * reports a count close to 450 (NewsQuant marks them `~` too), and reading it as below 450 would
 * make a later "450" from another outlet look like a contradiction.
 */
const BEFORE: readonly [RegExp, Qualifier][] = [
  [
    /\b(?:at\s+least|no\s+(?:fewer|less)\s+than|not\s+(?:fewer|less)\s+than|a\s+minimum\s+of)\s*$/i,
    "at-least",
  ],
  [
    // Not a level reached: "edged up to 3.7%", "went back up to 4.8 percent".
    /(?:(?<!\b(?:edged|edging|went|go|goes|going|gone|moved|moving|inched|inching|crept|creeping|ticked|ticking|shot|jumped|climbed|revised|back|came|come|pushed|pushing)\s+)\bup\s+to|\b(?:as\s+many\s+as|as\s+much\s+as|at\s+most|no\s+more\s+than|not\s+more\s+than|a\s+maximum\s+of))\s*$/i,
    "at-most",
  ],
  [
    /\b(?:more\s+than|over\s+than|(?:well\s+|just\s+)?over|upwards\s+of|above|in\s+excess\s+of|exceed(?:ing|ed|s)|surpass(?:ing|ed|es)|topp(?:ing|ed)|greater\s+than|north\s+of|(?:climbed|climbing|rose|risen|rising|went|gone|jumped|moved|passed|pushed)\s+past)\s*$/i,
    "more-than",
  ],
  [
    /(?:\b(?:(?:just\s+)?(?:fewer|less|lower)\s+than|(?:just\s+)?under|below|short\s+of)\s*|\bsub-)$/i,
    "less-than",
  ],
  [
    /(?:\b(?:about|around|roughly|some|an\s+estimated|estimated|approximately|approx\.|circa|ca\.|nearly|near|almost|close\s+to|virtually|an\s+approximate)\s*|[~≈]\s*)$/i,
    "approx",
  ],
];

const AFTER: readonly [RegExp, Qualifier][] = [
  [
    /^(?:\s*\+|\s+or\s+more\b|-plus\b|\s+plus\b(?!\s+\S*\d)|\s+(?:and|or)\s+(?:over|older|above|up)\b)/i,
    "at-least",
  ],
  [/^\s+or\s+(?:fewer|less)\b/i, "at-most"],
  [/^\s+or\s+so\b/i, "approx"],
];

/** The qualifier before the number (or after its unit), and where its phrase starts. */
export function detectQualifier(text: string, numberStart: number, quantityEnd: number): QualifierMatch {
  const before = text.slice(Math.max(0, numberStart - 40), numberStart);
  for (const [pattern, qualifier] of BEFORE) {
    const match = pattern.exec(before);
    if (match) return { qualifier, start: numberStart - match[0].length };
  }
  const after = text.slice(quantityEnd, quantityEnd + 20);
  for (const [pattern, qualifier] of AFTER) {
    if (pattern.test(after)) return { qualifier, start: numberStart };
  }
  return { qualifier: "exact", start: numberStart };
}

const UP_VERBS =
  "rose|rise|rises|risen|rising|up|jump(?:ed|s|ing)?|gain(?:ed|s|ing)?|climb(?:ed|s|ing)?|increas(?:ed|es|e|ing)|grew|grow(?:s|n|ing)?|boost(?:ed|s|ing)?|hik(?:ed|es|e|ing)|rall(?:ied|ies|y|ying)|soar(?:ed|s|ing)?|surg(?:ed|es|e|ing)|advanc(?:ed|es|e|ing)|spik(?:ed|es|e|ing)|(?:went|go(?:es|ing)?|edged|ticked|revised|inch(?:ed|es|ing)?(?:\\s+back)?|back)\\s+up(?:ward)?|higher|upward|widen(?:ed|s)?|expand(?:ed|s|ing)";
const DOWN_VERBS =
  "fell|fall(?:s|en|ing)?|drop(?:ped|s|ping)?|down|los(?:t|es|e|ing)|declin(?:ed|es|e|ing)|slid(?:e|es|ing)?|slipp?(?:ed|s|ing)?|dipp?(?:ed|s|ing)?|tumbl(?:ed|es|e|ing)|plung(?:ed|es|e|ing)|plummet(?:ed|s|ing)?|sank|sink(?:s|ing)?|decreas(?:ed|es|e|ing)|cut(?:s|ting)?|shed(?:s|ding)?|eas(?:ed|es|ing)|shr[aiu]nk(?:s|ing)?|slump(?:ed|s|ing)?|(?:went|go(?:es|ing)?|edged|ticked|revised)\\s+down(?:ward)?|lower|downward|narrow(?:ed|s)?|contract(?:ed|ing)";

/** Verbs whose "up"/"down" is a particle, not a change: "gave up 517 yards", "boiling down to $21". */
const PHRASAL_HEADS =
  "give|gave|given|giving|gives|set|sets|pick(?:ed|s)?|sign(?:ed|s)?|made|make|makes|take|took|taken|put|came|come|comes|turn(?:ed|s)?|show(?:ed|s)?|back(?:ed)?|boil(?:ing|ed|s)?|broke|break|shut|slow(?:ed)?|settle[ds]?|wind(?:ing)?|wound|cool(?:ed)?|calm(?:ed)?|track(?:ed)?|bring|brought|stand|stood|step(?:ped)?|sit|sat|write|wrote|mark(?:ed)?|round(?:ed)?|sum(?:med)?|add(?:ed|s)?|line[ds]?|open(?:ed)?|tie[ds]?|hold|held|hung|hang|use[ds]?|lock(?:ed)?|back(?:ed)?|clean(?:ed)?|follow(?:ed)?|pay|paid|run|ran";

/** Verbs that state a change only with "by" ("raised its rate by 25 basis points"); "raised $5m" is an amount. */
const UP_BY_VERBS = "rais(?:ed|es|e|ing)|lift(?:ed|s|ing)?|add(?:ed|s|ing)?|extend(?:ed|s|ing)?";
const DOWN_BY_VERBS = "reduc(?:ed|es|e|ing)|trimm?(?:ed|s|ing)?|slash(?:ed|es|ing)?|lower(?:ed|s|ing)";

/**
 * VERB [by|to] NUMBER, or VERB + up to five words + "by" NUMBER ("hiking fees by £24", "cut the
 * risk of heart attack by 20 per cent").
 */
function changePattern(verbs: string, byVerbs: string): RegExp {
  const tail = "(?:(?:by|to)\\s+)?(?:an?\\s+(?:average|total)\\s+of\\s+)?$";
  return new RegExp(
    `(?<!\\b(?:${PHRASAL_HEADS})\\s+)\\b(?:${verbs})\\s+${tail}|\\b(?:${verbs}|${byVerbs})\\s+(?:[\\p{L}'’-]+\\s+){0,5}by\\s+$`,
    "iu",
  );
}
const UP = changePattern(UP_VERBS, UP_BY_VERBS);
const DOWN = changePattern(DOWN_VERBS, DOWN_BY_VERBS);

/**
 * An increase or decrease stated by a verb right before the number (and its qualifier):
 * "rose 6.5%", "fell to 12", "increased by 18 degrees", "was down 2.1%".
 * A number reached after another ("rose 6.5% to 164p") is a level, not a change: the pattern
 * needs the verb directly before, so the second number never matches.
 */
export function detectChange(text: string, qualifierStart: number): Change | null {
  const before = text.slice(Math.max(0, qualifierStart - 60), qualifierStart);
  if (UP.test(before)) return "up";
  if (DOWN.test(before)) return "down";
  return null;
}

const PRICE_DOWN_AFTER = /^\s+(?:lower|down|weaker|softer|cheaper)\b/i;
const PRICE_UP_AFTER = /^\s+(?:higher|up|firmer|stronger|dearer)\b/i;

/**
 * How market copy writes a price's move around the amount: "closed 0.6 per cent lower", "12p
 * firmer", "the index added 1.1%". For percentages, points and money only: "20 people up front"
 * is no rise.
 */
export function detectPriceMove(text: string, start: number, end: number): Change | null {
  const after = text.slice(end, end + 12);
  if (PRICE_DOWN_AFTER.test(after)) return "down";
  if (PRICE_UP_AFTER.test(after) || /\badd(?:ed|s|ing)\s+$/i.test(text.slice(Math.max(0, start - 10), start)))
    return "up";
  return null;
}

/** Whether the change word is "by" (a difference) rather than "to" (the new level). */
export function isChangeAmount(text: string, qualifierStart: number): boolean {
  return !/\bto\s+$/i.test(text.slice(Math.max(0, qualifierStart - 10), qualifierStart));
}
