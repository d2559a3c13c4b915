// Unit and noun attachment: what a number counts or measures, read from the words after it.
// A small hand-written grammar (symbols, abbreviations, unit words, then a short noun phrase)
// rather than a tagger: it runs on every number of every article and must stay fast.

export type UnitCategory = "percent" | "currency" | "measurement" | "duration" | "age" | "count";

export interface UnitMatch {
  /** The unit as written or normalised ("percent", "dollars", "km", "bodies"). */
  readonly unit: string;
  readonly category: UnitCategory;
  /** Where the unit phrase ends in the text. */
  readonly end: number;
  /** The words from the number to the unit's end, as written ("exhumed bodies"). */
  readonly phrase: string;
}

const PERCENT =
  /^[\s\u00a0]?(?:%|percent(?:age points?)?\b|per[\s-]?cent\b|pc\b|pct\b|percentage points?\b)/i;
const BASIS_POINTS = /^[\s-](basis[\s-]points?|bps)\b/i;

const NATIONALITY =
  "(?:US|U\\.S\\.|American|Australian|Canadian|New Zealand|Hong Kong|Singapore|Taiwan|Chinese|Japanese|Danish|Swedish|Norwegian|Russian|Ukrainian|Indian|Mexican|Brazilian|Swiss|South African|Israeli|Turkish)\\s+";
const CURRENCY_WORDS = new RegExp(
  `^\\s+(?:${NATIONALITY})?(dollars?|euros?|pounds sterling|yen|yuan|renminbi|rupees?|shekels?|crowns?|kronor|kroner|krone|francs?|roubles?|rubles?|hryvnias?|cents?|pence|ringgit|pesos?|rand|lira|zlotys?|won|reais|riyals?|dirhams?)\\b`,
  "i",
);

/** Abbreviations, glued or after one space; matched case-sensitively where case carries meaning (m, M, W). */
const ABBREVIATED_UNITS =
  /^(?:[\s\u00a0]?|-)(km\/h|km²|km2|km|kph|mph|m\.p\.h\.?|mpg|kg|mg|lb-ft|lbs?|oz|mm|cm|μm|µm|nm|m²|m2|m³|m3|mi|sq\s?ft|kWh|MWh|GWh|kW|MW|GW|kV|mAh|Hz|HZ|kHz|MHz|GHz|GB|MB|TB|Mbps|Gbps|ml|mL|hp|bhp|Nm|rpm|ppm|dB|°C|°F|°|degF|degC|deg\s?[CF]|GPa|MPa|ksi|psi|cc|ft|secs?|mins|hrs?|MP|mt|bpd|W|V)(?![\p{L}\d])/u;
/** Single letters read as units only when glued to the number ("100m", "5g", "2l", "38C", "100F"). */
const GLUED_LETTER_UNITS = /^(m|g|l|L|t|s|p|C|F)(?![\p{L}\d])/u;

/** Whether letters glued to a number are a unit ("5km", "50mph") rather than part of a code ("3D", "XC40"). */
export function startsWithGluedUnit(after: string): boolean {
  return (
    PERCENT.test(after) ||
    ABBREVIATED_UNITS.test(after) ||
    GLUED_LETTER_UNITS.test(after) ||
    /^(?:bn|tn|mn|k|K|M|B|m|b)(?![\p{L}\d])/u.test(after)
  );
}
const INCH_MARK = /^(″)/;

const MEASUREMENT_WORDS =
  /^(?:[\s\u00a0]+|-)((?:square\s+|cubic\s+)?(?:(?:kilo|centi|milli|micro|nano)?met(?:er|re)s?|miles?|feet|foot|inch(?:es)?|yards?|acres?|hectares?|tons?|tonnes?|(?:kilo)?grams?|ounces?|lbs?|pounds?(?= of)|lit(?:er|re)s?|gallons?|barrels?|degrees?(?:\s+(?:celsius|fahrenheit|c|f))?|(?:kilo|mega|giga)?watts?|(?:kilo)?volts?|decibels?|horsepower|knots|calories|(?:kilo|mega|giga|tera)?bytes|gigapascals?|pound-feet|miles per (?:hour|gallon)|kilomet(?:er|re)s per hour|parts per (?:million|billion)|light[\s-]years?))(?![\p{L}])/iu;

const DURATION_WORDS =
  /^(?:[\s\u00a0]+|-)(seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?|decades?|centuries|century|millennia|sessions|quarters)(?![\p{L}-])/iu;
/** "16 years old", "a 3-month-old", and the short forms of headlines and posts: "16 yr old", "21 y/o". */
const AGE =
  /^(?:[\s\u00a0]+|-)(years?[\s-]old|year-olds?|months?[\s-]old|month-olds?|yrs?\.?[\s-]old|y\/o|y\.o\.)(?![\p{L}])|^(?:\s+|-)(?:years?\s+of\s+age)/iu;

