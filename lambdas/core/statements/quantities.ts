// The generic quantity extractor, an ordered pipeline of small stages (in the manner of
// wanasit/chrono): find numbers → drop non-quantities → join ranges → attach units → drop years →
// read qualifiers and changes. Figures (figures.ts) and the NewsQuant evaluation both use it.
import type { Qualifier } from "../model";
import { dropNonQuantities } from "./non-quantities";
import { VAGUE_PLURAL_SPAN } from "./number-words";
import { findNumbers } from "./numbers";
import { type Change, detectChange, detectPriceMove, detectQualifier, isChangeAmount } from "./qualifiers";
import { type Candidate, joinRanges } from "./ranges";
import { attachUnit, bareAge, type UnitCategory, type UnitMatch } from "./units";

export interface Quantity {
  /** The quantity as written, from its qualifier to its unit: "around 450 exhumed bodies". */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The point value; a range's lower end; a vague plural's unit ("hundreds": 100). */
  readonly value: number;
  /** null for an open lower end ("up to 400"). */
  readonly low: number | null;
  /** null for an open upper end ("more than 400"); equal to low for a point value. */
  readonly high: number | null;
  readonly qualifier: Qualifier;
  readonly change: Change | null;
  /** The counted noun or unit, as written or normalised ("bodies", "percent", "km", "dollars"). */
  readonly unit: string | null;
}

/** A quantity with what the figure stage needs to judge it. */
export interface DetailedQuantity extends Quantity {
  readonly unitCategory: UnitCategory | null;
  /** The words between the number and the end of its unit ("exhumed bodies"). */
  readonly unitPhrase: string;
  /** Where the number itself starts (after its qualifier and currency sign). */
  readonly numberStart: number;
  /** "rose 40": the change is a difference, not the new level ("rose to 450"). */
  readonly isChangeAmount: boolean;
}

/** "one" is a pronoun or an idiom more often than a count: keep it before "of", "out of" or a noun. */
function isCountingOne(text: string, candidate: Candidate, unit: UnitMatch | null): boolean {
  if (candidate.written !== "words" || candidate.value !== 1 || candidate.range) return true;
  const before = text.slice(Math.max(0, candidate.start - 12), candidate.start);
  if (/\b(?:no|each|every|any|the|this|that|which|at|last|little|big|new|old|other)\s+$/i.test(before))
    return false;
  if (/^[\s-]+(?:of|out\s+of)\b/i.test(text.slice(candidate.end))) return true;
  if (!unit) return false;
  return !/^(?:another|day|time|way|thing|point|side|hand|thing|hundred)$/i.test(unit.unit);
}

/**
 * A sign word before a duration or an age is no sign ("were negative 48 hours later", "T-minus ten
 * seconds"), nor is "minus" after a comma before a count: it means without ("Italy, minus five key
 * players, lost").
 */
function isUnsignedWord(text: string, candidate: Candidate, unit: UnitMatch | null): boolean {
  if (!unit || candidate.range || candidate.value >= 0) return false;
  const sign = text.slice(candidate.start, candidate.numberStart);
  if (!/^(?:minus|negative)[\s-]+$/i.test(sign)) return false;
  if (unit.category === "duration" || unit.category === "age") return true;
  return unit.category === "count" && /^minus/i.test(sign) && /,\s*$/.test(text.slice(0, candidate.start));
}

function movesLikeAPrice(unit: UnitMatch | null): boolean {
  return (
    unit !== null &&
    (unit.category === "percent" ||
      unit.category === "currency" ||
      /^(?:points|basis points)$/i.test(unit.unit))
  );
}

