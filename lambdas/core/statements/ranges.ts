// Ranges and ratios from two neighbouring numbers: "400-450", "400 to 450", "from 400 to 450",
// "between 400 and 450", "four to five thousand", "one out of three". Scores ("2-1") are dropped.
import type { NumberMatch } from "./numbers";
import { detectChange } from "./qualifiers";
import { attachUnit } from "./units";

export interface Candidate {
  readonly start: number;
  /** End of the number (or of the range's upper number). */
  readonly end: number;
  readonly numberStart: number;
  readonly value: number;
  /** Set for ranges: the two ends in ascending order. */
  readonly range: { readonly low: number; readonly high: number } | null;
  /** For "from A to B": where "from" starts, so a change verb before it can be read. */
  readonly fromStart: number | null;
  readonly vague: boolean;
  readonly written: "digits" | "words";
  readonly currency: string | null;
  readonly yearLike: boolean;
}

const DASH = /^\s?(?:[-–—]|-to-)\s?$/;
const TO = /^\s*(?:(?:to|through|till|until)\s*[-–]?|[-–])\s*$/i;
const AND = /^\s+and\s+$/i;
const OUT_OF = /^\s+(?:out\s+of|in)\s+(?:every\s+)?$/i;
/** A unit repeated on the lower end: "5% to 10%", "five per cent to 20 per cent", "$1m to $2m", "25cm-30cm". */
const LOWER_END_UNIT =
  /^(?:(\s?(?:%|per\s?cent|percent|pc|[a-zA-Zμµ°/]{1,4}))(?=\s+(?:to|and)\s)|(%|[a-zA-Zμµ°/]{1,4})(?=\s?[-–]))/i;

/** "rose by 2 to 3 percent" is a range of the change; "by 23,000 to 2.81 million" is not. */
const CHANGE_RANGE_RATIO = 5;

function single(number: NumberMatch): Candidate {
  return { ...number, range: null, fromStart: null };
}

function unitKey(text: string, number: NumberMatch): string | null {
  return (
    attachUnit(text, number.end, { currency: number.currency, vague: number.vague })?.unit.toLowerCase() ??
    null
  );
}

/** "$10 to $15 billion": the lower end takes the upper end's scale and currency when it has none. */
function shareScale(low: NumberMatch, high: NumberMatch): number {
  if (high.scale && !low.scale && low.value < 1000 && low.value * high.scale <= high.value)
    return low.value * high.scale;
  return low.value;
}

/** "2400", "1730": four plain digits that read as a 24-hour clock time. */
function isClockTime(text: string, number: NumberMatch): boolean {
  return /^(?:[01]\d|2[0-4])[0-5]\d$/.test(text.slice(number.numberStart, number.end));
}

/** Scores and tallies: a basketball game's "112-108" as well as "2-1". */
function isScorePoint(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= 200;
}

function joinRange(
  first: NumberMatch,
  second: NumberMatch,
  fromStart: number | null,
  lowValue: number,
): Candidate {
  return {
    start: first.start,
    end: second.end,
    numberStart: first.numberStart,
    value: Math.min(lowValue, second.value),
    range: { low: Math.min(lowValue, second.value), high: Math.max(lowValue, second.value) },
    fromStart,
    vague: false,
    written: first.written,
    currency: first.currency ?? second.currency,
    yearLike: first.yearLike && second.yearLike,
  };
}

/** Joins neighbouring numbers into ranges and ratios; numbers that stay alone pass through. */
export function joinRanges(text: string, numbers: readonly NumberMatch[]): Candidate[] {
  const out: Candidate[] = [];
  for (let index = 0; index < numbers.length; index++) {
    const first = numbers[index];
    if (!first) continue;
    const second = numbers[index + 1];
    if (!second || first.vague || second.vague) {
      out.push(single(first));
      continue;
    }
    const gap = text.slice(first.end, second.start);
    const before = text.slice(Math.max(0, first.start - 30), first.start);
    const lowerUnit = LOWER_END_UNIT.exec(gap);
    const connector = lowerUnit ? gap.slice(lowerUnit[0].length) : gap;
    const lowValue = shareScale(first, second);

    if (DASH.test(gap)) {
      if (first.yearLike && (second.yearLike || lowValue >= second.value || isClockTime(text, second))) {
        // A season or a span of years ("2014-15", "1939-1945"), or of clock times ("1200-2400", and phone
        // numbers like "1800-2255"): neither is a quantity. "1000-5000" is a range.
        index++;
        continue;
      }
      if (lowValue < second.value) {
        out.push(joinRange(first, second, null, lowValue));
        index++;
        continue;
      }
      if (isScorePoint(first.value) && isScorePoint(second.value)) {
        index++; // a score or a tally: "2-1", "9-2", "112-108"
        continue;
      }
    }
    const fromMatch = /\bfrom\s+$/i.exec(before);
    if (TO.test(connector) && unitsAgree(lowerUnit?.[1] ?? lowerUnit?.[2] ?? null, unitKey(text, second))) {
      // Without "from", "rose 40 to 450" is a change and a level. With "by", "dropped by 1 to 1.5" is
      // a range, but "rose by 23,000 to 2.81 million" is a change and a level: ends far apart. A
      // range must ascend, and "in 2018 to 3.9 million" joins a year to a count.
      const changeAndLevel =
        detectChange(text, first.start) !== null &&
        (!/\bby\s+$/i.test(before) || second.value > CHANGE_RANGE_RATIO * lowValue);
      const plainRange = lowValue < second.value && !changeAndLevel && first.yearLike === second.yearLike;
      if (fromMatch || plainRange) {
        out.push(joinRange(first, second, fromMatch ? first.start - fromMatch[0].length : null, lowValue));
        index++;
        continue;
      }
    }
    if (AND.test(gap) && /\bbetween\s+$/i.test(before)) {
      out.push(joinRange(first, second, null, lowValue));
      index++;
      continue;
    }
    if (OUT_OF.test(gap) && second.value > 0 && first.value <= second.value) {
      out.push({
        ...single(second),
        start: first.start,
        numberStart: first.numberStart,
        value: first.value / second.value,
      });
      index++;
      continue;
    }
    out.push(single(first));
  }
  return out;
}

function normaliseUnitText(unit: string): string {
  const lower = unit.trim().toLowerCase();
  return /^(?:%|per\s?cent|percent|pc)$/.test(lower) ? "percent" : lower;
}

/** "5% to 10%" agree; "rose 0.4 per cent to 13,176" and "6.5% to 164p" do not, so they are no range. */
function unitsAgree(lowerUnit: string | null, upperUnit: string | null): boolean {
  if (lowerUnit === null) return true;
  return upperUnit !== null && normaliseUnitText(lowerUnit) === normaliseUnitText(upperUnit);
}