/** A person named just before, with the age between commas: "Warren Buffett, | 93,", "his son, | 12,". */
const NAMED_PERSON_BEFORE =
  /(?:\p{Lu}[\p{L}'’.-]*|\b(?:son|daughter|wife|husband|mother|father|brother|sister|boy|girl|man|woman|victim|suspect|driver|friend|partner))\s*,\s*$/u;
const AGE_WORD_BEFORE = /\b(?:aged|ages?|who\s+(?:is|was))\s+$/i;

/**
 * An age written as a bare number: "Warren Buffett, 93, said", "participants aged 45 and over",
 * "the victim, who was 17,". Only whole numbers a person can be, with no unit of their own.
 */
export function bareAge(text: string, start: number, end: number, value: number): UnitMatch | null {
  if (!Number.isInteger(value) || value < 1 || value > 120) return null;
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 12);
  const named = NAMED_PERSON_BEFORE.test(before) && /^\s*(?:,|\)|and\b)/.test(after);
  if (!named && !AGE_WORD_BEFORE.test(before)) return null;
  return { unit: "year-old", category: "age", end, phrase: "" };
}

/** "$5 a share", "20 miles per gallon"; not "41 per cent a month ago", which is a time. */
const RATE =
  /^\s+(?:a|an|per|each)\s+(share|month|year|day|week|hour|century|decade|ounce|barrel|gallon|lit(?:er|re)|gram|kilogram|kilo|person|head|capita|game|night|square\s+(?:foot|metre|meter))\b(?!\s+(?:ago|earlier|before|later)\b)/i;

/** Words that end a noun phrase: function words, auxiliaries and reporting verbs. */
const STOP_WORDS = new Set(
  (
    "a an the of in on at to for from with by and or but nor as than that which who whom whose this these those " +
    "it its they them their he him his she her we our you your i me my is are was were be been being am has have " +
    "had having will would could should can may might must shall do did does not no per each every more less fewer " +
    "most up down over under into onto after before since during while when where if so also just only about around " +
    "said says say told across between among against near off out then there here now again still yet already ago " +
    "later earlier last next including like according via plus minus both all some any other another such own very " +
    "too even back away because though although whether until toward towards within without upon instead rather " +
    "respectively what how why whereas alone each either neither along beyond behind above below beneath " +
    "beside besides throughout alongside inside outside amid amongst despite " +
    // Common irregular past tenses, which end a noun phrase as surely as an auxiliary does.
    "left went came took made fell rose grew saw got gave ran won lost held met paid told sent spent stood kept " +
    "brought bought sold found became began fled lay laid lain remain remained slept spoke drove flew fought " +
    "struck threw knew thought felt heard meant led built sought taught wore rode"
  ).split(" "),
);

/**
 * "3 200.5-litre drums", "300 1/2-price tickets": digits, then a compound led by other digits that
 * sizes the noun after it, the noun the first number counts. Only after digits, whose pairs
 * findNumbers splits; after a word ("two 14-year-old boys") the noun is not read yet.
 */
const NUMBER_COMPOUND = /^[\s\u00a0]+\d[\d.,/]*-\p{L}[\p{L}-]*(?=[\s\u00a0]+\p{L})/u;

function numberCompoundLength(text: string, end: number): number {
  if (!/\d/.test(text[end - 1] ?? "")) return 0;
  return NUMBER_COMPOUND.exec(text.slice(end))?.[0].length ?? 0;
}

const WORD = /^[\s\u00a0]*([\p{L}][\p{L}\p{M}'’]*(?:-[\p{L}\p{N}][\p{L}\p{N}\p{M}'’]*)*)/u;

/** A word that reads as a plural noun: "bodies", "sites", "people"; not "gas", "bus", "crisis", "press". */
const PLURAL_NOUN = /\p{L}[^\Wsuia]s$|^(?:people|men|women|children)$/iu;

function looksLikeParticiple(word: string): boolean {
  return /\p{L}{2}(?:ed|ing)$/iu.test(word);
}

function looksLikeVerbOrAdverb(word: string): boolean {
  return /(?:ed|ing|ly)$/i.test(word);
}

