import Parser from "rss-parser";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type SampleSite, startSampleSite } from "../../lambdas/local/sample-site";

/** Items each feed lists at the end of days 1 to 4, written out by hand from the story plan. */
const ITEMS_PER_DAY: Record<string, number[]> = {
  "/courier/feeds/news.rss": [2, 3, 5, 5],
  "/courier/feeds/region.xml": [1, 2, 4, 4],
  "/northgate/rss": [1, 2, 2, 3],
  "/meridian/atom.xml": [1, 2, 3, 4],
  "/kalina/en/rss.xml": [1, 3, 3, 3],
  "/ridgeline/feed/atom": [1, 2, 2, 3],
};

/** A sentence of the article text that each of these pages must carry. */
const ARTICLE_TEXT: Record<string, string> = {
  "/meridian/world/dornhavn-chemical-spill-idMW7731204": "43 patients had been admitted by 11 a.m.",
  "/courier/news/2025/10/16/patient-count-revised-third-death": "The corrected total is 112 patients",
  "/ridgeline/companies/kestrel-rejects-claims-over-dornhavn": "Fewer than 20 patients remain in hospital",
  "/kalina/en/world/20251014/dornhavn-leak-evacuation":
    "Up to 800 residents evacuated from the river town of Dornhavn",
  "/northgate/environment/dornhavn-evacuees-second-night-a19377": "nearly two hundred people treated",
};

const BOILERPLATE = [/most read/i, /donate \$5 a month/i, /newsletter/i, /cookies/i, /&copy;/];

const parser = new Parser();
let site: SampleSite;

beforeAll(async () => {
  site = await startSampleSite();
});

afterAll(async () => {
  await site.close();
});

beforeEach(() => {
  site.setDay(1);
});

function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(new URL(path, site.baseUrl), { headers });
}

/** Decodes a body in the charset its Content-Type names, as a feed reader does. */
async function readText(response: Response): Promise<string> {
  const charset = /charset=([\w-]+)/.exec(response.headers.get("content-type") ?? "")?.[1] ?? "utf-8";
  return new TextDecoder(charset).decode(await response.arrayBuffer());
}

async function parseFeed(response: Response) {
  return parser.parseString(await readText(response));
}

async function feedItemsAt(day: number, path: string) {
  site.setDay(day);
  return (await parseFeed(await get(path))).items;
}

function withoutSection(title: string): string {
  return title.replace(/^\p{Script=Cyrillic}+ \| /u, "");
}

