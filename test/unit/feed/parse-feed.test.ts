import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeText } from "../../../lambdas/core/feed/charset";
import { FeedParseError, NOT_WELL_FORMED, parseFeed } from "../../../lambdas/core/feed/parse-feed";

const FIXTURES = join(import.meta.dirname, "../../fixtures/feeds");

async function parseFixture(name: string, contentType: string | null = null) {
  const { text, charset } = decodeText(readFileSync(join(FIXTURES, name)), contentType, "xml");
  const parsed = await parseFeed(text, { url: `https://feeds.example/${name}`, outlet: "Fixture" });
  return { charset, ...parsed };
}

function golden(name: string): unknown {
  return JSON.parse(readFileSync(join(FIXTURES, name.replace(/\.\w+$/, ".expected.json")), "utf8"));
}

describe("parseFeed golden fixtures", () => {
  it.each([
    "rss-0.91.xml",
    "rss-1.0.rdf",
    "rss-2.0.xml",
    "atom.xml",
    "windows-1251.xml",
    "koi8-r.xml",
    "bare-ampersands-and-nbsp.xml",
    "bad-dates.xml",
  ])("%s matches its golden output", async (name) => {
    // Prepare
    const expected = golden(name);

    // Act
    const actual = await parseFixture(name);

    // Assess
    expect(actual).toEqual(expected);
  });

  it("reads Cyrillic titles from a windows-1251 feed", async () => {
    // Prepare
    const name = "windows-1251.xml";

    // Act
    const feed = await parseFixture(name);

    // Assess
    expect(feed.charset).toBe("windows-1251");
    expect(feed.title).toBe("Речной вестник");
    expect(feed.items[0]?.title).toBe("Паводок: уровень воды поднялся на 40 сантиметров");
  });

  it("reads Cyrillic titles from a koi8-r feed", async () => {
    // Prepare
    const name = "koi8-r.xml";

    // Act
    const feed = await parseFixture(name);

    // Assess
    expect(feed.charset).toBe("koi8-r");
    expect(feed.items[0]?.title).toBe("Мост через реку откроют в мае");
    expect(feed.items[0]?.content).toBe("Строители закончили укладку пролёта.");
  });

  it("drops tracking parameters and fragments and resolves relative links against the feed URL", async () => {
    // Prepare
    const name = "rss-2.0.xml";

    // Act
    const feed = await parseFixture(name);

    // Assess
    expect(feed.items.map((item) => item.url)).toEqual([
      "https://ledger.example/2025/06/storm-damage?id=42",
      "https://feeds.example/2025/06/cycle-lanes?page=2",
      "https://ledger.example/letters/june",
    ]);
  });

  it("keeps paragraph breaks in content and leaves out scripts", async () => {
    // Prepare
    const name = "rss-2.0.xml";

    // Act
    const feed = await parseFixture(name);

    // Assess
    expect(feed.items[0]?.content).toBe(
      "About 400 homes were without power on Wednesday morning.\n\nCrews expect to restore supply by evening.\nSchools stay open.",
    );
  });

  it("records bad and missing dates as problems and keeps the items", async () => {
    // Prepare
    const name = "bad-dates.xml";

    // Act
    const feed = await parseFixture(name);

    // Assess
    expect(feed.items.map((item) => item.publishedAt)).toEqual([
      null,
      null,
      null,
      "2025-05-03T21:05:00.000Z",
    ]);
    expect(feed.problems).toEqual([
      'item 1: "A date nobody can read": unparseable date "sometime last week"',
      'item 2: "An impossible day": unparseable date "Mon, 31 Feb 2025 10:00:00 GMT"',
      'item 3: "No date at all": no publication date',
    ]);
  });

  it("repairs bare ampersands and HTML entities and says so", async () => {
    // Prepare
    const name = "bare-ampersands-and-nbsp.xml";

    // Act
    const feed = await parseFixture(name);

    // Assess
    expect(feed.title).toBe("Farm & Field News & Views");
    expect(feed.items[0]?.url).toBe("https://farm.example/story?id=7&section=markets");
    expect(feed.problems.every((problem) => problem.startsWith(NOT_WELL_FORMED))).toBe(true);
  });
});

