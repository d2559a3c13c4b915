// A generated news site for benchmarks: realistic page weight (navigation, scripts, "most read"
// lists, footers around a 10-20 paragraph article), deterministic from the article number.

import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { parseConfig, type TopicConfig } from "../lambdas/core/config";

/** The example config's topic (examples/izyum.config.json): the story the generated pages tell. */
export const syntheticTopic: TopicConfig = parseConfig(
  JSON.parse(readFileSync(new URL("../examples/izyum.config.json", import.meta.url), "utf8")),
  "examples/izyum.config.json",
).topics[0] as TopicConfig;

/** Small deterministic PRNG (mulberry32), so every run generates the same pages. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ON_TOPIC = [
  (n: number) => `Investigators said they had found at least ${n} graves in a forest near Izyum.`,
  (n: number) => `Around ${n} bodies have been exhumed so far, according to Ukrainian officials.`,
  (n: number) => `Regional prosecutors said more than ${n} victims had been identified near Izium.`,
  (n: number) => `The Kremlin's spokesman, Dmitry Peskov, said the reports of ${n} graves were lies.`,
  (n: number) =>
    `Forensic teams in Izyum worked through the day, and between ${n} and ${n + 30} bodies were recovered.`,
];
const FILLER = [
  "Residents described weeks without electricity, running water or mobile signal.",
  "The town's main bridge was destroyed during the fighting in the spring.",
  "Aid groups said they delivered 12 tonnes of food and medicine on Tuesday.",
  "A local official said reconstruction could cost $2.5 billion over five years.",
  "Volunteers travelled 40 kilometres each day to reach the outlying villages.",
  "The investigation is expected to take several months, officials said.",
  "Many families are still searching for relatives who went missing in March.",
  "Schools in the region remain closed, and teachers are holding lessons online.",
];
const OFF_TOPIC = [
  "The central bank held interest rates at 4.5 percent on Thursday.",
  "The home side won 3-1 after two goals in the last ten minutes.",
  "Shares in the carmaker rose 7% after it raised its annual forecast.",
  "Forecasters expect up to 30 millimetres of rain over the weekend.",
];

export interface SyntheticArticle {
  readonly path: string;
  readonly title: string;
  readonly publishedAt: string;
  readonly onTopic: boolean;
  readonly summary: string;
}

export function syntheticArticle(feed: number, item: number): SyntheticArticle {
  const rand = random(feed * 100_003 + item);
  const onTopic = rand() < 0.6;
  const minutes = feed * 7 + item * 53;
  const publishedAt = new Date(Date.UTC(2022, 8, 16) + minutes * 60_000).toISOString();
  const title = onTopic
    ? `${["Mass graves found near Izyum", "Izyum exhumations continue", "Kremlin rejects Izyum reports"][item % 3]}: update ${item}`
    : `${["Markets close higher", "Late winner in the derby", "Storm warning for the weekend"][item % 3]} (${feed}-${item})`;
  return {
    path: `/article/${feed}/${item}.html`,
    title,
    publishedAt,
    onTopic,
    summary: `${title}. ${FILLER[item % FILLER.length]}`,
  };
}

function paragraphs(article: SyntheticArticle, feed: number, item: number): string[] {
  const rand = random(feed * 7919 + item * 31);
  const count = 10 + Math.floor(rand() * 10);
  return Array.from({ length: count }, (_, i) => {
    const sentences = Array.from({ length: 3 }, (_unused, j) => {
      const pick = rand();
      if (article.onTopic && (i + j) % 4 === 0) {
        const template = ON_TOPIC[Math.floor(pick * ON_TOPIC.length)] as (n: number) => string;
        return template(400 + Math.floor(rand() * 60));
      }
      const pool = article.onTopic ? FILLER : OFF_TOPIC;
      return pool[Math.floor(pick * pool.length)] as string;
    });
    return sentences.join(" ");
  });
}

const NAV = Array.from({ length: 60 }, (_, i) => `<li><a href="/section/${i}">Section ${i}</a></li>`).join(
  "",
);
const FOOTER = Array.from({ length: 80 }, (_, i) => `<a href="/about/${i}">About link ${i}</a>`).join(" | ");
const SCRIPT = `<script>window.__STATE__=${JSON.stringify({ items: Array.from({ length: 300 }, (_, i) => ({ id: i, label: `item ${i}`, score: i * 3 })) })}</script>`;

export function syntheticPage(feed: number, item: number): string {
  const article = syntheticArticle(feed, item);
  const body = paragraphs(article, feed, item)
    .map((p) => `<p>${p}</p>`)
    .join("\n");
  const mostRead = Array.from(
    { length: 10 },
    (_, i) => `<li><a href="/read/${i}">${i + 1}. ${i * 37 + 12} things about story ${i}</a></li>`,
  ).join("");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${article.title} | Synthetic Daily</title>
<meta property="article:published_time" content="${article.publishedAt}"><style>${".c{color:#333}".repeat(400)}</style>${SCRIPT}</head>
<body><header><nav><ul>${NAV}</ul></nav></header>
<main><article><h1>${article.title}</h1><p class="byline">By Staff Reporter</p>${body}
<aside class="donate"><p>Support independent journalism: donate $5 a month today.</p></aside></article>
<aside class="most-read"><h2>Most read</h2><ol>${mostRead}</ol></aside></main>
<footer>${FOOTER}</footer></body></html>`;
}

export function syntheticFeed(baseUrl: string, feed: number, items: number): string {
  const entries = Array.from({ length: items }, (_, item) => {
    const article = syntheticArticle(feed, item);
    return `<item><title>${article.title}</title><link>${baseUrl}${article.path}?utm_source=rss</link><guid>${baseUrl}${article.path}</guid><pubDate>${new Date(article.publishedAt).toUTCString()}</pubDate><description>${article.summary}</description></item>`;
  }).join("");
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Synthetic feed ${feed}</title><link>${baseUrl}/</link><description>Generated</description>${entries}</channel></rss>`;
}

export interface SyntheticSite {
  readonly baseUrl: string;
  readonly port: number;
  readonly feedUrls: string[];
  close(): Promise<void>;
}

/** Serves `feeds` generated feeds with `items` articles each on 127.0.0.1. */
export async function startSyntheticSite(feeds: number, items: number): Promise<SyntheticSite> {
  let baseUrl = "";
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", baseUrl);
    const feedMatch = /^\/feed\/(\d+)\.xml$/.exec(url.pathname);
    const pageMatch = /^\/article\/(\d+)\/(\d+)\.html$/.exec(url.pathname);
    if (feedMatch) {
      response.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8" });
      response.end(syntheticFeed(baseUrl, Number(feedMatch[1]), items));
    } else if (pageMatch) {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(syntheticPage(Number(pageMatch[1]), Number(pageMatch[2])));
    } else if (url.pathname === "/robots.txt") {
      response.writeHead(200, { "content-type": "text/plain" });
      response.end("User-agent: *\nAllow: /\n");
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    port,
    feedUrls: Array.from({ length: feeds }, (_, i) => `${baseUrl}/feed/${i}.xml`),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
