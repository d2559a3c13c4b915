// Scores the feed stage (decodeText + parseFeed) on feedparser's, gofeed's and rss-parser's test corpora,
// against rss-parser's parseString alone on the same bytes read as UTF-8 (no charset handling, no recovery).
//
// feedparser rows ({path, group, headers, simple, xml_text, xml_b64}): the `simple` expectations that map
// to newsdrift's normalised items are checked: feed.title, entries[i].title (and title_detail.value),
// entries[i].link, entries[i].published_parsed / updated_parsed, `encoding`, and `bozo` outside the
// encoding group (there it is about charset overrides, not well-formedness).
// gofeed rows ({kind, input, expected}): translator cases check the feed title and the items' titles,
// links and published dates (as instants: publishedParsed where given). The feed link is not part of
// ParsedFeed, so it is not checked.
// rss-parser rows ({name, input_file, xml, xml_b64_if_not_utf8, expected}): expected is rss-parser's own
// test output, {feed: {title, items: [{title, link, pubDate, isoDate, ...}]}}, so the baseline meets most of
// it by construction. Checked: feed.title and the items' titles, links (a relative one resolved against the
// document's address, as newsdrift resolves it) and dates (isoDate, else pubDate, as instants). Not counted
// (expectationsSkipped): a title with U+FFFD, where rss-parser read Latin-1 bytes as UTF-8 and lost the
// characters that newsdrift decodes; a date that names no instant. A pubDate that rss-parser could not
// read because its names are not English ("Seg, 24 Set 2018 19:42:40 -0300") is checked by writing
// newsdrift's instant in that offset: day, year and time must agree, and the month name with Intl's in one of
// a few languages. The baseline runs without the `defaultRSS` option rss-parser's test gives the
// version-less uolNoticias feed, so it fails there. GUIDs, content and the feed link are not checked.
// Titles compare after whitespace collapsing, and the expected HTML also as plain text; dates compare as
// instants. An entry that newsdrift skips (no http(s) link) is compared as ParsedFeed.skipped reports it:
// its title and date can meet expectations, its link never does; "metOnSkippedEntries" counts those.
import Parser from "rss-parser";
import { canonicalizeUrl } from "../../lambdas/core/feed/canonical-url";
import { decodeText } from "../../lambdas/core/feed/charset";
import { collapseWhitespace, htmlToText } from "../../lambdas/core/feed/html-text";
import {
  FeedParseError,
  NOT_WELL_FORMED,
  type ParsedFeed,
  parseFeed,
} from "../../lambdas/core/feed/parse-feed";

interface FeedparserRow {
  readonly path: string;
  readonly group: string;
  readonly headers: readonly string[] | null;
  readonly simple: readonly { readonly path: string; readonly value: unknown }[] | null;
  readonly xml_text: string | null;
  readonly xml_b64: string | null;
}

interface GofeedRow {
  readonly kind: string;
  readonly name: string;
  readonly input_file: string;
  readonly input: string;
  readonly expected: GofeedExpected | null;
}

interface RssParserRow {
  readonly name: string;
  readonly input_file: string;
  readonly xml: string | null;
  /** The raw bytes, where the file is not UTF-8 (then `xml` is them read as UTF-8, with U+FFFD for bad bytes). */
  readonly xml_b64_if_not_utf8: string | null;
  /** rss-parser's test/output JSON for the file. */
  readonly expected: RssParserExpected | null;
}

interface RssParserExpected {
  readonly feed?: {
    readonly title?: string;
    readonly items?: readonly {
      readonly title?: string;
      readonly link?: string;
      readonly pubDate?: string;
      /** rss-parser's reading of the item's date as an ISO 8601 instant. */
      readonly isoDate?: string;
    }[];
  };
}

interface GofeedExpected {
  readonly title?: string;
  readonly items?: readonly {
    readonly title?: string;
    readonly link?: string;
    readonly published?: string;
    /** gofeed's reading of `published` as an RFC 3339 instant. */
    readonly publishedParsed?: string;
  }[];
}

