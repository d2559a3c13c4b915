// Number parsing: digits with separators, decimals and scale words ("1,300", "1 300", "2.5",
// "1.2 million", "$4.2bn", "2.5 lakh"), fractions ("2 1/2", "2½"), signs ("minus 4"), currency
// prefixes, and numbers in words (number-words.ts).
// Spans that only look like numbers (clock times, ISO dates, phone numbers, URLs, version strings)
// are masked first so none of their digits is read.
import { findWordNumbers, indianScaleKey } from "./number-words";
import { attachUnit } from "./units";

export interface NumberMatch {
  /** Span of the number, including a currency prefix and a scale word. */
  readonly start: number;
  readonly end: number;
  /** Where the digits or words themselves begin (after any currency prefix). */
  readonly numberStart: number;
  readonly value: number;
  readonly vague: boolean;
  readonly written: "digits" | "words";
  /** Normalised currency name when a symbol or code prefixes the number ("$5" → "dollars"). */
  readonly currency: string | null;
  /** Four digits from 1000 to 2199 with no separator, decimal, currency or scale: maybe a year. */
  readonly yearLike: boolean;
  /** The scale word or suffix that multiplied the value ("million", "bn"), if any. */
  readonly scale: number | null;
}

const MASKS = [
  /\b\d{1,2}(?::\d{2}){1,2}(?:\.\d+)?(?:\s*[ap]\.?m\.?(?![a-z]))?/gi, // 9:01 p.m., 17:22, 1:36.6
  /\b\d{1,2}\s*[ap]\.?m\.?(?![a-z])/gi, // 2 p.m.
  /\b\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?/g, // ISO dates and timestamps
  /(?:\+\d{1,3}[\s.-]?)?\(\d{2,4}\)[\s.-]?\d{3,4}[\s.-]?\d{3,4}\b/g, // (555) 555-0100
  /\+\d{1,3}(?:[\s.-]\d{2,4}){2,4}\b/g, // +44 20 7946 0958
  /\b\d{3}[.-]\d{3}[.-]\d{4}\b|\b\d{3}-\d{4}\b/g, // 555-555-0100, 555-0100
  /\bhttps?:\/\/\S+|\bwww\.\S+|\S+@\S+\.\S+/g, // URLs, e-mail addresses
  /\b\d+(?:\.\d+){2,}\b/g, // versions and addresses: 1.2.3, 10.0.0.1
  /#\d+/g, // hashtags and list ranks
];

function maskedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const pattern of MASKS) {
    for (const match of text.matchAll(pattern)) spans.push([match.index, match.index + match[0].length]);
  }
  return spans;
}

/** Currency symbols and codes written before the number, with the name used as the unit. */
const CURRENCY_PREFIXES: readonly [RegExp, string][] = [
  [/(?:US\s?\$|\$\s?US|USD\s?|U\.S\.\s?\$)$/, "dollars"],
  // Glued only: in "A $5 billion contract" the "A" is an article.
  [/(?:(?<![\p{L}])C\$|CA\$|CAD\s?)$/u, "Canadian dollars"],
  [/(?:(?<![\p{L}])A\$|\$\s?A|AU\$|AUD\s?)$/u, "Australian dollars"],
  [/(?:NZ\$|NZD\s?)$/, "New Zealand dollars"],
  [/(?:HK\$|HKD\s?)$/, "Hong Kong dollars"],
  [/\$$/, "dollars"],
  [/(?:€|EUR\s?)$/, "euros"],
  // "PS" is how "£" comes out of feeds transliterated to ASCII.
  [/(?:£|GBP\s?|(?<![\p{L}])PS)$/u, "pounds"],
  [/(?:¥|JPY\s?|Y=)$/, "yen"],
  [/(?:CNY\s?|RMB\s?)$/, "yuan"],
  [/(?:₹|INR\s?|Rs\.?\s?)$/, "rupees"],
  [/(?:₽|RUB\s?)$/, "roubles"],
  [/(?:₴|UAH\s?)$/, "hryvnias"],
  [/(?:CHF\s?)$/, "francs"],
  [/(?<![\p{L}])RM$/u, "ringgit"],
];

