// Numbers written in words. compromise reads cardinals ("four hundred and fifty", "twenty-five",
// "five thousand"); it does not read vague plurals ("dozens", "tens of thousands") or "a dozen",
// and rounds fractions to three decimals ("two-thirds" → 0.667), so those come from the small
// tables below. compromise is loaded once, with the module, and only sees the short run of number
// words, never a whole sentence: parsing a run costs about a millisecond, so values are cached.
import nlp from "compromise";

export interface WordNumber {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  /** A vague plural ("dozens", "hundreds of"): `value` is its lower bound, see VAGUE_PLURALS. */
  readonly vague: boolean;
}

const UNITS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const SCALES = ["hundred", "thousand", "million", "billion", "trillion"];
const SCALE_VALUES: Record<string, number> = {
  dozen: 12,
  score: 20,
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
  trillion: 1_000_000_000_000,
};

type WordKind = "unit" | "tens" | "scale";

function wordKind(word: string): WordKind | null {
  if (UNITS.includes(word)) return "unit";
  if (TENS.includes(word)) return "tens";
  if (SCALES.includes(word)) return "scale";
  return null;
}

/** Which word may follow which in a cardinal: "twenty five", "four hundred", "hundred and fifty". */
function mayFollow(previous: WordKind, next: WordKind): boolean {
  if (previous === "scale") return true;
  if (previous === "tens") return next === "unit" || next === "scale";
  return next === "scale";
}

const CARDINAL_WORD = [...UNITS, ...TENS, ...SCALES].join("|");
const CANDIDATE_RUN = new RegExp(
  `(?<![\\p{L}-])(?:an?\\s+(?=(?:${SCALES.join("|")})\\b))?(?:${CARDINAL_WORD})(?:(?:\\s+and\\s+|[\\s-]+)(?:${CARDINAL_WORD}))*(?![\\p{L}])`,
  "giu",
);

const cache = new Map<string, number | null>();
const CACHE_LIMIT = 2_000;