/** One parser's view of a document, reduced to what the expectations compare. */
interface Outcome {
  readonly failed: boolean;
  readonly notWellFormed: boolean;
  readonly encoding: string;
  readonly title: string | null;
  /** By the entry's position in the document; undefined where the entry was not kept. */
  readonly entries: readonly (EntryView | undefined)[];
}

interface EntryView {
  readonly title: string;
  readonly link: string | null;
  readonly date: string | null;
  /** newsdrift kept the entry only as skipped (no usable link), not as an item. */
  readonly skipped?: boolean;
}

interface Expectation {
  readonly path: string;
  readonly expected: unknown;
  readonly met: (outcome: Outcome) => boolean;
}

interface Tally {
  total: number;
  parsed: number;
  errored: number;
  crashed: number;
  expectationsChecked: number;
  expectationsMet: number;
  expectationsSkipped: number;
  /** Expectations newsdrift missed because it has no item or skipped entry at that position. */
  missedWithoutItem: number;
  /** Expectations newsdrift met on entries it reports as skipped (no usable link) rather than as items. */
  metOnSkippedEntries: number;
  baseline: { parsed: number; errored: number; expectationsMet: number };
}

const ENTRY_PATH = /^entries\[(\d+)\]\.(title|title_detail\.value|link|published_parsed|updated_parsed)$/;

export async function evaluate(
  rows: AsyncIterable<unknown>,
  options: { verbose: boolean },
): Promise<Record<string, unknown>> {
  const tally: Tally = {
    total: 0,
    parsed: 0,
    errored: 0,
    crashed: 0,
    expectationsChecked: 0,
    expectationsMet: 0,
    expectationsSkipped: 0,
    missedWithoutItem: 0,
    metOnSkippedEntries: 0,
    baseline: { parsed: 0, errored: 0, expectationsMet: 0 },
  };
  for await (const row of rows) {
    const document = toDocument(row);
    if (!document) continue;
    tally.total++;
    const ours = await runNewsdrift(document, tally, options.verbose);
    const baseline = await runRssParserAlone(document, tally);
    const { checked, skipped } = expectationsOf(row);
    tally.expectationsSkipped += skipped;
    for (const expectation of checked) {
      tally.expectationsChecked++;
      const oursMet = expectation.met(ours);
      const baselineMet = expectation.met(baseline);
      if (oursMet) tally.expectationsMet++;
      if (oursMet && isEntryPath(expectation.path) && entryOf(ours, expectation.path)?.skipped) {
        tally.metOnSkippedEntries++;
      }
      if (baselineMet) tally.baseline.expectationsMet++;
      if (!oursMet && isEntryPath(expectation.path) && view(ours, expectation.path) === NO_ITEM) {
        tally.missedWithoutItem++;
      }
      if (options.verbose && !oursMet) {
        const detail = { expected: expectation.expected, ours: view(ours, expectation.path), baselineMet };
        process.stderr.write(`MISS ${document.name} ${expectation.path} ${JSON.stringify(detail)}\n`);
      }
    }
  }
  return { ...tally };
}

interface Document {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly contentType: string | null;
  readonly url: string;
}

function toDocument(row: unknown): Document | null {
  if (isFeedparserRow(row)) {
    const bytes = row.xml_b64
      ? Buffer.from(row.xml_b64, "base64")
      : new TextEncoder().encode(row.xml_text ?? "");
    const header = (row.headers ?? []).find((line) => /^content-type\s*:/i.test(line));
    const contentType = header ? header.slice(header.indexOf(":") + 1).trim() : null;
    // feedparser's test server address, which its expected links resolve against.
    return { name: row.path, bytes, contentType, url: `http://127.0.0.1:8097/${row.path}` };
  }
  if (isRssParserRow(row)) {
    const bytes = row.xml_b64_if_not_utf8
      ? Buffer.from(row.xml_b64_if_not_utf8, "base64")
      : new TextEncoder().encode(row.xml ?? "");
    return { name: row.input_file, bytes, contentType: null, url: rssParserDocumentUrl(row) };
  }
  if (isGofeedRow(row)) {
    return {
      name: row.input_file,
      bytes: new TextEncoder().encode(row.input),
      contentType: null,
      url: `https://gofeed.test/${row.input_file}`,
    };
  }
  return null;
}

