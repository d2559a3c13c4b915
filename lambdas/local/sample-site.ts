// The demo's sample news site: serves the bundled, fictional Dornhavn story on loopback, one simulated day
// at a time. Feeds are generated from sample/manifest.json; pages are an outlet template around an article.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { z } from "zod";
import { type FeedConfig, parseConfig, type TopicConfig } from "../core/config";

const SAMPLE_DIR = new URL("./sample/", import.meta.url);
const MANIFEST_URL = new URL("manifest.json", SAMPLE_DIR);

const id = z.string().regex(/^[a-z0-9-]+$/);
const dayNumber = z.number().int().min(1);
const sitePath = z.string().regex(/^\/[^?#\s]*$/, "must be a path starting with /");
const timestamp = z.iso.datetime({ offset: true });

const manifestSchema = z.strictObject({
  description: z.string(),
  startDate: z.iso.date(),
  days: dayNumber,
  /** Validated by the config schema itself, so the topic is exactly what a config would accept. */
  topic: z.unknown(),
  outlets: z.array(
    z.strictObject({
      id,
      name: z.string(),
      template: z.string(),
      /** How the article page states its publication time besides the visible byline. */
      pageDate: z.enum(["published-time", "json-ld", "none"]),
      feeds: z.array(
        z.strictObject({
          id,
          path: sitePath,
          format: z.enum(["rss", "atom"]),
          encoding: z.enum(["utf-8", "windows-1251"]).default("utf-8"),
          /** Item titles start with the article's section, e.g. "Свят | Leak in Dornhavn". */
          sectionInTitle: z.boolean().default(false),
          title: z.string(),
          description: z.string(),
          language: z.string(),
        }),
      ),
    }),
  ),
  articles: z.array(
    z.strictObject({
      id,
      outlet: id,
      path: sitePath,
      title: z.string(),
      summary: z.string(),
      author: z.string(),
      section: z.string().optional(),
      day: dayNumber,
      publishedAt: timestamp,
      /** False leaves the date out of the feed item; the page still carries it. */
      datedInFeed: z.boolean().default(true),
      listings: z
        .array(z.strictObject({ feed: id, guid: z.string().optional(), linkSuffix: z.string().default("") }))
        .min(1),
      related: z.array(id).default([]),
      /** The outlet re-publishes the item under the same GUID, with a new date and link. */
      republished: z.strictObject({ day: dayNumber, publishedAt: timestamp, path: sitePath }).optional(),
    }),
  ),
});

type Manifest = z.infer<typeof manifestSchema>;
type Outlet = Manifest["outlets"][number];
type Feed = Outlet["feeds"][number];
type Article = Manifest["articles"][number];

export interface SampleSite {
  /** e.g. http://127.0.0.1:41234 */
  readonly baseUrl: string;
  readonly feeds: FeedConfig[];
  readonly topic: TopicConfig;
  /** How many simulated days the story runs; days are numbered from 1. */
  readonly days: number;
  /** The UTC date of day 1 (YYYY-MM-DD); day N is N - 1 days later. */
  readonly startDate: string;
  /** Shows the feeds and pages as they are at the end of `day`. */
  setDay(day: number): void;
  close(): Promise<void>;
}

interface SampleFiles {
  manifest: Manifest;
  templates: Map<string, string>;
  pages: Map<string, string>;
}

interface FeedVersion {
  body: Buffer;
  etag: string;
  lastModified: string;
}

interface RenderedFeed {
  contentType: string;
  /** Index 0 is day 1. */
  versions: FeedVersion[];
}

interface RenderedPage {
  html: string;
  fromDay: number;
}

interface SiteContent {
  feeds: Map<string, RenderedFeed>;
  pages: Map<string, RenderedPage>;
}

export async function startSampleSite(options: { port?: number } = {}): Promise<SampleSite> {
  const files = await loadSampleFiles();
  const { manifest } = files;
  let currentDay = 1;
  // Listen first: the pages and feeds carry absolute URLs, which need the port; the handler comes after.
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const close = () =>
    new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      server.closeAllConnections();
    });

  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const feeds = manifest.outlets.flatMap((outlet) =>
      outlet.feeds.map((feed) => ({ url: baseUrl + feed.path, outlet: outlet.name })),
    );
    const [topic] = parseConfig({ feeds, topics: [manifest.topic] }, MANIFEST_URL.pathname).topics;
    if (!topic) throw new Error(`${MANIFEST_URL.pathname}: no topic`);
    const content = renderSite(files, baseUrl);
    server.on("request", (request, response) => respond(request, response, content, currentDay));
    return {
      baseUrl,
      feeds,
      topic,
      days: manifest.days,
      startDate: manifest.startDate,
      setDay(day: number) {
        if (!Number.isInteger(day) || day < 1 || day > manifest.days) {
          throw new RangeError(`day must be a whole number from 1 to ${manifest.days}, got ${day}`);
        }
        currentDay = day;
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

async function loadSampleFiles(): Promise<SampleFiles> {
  const manifest = manifestSchema.parse(JSON.parse(await readFile(MANIFEST_URL, "utf8")));
  checkReferences(manifest);
  const read = (path: string) => readFile(new URL(path, SAMPLE_DIR), "utf8");
  const templates = new Map<string, string>();
  for (const outlet of manifest.outlets) templates.set(outlet.id, await read(`templates/${outlet.template}`));
  const pages = new Map<string, string>();
  for (const article of manifest.articles) pages.set(article.id, await read(`pages/${article.id}.html`));
  return { manifest, templates, pages };
}

/** Catches mistakes in the hand-written manifest at start-up rather than as odd feeds later. */
function checkReferences(manifest: Manifest): void {
  const problems: string[] = [];
  const articleDays = new Map(manifest.articles.map((article) => [article.id, article.day]));
  for (const article of manifest.articles) {
    const outlet = manifest.outlets.find((candidate) => candidate.id === article.outlet);
    if (!outlet) problems.push(`${article.id}: unknown outlet "${article.outlet}"`);
    for (const listing of article.listings) {
      if (!outlet?.feeds.some((feed) => feed.id === listing.feed)) {
        problems.push(`${article.id}: feed "${listing.feed}" is not one of its outlet's feeds`);
      }
    }
    for (const related of article.related) {
      const relatedDay = articleDays.get(related);
      if (relatedDay === undefined || relatedDay > article.day) {
        problems.push(`${article.id}: related article "${related}" is unknown or appears later`);
      }
    }
    const lastDay = Math.max(article.day, article.republished?.day ?? 0);
    if (lastDay > manifest.days || (article.republished && article.republished.day <= article.day)) {
      problems.push(`${article.id}: days out of order or after day ${manifest.days}`);
    }
  }
  if (problems.length > 0) throw new Error(`${MANIFEST_URL.pathname}:\n  ${problems.join("\n  ")}`);
}

function renderSite(files: SampleFiles, baseUrl: string): SiteContent {
  const { manifest } = files;
  const feeds = new Map<string, RenderedFeed>();
  const pages = new Map<string, RenderedPage>();
  const days = Array.from({ length: manifest.days }, (_, index) => index + 1);
  for (const outlet of manifest.outlets) {
    for (const feed of outlet.feeds) {
      feeds.set(feed.path, {
        contentType: `application/${feed.format}+xml; charset=${feed.encoding}`,
        versions: days.map((day) => renderFeed(manifest, outlet, feed, day, baseUrl)),
      });
    }
  }
  for (const outlet of manifest.outlets) {
    for (const article of manifest.articles.filter((candidate) => candidate.outlet === outlet.id)) {
      const html = renderPage(files, outlet, article, baseUrl);
      pages.set(article.path, { html, fromDay: article.day });
      if (article.republished)
        pages.set(article.republished.path, { html, fromDay: article.republished.day });
    }
  }
  return { feeds, pages };
}

interface FeedEntry {
  article: Article;
  guid: string | undefined;
  link: string;
  publishedAt: string;
}

function renderFeed(
  manifest: Manifest,
  outlet: Outlet,
  feed: Feed,
  day: number,
  baseUrl: string,
): FeedVersion {
  const entries: FeedEntry[] = manifest.articles
    .filter((article) => article.day <= day)
    .flatMap((article) => {
      const current = article.republished && article.republished.day <= day ? article.republished : article;
      return article.listings
        .filter((listing) => listing.feed === feed.id)
        .map((listing) => ({
          article,
          guid: listing.guid,
          link: baseUrl + current.path + listing.linkSuffix,
          publishedAt: current.publishedAt,
        }));
    })
    .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt));
  const updated = new Date(
    Math.max(Date.parse(manifest.startDate), ...entries.map((e) => Date.parse(e.publishedAt))),
  );
  const xml =
    feed.format === "rss"
      ? renderRss(outlet, feed, entries, baseUrl, updated)
      : renderAtom(outlet, feed, entries, baseUrl, updated);
  const body = feed.encoding === "windows-1251" ? encodeWindows1251(xml) : Buffer.from(xml, "utf8");
  return {
    body,
    etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 20)}"`,
    lastModified: updated.toUTCString(),
  };
}

