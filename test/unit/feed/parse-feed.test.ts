import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeText } from "../../../lambdas/core/feed/charset";
import {
  FeedParseError,
  NO_HTTP_LINK,
  NO_LINK,
  NOT_WELL_FORMED,
  parseFeed,
} from "../../../lambdas/core/feed/parse-feed";

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
    expect(parsed.skipped).toEqual([
      { position: 1, title: "Bad scheme", guid: null, publishedAt: null, reason: NO_HTTP_LINK },
      { position: 2, title: "Bare link", guid: null, publishedAt: null, reason: NO_LINK },
    ]);
    expect(parsed.problems).toEqual([
      'item 1: skipped "Bad scheme": no http(s) link',
      'item 2: skipped "Bare link": no link',
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
    expect(parsed).toEqual({
      title: null,
      items: [],
      skipped: [],
      problems: ["<rss> has no <channel>: no items"],
    });
  });
});

describe("parseFeed article URLs beyond <link>", () => {
  it("takes the URL from a permalink GUID, a prefixed Atom link, FeedBurner's original link, a Dublin Core identifier or an http(s) GUID", async () => {
    // Prepare
    const name = "link-fallbacks.xml";

    // Act
    const feed = await parseFixture(name);

    // Assess
    expect(feed.items.slice(0, 5).map((item) => item.url)).toEqual([
      "https://harbour.example/news/ferry-timetable",
      "https://harbour.example/news/lifeboat-rescue",
      "https://harbour.example/news/fish-market",
      "https://harbour.example/news/pier-lights",
      "https://harbour.example/?p=812",
    ]);
  });

  it("reads Atom dates inside RSS whatever prefix the feed binds to the Atom namespace", async () => {
    // Prepare
    const name = "link-fallbacks.xml";

    // Act
    const feed = await parseFixture(name);

    // Assess
    expect(feed.items[1]?.title).toBe("Lifeboat crew rescues two kayakers");
    expect(feed.items[1]?.publishedAt).toBe("2025-06-03T09:30:00.000Z");
  });

  it("prefers the item's own link to FeedBurner's original link", async () => {
    // Prepare
    const name = "link-fallbacks.xml";

    // Act
    const feed = await parseFixture(name);

    // Assess
    const sailing = feed.items.find((item) => item.title === "Sailing club results");
    expect(sailing?.url).toBe("https://harbour.example/sport/sailing-results");
  });

  it("does not take an enclosure, comments or a non-URL GUID for the article, and keeps that entry as skipped", async () => {
    // Prepare
    const name = "link-fallbacks.xml";

    // Act
    const feed = await parseFixture(name);

    // Assess
    expect(feed.items.map((item) => item.title)).not.toContain("Harbour master's weekly podcast");
    expect(feed.skipped[0]).toEqual({
      position: 7,
      title: "Harbour master's weekly podcast",
      guid: "podcast-week-23",
      publishedAt: "2025-06-06T18:00:00.000Z",
      reason: NO_LINK,
    });
    expect(feed.problems).toContain('item 7: skipped "Harbour master\'s weekly podcast": no link');
  });

  it("says an entry whose only link is not http(s) has no http(s) link", async () => {
    // Prepare
    const name = "link-fallbacks.xml";

    // Act
    const feed = await parseFixture(name);

    // Assess
    expect(feed.skipped[1]).toMatchObject({
      position: 8,
      title: "Write to the news desk",
      reason: NO_HTTP_LINK,
    });
    expect(feed.problems).toContain('item 8: skipped "Write to the news desk": no http(s) link');
  });

  it("takes an Atom entry's URL from its id when that is an http(s) URL", async () => {
    // Prepare
    const name = "atom-links.xml";

    // Act
    const feed = await parseFixture(name);

    // Assess
    expect(feed.items[0]).toMatchObject({
      title: "Reservoir level falls for a third week",
      guid: "https://upland.example/2025/07/reservoir-level",
      url: "https://upland.example/2025/07/reservoir-level",
    });
  });

  it("prefers an HTML alternate link to an audio one, and takes a PDF one only when it is all there is", async () => {
    // Prepare
    const name = "atom-links.xml";

    // Act
    const feed = await parseFixture(name);

    // Assess
    expect(feed.items.slice(1).map((item) => item.url)).toEqual([
      "https://upland.example/2025/07/mayor-speech",
      "https://upland.example/files/annual-report.pdf",
    ]);
  });

  it("keeps entries with a tag: or urn: id and no alternate link as skipped, with their title and date", async () => {
    // Prepare
    const name = "atom-links.xml";

    // Act
    const feed = await parseFixture(name);

    // Assess
    expect(feed.skipped).toEqual([
      {
        position: 2,
        title: "Council minutes, June",
        guid: "tag:upland.example,2025:minutes-june",
        publishedAt: "2025-06-30T15:00:00.000Z",
        reason: NO_LINK,
      },
      {
        position: 5,
        title: "Comments feed only",
        guid: "urn:uuid:6f1c7a52-0d3e-4c55-9a8e-2b7a1f3d9e10",
        publishedAt: null,
        reason: NO_LINK,
      },
    ]);
  });
});