function isFeedparserRow(row: unknown): row is FeedparserRow {
  return typeof row === "object" && row !== null && "path" in row && ("xml_text" in row || "xml_b64" in row);
}

function isGofeedRow(row: unknown): row is GofeedRow {
  return typeof row === "object" && row !== null && "kind" in row && "input" in row;
}

function isRssParserRow(row: unknown): row is RssParserRow {
  return typeof row === "object" && row !== null && "input_file" in row && "xml" in row && "expected" in row;
}

/** Where the fixture is served from: relative links in it (and in rss-parser's output) resolve against it. */
function rssParserDocumentUrl(row: RssParserRow): string {
  return `https://rss-parser.test/${row.input_file}`;
}

async function runNewsdrift(document: Document, tally: Tally, verbose: boolean): Promise<Outcome> {
  const { text, charset } = decodeText(document.bytes, document.contentType, "xml");
  try {
    const parsed = await parseFeed(text, { url: document.url, outlet: "eval" });
    tally.parsed++;
    return newsdriftOutcome(parsed, charset);
  } catch (error) {
    if (error instanceof FeedParseError) tally.errored++;
    else {
      tally.crashed++;
      process.stderr.write(`CRASH ${document.name}: ${(error as Error).stack}\n`);
    }
    if (verbose) process.stderr.write(`ERROR ${document.name}: ${(error as Error).message}\n`);
    return { failed: true, notWellFormed: true, encoding: charset, title: null, entries: [] };
  }
}

/** Lines up the kept items and the skipped entries with the document's entries, by position. */
function newsdriftOutcome(parsed: ParsedFeed, charset: string): Outcome {
  const entries: (EntryView | undefined)[] = [];
  for (const entry of parsed.skipped) {
    entries[entry.position - 1] = { title: entry.title, link: null, date: entry.publishedAt, skipped: true };
  }
  let position = 0;
  for (const item of parsed.items) {
    while (entries[position] !== undefined) position++;
    entries[position++] = { title: item.title, link: item.url, date: item.publishedAt };
  }
  return {
    failed: false,
    notWellFormed: parsed.problems.some((problem) => problem.startsWith(NOT_WELL_FORMED)),
    encoding: charset,
    title: parsed.title,
    entries,
  };
}

async function runRssParserAlone(document: Document, tally: Tally): Promise<Outcome> {
  const text = new TextDecoder().decode(document.bytes);
  try {
    const feed = await new Parser().parseString(text);
    tally.baseline.parsed++;
    return {
      failed: false,
      notWellFormed: false,
      encoding: "utf-8",
      title: stringOrNull(feed.title),
      entries: feed.items.map((item) => ({
        title: stringOrNull(item.title) ?? "",
        link: stringOrNull(item.link),
        date: stringOrNull(item.isoDate) ?? stringOrNull(item.pubDate),
      })),
    };
  } catch {
    tally.baseline.errored++;
    return { failed: true, notWellFormed: true, encoding: "utf-8", title: null, entries: [] };
  }
}

function stringOrNull(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}

function expectationsOf(row: unknown): { checked: Expectation[]; skipped: number } {
  if (isFeedparserRow(row)) return feedparserExpectations(row);
  if (isGofeedRow(row)) return gofeedExpectations(row);
  if (isRssParserRow(row)) return rssParserExpectations(row);
  return { checked: [], skipped: 0 };
}

function feedparserExpectations(row: FeedparserRow): { checked: Expectation[]; skipped: number } {
  const checked: Expectation[] = [];
  let skipped = 0;
  for (const { path, value } of row.simple ?? []) {
    const expectation = feedparserExpectation(row, path, value);
    if (expectation) checked.push(expectation);
    else skipped++;
  }
  return { checked, skipped };
}