function currencyPrefix(before: string): { currency: string; length: number } | null {
  const tail = before.slice(-6);
  for (const [pattern, currency] of CURRENCY_PREFIXES) {
    const match = pattern.exec(tail);
    if (match) return { currency, length: match[0].length };
  }
  return null;
}

/** Scale words after digits; "lakh" (10^5) and "crore" (10^7) in Indian English, "1 lakh crore" 10^12. */
const SCALE_WORD =
  /^[\s\u00a0]*(hundred|thousand|million|billion|trillion|dozens?|lakhs?(?:\s+crores?)?|crores?)\b/i;
/**
 * Scale suffixes: "bn", "tn", "bln", "mln" and "k" always scale; a lone "m"/"b" scales only money
 * ("£6m"), else it is metres or bytes; a spaced capital "B"/"M" scales before a lowercase noun
 * ("8 B people").
 */
const SCALE_SUFFIX =
  /^(?:[\s\u00a0]?(bn|tn|mn|trn|bln|mln|tln)|(k|K|M|B|m|b)|[\s\u00a0](B|M)(?=\s+\p{Ll}))(?![\p{L}\d])/u;
const SCALES: Record<string, number> = {
  dozen: 12,
  dozens: 12,
  hundred: 100,
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  billion: 1e9,
  bn: 1e9,
  bln: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
  trn: 1e12,
  tln: 1e12,
  lakh: 1e5,
  crore: 1e7,
  "lakh crore": 1e12,
};

/**
 * "19.3m passengers", "100m weekly users": a lone "m" or "b" before a plural noun counts millions or
 * billions, as British news writes them; "the 100m hurdles" and "fell 8m from" are metres.
 */
const MILLIONS_OF =
  /^[mb][\s\u00a0]+(?:[\p{Ll}-]+[\s\u00a0]+)?(?!(?:hurdles|relays|heats|finals|waves|walls|lengths)\b)(?:people|\p{Ll}+[^\Wsuia]s)(?![\p{L}])/u;

function readScale(after: string, isMoney: boolean): { scale: number; length: number } | null {
  const word = SCALE_WORD.exec(after);
  if (word?.[1]) return { scale: SCALES[indianScaleKey(word[1])] ?? 1, length: word[0].length };
  const suffix = SCALE_SUFFIX.exec(after);
  if (!suffix) return null;
  const unit = (suffix[1] ?? suffix[2] ?? suffix[3] ?? "").toLowerCase();
  const caseSensitive = suffix[2];
  if ((caseSensitive === "m" || caseSensitive === "b") && !isMoney && !MILLIONS_OF.test(after)) return null;
  return { scale: SCALES[unit] ?? 1, length: suffix[0].length };
}

/**
 * Digits: thousands separated by commas or by (thin, no-break or plain) spaces, lakhs and crores by
 * commas in Indian English ("12,34,567"), an optional decimal part, or a bare decimal (".534").
 * Digits glued to letters on the left are codes (XC40, TA-35, COVID-19) unless the letters are a
 * currency.
 */
const DIGITS =
  /(?<![\d.,])(?:\d+(?:\.\d+)?\s?[×x]\s?10\^?[-−]?\d+)|(?<![\d.,])(?:\d{1,2}(?:,\d{2})+,\d{3}(?![\d])|\d{1,3}(?:,\d{3})+(?![\d])|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,])|\d+)(?:\.\d+)?(?![\d])|(?<![\d\p{L}])\.\d+/gu;

/** "1,300", "1 300", "2.5", ".534", and scientific notation as written in news: "2.998×10−8". */
function parseDigits(digits: string): number {
  const scientific = /^(\d+(?:\.\d+)?)\s?[×x]\s?10\^?([-−]?\d+)$/.exec(digits);
  if (scientific) {
    return (
      Number.parseFloat(scientific[1] ?? "") *
      10 ** Number.parseInt((scientific[2] ?? "").replace("−", "-"), 10)
    );
  }
  return Number.parseFloat(digits.replace(/[,\s\u00a0\u202f]/g, ""));
}

interface DigitMatch {
  readonly start: number;
  readonly end: number;
  readonly digits: string;
  readonly value: number;
}