describe("parseFeed namespace prefixes", () => {
  const feed = { url: "https://feeds.example/feed.xml", outlet: "Fixture" };

  it("reads RSS 1.0 whose own elements all carry a prefix", async () => {
    // Prepare
    const text = `<r:RDF xmlns:r="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:s="http://purl.org/rss/1.0/">
      <s:channel r:about="https://moor.example/"><s:title>Moorland Notes</s:title></s:channel>
      <s:item r:about="https://moor.example/notes/1"><s:title>Heather in bloom</s:title></s:item>
    </r:RDF>`;

    // Act
    const parsed = await parseFeed(text, feed);

    // Assess
    expect(parsed.title).toBe("Moorland Notes");
    expect(parsed.items.map((item) => [item.title, item.url])).toEqual([
      ["Heather in bloom", "https://moor.example/notes/1"],
    ]);
  });

  it("reads an Atom feed written with an atom: prefix throughout", async () => {
    // Prepare
    const text = `<atom:feed xmlns:atom="http://www.w3.org/2005/Atom"><atom:title>Prefixed</atom:title>
      <atom:entry><atom:title>Only entry</atom:title><atom:link href="https://p.example/1"/>
      <atom:updated>2025-02-03T04:05:06Z</atom:updated></atom:entry></atom:feed>`;

    // Act
    const parsed = await parseFeed(text, feed);

    // Assess
    expect(parsed.title).toBe("Prefixed");
    expect(parsed.items.map((item) => [item.url, item.publishedAt])).toEqual([
      ["https://p.example/1", "2025-02-03T04:05:06.000Z"],
    ]);
  });

  it("reads FeedBurner's original link in a feed that has to be read leniently", async () => {
    // Prepare
    const text = `<rss version="2.0" xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0"><channel>
      <item><title>Broken <b>markup</title>
      <feedburner:origLink>https://lenient.example/story</feedburner:origLink></item></channel></rss>`;

    // Act
    const parsed = await parseFeed(text, feed);

    // Assess
    expect(parsed.problems[0]).toMatch(/^not well-formed: .*; read leniently$/);
    expect(parsed.items.map((item) => item.url)).toEqual(["https://lenient.example/story"]);
  });

  it("does not read a link from an element of an unknown namespace", async () => {
    // Prepare
    const text = `<rss version="2.0" xmlns:other="https://other.example/ns"><channel>
      <item><title>Elsewhere</title><other:link>https://other.example/page</other:link></item></channel></rss>`;

    // Act
    const parsed = await parseFeed(text, feed);

    // Assess
    expect(parsed.items).toEqual([]);
    expect(parsed.skipped).toEqual([
      { position: 1, title: "Elsewhere", guid: null, publishedAt: null, reason: NO_LINK },
    ]);
  });
});