function renderRss(outlet: Outlet, feed: Feed, entries: FeedEntry[], baseUrl: string, updated: Date): string {
  const items = entries.map(({ article, guid, link, publishedAt }) =>
    [
      "    <item>",
      `      <title>${escapeXml(itemTitle(feed, article))}</title>`,
      `      <link>${escapeXml(link)}</link>`,
      guid === undefined ? "" : `      <guid isPermaLink="false">${escapeXml(guid)}</guid>`,
      article.datedInFeed ? `      <pubDate>${formatRfc822(publishedAt)}</pubDate>` : "",
      article.section === undefined ? "" : `      <category>${escapeXml(article.section)}</category>`,
      `      <description>${escapeXml(article.summary)}</description>`,
      "    </item>",
    ]
      .filter(Boolean)
      .join("\n"),
  );
  return [
    `<?xml version="1.0" encoding="${feed.encoding}"?>`,
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    "  <channel>",
    `    <title>${escapeXml(feed.title)}</title>`,
    `    <link>${baseUrl}/${outlet.id}/</link>`,
    `    <description>${escapeXml(feed.description)}</description>`,
    `    <language>${feed.language}</language>`,
    `    <lastBuildDate>${updated.toUTCString()}</lastBuildDate>`,
    `    <atom:link href="${baseUrl}${feed.path}" rel="self" type="application/rss+xml"/>`,
    ...items,
    "  </channel>",
    "</rss>",
    "",
  ].join("\n");
}

