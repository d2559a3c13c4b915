// Numbers written in words. compromise reads cardinals ("four hundred and fifty", "twenty-five",
// "five thousand"); it does not read vague plurals ("dozens", "tens of thousands") or "a dozen",
// and rounds fractions to three decimals ("two-thirds" → 0.667), so those come from the small
// tables below, as do mixed numbers ("three and a quarter"), fractions of a scale ("half a
// million"), decimals ("five point five") and Indian scales ("three lakh"). compromise is loaded
// once, with the module, and only sees the short run of number words, never a whole sentence:
// parsing a run costs about a millisecond, so values are cached.
import nlp from "compromise";

export interface WordNumber {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  /** A vague plural ("dozens", "hundreds of"): `value` is its unit, see VAGUE_PLURAL. */
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
 * Vague plurals are read as between one and ten of their unit, one convention for all, and
 * NewsQuant's (after CQE): "dozens" 12–120, "hundreds" 100–1,000, "tens of thousands"
 * 10,000–100,000; "several hundred" and "a few thousand" alike. The value found is the unit;
 * quantities.ts gives the bounds. "scores" counts only in "scores of": alone it is far more often
 * the noun or the verb ("he scores").
 */
const VAGUE_PLURAL =
  /(?<![\p{L}-])(?:(tens|hundreds|dozens)\s+of\s+(thousands|millions|billions)|(dozens|scores(?=\s+of\b)|hundreds|thousands|millions|billions)|(?:several|a\s+few|a\s+couple\s+of|many)\s+(dozen|hundred|thousand|million|billion))(?![\p{L}])/giu;

/** A vague plural spans its unit to this many times it: "hundreds" is 100 to 1,000. */
export const VAGUE_PLURAL_SPAN = 10;

function vaguePluralUnit(match: RegExpMatchArray): number {
  const [, outer, inner, plural, scale] = match.map((group) => group?.toLowerCase());
  if (outer && inner) {
    const outerUnit = outer === "tens" ? 10 : (SCALE_VALUES[outer.replace(/s$/, "")] ?? 1);
    return outerUnit * (SCALE_VALUES[inner.replace(/s$/, "")] ?? 1);
  }
  const word = (plural ?? scale ?? "").replace(/s$/, "");
  return SCALE_VALUES[word] ?? 0;
}

/** "a dozen" and "half a dozen" are exact. */
const DOZEN = /(?<![\p{L}-])(half\s+)?an?\s+dozen(?![\p{L}])/giu;
/** "half a tonne", "half a percentage point", "half an hour": one half of a unit of measure or time. */
const HALF_A_UNIT =
  /(?<![\p{L}-])half\s+an?(?=\s+(?:percentage\s+point|point|cent|penny|mile|tonne|ton|kilo(?:gram|metre|meter)?|met(?:re|er)|lit(?:re|er)|gallon|pound|degree|inch|foot|hour|day|week|month|year|decade|century|minute|second)(?![\p{L}-]))/giu;

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
  hundredth: 100,
  thousandth: 1_000,
  millionth: 1_000_000,
  billionth: 1_000_000_000,
  trillionth: 1_000_000_000_000,
};
const SMALL_DENOMINATOR =
  "halves|half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?";
/** "hundredth" and the like: a fraction only as "a hundredth" or plural ("three hundredths"). */
const LARGE_DENOMINATOR = "(?:hundred|thousand|million|billion|trillion)th";
/** "two thirds", "a quarter", "three hundredths"; not the ordinal of a compound ("three fifth-graders", "a third-party"). */
const FRACTION = new RegExp(
  `(?<![\\p{L}-])(?:(an?)[\\s-]+(${LARGE_DENOMINATOR})(?=\\s+of\\b)|(an?|${UNITS.join("|")})[\\s-]+(${SMALL_DENOMINATOR}|${LARGE_DENOMINATOR}s))(?![\\p{L}]|-\\p{L})`,
  "giu",
);

/**
 * "a third was injured", "a fourth man": "a" and a singular ordinal before a verb or a noun names
 * the next one of a group. A fraction stands alone or goes on with "of", a comparison or a verb of
 * change: "cut by a third", "a third of voters", "a third less". "a half" and "a quarter" are
 * always fractions.
 */
