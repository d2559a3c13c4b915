// A small loopback news site for the fault-injection scenarios: three outlets, one fictional story
// (a dam breach above the invented town of Velmora) told over two days, with figures that change and
// stances that shift so the pipeline raises alerts. Every name, place, figure and quotation is invented.
// Feeds answer conditional GETs (ETag), so a rerun with nothing new costs three 304s.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { FeedConfig, TopicConfig } from "../../../lambdas/core/config";

interface Outlet {
  readonly id: string;
  readonly name: string;
  readonly feedPath: string;
  readonly format: "rss" | "atom";
}

interface SiteArticle {
  readonly outlet: Outlet;
  readonly slug: string;
  readonly day: number;
  /** ISO 8601 UTC. */
  readonly publishedAt: string;
  readonly title: string;
  readonly paragraphs: readonly string[];
}

const COURIER: Outlet = {
  id: "courier",
  name: "Velmora Courier",
  feedPath: "/courier/rss.xml",
  format: "rss",
};
const NORTHSHORE: Outlet = {
  id: "northshore",
  name: "Northshore Daily",
  feedPath: "/northshore/atom.xml",
  format: "atom",
};
const REACH: Outlet = { id: "reach", name: "Reach Wire", feedPath: "/reach/news.rss", format: "rss" };
const OUTLETS = [COURIER, NORTHSHORE, REACH] as const;

export const FAULT_SITE_TOPIC: TopicConfig = {
  id: "calder-dam",
  name: "Calder Reach dam breach",
  keywords: ["Calder Reach", "Calder dam", "Velmora"],
  places: ["Velmora", "Calder", "Lisk valley"],
  measures: [
    { id: "missing", terms: ["missing people", "missing person", "missing residents"] },
    { id: "evacuees", terms: ["evacuees", "evacuated residents"] },
    { id: "homes", terms: ["homes", "flooded homes"] },
  ],
  actors: [
    { id: "water-board", name: "Tessaline Water Board", aliases: ["Water Board", "Mira Okafor"] },
    { id: "velmora-council", name: "Velmora council", aliases: ["the council", "Piet Ansel"] },
  ],
};

function article(
  outlet: Outlet,
  slug: string,
  publishedAt: string,
  title: string,
  ...paragraphs: string[]
): SiteArticle {
  return { outlet, slug, day: publishedAt.startsWith("2031-05-12") ? 1 : 2, publishedAt, title, paragraphs };
}