function feedparserExpectation(row: FeedparserRow, path: string, value: unknown): Expectation | null {
  if (path === "bozo" && typeof value === "boolean" && row.group !== "encoding") {
    return { path, expected: value, met: (outcome) => outcome.notWellFormed === value };
  }
  if (path === "encoding" && typeof value === "string") {
    const expected = whatwgEncoding(value);
    return expected ? { path, expected: value, met: (outcome) => outcome.encoding === expected } : null;
  }
  if (path === "feed.title" && typeof value === "string") {
    return { path, expected: value, met: (outcome) => sameText(outcome.title, value) };
  }
  const entry = ENTRY_PATH.exec(path);
  if (!entry) return null;
  const index = Number(entry[1]);
  const field = entry[2];
  if ((field === "title" || field === "title_detail.value") && typeof value === "string") {
    return entryExpectation(path, index, "title", value, sameText);
  }
  if (field === "link" && typeof value === "string") {
    return entryExpectation(path, index, "link", value, sameLink);
  }
  if (Array.isArray(value) && value.length >= 6) {
    const [year, month, day, hour, minute, second] = value.map(Number) as number[];
    const expected = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day, hour, minute, second)).toISOString();
    return { ...entryExpectation(path, index, "date", expected, sameInstant), expected: value };
  }
  return null;
}

function gofeedExpectations(row: GofeedRow): { checked: Expectation[]; skipped: number } {
  const expected = row.expected;
  if (row.kind !== "translator" || !expected) return { checked: [], skipped: 0 };
  const checked: Expectation[] = [];
  if (typeof expected.title === "string") {
    const title = expected.title;
    checked.push({ path: "title", expected: title, met: (outcome) => sameText(outcome.title, title) });
  }
  (expected.items ?? []).forEach((item, index) => {
    const { title, link } = item;
    const published = item.publishedParsed ?? item.published;
    if (typeof title === "string") {
      checked.push(entryExpectation(`items[${index}].title`, index, "title", title, sameText));
    }
    if (typeof link === "string") {
      checked.push(entryExpectation(`items[${index}].link`, index, "link", link, sameLink));
    }
    if (typeof published === "string") {
      checked.push(entryExpectation(`items[${index}].published`, index, "date", published, sameInstant));
    }
  });
  return { checked, skipped: "link" in expected ? 1 : 0 };
}

function rssParserExpectations(row: RssParserRow): { checked: Expectation[]; skipped: number } {
  const feed = row.expected?.feed;
  if (!feed) return { checked: [], skipped: 0 };
  const checked: Expectation[] = [];
  let skipped = 0;
  /** rss-parser read the bytes as UTF-8: U+FFFD stands for characters it lost, not for the feed's text. */
  const lostCharacters = (text: string): boolean => text.includes("\uFFFD");
  if (typeof feed.title === "string") {
    const title = feed.title;
    if (lostCharacters(title)) skipped++;
    else
      checked.push({ path: "feed.title", expected: title, met: (outcome) => sameText(outcome.title, title) });
  }
  const base = rssParserDocumentUrl(row);
  (feed.items ?? []).forEach((item, index) => {
    const { title, link } = item;
    if (typeof title === "string") {
      if (lostCharacters(title)) skipped++;
      else checked.push(entryExpectation(`items[${index}].title`, index, "title", title, sameText));
    }
    if (typeof link === "string") {
      const sameResolvedLink: Comparison = (actual, expected) => sameLink(actual, expected, base);
      checked.push(entryExpectation(`items[${index}].link`, index, "link", link, sameResolvedLink));
    }
    // rss-parser gives isoDate where its Date could read pubDate; else pubDate is e.g. in Portuguese.
    const date = item.isoDate ?? item.pubDate;
    if (typeof date === "string") {
      const same = !Number.isNaN(Date.parse(date))
        ? sameInstant
        : LOCALISED_DATE.test(date.trim())
          ? sameLocalisedInstant
          : null;
      if (!same) skipped++;
      else checked.push(entryExpectation(`items[${index}].date`, index, "date", date, same));
    }
  });
  return { checked, skipped };
}