/** Four-digit 1000–2100 numbers are years unless they plainly count something ("1200 parts", "about 1500"). */
function isYear(candidate: Candidate, unit: UnitMatch | null, qualified: boolean): boolean {
  if (!candidate.yearLike) return false;
  if (qualified) return false;
  if (!unit) return true;
  if (unit.category === "count") return !/^\S+s$/.test(unit.phrase) || /['’]s$/.test(unit.phrase);
  return unit.category === "duration" || unit.category === "age";
}

function bounds(
  candidate: Pick<Candidate, "value" | "range">,
  qualifier: Qualifier,
): { low: number | null; high: number | null } {
  if (candidate.range) return { low: candidate.range.low, high: candidate.range.high };
  switch (qualifier) {
    case "vague":
      return { low: candidate.value, high: candidate.value * VAGUE_PLURAL_SPAN };
    case "at-least":
    case "more-than":
      return { low: candidate.value, high: null };
    case "at-most":
    case "less-than":
      return { low: null, high: candidate.value };
    default:
      return { low: candidate.value, high: candidate.value };
  }
}

/**
 * "Nearly all", "almost all", "virtually all": a share close to the whole, written without a number. Only with
 * such an adverb: a bare "all" is a determiner far more often than a figure. "All-time" is no share.
 */
const NEARLY_ALL = /\b(?:nearly|almost|virtually|practically|just\s+about)\s+(all)\b(?![-‐])/giu;

/** "Nearly all" as about 100 percent, so that it compares with "99 percent" and "80%". */
function nearlyAllShares(sentence: string): DetailedQuantity[] {
  return [...sentence.matchAll(NEARLY_ALL)].map((match) => {
    const end = match.index + match[0].length;
    return {
      text: match[0],
      start: match.index,
      end,
      value: 100,
      low: 100,
      high: 100,
      qualifier: "approx",
      change: null,
      unit: "percent",
      unitCategory: "percent",
      unitPhrase: "",
      numberStart: end - "all".length,
      isChangeAmount: false,
    };
  });
}

/** Quantities with the detail the figure stage needs. */
export function extractDetailedQuantities(sentence: string): DetailedQuantity[] {
  const numbers = dropNonQuantities(sentence, findNumbers(sentence));
  const quantities: DetailedQuantity[] = [];
  for (const read of joinRanges(sentence, numbers)) {
    const unit =
      attachUnit(sentence, read.end, { currency: read.currency, vague: read.vague }) ??
      (read.written === "digits" && !read.range ? bareAge(sentence, read.start, read.end, read.value) : null);
    const candidate = isUnsignedWord(sentence, read, unit)
      ? { ...read, start: read.numberStart, value: -read.value }
      : read;
    if (!isCountingOne(sentence, candidate, unit)) continue;
    const unitEnd = unit?.end ?? candidate.end;
    const detected = detectQualifier(sentence, candidate.start, unitEnd);
    if (
      isYear(
        candidate,
        unit,
        detected.qualifier !== "exact" || detectChange(sentence, detected.start) !== null,
      )
    ) {
      continue;
    }
    const qualifier: Qualifier = candidate.range ? "range" : candidate.vague ? "vague" : detected.qualifier;
    const changeAnchor = candidate.fromStart ?? detected.start;
    const change =
      detectChange(sentence, changeAnchor) ??
      (movesLikeAPrice(unit) && !candidate.range ? detectPriceMove(sentence, detected.start, unitEnd) : null);
    const start = candidate.range
      ? Math.min(detected.start, candidate.fromStart ?? candidate.start)
      : detected.start;
    quantities.push({
      text: sentence.slice(start, unitEnd).trim(),
      start,
      end: unitEnd,
      value: candidate.value,
      ...bounds(candidate, qualifier),
      qualifier,
      change,
      unit: unit?.unit ?? null,
      unitCategory: unit?.category ?? null,
      unitPhrase: unit?.phrase ?? "",
      numberStart: candidate.numberStart,
      isChangeAmount:
        change !== null && candidate.fromStart === null && isChangeAmount(sentence, detected.start),
    });
  }
  quantities.push(...nearlyAllShares(sentence));
  quantities.sort((a, b) => a.start - b.start);
  // In text order, so that a figure inherits from one that itself inherited ("A fell 2%, B by 1% and C by 3%").
  const resolved: DetailedQuantity[] = [];
  for (const quantity of quantities) {
    const index = resolved.push(quantity) - 1;
    resolved[index] =
      inheritFromRestatement(sentence, resolved, index) ??
      inheritElidedChange(sentence, resolved, index) ??
      quantity;
  }
  return resolved;
}

/** ", Burlington by 2.6%", "and the index by 1%": a change whose verb is left out after a first one. */
const ELIDED_CHANGE =
  /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:\p{Lu}[\p{L}\p{N}&'’.-]*\s+){1,4}by\s+$/u;

/** "Shares of A were down 2.3%, B by 2.6%": B's figure is a fall too, as the first verb says. */
function inheritElidedChange(
  sentence: string,
  quantities: readonly DetailedQuantity[],
  index: number,
): DetailedQuantity | null {
  const quantity = quantities[index];
  if (!quantity || quantity.change !== null || quantity.qualifier !== "exact") return null;
  const anchor = quantities.slice(0, index).findLast((other) => other.change !== null);
  if (!anchor?.isChangeAmount) return null;
  if (!ELIDED_CHANGE.test(sentence.slice(anchor.end, quantity.start))) return null;
  return { ...quantity, change: anchor.change, isChangeAmount: true };
}

/** The quantity that `quantity` restates: the one before an opening parenthesis, or before ", or". */
function restatedQuantity(
  sentence: string,
  quantities: readonly DetailedQuantity[],
  index: number,
): DetailedQuantity | undefined {
  const quantity = quantities[index];
  const previous = quantities[index - 1];
  if (!quantity) return undefined;
  if (
    previous &&
    previous.unit !== quantity.unit &&
    /^,?\s+or\s+$/.test(sentence.slice(previous.end, quantity.start))
  ) {
    return previous;
  }
  const open = sentence.lastIndexOf("(", quantity.start);
  if (open < 0 || sentence.slice(open, quantity.start).includes(")")) return undefined;
  const anchor = quantities.slice(0, index).findLast((other) => other.end <= open);
  return anchor && /^\s*$/.test(sentence.slice(anchor.end, open)) ? anchor : undefined;
}

/**
 * A restatement says the same as the quantity before it, qualifier and change included:
 * "more than 100 kilometres (60 miles)", "just under 296 hp (224 kW / 300 PS)",
 * "grew by 125,600 positions, or 2.2 per cent".
 */
function inheritFromRestatement(
  sentence: string,
  quantities: readonly DetailedQuantity[],
  index: number,
): DetailedQuantity | null {
  const quantity = quantities[index];
  if (!quantity || quantity.change !== null || !["exact", "range"].includes(quantity.qualifier)) return null;
  const anchor = restatedQuantity(sentence, quantities, index);
  if (!anchor) return null;
  const inheritsQualifier = quantity.qualifier === "exact" && !["exact", "range"].includes(anchor.qualifier);
  if (!inheritsQualifier && anchor.change === null) return null;
  const qualifier = inheritsQualifier ? anchor.qualifier : quantity.qualifier;
  const range =
    quantity.qualifier === "range"
      ? { low: quantity.low ?? quantity.value, high: quantity.high ?? quantity.value }
      : null;
  return {
    ...quantity,
    qualifier,
    change: anchor.change,
    isChangeAmount: anchor.isChangeAmount,
    ...bounds({ value: quantity.value, range }, qualifier),
  };
}

/** Quantities in one sentence, in text order. */
export function extractQuantities(sentence: string): Quantity[] {
  return extractDetailedQuantities(sentence).map(
    ({ text, start, end, value, low, high, qualifier, change, unit }) => ({
      text,
      start,
      end,
      value,
      low,
      high,
      qualifier,
      change,
      unit,
    }),
  );
}