const ARTICLES: readonly SiteArticle[] = [
  article(
    COURIER,
    "dam-breach-floods-lower-velmora",
    "2031-05-12T06:40:00Z",
    "Calder Reach dam breach floods lower Velmora",
    "Water poured through a breach in the Calder Reach dam before dawn on Monday and flooded the lower streets of Velmora.",
    "The council moved about 200 evacuees to the sports hall on Mill Road. Rescuers were searching for four missing people.",
    "The Tessaline Water Board, which runs the dam, said its engineers were on their way to the site.",
  ),
  article(
    NORTHSHORE,
    "hundreds-leave-homes-as-calder-dam-fails",
    "2031-05-12T08:15:00Z",
    "Hundreds leave Velmora as the Calder dam fails",
    "At least 350 evacuees left Velmora on Monday after the Calder Reach dam gave way under heavy rain.",
    "Rescue teams were looking for six missing people in the Lisk valley below the dam.",
    "Mira Okafor, a spokesperson for the Water Board, denied that maintenance on the dam had been skipped.",
  ),
  article(
    REACH,
    "velmora-flood-homes-under-water",
    "2031-05-12T10:05:00Z",
    "Velmora flood: 120 homes under water after Calder dam breach",
    "VELMORA, May 12 (Reach Wire) - Floodwater from the breached Calder Reach dam reached 120 homes in Velmora on Monday.",
    "Police were searching for five missing people, and boats were crossing the flooded fields of the Lisk valley.",
    "The Tessaline Water Board denied that it had ignored warnings about cracks in the dam wall.",
  ),
  article(
    COURIER,
    "council-says-dam-warnings-were-ignored",
    "2031-05-12T15:30:00Z",
    "Velmora council says dam warnings were ignored",
    "Piet Ansel, the council leader, accused the dam's operator of ignoring two written warnings about cracks in the Calder Reach dam.",
    "By Monday evening the town had 410 evacuees, and the sports hall in Velmora had run out of camp beds.",
    "The water in the lower town was still rising after dark.",
  ),
  article(
    REACH,
    "rain-eases-over-lisk-valley",
    "2031-05-12T19:05:00Z",
    "Rain eases over the Lisk valley as Velmora counts the cost",
    "VELMORA, May 12 (Reach Wire) - The rain that swelled the Calder Reach reservoir eased on Monday evening.",
    "The Water Board disputed the account of the warnings given by the council in Velmora.",
    "About 400 evacuees spent the night in Velmora schools, the regional fire service said.",
  ),
  article(
    NORTHSHORE,
    "missing-count-falls-after-night-search",
    "2031-05-12T21:50:00Z",
    "Missing count falls after a night search near Velmora",
    "Searchers in the Lisk valley found two people alive on a barn roof late on Monday and were still looking for three missing people.",
    "Velmora remains cut off from the main road, and about 430 evacuees spent the night in schools and church halls.",
    "The Calder Reach dam was still losing water from the breach at midnight.",
  ),
  article(
    REACH,
    "water-board-admits-inspection-delay",
    "2031-05-13T07:20:00Z",
    "Water Board admits Calder dam inspection was delayed",
    "VELMORA, May 13 (Reach Wire) - The Tessaline Water Board confirmed on Tuesday that a safety inspection of the Calder Reach dam had been postponed twice.",
    "Police were still searching for three missing people, and 140 homes had been flooded in Velmora.",
    "The spring inspection of the dam had been moved to the autumn for lack of staff.",
  ),
  article(
    COURIER,
    "evacuees-wait-in-schools-as-water-recedes",
    "2031-05-13T09:10:00Z",
    "Evacuees wait in schools as the water in Velmora recedes",
    "The water in lower Velmora fell by half a metre overnight, but the town was not yet safe to return to.",
    "Nearly 500 evacuees were sleeping in schools on Tuesday, more than twice the first count from the Calder Reach flood.",
    "Volunteers from the Lisk valley brought food and dry clothes to the schools in the morning.",
  ),
  article(
    NORTHSHORE,
    "one-missing-after-two-found-safe",
    "2031-05-13T12:45:00Z",
    "Two more found safe near Velmora after the Calder dam breach",
    "Two people reported missing after the Calder Reach dam breach were found safe at a farm upstream of Velmora on Tuesday.",
    "Divers were searching the reservoir below the breach for one missing person, the police said.",
    "The town would need months to repair about 150 homes in Velmora.",
  ),
  article(
    REACH,
    "council-calls-for-inquiry-into-dam",
    "2031-05-13T16:30:00Z",
    "Velmora council calls for an inquiry into the Calder dam",
    "VELMORA, May 13 (Reach Wire) - Velmora called on Tuesday for an independent inquiry into the breach of the Calder Reach dam.",
    "Floodwater had reached 160 homes in Velmora, more than first thought, and repairs would take until the winter.",
    "The inquiry would look at the inspections of the dam over the last ten years.",
  ),
  article(
    COURIER,
    "divers-search-reservoir-for-last-missing",
    "2031-05-13T18:20:00Z",
    "Divers search the Calder reservoir for the last missing person",
    "Police divers searched the reservoir below the Calder Reach dam on Tuesday for one missing person.",
    "About 470 evacuees from Velmora were still sleeping in schools on Tuesday night.",
    "The lower town of Velmora had been without power for two days.",
  ),
  article(
    NORTHSHORE,
    "water-board-chief-apologises",
    "2031-05-13T20:00:00Z",
    "Water Board chief apologises to Velmora",
    "The head of the Tessaline Water Board apologised on Tuesday evening to the people of Velmora for the Calder Reach dam breach.",
    "The Water Board confirmed that it had not acted on the warnings about the cracks in the dam wall.",
    "The board said it would pay for temporary housing for 480 evacuees from Velmora.",
  ),
];

/** Days the site tells its story over. */
export const FAULT_SITE_DAYS = Math.max(...ARTICLES.map((article) => article.day));