function digitMatch(start: number, digits: string): DigitMatch {
  return { start, end: start + digits.length, digits, value: parseDigits(digits) };
}

/** The last space-separated group of digits, when it has a decimal part: "3 200.5". */
const SPACED_DECIMAL_GROUP = /[ \u00a0\u202f](\d{3}\.\d+)$/;

/**
 * "3 200.5-litre drums" are 3 drums of 200.5 litres: a hyphen binds a compound to the digits right
 * before it, and a decimal glued into a compound gives the size of each thing counted, so the space
 * before it ends the number. Grouping stands otherwise: "1 300.5 tonnes", and "a 1 300-metre
 * tunnel", where without a decimal the form cannot tell a count from a thousands group.
 */
function splitBeforeDecimalCompound(text: string, match: DigitMatch): DigitMatch[] {
  const last = SPACED_DECIMAL_GROUP.exec(match.digits);
  if (!last?.[1] || !/^-\p{L}/u.test(text.slice(match.end))) return [match];
  return [
    digitMatch(match.start, match.digits.slice(0, last.index)),
    digitMatch(match.end - last[1].length, last[1]),
  ];
}

/** Integers joined by commas, without a decimal part: "12,15,102", "1,300", "12,34,567". */
const COMMA_RUN = /(?<![\d.,])\d+(?:,\d+)+(?![\d]|[.,]\d)/g;
const THOUSANDS_GROUPED = /^\d{1,3}(?:,\d{3})+$/;
const LAKHS_GROUPED = /^\d{1,2}(?:,\d{2})+,\d{3}$/;

/**
 * "stations 12,15,102": three or more integers joined by commas that are no thousands grouping are a
 * list, one number an item. Two ("1,3", "12,15") may be a decimal comma, and an item with a leading
 * zero ("5,00", "12,05,300") is a group, so neither is split.
 */
function commaListNumbers(text: string): { start: number; end: number; value: number }[] {
  const found: { start: number; end: number; value: number }[] = [];
  for (const match of text.matchAll(COMMA_RUN)) {
    const items = match[0].split(",");
    if (items.length < 3 || items.some((item) => /^0\d/.test(item))) continue;
    if (THOUSANDS_GROUPED.test(match[0])) continue;
    const end = match.index + match[0].length;
    if (LAKHS_GROUPED.test(match[0]) && !isLabelList(text, match.index, end)) continue;
    let start = match.index;
    for (const item of items) {
      found.push({ start, end: start + item.length, value: Number(item) });
      start += item.length + 1;
    }
  }
  return found;
}

/** A plural noun ("stations", "seats") or a plural abbreviation ("nrs.", "Nos."); not "this", "plus". */
const PLURAL_LABEL_BEFORE = /(?:\p{L}+s\.|\p{L}{3,}(?<![sui])s)\s+$/u;

/**
 * "12,34,567" is Indian grouping (12 lakh 34 thousand 567) and "stations 12,15,102" a list: the same
 * form. Right after a plural noun and before no counted noun, numbers name things rather than count
 * them, so there the run is a list; "It was 12,34,567" and "India records 3,45,678 new cases" are not.
 */
function isLabelList(text: string, start: number, end: number): boolean {
  return (
    PLURAL_LABEL_BEFORE.test(text.slice(Math.max(0, start - 30), start)) &&
    attachUnit(text, end, { currency: null, vague: false }) === null
  );
}

/** "1/2 pound", "3/4-inch": a proper fraction before a word; "9/11" and "24/7" are not fractions. */
const FRACTION = /(?<![\d/.,])([1-9])\/([2-58]|10|16)(?![\d/])(?=[\s-]\p{Ll})/gu;
/** "2 1/2 years": a whole number and a proper fraction, before a word or at the end of the sentence. */
const MIXED_FRACTION =
  /(?<![\d/.,])(\d{1,3})[ \u00a0]+([1-9])\/([2-58]|10|16)(?![\d/])(?=[\s-]\p{Ll}|[\s.,;:!?)]*$)/gu;