/** newsdrift keeps no empty titles, so null stands for "" (e.g. a title that was only an image). */
function sameText(actual: string | null, expected: string): boolean {
  const normalised = collapseWhitespace(actual ?? "");
  return (
    normalised === collapseWhitespace(expected) || normalised === collapseWhitespace(htmlToText(expected))
  );
}

/** `base` resolves an expected link that is relative, as newsdrift resolves the feed's own. */
function sameLink(actual: string | null, expected: string, base?: string): boolean {
  return actual !== null && (actual === expected || actual === canonicalizeUrl(expected, base));
}

function sameInstant(actual: string | null, expected: string): boolean {
  const actualTime = actual === null ? Number.NaN : Date.parse(actual);
  return !Number.isNaN(actualTime) && actualTime === Date.parse(expected);
}

type Comparison = (actual: string | null, expected: string) => boolean;

/** The expectation that the entry at `index` has `field` equal to `expected`, compared by `same`. */
function entryExpectation(
  path: string,
  index: number,
  field: "title" | "link" | "date",
  expected: string,
  same: Comparison,
): Expectation {
  return { path, expected, met: (outcome) => same(outcome.entries[index]?.[field] ?? null, expected) };
}

/** An RFC 822 date with names Date.parse does not know: "Seg, 24 Set 2018 19:42:40 -0300". */
const LOCALISED_DATE =
  /^(?:\p{L}+\.?,?\s*)?(\d{1,2})\s+(\p{L}+)\.?\s+(\d{4})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s*([+-])(\d{2}):?(\d{2})$/u;
const DATE_LOCALES = ["en", "pt", "es", "fr", "de", "it", "nl"];

/**
 * Whether `actual`, written in `expected`'s offset, has its day, year and time, and a month whose name (or a
 * prefix of 3 letters or more) Intl gives in one of DATE_LOCALES: independent of newsdrift's month names.
 */
function sameLocalisedInstant(actual: string | null, expected: string): boolean {
  const match = LOCALISED_DATE.exec(expected.trim());
  const time = actual === null ? Number.NaN : Date.parse(actual);
  if (!match || Number.isNaN(time)) return false;
  const [, day, monthName = "", year, hour, minute, second = "00", sign, offsetHours, offsetMinutes] = match;
  const offset = (sign === "-" ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes));
  const local = new Date(time + offset * 60_000);
  const name = plainName(monthName);
  const fields = [local.getUTCDate(), local.getUTCFullYear(), local.getUTCHours(), local.getUTCMinutes()];
  return (
    fields.join() === [day, year, hour, minute].map(Number).join() &&
    local.getUTCSeconds() === Number(second) &&
    name.length >= 3 &&
    DATE_LOCALES.some((locale) =>
      (["long", "short"] as const).some((width) =>
        plainName(
          new Intl.DateTimeFormat(locale, { month: width, timeZone: "UTC" }).format(local),
        ).startsWith(name),
      ),
    )
  );
}

/** Lowercase, without diacritics or dots: "févr." is "fevr". */
function plainName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\p{M}.]/gu, "")
    .toLowerCase();
}

function whatwgEncoding(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

const NO_ITEM = "(no item)";

function isEntryPath(path: string): boolean {
  return /\[\d+\]/.test(path);
}

function entryOf(outcome: Outcome, path: string): EntryView | undefined {
  const index = /\[(\d+)\]/.exec(path)?.[1];
  return index === undefined ? undefined : outcome.entries[Number(index)];
}

function view(outcome: Outcome, path: string): unknown {
  if (!isEntryPath(path)) return { failed: outcome.failed, title: outcome.title, encoding: outcome.encoding };
  return entryOf(outcome, path) ?? NO_ITEM;
}