export interface FaultSite {
  readonly baseUrl: string;
  readonly port: number;
  readonly feeds: FeedConfig[];
  /** From this day on, feeds list the articles published up to it. */
  setDay(day: number): void;
  close(): Promise<void>;
}

export async function startFaultSite(): Promise<FaultSite> {
  let day = 1;
  const server = createServer((request, response) => serve(request, response, baseUrl, day));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    port,
    feeds: OUTLETS.map((outlet) => ({ url: `${baseUrl}${outlet.feedPath}`, outlet: outlet.name })),
    setDay(next) {
      day = next;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function serve(request: IncomingMessage, response: ServerResponse, baseUrl: string, day: number): void {
  const path = new URL(request.url ?? "/", baseUrl).pathname;
  const outlet = OUTLETS.find((candidate) => candidate.feedPath === path);
  if (outlet !== undefined) {
    const etag = `"${outlet.id}-day-${day}"`;
    if (request.headers["if-none-match"] === etag) {
      response.writeHead(304, { ETag: etag }).end();
      return;
    }
    const articles = ARTICLES.filter((a) => a.outlet === outlet && a.day <= day).reverse();
    const [type, body] =
      outlet.format === "atom"
        ? ["application/atom+xml", atomFeed(outlet, articles, baseUrl)]
        : ["application/rss+xml", rssFeed(outlet, articles, baseUrl)];
    response.writeHead(200, { "Content-Type": `${type}; charset=utf-8`, ETag: etag }).end(body);
    return;
  }
  const article = ARTICLES.find((candidate) => articlePath(candidate) === path && candidate.day <= day);
  if (article === undefined) {
    response.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
    return;
  }
  response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(articlePage(article));
}

function articlePath(article: SiteArticle): string {
  return `/${article.outlet.id}/${article.publishedAt.slice(0, 10).replaceAll("-", "/")}/${article.slug}`;
}

function escapeXml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}

function rssFeed(outlet: Outlet, articles: readonly SiteArticle[], baseUrl: string): string {
  const items = articles.map(
    (article) => `<item>
<title>${escapeXml(article.title)}</title>
<link>${baseUrl}${articlePath(article)}?utm_source=rss</link>
<guid isPermaLink="false">${outlet.id}-${article.slug}</guid>
<pubDate>${new Date(article.publishedAt).toUTCString()}</pubDate>
<description>${escapeXml(article.paragraphs[0] ?? "")}</description>
</item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>${escapeXml(outlet.name)}</title>
<link>${baseUrl}/${outlet.id}/</link>
<description>News from the Lisk valley</description>
${items.join("\n")}
</channel></rss>
`;
}

function atomFeed(outlet: Outlet, articles: readonly SiteArticle[], baseUrl: string): string {
  const entries = articles.map(
    (article) => `<entry>
<title>${escapeXml(article.title)}</title>
<link rel="alternate" href="${baseUrl}${articlePath(article)}"/>
<id>tag:${outlet.id}.example,2031:${article.slug}</id>
<published>${article.publishedAt}</published>
<updated>${article.publishedAt}</updated>
<summary>${escapeXml(article.paragraphs[0] ?? "")}</summary>
</entry>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>${escapeXml(outlet.name)}</title>
<id>tag:${outlet.id}.example,2031:feed</id>
<updated>${articles[0]?.publishedAt ?? "2031-05-12T00:00:00Z"}</updated>
${entries.join("\n")}
</feed>
`;
}

function articlePage(article: SiteArticle): string {
  const body = article.paragraphs.map((paragraph) => `<p>${escapeXml(paragraph)}</p>`).join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>${escapeXml(article.title)} | ${escapeXml(article.outlet.name)}</title>
<meta property="article:published_time" content="${article.publishedAt}">
</head><body>
<header><a href="/${article.outlet.id}/">${escapeXml(article.outlet.name)}</a> <nav><a href="/${article.outlet.id}/weather">Weather</a> <a href="/${article.outlet.id}/sport">Sport</a></nav></header>
<main><article>
<h1>${escapeXml(article.title)}</h1>
<time datetime="${article.publishedAt}">${article.publishedAt.slice(0, 10)}</time>
${body}
</article></main>
<footer>&copy; 2031 ${escapeXml(article.outlet.name)}</footer>
</body></html>
`;
}