describe("parseFeed negative files", () => {
  it.each([
    ["not-a-feed.html", "not a feed: the document is an HTML page, not RSS or Atom"],
    ["json-feed.json", "not a feed: the document is JSON, not RSS or Atom XML"],
    ["empty.xml", "not a feed: the document is empty"],
    ["truncated.xml", "malformed XML: the document ends before </rss> (truncated?)"],
  ])("%s fails with a FeedParseError that says why", async (name, message) => {
    // Prepare
    const text = readFileSync(join(FIXTURES, name), "utf8");

    // Act
    const parsing = parseFeed(text, { url: "https://feeds.example/feed", outlet: "Fixture" });

    // Assess
    await expect(parsing).rejects.toBeInstanceOf(FeedParseError);
    await expect(parsing).rejects.toThrow(message);
  });

  it("names an unexpected root element", async () => {
    // Prepare
    const text = '<?xml version="1.0"?><opml version="2.0"><body/></opml>';

    // Act
    const parsing = parseFeed(text, { url: "https://feeds.example/feed", outlet: "Fixture" });

    // Assess
    await expect(parsing).rejects.toThrow(
      "not a feed: the root element is <opml>, expected <rss>, <rdf:RDF> or <feed>",
    );
  });
});

describe("parseFeed recovery", () => {
  const feed = { url: "https://feeds.example/feed.xml", outlet: "Fixture" };

  it("reads a complete but ill-formed feed leniently and records why", async () => {
    // Prepare
    const text = `<rss version="2.0"><channel><title>Mismatched</title>
      <item><title>Kept <b>bold</title><link>https://a.example/1</link></item>
      <item><title>Also kept</title><link>https://a.example/2</link></item></channel></rss>`;

    // Act
    const parsed = await parseFeed(text, feed);

    // Assess
    expect(parsed.items.map((item) => item.url)).toEqual(["https://a.example/1", "https://a.example/2"]);
    expect(parsed.problems[0]).toMatch(
      /^not well-formed: Unexpected close tag at line 2, column \d+; read leniently$/,
    );
  });

  it("keeps the other items when one has an unusable link or a link element without attributes", async () => {
    // Prepare
    const text = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Mixed</title>
      <entry><title>Bad scheme</title><link href="javascript:alert(1)"/></entry>
      <entry><title>Bare link</title><link/><updated>not a date</updated></entry>
      <entry><title>Good</title><link href="https://b.example/good#top"/><updated>2025-01-02T03:04:05Z</updated></entry>
    </feed>`;

    // Act
    const parsed = await parseFeed(text, feed);

    // Assess
    expect(parsed.items).toEqual([
      {
        feedUrl: feed.url,
        outlet: "Fixture",
        guid: "https://b.example/good",
        url: "https://b.example/good",
        title: "Good",
        publishedAt: "2025-01-02T03:04:05.000Z",
        content: "",
      },
    ]);
    expect(parsed.problems).toEqual([
      'item 1: skipped "Bad scheme": no http(s) link',
      'item 2: skipped "Bare link": no http(s) link',
    ]);
  });

  it("removes control characters that XML forbids", async () => {
    // Prepare
    const text = `<rss version="2.0"><channel><title>Bell\u0007 and null\u0000</title></channel></rss>`;

    // Act
    const parsed = await parseFeed(text, feed);

    // Assess
    expect(parsed.title).toBe("Bell and null");
    expect(parsed.problems).toEqual(["not well-formed: removed 2 character(s) not allowed in XML"]);
  });

  it("reads an RSS without a channel as a feed with no items", async () => {
    // Prepare
    const text = '<rss version="2.0"></rss>';

    // Act
    const parsed = await parseFeed(text, feed);

    // Assess
    expect(parsed).toEqual({ title: null, items: [], problems: ["<rss> has no <channel>: no items"] });
  });
});