/** The value of a well-formed run of number words, read by compromise. */
export function parseCardinal(words: string): number | null {
  const key = words.toLowerCase();
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const values = nlp(key).numbers().get() as unknown[];
  const value = values.length === 1 && typeof values[0] === "number" ? values[0] : null;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

// compromise builds its lexicon on first use (tens of milliseconds): do it while the module loads,
// in a Lambda's init phase, rather than inside the first article's time budget.
parseCardinal("twenty-one");

/** Splits a candidate run where the words stop forming one cardinal ("two three-year terms"). */
function wellFormedPrefixes(run: string, offset: number): { start: number; end: number }[] {
  const pieces: { start: number; end: number }[] = [];
  const word = /[\p{L}]+/gu;
  let current: { start: number; end: number; kind: WordKind } | null = null;
  for (const match of run.matchAll(word)) {
    const text = match[0].toLowerCase();
    if (text === "a" || text === "an" || text === "and") continue;
    const kind = wordKind(text);
    if (!kind) continue;
    const start = offset + match.index;
    const end = start + match[0].length;
    if (current && mayFollow(current.kind, kind)) {
      current.end = end;
      current.kind = kind;
    } else {
      if (current) pieces.push({ start: current.start, end: current.end });
      // A leading "a"/"an" belongs to the first piece ("a hundred").
      current = { start: pieces.length === 0 ? offset : start, end, kind };
    }
  }
  if (current) pieces.push({ start: current.start, end: current.end });
  return pieces;
}

/**
 * Vague plurals are read as "at least two of them", one convention for all:
 * "dozens" ≥ 24, "hundreds" ≥ 200, "tens of thousands" ≥ 20,000, "several hundred" ≥ 200.
 */
const VAGUE_PLURAL =
  /(?<![\p{L}-])(?:(tens|hundreds|dozens)\s+of\s+(thousands|millions|billions)|(dozens|scores|hundreds|thousands|millions|billions)|(?:several|a\s+few|a\s+couple\s+of|many)\s+(dozen|hundred|thousand|million|billion))(?![\p{L}])/giu;

function vaguePluralValue(match: RegExpMatchArray): number {
  const [, outer, inner, plural, scale] = match.map((group) => group?.toLowerCase());
  if (outer && inner) {
    const outerUnit = outer === "tens" ? 10 : (SCALE_VALUES[outer.replace(/s$/, "")] ?? 1);
    return 2 * outerUnit * (SCALE_VALUES[inner.replace(/s$/, "")] ?? 1);
  }
  const word = (plural ?? scale ?? "").replace(/s$/, "");
  return 2 * (SCALE_VALUES[word] ?? 0);
}

/** "a dozen" and "half a dozen" are exact. */
const DOZEN = /(?<![\p{L}-])(half\s+)?an?\s+dozen(?![\p{L}])/giu;

const DENOMINATORS: Record<string, number> = {
  half: 2,
  halves: 2,
  third: 3,
  quarter: 4,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};
const FRACTION = new RegExp(
  `(?<![\\p{L}-])(an?|${UNITS.join("|")})[\\s-]+(halves|half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)(?![\\p{L}])`,
  "giu",
);

function overlaps(found: readonly WordNumber[], start: number, end: number): boolean {
  return found.some((other) => start < other.end && end > other.start);
}

/** "three dozen" and "one and a half million": a cardinal times a dozen, or plus a simple fraction. */
const CARDINAL_RUN = `(?:${[...UNITS, ...TENS].join("|")})(?:[\\s-]+(?:and\\s+)?(?:${CARDINAL_WORD}))*`;
const TIMES_DOZEN = new RegExp(`(?<![\\p{L}-])(${CARDINAL_RUN})\\s+dozens?(?![\\p{L}])`, "giu");
const AND_A_FRACTION = new RegExp(
  `(?<![\\p{L}-])(${CARDINAL_RUN})\\s+and\\s+a\\s+(half|quarter|third)(?:\\s+(thousand|million|billion))?(?![\\p{L}])`,
  "giu",
);
const SIMPLE_FRACTIONS: Record<string, number> = { half: 1 / 2, quarter: 1 / 4, third: 1 / 3 };

function compoundNumbers(text: string): WordNumber[] {
  const found: WordNumber[] = [];
  for (const match of text.matchAll(TIMES_DOZEN)) {
    const cardinal = parseCardinal(match[1] ?? "");
    if (cardinal !== null) {
      found.push({
        start: match.index,
        end: match.index + match[0].length,
        value: cardinal * 12,
        vague: false,
      });
    }
  }
  for (const match of text.matchAll(AND_A_FRACTION)) {
    const cardinal = parseCardinal(match[1] ?? "");
    const fraction = SIMPLE_FRACTIONS[(match[2] ?? "").toLowerCase()] ?? 0;
    const scale = SCALE_VALUES[(match[3] ?? "").toLowerCase()] ?? 1;
    const start = match.index;
    if (cardinal !== null && !overlaps(found, start, start + match[0].length)) {
      found.push({ start, end: start + match[0].length, value: (cardinal + fraction) * scale, vague: false });
    }
  }
  return found;
}

/** Numbers written in words, in text order. "one" is kept here; quantities.ts decides when it counts. */
export function findWordNumbers(text: string): WordNumber[] {
  const found: WordNumber[] = compoundNumbers(text);
  for (const match of text.matchAll(VAGUE_PLURAL)) {
    if (overlaps(found, match.index, match.index + match[0].length)) continue;
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      value: vaguePluralValue(match),
      vague: true,
    });
  }
  for (const match of text.matchAll(DOZEN)) {
    const end = match.index + match[0].length;
    if (!overlaps(found, match.index, end)) {
      found.push({ start: match.index, end, value: match[1] ? 6 : 12, vague: false });
    }
  }
  for (const match of text.matchAll(FRACTION)) {
    const end = match.index + match[0].length;
    const numeratorWord = (match[1] ?? "").toLowerCase();
    const numerator = numeratorWord === "a" || numeratorWord === "an" ? 1 : parseCardinal(numeratorWord);
    const denominator = DENOMINATORS[(match[2] ?? "").toLowerCase().replace(/s$/, "")] ?? null;
    // "one half" and "two thirds" are fractions; "a second" is not (second is not in the table).
    if (numerator !== null && denominator !== null && !overlaps(found, match.index, end)) {
      found.push({ start: match.index, end, value: numerator / denominator, vague: false });
    }
  }
  for (const match of text.matchAll(CANDIDATE_RUN)) {
    for (const piece of wellFormedPrefixes(match[0], match.index)) {
      if (overlaps(found, piece.start, piece.end)) continue;
      const value = parseCardinal(text.slice(piece.start, piece.end));
      if (value !== null) found.push({ ...piece, value, vague: false });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