describe("sample site", () => {
  it("lists each day's items in every feed, newest first", async () => {
    // Prepare
    const counts: Record<string, number[]> = {};
    const orderedNewestFirst: boolean[] = [];

    // Act
    for (const feed of site.feeds) {
      const path = new URL(feed.url).pathname;
      counts[path] = [];
      for (let day = 1; day <= site.days; day++) {
        const items = await feedItemsAt(day, path);
        counts[path].push(items.length);
        const times = items.flatMap((item) => (item.isoDate ? [Date.parse(item.isoDate)] : []));
        orderedNewestFirst.push(
          times.every((time, index) => index === 0 || time <= (times[index - 1] ?? time)),
        );
      }
    }

    // Assess
    expect(site.days).toBe(4);
    expect(counts).toEqual(ITEMS_PER_DAY);
    expect(orderedNewestFirst.every(Boolean)).toBe(true);
  });

  it("sends the Kalina feed as windows-1251 bytes with Cyrillic section names in its titles", async () => {
    // Prepare
    site.setDay(2);
    const sectionBytes = [0xd1, 0xe2, 0xff, 0xf2]; // "Свят" in windows-1251

    // Act
    const response = await get("/kalina/en/rss.xml");
    const bytes = new Uint8Array(await response.arrayBuffer());
    const text = new TextDecoder("windows-1251").decode(bytes);
    const titles = (await parser.parseString(text)).items.map((item) => item.title);

    // Assess
    expect(response.headers.get("content-type")).toBe("application/rss+xml; charset=windows-1251");
    expect(text.startsWith('<?xml version="1.0" encoding="windows-1251"?>')).toBe(true);
    expect(Buffer.from(bytes).indexOf(Buffer.from(sectionBytes))).toBeGreaterThan(0);
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    expect(titles).toEqual([
      "Свят | Dornhavn leak: two dead as authorities confirm river contamination",
      "Икономика | Regional stock index gains 0.8% as energy shares rally",
      "Свят | Chemical leak in Dornhavn: up to 800 residents evacuated",
    ]);
  });

  it("answers 304 to conditional requests until a new day adds items", async () => {
    // Prepare
    const first = await get("/meridian/atom.xml");
    const etag = first.headers.get("etag") ?? "";
    const lastModified = first.headers.get("last-modified") ?? "";

    // Act
    const byEtag = await get("/meridian/atom.xml", { "If-None-Match": etag });
    const byDate = await get("/meridian/atom.xml", { "If-Modified-Since": lastModified });
    site.setDay(2);
    const afterNewDay = await get("/meridian/atom.xml", {
      "If-None-Match": etag,
      "If-Modified-Since": lastModified,
    });

    // Assess
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(byEtag.status).toBe(304);
    expect(byEtag.headers.get("etag")).toBe(etag);
    expect(byDate.status).toBe(304);
    expect(afterNewDay.status).toBe(200);
    expect(afterNewDay.headers.get("etag")).not.toBe(etag);
    expect(Date.parse(afterNewDay.headers.get("last-modified") ?? "")).toBeGreaterThan(
      Date.parse(lastModified),
    );
    expect((await parseFeed(afterNewDay)).items).toHaveLength(2);
  });

  it("changes a feed's validators exactly when its content changes, and moves Last-Modified forward", async () => {
    // Prepare
    const problems: string[] = [];

    // Act
    for (const feed of site.feeds) {
      let previous: { body: Buffer; etag: string | null; lastModified: number } | null = null;
      for (let day = 1; day <= site.days; day++) {
        site.setDay(day);
        const response = await fetch(feed.url);
        const current = {
          body: Buffer.from(await response.arrayBuffer()),
          etag: response.headers.get("etag"),
          lastModified: Date.parse(response.headers.get("last-modified") ?? ""),
        };
        if (previous) {
          const changed = !current.body.equals(previous.body);
          if (changed === (current.etag === previous.etag)) problems.push(`${feed.url} day ${day}: ETag`);
          if (changed !== current.lastModified > previous.lastModified)
            problems.push(`${feed.url} day ${day}: date`);
        }
        previous = current;
      }
    }
    site.setDay(2);
    const unchangedEtag = (await get("/ridgeline/feed/atom")).headers.get("etag") ?? "";
    site.setDay(3);
    const unchanged = await get("/ridgeline/feed/atom", { "If-None-Match": `W/"x", ${unchangedEtag}` });

    // Assess
    expect(problems).toEqual([]);
    expect(unchanged.status).toBe(304);
  });

  it("serves every article page with the outlet's boilerplate around the article", async () => {
    // Prepare
    site.setDay(4);
    const items = (
      await Promise.all(site.feeds.map(async (feed) => (await parseFeed(await fetch(feed.url))).items))
    ).flat();
    const failures: string[] = [];
    const pages = new Map<string, string>();

    // Act
    for (const item of items) {
      const link = new URL(item.link ?? "");
      const response = await fetch(link);
      const html = await response.text();
      pages.set(link.pathname, html);
      const headline = /<h1[^>]*>([^<]+)<\/h1>/.exec(html)?.[1];
      if (response.status !== 200) failures.push(`${link.pathname}: status ${response.status}`);
      if (response.headers.get("content-type") !== "text/html; charset=utf-8") failures.push(`${link}: type`);
      if (headline !== withoutSection(item.title ?? ""))
        failures.push(`${link.pathname}: headline ${headline}`);
      if (!html.includes('<meta property="og:title"')) failures.push(`${link.pathname}: og:title`);
      for (const marker of BOILERPLATE)
        if (!marker.test(html)) failures.push(`${link.pathname}: no ${marker}`);
      if ((html.match(/<p[ >]/g) ?? []).length < 5) failures.push(`${link.pathname}: too few paragraphs`);
    }

    // Assess
    expect(failures).toEqual([]);
    expect(pages.size).toBe(18);
    for (const [path, sentence] of Object.entries(ARTICLE_TEXT)) expect(pages.get(path)).toContain(sentence);
  });

  it("publishes a page only from its day on, allows every robot and answers 404 to unknown paths", async () => {
    // Prepare
    const page = "/courier/news/2025/10/15/health-authority-confirms-contamination";

    // Act
    const beforePublication = await get(page);
    site.setDay(2);
    const afterPublication = await get(page);
    const unknown = await get("/courier/no-such-story");
    const robots = await get("/robots.txt");
    const post = await fetch(new URL(page, site.baseUrl), { method: "POST" });

    // Assess
    expect(beforePublication.status).toBe(404);
    expect(afterPublication.status).toBe(200);
    expect(await afterPublication.text()).toContain("Two deaths are being examined by the coroner.");
    expect(unknown.status).toBe(404);
    expect(robots.status).toBe(200);
    expect(await robots.text()).toBe("User-agent: *\nAllow: /\n");
    expect(post.status).toBe(405);
  });

  it("includes the duplicates, the re-published item and the undated item the pipeline must handle", async () => {
    // Prepare
    const canonical = (link: string | undefined) => {
      const url = new URL(link ?? "");
      return url.origin + url.pathname;
    };

    // Act
    const news = await feedItemsAt(3, "/courier/feeds/news.rss");
    const region = await feedItemsAt(3, "/courier/feeds/region.xml");
    const northgateDay2 = await feedItemsAt(2, "/northgate/rss");
    const northgateDay3 = await feedItemsAt(3, "/northgate/rss");
    const kalina = await feedItemsAt(3, "/kalina/en/rss.xml");
    const republishedPage = await (await fetch(northgateDay3[0]?.link ?? "")).text();
    const undated = kalina.find((item) => item.pubDate === undefined);
    const undatedPage = await (await fetch(undated?.link ?? "")).text();

    // Assess
    const regionByCanonical = new Map(region.map((item) => [canonical(item.link), item]));
    const crossListed = news.filter((item) => regionByCanonical.has(canonical(item.link)));
    expect(crossListed).toHaveLength(4);
    for (const item of crossListed) {
      const twin = regionByCanonical.get(canonical(item.link));
      expect(item.link).toContain("utm_medium=feed");
      expect(twin?.link).toContain("utm_medium=region");
      expect(twin?.guid).not.toBe(item.guid);
    }
    const [original, republished] = [northgateDay2[0], northgateDay3[0]];
    expect(republished?.guid).toBe(original?.guid);
    expect(republished?.link).not.toBe(original?.link);
    expect(Date.parse(republished?.isoDate ?? "")).toBeGreaterThan(Date.parse(original?.isoDate ?? ""));
    expect(republishedPage).toContain(`<link rel="canonical" href="${original?.link}">`);
    expect(undated?.guid).toBeUndefined();
    expect(undatedPage).toContain('"datePublished":"2025-10-15T19:10:00+03:00"');
  });

  it("spreads publication over the four days in several time-zone offsets", async () => {
    // Prepare
    site.setDay(4);
    const dates: string[] = [];

    // Act
    for (const feed of site.feeds) {
      // Read the raw XML: rss-parser rewrites Atom dates in UTC.
      const xml = await readText(await fetch(feed.url));
      for (const match of xml.matchAll(/<(?:pubDate|published)>([^<]+)</g)) dates.push(match[1] ?? "");
    }
    const utcDays = new Set(dates.map((date) => new Date(date).toISOString().slice(0, 10)));
    const zones = new Set(dates.map((date) => /(Z|GMT|[+-]\d{2}:?\d{2})$/.exec(date)?.[1]));

    // Assess
    expect(site.startDate).toBe("2025-10-14");
    expect([...utcDays].sort()).toEqual(["2025-10-14", "2025-10-15", "2025-10-16", "2025-10-17"]);
    expect([...zones].sort()).toEqual(["+0200", "+0300", "-04:00", "GMT", "Z"]);
  });

  it("exposes the story's topic as a config topic and refuses days outside the story", () => {
    // Prepare
    const badDays = [0, 5, 1.5];

    // Act
    const refusals = badDays.map((day) => {
      try {
        site.setDay(day);
        return null;
      } catch (error) {
        return error;
      }
    });

    // Assess
    expect(site.topic.id).toBe("dornhavn-spill");
    expect(site.topic.measures.map((measure) => measure.id)).toEqual(["patients", "deaths", "evacuees"]);
    expect(site.topic.actors.map((actor) => actor.id)).toEqual([
      "kestrel-chemicals",
      "health-authority",
      "river-watch",
    ]);
    expect(refusals.every((refusal) => refusal instanceof RangeError)).toBe(true);
  });
});