function isOrdinalUse(after: string, denominator: string): boolean {
  if (/^(?:half|quarter|halves|quarters)$/i.test(denominator) || /s$/i.test(denominator)) return false;
  const next = /^\s+(\p{L}+)/u.exec(after)?.[1];
  return (
    next !== undefined &&
    !/^(?:of|less|more|fewer|lower|higher|smaller|larger|bigger|percent|per|and|or|to|in|on|since|from|than)$/i.test(
      next,
    )
  );
}

function denominatorValue(word: string): number | null {
  const lower = word.toLowerCase();
  return DENOMINATORS[lower] ?? DENOMINATORS[lower.replace(/s$/, "")] ?? null;
}

function overlaps(found: readonly WordNumber[], start: number, end: number): boolean {
  return found.some((other) => start < other.end && end > other.start);
}

/** "three dozen" and "one and a half million": a cardinal times a dozen, or plus a simple fraction. */
const CARDINAL_RUN = `(?:${[...UNITS, ...TENS].join("|")})(?:[\\s-]+(?:and\\s+)?(?:${CARDINAL_WORD}))*`;
const TIMES_DOZEN = new RegExp(`(?<![\\p{L}-])(${CARDINAL_RUN})\\s+dozens?(?![\\p{L}])`, "giu");
/**
 * A whole number and a fraction: "two and a half", "three and one fourth", "one hundred and three
 * quarters", "one and a half million", "two million and a half" (a fraction of the last scale word).
 */
const AND_A_FRACTION = new RegExp(
  `(?<![\\p{L}-])(${CARDINAL_RUN})\\s+and\\s+(an?|one|two|three|four|five|six|seven|eight|nine)[\\s-]+(${SMALL_DENOMINATOR})(?:\\s+(thousand|million|billion|trillion))?(?![\\p{L}])`,
  "giu",
);
/** A plural fraction with a whole cardinal on top: "twenty-three fifths", "a hundred trillionths". */
const PLURAL_FRACTION = new RegExp(
  `(?<![\\p{L}-])((?:an?\\s+(?=${SCALES.join("|")}))?${CARDINAL_RUN.replace("(?:", `(?:${SCALES.join("|")}|`)})[\\s-]+(thirds|fourths|fifths|sixths|sevenths|eighths|ninths|tenths|${LARGE_DENOMINATOR}s)(?![\\p{L}])`,
  "giu",
);
/** A fraction of a scale: "half a million", "a half-million", "quarter million", "two-thirds of a billion". */
const FRACTION_OF_SCALE =
  /(?<![\p{L}-])(?:(an?|one|two|three)[\s-]+)?(?:(half|quarter)(?:\s+of)?|(halves|thirds?|quarters)\s+of)[\s-]+(?:an?\s+)?(thousand|million|billion|trillion)(?![\p{L}])/giu;
/**
 * Decimals in words: "five point five", "two hundred point zero three", "one point two million".
 * "at one point" is the idiom ("at one point five officers ...").
 */
const DIGIT_WORD = `(?:zero|nought|naught|oh|${[...UNITS.slice(1), ...TENS].join("|")})`;
const POINT_DECIMAL = new RegExp(
  `(?<![\\p{L}-])(zero|nought|naught|${CARDINAL_RUN})\\s+point\\s+(${DIGIT_WORD}(?:[\\s-]+${DIGIT_WORD})*)(?:\\s+(thousand|million|billion|trillion))?(?![\\p{L}]|\\s+hundred\\b)`,
  "giu",
);
/** Indian scale words: "three lakh", "two crore", "one lakh crore" (10^12). */
const INDIAN_SCALE = new RegExp(
  `(?<![\\p{L}-])(${CARDINAL_RUN})\\s+(lakhs?\\s+crores?|lakhs?|crores?)(?![\\p{L}])`,
  "giu",
);
const INDIAN_SCALES: Record<string, number> = { lakh: 1e5, crore: 1e7, "lakh crore": 1e12 };

/** "Lakhs Crores" → "lakh crore": the singular, single-spaced key of a scale word. */
export function indianScaleKey(words: string): string {
  return words
    .toLowerCase()
    .replace(/\s+/, " ")
    .replace(/(lakh|crore)s/g, "$1");
}

const LAST_SCALE = /(thousand|million|billion|trillion)$/i;

function mixedNumber(match: RegExpMatchArray): number | null {
  const cardinal = parseCardinal(match[1] ?? "");
  const numeratorWord = (match[2] ?? "").toLowerCase();
  const numerator = numeratorWord === "a" || numeratorWord === "an" ? 1 : parseCardinal(numeratorWord);
  const denominator = denominatorValue(match[3] ?? "");
  if (cardinal === null || numerator === null || denominator === null || numerator >= denominator)
    return null;
  const fraction = numerator / denominator;
  const scale = SCALE_VALUES[(match[4] ?? "").toLowerCase()];
  if (scale !== undefined)
    return cardinal >= scale ? cardinal + fraction * scale : (cardinal + fraction) * scale;
  const lastScale = SCALE_VALUES[LAST_SCALE.exec((match[1] ?? "").trim())?.[1]?.toLowerCase() ?? ""];
  return lastScale !== undefined ? cardinal + fraction * lastScale : cardinal + fraction;
}

/** "zero three" → "03", "seventy-one" → "71", "seventy one" → "71": the digits after "point". */
function decimalDigits(words: string): string | null {
  let digits = "";
  const tokens = words.toLowerCase().split(/\s+/);
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] ?? "";
    if (/^(?:zero|nought|naught|oh)$/.test(token)) {
      digits += "0";
      continue;
    }
    const value = parseCardinal(token);
    if (value === null) return null;
    const next = tokens[index + 1];
    const unit = next ? UNITS.indexOf(next) : -1;
    if (TENS.includes(token) && unit >= 1 && unit <= 9) {
      digits += String(value + unit);
      index++;
      continue;
    }
    digits += String(value);
  }
  return digits;
}