const VULGAR_FRACTIONS: Record<string, number> = {
  "½": 1 / 2,
  "⅓": 1 / 3,
  "⅔": 2 / 3,
  "¼": 1 / 4,
  "¾": 3 / 4,
  "⅕": 1 / 5,
  "⅖": 2 / 5,
  "⅗": 3 / 5,
  "⅘": 4 / 5,
  "⅙": 1 / 6,
  "⅚": 5 / 6,
  "⅐": 1 / 7,
  "⅛": 1 / 8,
  "⅜": 3 / 8,
  "⅝": 5 / 8,
  "⅞": 7 / 8,
  "⅑": 1 / 9,
  "⅒": 1 / 10,
};
/** "2½ years", "½ cup": a fraction character, alone or after a whole number. */
const VULGAR_FRACTION = new RegExp(
  `(?<![\\d.,])(?:(\\d{1,3})[ \\u00a0]?)?([${Object.keys(VULGAR_FRACTIONS).join("")}])`,
  "gu",
);

function plainNumber(start: number, end: number, value: number, written: "digits" | "words"): NumberMatch {
  return {
    start,
    end,
    numberStart: start,
    value,
    vague: false,
    written,
    currency: null,
    yearLike: false,
    scale: null,
  };
}

/**
 * "minus 4", "negative 0.5%", "-3" (a dash only before digits). Returns how much of the text before
 * the number the sign word takes, so that the number starts at "minus" ("between minus 10 and 15"),
 * or null.
 */
function negativeSign(
  text: string,
  number: { start: number; end: number },
  written: "digits" | "words",
): number | null {
  const before = text.slice(0, number.start);
  if (written === "digits" && /(?:^|[\s(])[-−]$/.test(before)) return 0;
  // "tested negative 3 times" is a result, "an HIV-negative 30-year-old" an adjective and "plus or minus
  // 3 points" a margin, not a sign.
  const word =
    /\b(?:(?<!\bplus\s+or\s+)minus|(?<![\p{L}]-)(?<!\b(?:tested|tests?|came\s+back|proved|returned)\s+)negative)[\s-]$/iu.exec(
      before,
    );
  if (!word) return null;
  if (/^negative/i.test(word[0]) && isPairedWithPositive(before, text.slice(number.end))) return null;
  return word[0].length;
}

/** What a list item holds after its label: up to three words or numbers ("positive 1,300 samples"). */
const LIST_ITEM = String.raw`(?:[^\s,;:]|,(?=\d))+(?:\s+(?:[^\s,;:]|,(?=\d))+){0,2}`;
const POSITIVE_ITEM_BEFORE = new RegExp(
  String.raw`\bpositive\s+${LIST_ITEM}\s*[,;]\s*(?:and\s+)?negative[\s-]$`,
  "i",
);
const POSITIVE_ITEM_AFTER = new RegExp(String.raw`^(?:\s+${LIST_ITEM})?\s*[,;]\s*(?:and\s+)?positive\s`, "i");

/**
 * "Tests: positive 12, negative 340": listed next to a "positive" item, "negative" labels a count
 * (of results, of votes) and is no sign. "from negative 0.5% to positive 1.2%" is no list.
 */
function isPairedWithPositive(before: string, after: string): boolean {
  return POSITIVE_ITEM_BEFORE.test(before) || POSITIVE_ITEM_AFTER.test(after);
}

/**
 * "300 1/2-price tickets": a fraction hyphened to a word that is no unit of measure or time makes a
 * compound of its own (half-price), and the whole number before it counts what follows. Before a
 * unit the two make one size: "a 2 1/2-inch pipe", "a 1 1/2-hour wait".
 */
function isFractionCompound(text: string, fractionEnd: number): boolean {
  if (text[fractionEnd] !== "-") return false;
  const unit = attachUnit(text, fractionEnd, { currency: null, vague: false });
  return unit === null || unit.category === "count";
}

/** Mixed and Unicode fractions ("2 1/2", "2½", "½"): their spans and values. */
function fractionNumbers(text: string): { start: number; end: number; value: number }[] {
  const found: { start: number; end: number; value: number }[] = [];
  for (const match of text.matchAll(MIXED_FRACTION)) {
    const numerator = Number(match[2]);
    const denominator = Number(match[3]);
    if (numerator >= denominator) continue;
    if (isFractionCompound(text, match.index + match[0].length)) continue;
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      value: Number(match[1]) + numerator / denominator,
    });
  }
  for (const match of text.matchAll(VULGAR_FRACTION)) {
    const start = match.index;
    if (found.some((other) => start < other.end && match.index + match[0].length > other.start)) continue;
    const whole = match[1] ? Number(match[1]) : 0;
    found.push({
      start,
      end: start + match[0].length,
      value: whole + (VULGAR_FRACTIONS[match[2] ?? ""] ?? 0),
    });
  }
  return found;
}

