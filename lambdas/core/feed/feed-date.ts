// Feed dates: RFC 822 (RSS) and W3C-DTF / ISO 8601 (Atom, Dublin Core), read as UTC.
// Written here because Date.parse reads a date without a zone in the machine's local time and accepts
// many shapes that are not dates at all; feed dates follow two small grammars.

const ISO_8601 =
  /^(\d{4})(?:-?(\d{2})(?:-?(\d{2})(?:[T\s]+(\d{2}):?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/i;
// Day and month names are any letters (accented ones too): feeds in other languages write their own.
const RFC_822 =
  /^(?:\p{L}+\.?,?\s*)?(\d{1,2})[\s-]+(\p{L}+)\.?[\s-]+(\d{2}|\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([A-Za-z]{1,5}|[+-]\d{4}|[+-]\d{2}:\d{2})?$/u;
/** Month-first variant some feeds write: "Dec 31, 2003 10:14:55 GMT". */
const MONTH_FIRST =
  /^(?:\p{L}+,?\s+)?(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([A-Za-z]{1,5}|[+-]\d{4}|[+-]\d{2}:\d{2})?$/u;

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** Without accents, dots or case: "févr." → "fevr", "März" → "marz". */
function plainName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\p{M}.]/gu, "")
    .toLowerCase();
}

/** Languages whose month names feeds write in RFC 822 dates instead of English ones. */
const FEED_LANGUAGES = ["pt", "es", "fr", "de", "de-AT", "it", "nl"];
/** Common abbreviations Intl does not write: German "Mrz", and "Maerz" without the umlaut. */
const EXTRA_MONTH_NAMES: Readonly<Record<number, readonly string[]>> = { 3: ["mrz", "maerz"] };

/**
 * RFC 822 wants English names, but feeds in other languages often write their own ("Seg, 24 Set 2018",
 * "Mi, 12 Mär 2025", "12 févr. 2025"): each month's long and short names in those languages, from Intl.
 */
let localMonthNames: readonly (readonly string[])[] | null = null;

/** Built on first use (about 25 ms of Intl work): most feeds never need it. */
function monthNamesInFeedLanguages(): readonly (readonly string[])[] {
  if (localMonthNames) return localMonthNames;
  const formats = FEED_LANGUAGES.flatMap((language) =>
    (["long", "short"] as const).map(
      (month) => new Intl.DateTimeFormat(language, { month, timeZone: "UTC" }),
    ),
  );
  localMonthNames = Array.from({ length: 12 }, (_, index) => {
    const day = new Date(Date.UTC(2000, index, 15));
    const names = formats.map((format) => plainName(format.format(day)));
    return [...new Set([...names, ...(EXTRA_MONTH_NAMES[index + 1] ?? [])])];
  });
  return localMonthNames;
}

/** Offsets in minutes of the zone names RFC 822 defines; other names (and military letters) count as UTC. */
const ZONE_OFFSETS: Record<string, number> = {
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
};

const EARLIEST_YEAR = 1900;

/** The date as an ISO 8601 UTC string, or null when it is not a date this parser understands. */
export function parseFeedDate(raw: string): string | null {
  const text = raw
    .replace(/\([^)]*\)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (!text) return null;
  const millis = parseIso(text) ?? parseRfc822(text) ?? parseMonthFirst(text);
  return millis === null ? null : new Date(millis).toISOString();
}

function parseIso(text: string): number | null {
  const match = ISO_8601.exec(text);
  if (!match) return null;
  const [, year, month = "01", day = "01", hour = "00", minute = "00", second = "00", fraction = "", zone] =
    match;
  const millis = Math.round(Number(`0.${fraction || "0"}`) * 1000);
  return utc(
    Number(year),
    Number(month),
    Number(day),
    Number(hour),
    Number(minute),
    Number(second),
    millis,
    zone,
  );
}

function parseRfc822(text: string): number | null {
  const match = RFC_822.exec(text);
  if (!match) return null;
  const [, day, monthName, yearText, hour = "00", minute = "00", second = "00", zone] = match;
  return fromParts(yearText as string, monthName as string, day as string, hour, minute, second, zone);
}

function parseMonthFirst(text: string): number | null {
  const match = MONTH_FIRST.exec(text);
  if (!match) return null;
  const [, monthName, day, yearText, hour = "00", minute = "00", second = "00", zone] = match;
  return fromParts(yearText as string, monthName as string, day as string, hour, minute, second, zone);
}

function fromParts(
  yearText: string,
  monthName: string,
  day: string,
  hour: string,
  minute: string,
  second: string,
  zone: string | undefined,
): number | null {
  const month = monthNumber(monthName);
  if (month === null) return null;
  // RFC 2822 section 4.3: two-digit years below 50 are 20xx.
  const shortYear = Number(yearText);
  const year = yearText.length === 2 ? (shortYear < 50 ? 2000 + shortYear : 1900 + shortYear) : shortYear;
  return utc(year, month, Number(day), Number(hour), Number(minute), Number(second), 0, zone);
}

/**
 * 1 to 12, from an English name's first three letters, else from a name in another language: one of
 * a month's names, or a prefix (3 letters or more) of the names of one month only ("jui" could be
 * juin or juillet).
 */
function monthNumber(name: string): number | null {
  const english = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  if (english >= 0) return english + 1;
  const plain = plainName(name);
  if (plain.length < 3) return null;
  const monthNames = monthNamesInFeedLanguages();
  const exact = monthNames.findIndex((names) => names.includes(plain));
  if (exact >= 0) return exact + 1;
  const months = monthNames.flatMap((names, index) =>
    names.some((full) => full.startsWith(plain)) ? [index + 1] : [],
  );
  return months.length === 1 ? (months[0] ?? null) : null;
}

function utc(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  millis: number,
  zone: string | undefined,
): number | null {
  if (
    year < EARLIEST_YEAR ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > 31 ||
    hour > 23 ||
    minute > 59 ||
    second > 60
  )
    return null;
  const offset = zoneOffsetMinutes(zone);
  if (offset === null) return null;
  const local = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59), millis);
  // Date.UTC rolls 31 February over into March; a date that does not exist is not a date.
  if (new Date(local).getUTCDate() !== day) return null;
  return local - offset * 60_000;
}

function zoneOffsetMinutes(zone: string | undefined): number | null {
  if (!zone) return 0;
  const numeric = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (numeric) {
    const [, sign, hours, minutes = "00"] = numeric;
    if (Number(hours) > 14 || Number(minutes) > 59) return null;
    return (sign === "-" ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
  }
  return ZONE_OFFSETS[zone.toUpperCase()] ?? 0;
}
