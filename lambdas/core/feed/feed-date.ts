// Feed dates: RFC 822 (RSS) and W3C-DTF / ISO 8601 (Atom, Dublin Core), read as UTC.
// Written here because Date.parse reads a date without a zone in the machine's local time and accepts
// many shapes that are not dates at all; feed dates follow two small grammars.

const ISO_8601 =
  /^(\d{4})(?:-?(\d{2})(?:-?(\d{2})(?:[T\s]+(\d{2}):?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/i;
const RFC_822 =
  /^(?:[A-Za-z]+\.?,?\s*)?(\d{1,2})[\s-]+([A-Za-z]+)\.?[\s-]+(\d{2}|\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([A-Za-z]{1,5}|[+-]\d{4}|[+-]\d{2}:\d{2})?$/;
/** Month-first variant some feeds write: "Dec 31, 2003 10:14:55 GMT". */
const MONTH_FIRST =
  /^(?:[A-Za-z]+,?\s+)?([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([A-Za-z]{1,5}|[+-]\d{4}|[+-]\d{2}:\d{2})?$/;

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

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
  const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1;
  if (month === 0) return null;
  // RFC 2822 section 4.3: two-digit years below 50 are 20xx.
  const shortYear = Number(yearText);
  const year = yearText.length === 2 ? (shortYear < 50 ? 2000 + shortYear : 1900 + shortYear) : shortYear;
  return utc(year, month, Number(day), Number(hour), Number(minute), Number(second), 0, zone);
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