function renderAtom(
  outlet: Outlet,
  feed: Feed,
  entries: FeedEntry[],
  baseUrl: string,
  updated: Date,
): string {
  const items = entries.map(({ article, guid, link, publishedAt }) =>
    [
      "  <entry>",
      `    <title>${escapeXml(itemTitle(feed, article))}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(link)}"/>`,
      `    <id>${escapeXml(guid ?? link)}</id>`,
      `    <published>${publishedAt}</published>`,
      `    <updated>${publishedAt}</updated>`,
      `    <author><name>${escapeXml(article.author)}</name></author>`,
      `    <summary>${escapeXml(article.summary)}</summary>`,
      "  </entry>",
    ].join("\n"),
  );
  return [
    `<?xml version="1.0" encoding="${feed.encoding}"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feed.language}">`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <subtitle>${escapeXml(feed.description)}</subtitle>`,
    `  <id>${baseUrl}${feed.path}</id>`,
    `  <link rel="self" href="${baseUrl}${feed.path}"/>`,
    `  <link rel="alternate" type="text/html" href="${baseUrl}/${outlet.id}/"/>`,
    `  <updated>${updated.toISOString()}</updated>`,
    ...items,
    "</feed>",
    "",
  ].join("\n");
}

function itemTitle(feed: Feed, article: Article): string {
  return feed.sectionInTitle && article.section ? `${article.section} | ${article.title}` : article.title;
}

function renderPage(files: SampleFiles, outlet: Outlet, article: Article, baseUrl: string): string {
  const template = files.templates.get(outlet.id) ?? "";
  const canonical = baseUrl + article.path;
  const head = [
    `<title>${escapeXml(article.title)} | ${escapeXml(outlet.name)}</title>`,
    `<link rel="canonical" href="${escapeXml(canonical)}">`,
    `<meta name="description" content="${escapeXml(article.summary)}">`,
    `<meta property="og:type" content="article">`,
    `<meta property="og:site_name" content="${escapeXml(outlet.name)}">`,
    `<meta property="og:title" content="${escapeXml(article.title)}">`,
    `<meta property="og:description" content="${escapeXml(article.summary)}">`,
    `<meta property="og:url" content="${escapeXml(canonical)}">`,
  ];
  if (outlet.pageDate === "published-time") {
    head.push(`<meta property="article:published_time" content="${article.publishedAt}">`);
  } else if (outlet.pageDate === "json-ld") {
    const jsonLd = {
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: article.title,
      datePublished: article.publishedAt,
      author: { "@type": "Person", name: article.author },
      publisher: { "@type": "Organization", name: outlet.name },
      mainEntityOfPage: canonical,
    };
    // "<" escaped so no string in the data can close the script element.
    head.push(
      `<script type="application/ld+json">${JSON.stringify(jsonLd).replaceAll("<", "\\u003c")}</script>`,
    );
  }
  const relatedLinks = article.related.flatMap((relatedId) => {
    const related = files.manifest.articles.find((candidate) => candidate.id === relatedId);
    return related ? [`<li><a href="${escapeXml(related.path)}">${escapeXml(related.title)}</a></li>`] : [];
  });
  const slots: Record<string, string> = {
    meta: head.join("\n"),
    article: files.pages.get(article.id) ?? "",
    related:
      relatedLinks.length === 0
        ? ""
        : `<aside class="related-links"><h2>More on this story</h2><ul>${relatedLinks.join("")}</ul></aside>`,
  };
  // A replacer function, so "$" in the text is never read as a replacement pattern.
  return template.replace(/\{\{(\w+)\}\}/g, (placeholder, name: string) => slots[name] ?? placeholder);
}

function respond(
  request: IncomingMessage,
  response: ServerResponse,
  content: SiteContent,
  day: number,
): void {
  if (request.method !== "GET" && request.method !== "HEAD") {
    response.writeHead(405, { Allow: "GET, HEAD" }).end();
    return;
  }
  const path = new URL(request.url ?? "/", "http://sample.invalid").pathname;
  const feed = content.feeds.get(path);
  const feedVersion = feed?.versions[day - 1];
  const page = content.pages.get(path);
  if (path === "/robots.txt") {
    send(response, 200, "text/plain; charset=utf-8", "User-agent: *\nAllow: /\n");
  } else if (feed && feedVersion) {
    const validators = { ETag: feedVersion.etag, "Last-Modified": feedVersion.lastModified };
    if (isNotModified(request, feedVersion)) response.writeHead(304, validators).end();
    else send(response, 200, feed.contentType, feedVersion.body, validators);
  } else if (page && page.fromDay <= day) {
    send(response, 200, "text/html; charset=utf-8", page.html);
  } else {
    send(response, 404, "text/plain; charset=utf-8", "Not found\n");
  }
}

function send(
  response: ServerResponse,
  status: number,
  contentType: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
): void {
  const bytes = typeof body === "string" ? Buffer.from(body, "utf8") : body;
  response
    .writeHead(status, { "Content-Type": contentType, "Content-Length": bytes.length, ...headers })
    .end(bytes);
}

/** RFC 9110 section 13.1: If-None-Match wins over If-Modified-Since when both are sent. */
function isNotModified(request: IncomingMessage, version: FeedVersion): boolean {
  const ifNoneMatch = request.headers["if-none-match"];
  if (ifNoneMatch !== undefined) {
    return ifNoneMatch.split(",").some((tag) => {
      const opaque = tag.trim().replace(/^W\//, "");
      return opaque === "*" || opaque === version.etag;
    });
  }
  const since = Date.parse(request.headers["if-modified-since"] ?? "");
  return !Number.isNaN(since) && Date.parse(version.lastModified) <= since;
}

/** Escapes text for XML and HTML, in element content and in double-quoted attributes. */
function escapeXml(text: string): string {
  return text.replace(
    /[&<>"]/g,
    (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[char] ?? char,
  );
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * Formats an ISO timestamp as an RFC 822 date in the timestamp's own offset ("+02:00" gives "+0200",
 * "Z" gives "GMT"), as feeds from different time zones write them; Date.toUTCString only writes GMT.
 */
function formatRfc822(iso: string): string {
  const offset = /([+-])(\d{2}):(\d{2})$/.exec(iso);
  const offsetMinutes = offset
    ? (offset[1] === "-" ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3]))
    : 0;
  const local = new Date(Date.parse(iso) + offsetMinutes * 60_000);
  const pad = (value: number) => String(value).padStart(2, "0");
  const zone = offset ? `${offset[1]}${offset[2]}${offset[3]}` : "GMT";
  return (
    `${WEEKDAYS[local.getUTCDay()]}, ${pad(local.getUTCDate())} ${MONTHS[local.getUTCMonth()]} ` +
    `${local.getUTCFullYear()} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())} ${zone}`
  );
}

/**
 * TextEncoder only writes UTF-8, so the windows-1251 byte for each character comes from inverting the
 * platform's own windows-1251 decoder over the upper half of the code page: exact, and no dependency.
 */
const WINDOWS_1251_BYTES: ReadonlyMap<string, number> = (() => {
  const decoder = new TextDecoder("windows-1251");
  const bytes = new Map<string, number>();
  for (let byte = 0x80; byte <= 0xff; byte++) bytes.set(decoder.decode(Uint8Array.of(byte)), byte);
  return bytes;
})();

function encodeWindows1251(text: string): Buffer {
  return Buffer.from(
    Array.from(text, (char) => {
      const code = char.codePointAt(0) ?? 0;
      const byte = code < 0x80 ? code : WINDOWS_1251_BYTES.get(char);
      if (byte === undefined) throw new Error(`"${char}" (U+${code.toString(16)}) has no windows-1251 byte`);
      return byte;
    }),
  );
}