function pointDecimal(text: string, match: RegExpMatchArray): number | null {
  const whole = (match[1] ?? "").toLowerCase();
  const before = text.slice(Math.max(0, (match.index ?? 0) - 8), match.index);
  if (whole === "one" && /\bat\s+$/i.test(before)) return null;
  // "won by one point two nights ago", "cut to one point nine minutes before": the score's point, unless
  // a scale, a percentage or degrees show the decimal ("fell by one point two percent").
  const after = text.slice((match.index ?? 0) + match[0].length);
  if (
    whole === "one" &&
    /\b(?:by|to|within|just|only|any|from)\s+$/i.test(before) &&
    !match[3] &&
    !/^\s*(?:per\s?cent|percent|%|degrees?\b|°)/i.test(after)
  )
    return null;
  const integer = /^(?:zero|nought|naught)$/.test(whole) ? 0 : parseCardinal(whole);
  const digits = decimalDigits(match[2] ?? "");
  if (integer === null || digits === null) return null;
  const scale = SCALE_VALUES[(match[3] ?? "").toLowerCase()] ?? 1;
  return Number.parseFloat((Number.parseFloat(`${integer}.${digits}`) * scale).toPrecision(15));
}

function compoundNumbers(text: string): WordNumber[] {
  const found: WordNumber[] = [];
  const add = (match: RegExpMatchArray, value: number | null, start = match.index ?? 0) => {
    const end = (match.index ?? 0) + match[0].length;
    if (value !== null && !overlaps(found, start, end)) found.push({ start, end, value, vague: false });
  };
  for (const match of text.matchAll(POINT_DECIMAL)) add(match, pointDecimal(text, match));
  for (const match of text.matchAll(AND_A_FRACTION)) {
    // "between one and two thirds" is a range of fractions, not one and two thirds.
    if (/\bbetween\s+$/i.test(text.slice(Math.max(0, (match.index ?? 0) - 8), match.index))) continue;
    // "arrested three and a fourth suspect": "a fourth" before a singular noun is an ordinal.
    const next = /^[\s-]+(\p{L}+)/u.exec(text.slice((match.index ?? 0) + match[0].length))?.[1] ?? "";
    if (
      /^an?$/i.test(match[2] ?? "") &&
      !/^(?:half|quarter)$/i.test(match[3] ?? "") &&
      !match[4] &&
      next !== "" &&
      !/s$|^(?:of|per|percent)$/i.test(next)
    )
      continue;
    add(match, mixedNumber(match));
  }
  for (const match of text.matchAll(FRACTION_OF_SCALE)) {
    const numeratorWord = (match[1] ?? "").toLowerCase();
    const numerator =
      numeratorWord === "" || numeratorWord === "a" || numeratorWord === "an"
        ? 1
        : parseCardinal(numeratorWord);
    const denominator = denominatorValue(match[2] ?? match[3] ?? "");
    const scale = SCALE_VALUES[(match[4] ?? "").toLowerCase()];
    // "a third of a million"; "two half a million" is no number.
    const valid =
      numerator !== null && denominator !== null && scale !== undefined && numerator < denominator;
    add(match, valid ? (numerator / denominator) * scale : null);
  }
  for (const match of text.matchAll(TIMES_DOZEN)) {
    const cardinal = parseCardinal(match[1] ?? "");
    add(match, cardinal === null ? null : cardinal * 12);
  }
  for (const match of text.matchAll(INDIAN_SCALE)) {
    const cardinal = parseCardinal(match[1] ?? "");
    const scale = INDIAN_SCALES[indianScaleKey(match[2] ?? "")] ?? 1;
    add(match, cardinal === null ? null : cardinal * scale);
  }
  for (const match of text.matchAll(PLURAL_FRACTION)) {
    // The numerator is the last whole cardinal of the run: "two and fifty-four hundredths" is 2 and 0.54.
    const numeratorPiece = wellFormedPrefixes(match[1] ?? "", match.index ?? 0).at(-1);
    if (!numeratorPiece) continue;
    const numerator = parseCardinal(text.slice(numeratorPiece.start, numeratorPiece.end));
    const denominator = denominatorValue(match[2] ?? "");
    const value =
      numerator !== null && numerator > 0 && denominator !== null ? numerator / denominator : null;
    add(match, value, numeratorPiece.start);
  }
  return found;
}