export function findNumbers(text: string): NumberMatch[] {
  const masks = maskedSpans(text);
  const isMasked = (start: number, end: number) => masks.some(([from, to]) => start < to && end > from);
  const numbers: NumberMatch[] = [];
  // Fractions and list items are read first; the plain digits must not read their parts again.
  const readFirst = [...fractionNumbers(text), ...commaListNumbers(text)];
  const inReadFirst = (start: number, end: number) =>
    readFirst.some((read) => start < read.end && end > read.start);

  const digitMatches: DigitMatch[] = readFirst.map((read) => ({
    ...read,
    digits: text.slice(read.start, read.end),
  }));
  for (const match of text.matchAll(DIGITS)) {
    const end = match.index + match[0].length;
    if (inReadFirst(match.index, end)) continue;
    digitMatches.push(...splitBeforeDecimalCompound(text, digitMatch(match.index, match[0])));
  }

  for (const { start: numberStart, end: digitsEnd, digits, value: parsed } of digitMatches) {
    let end = digitsEnd;
    if (isMasked(numberStart, end)) continue;
    const before = text.slice(0, numberStart);
    const prefix = currencyPrefix(before);
    const sign = prefix ? null : negativeSign(text, { start: numberStart, end: digitsEnd }, "digits");
    const start = numberStart - (prefix?.length ?? sign ?? 0);
    let value = parsed;
    if (Number.isNaN(value)) continue;
    if (sign !== null) value = -value;
    const scale = readScale(
      text.slice(end),
      prefix !== null || /^\s?(?:dollars|euros|pounds)/i.test(text.slice(end)),
    );
    if (scale) {
      value *= scale.scale;
      end += scale.length;
    }
    const plainInteger = /^\d{4}$/.test(digits);
    numbers.push({
      start,
      end,
      numberStart,
      value: roundFloat(value),
      vague: false,
      written: "digits",
      currency: prefix?.currency ?? null,
      yearLike: plainInteger && !prefix && !scale && value >= 1000 && value < 2200,
      scale: scale?.scale ?? null,
    });
  }

  for (const match of text.matchAll(FRACTION)) {
    if (isMasked(match.index, match.index + match[0].length)) continue;
    if (inReadFirst(match.index, match.index + match[0].length)) continue;
    const value = Number(match[1]) / Number(match[2]);
    if (value >= 1) continue;
    const end = match.index + match[0].length;
    numbers.push(plainNumber(match.index, end, value, "digits"));
  }

  for (const word of findWordNumbers(text)) {
    if (isMasked(word.start, word.end)) continue;
    const words = text.slice(word.start, word.end).toLowerCase();
    // A bare scale word ("parts per million") is not a number; "a million" and "one million" are.
    if (/^(?:hundred|thousand|million|billion|trillion)$/.test(words)) continue;
    if (numbers.some((n) => word.start < n.end && word.end > n.start)) continue;
    const before = text.slice(0, word.start);
    const prefix = currencyPrefix(before);
    const sign = prefix ? null : negativeSign(text, word, "words");
    numbers.push({
      start: word.start - (prefix?.length ?? sign ?? 0),
      end: word.end,
      numberStart: word.start,
      value: sign !== null ? -word.value : word.value,
      vague: word.vague,
      written: "words",
      currency: prefix?.currency ?? null,
      yearLike: false,
      scale: SCALES[/(hundred|thousand|million|billion|trillion)$/.exec(words)?.[1] ?? ""] ?? null,
    });
  }
  return numbers.sort((a, b) => a.start - b.start);
}

/** Removes binary noise from multiplications: 1.2 * 1e6 is 1200000, not 1199999.9999999998. */
function roundFloat(value: number): number {
  return Number.parseFloat(value.toPrecision(15));
}