/** The noun phrase after a number: up to four content words, ended by a stop word or punctuation. */
function nounPhrase(text: string, from: number): { words: string[]; end: number } {
  const words: string[] = [];
  const ends: number[] = [];
  let end = from;
  while (words.length < 4) {
    const match = WORD.exec(text.slice(end));
    const word = match?.[1];
    if (!match || !word) break;
    // "eight more picks" counts picks; "450 more than" ends the phrase.
    const isMoreBeforeNoun =
      word.toLowerCase() === "more" &&
      words.length === 0 &&
      !/^\s*than\b/i.test(text.slice(end + match[0].length));
    // "to-260,000" is a range's connector, not a name like "F-16".
    const connectorBeforeDigits = /\d/.test(word) && STOP_WORDS.has(word.split("-")[0]?.toLowerCase() ?? "");
    if ((STOP_WORDS.has(word.toLowerCase()) || connectorBeforeDigits) && !isMoreBeforeNoun) break;
    // After a plural noun a participle is a verb: "146 bodies | showed signs", "14 officers | wearing vests".
    if (PLURAL_NOUN.test(words.at(-1) ?? "") && looksLikeParticiple(word)) break;
    words.push(word);
    end += match[0].length;
    ends.push(end);
  }
  // A trailing verb or adverb ("450 died", "400 bodies exhumed") is not what the number counts.
  while (
    words.length > 0 &&
    (looksLikeVerbOrAdverb(words.at(-1) ?? "") || words.at(-1)?.toLowerCase() === "more")
  ) {
    words.pop();
    ends.pop();
  }
  // The head is the last plural noun when only other words follow it: "four points | clear",
  // "21 stages | cover", "12 years | experience"; not "440 burial sites".
  const lastPlural = words.findLastIndex((word) => PLURAL_NOUN.test(word));
  if (lastPlural >= 0 && lastPlural < words.length - 1) {
    words.length = lastPlural + 1;
    ends.length = lastPlural + 1;
  }
  return { words, end: ends.at(-1) ?? from };
}

function withRate(text: string, unit: UnitMatch): UnitMatch {
  const rate = RATE.exec(text.slice(unit.end));
  if (!rate?.[1]) return unit;
  const end = unit.end + rate[0].length;
  return { ...unit, unit: `${unit.unit} per ${rate[1].toLowerCase()}`, end };
}

function unitAt(text: string, end: number, unit: string, category: UnitCategory, length: number): UnitMatch {
  return { unit, category, end: end + length, phrase: text.slice(end, end + length).trim() };
}

/**
 * The unit after the number that ends at `end`. `currency` is a prefix already read ("$5");
 * `vague` lets "dozens of bodies" reach past its "of".
 */
export function attachUnit(
  text: string,
  end: number,
  options: { currency: string | null; vague: boolean },
): UnitMatch | null {
  const after = text.slice(end);
  const percent = PERCENT.exec(after);
  if (percent) return withRate(text, unitAt(text, end, "percent", "percent", percent[0].length));
  if (options.currency)
    return withRate(text, { unit: options.currency, category: "currency", end, phrase: "" });
  const basisPoints = BASIS_POINTS.exec(after);
  if (basisPoints?.[1]) return unitAt(text, end, "basis points", "measurement", basisPoints[0].length);
  const currency = CURRENCY_WORDS.exec(after);
  if (currency) return withRate(text, unitAt(text, end, currency[0].trim(), "currency", currency[0].length));
  const age = AGE.exec(after);
  if (age) return unitAt(text, end, "year-old", "age", age[0].length);
  const abbreviation =
    ABBREVIATED_UNITS.exec(after) ?? GLUED_LETTER_UNITS.exec(after) ?? INCH_MARK.exec(after);
  if (abbreviation?.[1]) {
    return withRate(text, unitAt(text, end, abbreviation[1], "measurement", abbreviation[0].length));
  }
  const measurement = MEASUREMENT_WORDS.exec(after);
  if (measurement?.[1]) {
    return withRate(text, unitAt(text, end, measurement[1], "measurement", measurement[0].length));
  }
  const duration = DURATION_WORDS.exec(after);
  if (duration?.[1]) {
    const followedByAge = /^\s*(?:-|\s)old\b/i.test(text.slice(end + duration[0].length));
    if (followedByAge) return unitAt(text, end, "year-old", "age", duration[0].length);
    return unitAt(text, end, duration[1], "duration", duration[0].length);
  }
  const ofPhrase = options.vague ? /^\s+of\s+(?:the\s+)?/i.exec(after) : null;
  const nounStart = end + (ofPhrase?.[0].length ?? 0);
  if (ofPhrase) {
    const nested = attachUnit(text, nounStart, { currency: null, vague: false });
    if (nested && nested.category !== "count") return nested;
  }
  // "a three-point shot", "a six-speed gearbox": the compound names what the number counts.
  const compound = /^-(\p{L}+)(?![\p{L}-])/u.exec(after);
  if (compound?.[1] && !ofPhrase) return unitAt(text, end, compound[1], "count", compound[0].length);
  const phrase = nounPhrase(text, ofPhrase ? nounStart : end + numberCompoundLength(text, end));
  const head = phrase.words.at(-1);
  if (!head) return null;
  // "440 fresh graves" counts graves; "a 5-year sentence" is about time.
  if (phrase.words.some((word) => /^(?:years?|months?|days?|weeks?)-old$|-year-old$/i.test(word))) {
    return { unit: "year-old", category: "age", end: phrase.end, phrase: text.slice(end, phrase.end).trim() };
  }
  return withRate(text, {
    unit: head,
    category: "count",
    end: phrase.end,
    phrase: text.slice(end, phrase.end).trim(),
  });
}