/**
 * An ordinal made of a cardinal's words: "twenty-first", "two hundredth", "three trillionth".
 * Only hyphenated after a tens word: "twenty first responders" and "a thirty-second ad" are counts.
 */
function continuesAsOrdinal(text: string, piece: { start: number; end: number }): boolean {
  const after = text.slice(piece.end, piece.end + 16);
  if (/^[\s-]*(?:hundred|thousand|million|billion|trillion)th(?![\p{L}])/iu.test(after)) return true;
  const lastWord = /[\p{L}]+$/u.exec(text.slice(piece.start, piece.end))?.[0]?.toLowerCase() ?? "";
  return (
    TENS.includes(lastWord) &&
    /^-(?:first|third|fourth|fifth|sixth|seventh|eighth|ninth)(?![\p{L}-])/iu.test(after)
  );
}

/** Numbers written in words, in text order. "one" is kept here; quantities.ts decides when it counts. */
export function findWordNumbers(text: string): WordNumber[] {
  const found: WordNumber[] = compoundNumbers(text);
  for (const match of text.matchAll(VAGUE_PLURAL)) {
    if (overlaps(found, match.index, match.index + match[0].length)) continue;
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      value: vaguePluralUnit(match),
      vague: true,
    });
  }
  for (const match of text.matchAll(DOZEN)) {
    const end = match.index + match[0].length;
    if (!overlaps(found, match.index, end)) {
      found.push({ start: match.index, end, value: match[1] ? 6 : 12, vague: false });
    }
  }
  for (const match of text.matchAll(HALF_A_UNIT)) {
    const end = match.index + match[0].length;
    if (!overlaps(found, match.index, end)) found.push({ start: match.index, end, value: 0.5, vague: false });
  }
  for (const match of text.matchAll(FRACTION)) {
    const end = match.index + match[0].length;
    const numeratorWord = (match[1] ?? match[3] ?? "").toLowerCase();
    const numerator = numeratorWord === "a" || numeratorWord === "an" ? 1 : parseCardinal(numeratorWord);
    const denominator = denominatorValue(match[2] ?? match[4] ?? "");
    // "one half" and "two thirds" are fractions; "a second" is not (second is not in the table).
    if (numeratorWord.startsWith("a") && isOrdinalUse(text.slice(end), match[4] ?? "")) continue;
    if (numerator !== null && denominator !== null && !overlaps(found, match.index, end)) {
      found.push({ start: match.index, end, value: numerator / denominator, vague: false });
    }
  }
  for (const match of text.matchAll(CANDIDATE_RUN)) {
    for (const piece of wellFormedPrefixes(match[0], match.index)) {
      if (overlaps(found, piece.start, piece.end) || continuesAsOrdinal(text, piece)) continue;
      const value = parseCardinal(text.slice(piece.start, piece.end));
      if (value !== null) found.push({ ...piece, value, vague: false });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
