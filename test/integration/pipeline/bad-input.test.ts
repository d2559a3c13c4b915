// Bad input never crashes a run: each feed or item fails alone, with its reason printed and stored.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DynamoDbStore } from "../../../lambdas/adapters/dynamodb/dynamodb-store";
import { NodeHttpFetcher } from "../../../lambdas/adapters/http/node-http-fetcher";
import { type Config, parseConfig } from "../../../lambdas/core/config";
import { type CycleReport, runCycle } from "../../../lambdas/core/usecases/run-cycle";
import { izyumTopic } from "../../support/statements";
import { startTestDynalite, type TestDynalite } from "../helpers/dynalite";

const ARTICLE = `<!doctype html><html><head><title>Graves found near Izyum</title></head><body><article>
<h1>Graves found near Izyum</h1>
${Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1}: investigators near Izyum continued their work in the forest on the edge of town, where residents had pointed them to freshly dug earth and wooden crosses bearing numbers.</p>`).join("\n")}
</article></body></html>`;

function rss(base: string, items: { path: string; title: string; date: string }[]): string {
  const entries = items
    .map(
      (i) =>
        `<item><title>${i.title}</title><link>${base}${i.path}</link><guid>${base}${i.path}</guid><pubDate>${i.date}</pubDate><description>${i.title}: the feed summary about Izyum.</description></item>`,
    )
    .join("");
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Test</title><link>${base}/</link><description>d</description>${entries}</channel></rss>`;
}

describe("a cycle over bad input", () => {
  let server: Server;
  let closedPort: number;
  let base: string;
  let db: TestDynalite;
  let report: CycleReport;
  let store: DynamoDbStore;
  let config: Config;

  beforeAll(async () => {
    // Prepare: one good feed whose items point at good, binary and huge pages, and broken feeds
    server = createServer((request, response) => {
      switch (request.url) {
        case "/good.xml":
          response.writeHead(200, { "content-type": "application/rss+xml" });
          response.end(
            rss(base, [
              {
                path: "/article.html",
                title: "Graves found near Izyum",
                date: "Fri, 16 Sep 2022 10:00:00 GMT",
              },
              { path: "/image.png", title: "Izyum in pictures", date: "Fri, 16 Sep 2022 11:00:00 GMT" },
              { path: "/huge.html", title: "Izyum: the full record", date: "Fri, 16 Sep 2022 12:00:00 GMT" },
              { path: "/undated.html", title: "Izyum undated", date: "the day after tomorrow" },
            ]),
          );
          return;
        case "/article.html":
        case "/undated.html":
          response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
          response.end(ARTICLE);
          return;
        case "/image.png":
          response.writeHead(200, { "content-type": "image/png" });
          response.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
          return;
        case "/huge.html":
          response.writeHead(200, { "content-type": "text/html" });
          response.end(`<html><body>${"<p>padding</p>".repeat(100_000)}</body></html>`);
          return;
        case "/error.xml":
          response.writeHead(503, { "retry-after": "120" });
          response.end();
          return;
        case "/page.xml":
          response.writeHead(200, { "content-type": "text/html" });
          response.end("<html><body><p>Not a feed</p></body></html>");
          return;
        case "/malformed.xml":
          response.writeHead(200, { "content-type": "application/rss+xml" });
          response.end(
            '<?xml version="1.0"?><rss version="2.0"><channel><title>Cut off</title><item><title>x',
          );
          return;
        case "/slow.xml":
          return; // never answers
        default:
          response.writeHead(404);
          response.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as AddressInfo).port;
    base = `http://127.0.0.1:${port}`;
    const spare = createServer();
    await new Promise<void>((resolve) => spare.listen(0, "127.0.0.1", resolve));
    closedPort = (spare.address() as AddressInfo).port;
    await new Promise((resolve) => spare.close(resolve));

    db = await startTestDynalite();
    store = new DynamoDbStore(db.client, db.tableName);
    config = parseConfig(
      {
        feeds: [
          { url: `${base}/good.xml`, outlet: "Good News" },
          { url: `${base}/missing.xml`, outlet: "Missing" },
          { url: `${base}/error.xml`, outlet: "Erroring" },
          { url: `${base}/slow.xml`, outlet: "Slow" },
          { url: `${base}/page.xml`, outlet: "Not A Feed" },
          { url: `${base}/malformed.xml`, outlet: "Malformed" },
          { url: `http://127.0.0.1:${closedPort}/feed.xml`, outlet: "Unreachable" },
        ],
        topics: [izyumTopic],
        network: {
          allowPrivateHosts: true,
          allowedPorts: [port, closedPort],
          perHostDelayMs: 0,
          timeoutMs: 800,
          maxPageBytes: 1_000_000,
        },
        extraction: { minTextLength: 200 },
      },
      "test",
    );

    // Act
    report = await runCycle({
      config,
      store,
      fetcher: new NodeHttpFetcher(config.network),
      clock: { now: () => new Date("2026-01-01T00:00:00Z") },
      sinks: [],
    });
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await db?.close();
  });

  it("fails each broken feed alone with a clear reason, kept in its feed state", async () => {
    // Assess
    const errors = Object.fromEntries(report.feeds.map((f) => [f.feed.outlet, f.error]));
    expect(errors).toEqual({
      "Good News": null,
      Missing: "HTTP 404 Not Found",
      Erroring: "HTTP 503 Service Unavailable",
      Slow: expect.stringMatching(/^timed out after 800 ms/),
      "Not A Feed": expect.stringMatching(/not a feed/i),
      Malformed: expect.stringMatching(/./),
      Unreachable: expect.stringMatching(/could not connect/),
    });
    const states = new Map((await store.listFeedStates()).map((s) => [s.feedUrl, s]));
    for (const feed of report.feeds.filter((f) => f.status === "failed")) {
      expect(states.get(feed.feed.url)).toMatchObject({ lastError: feed.error, consecutiveFailures: 1 });
    }
    expect(Date.parse(states.get(`${base}/error.xml`)?.nextAttemptAt ?? "")).toBeGreaterThanOrEqual(
      Date.parse("2026-01-01T00:02:00Z"),
    );
  });

  it("processes every item of the good feed, recording why a page could not be used", async () => {
    // Assess
    expect(report.items.map((i) => [i.item.url, i.status])).toEqual([
      [`${base}/article.html`, "processed"],
      [`${base}/image.png`, "processed"],
      [`${base}/huge.html`, "processed"],
      [`${base}/undated.html`, "processed"],
    ]);
    expect((await store.getArticle(`${base}/article.html`))?.method).toBe("readability");
    expect((await store.getArticle(`${base}/image.png`))?.fallbackReason).toMatch(
      /content type image\/png is not accepted/,
    );
    expect((await store.getArticle(`${base}/huge.html`))?.fallbackReason).toMatch(
      /body exceeds 1000000 bytes/,
    );
    const undated = await store.getArticle(`${base}/undated.html`);
    expect(undated?.publishedAt).toBe("2026-01-01T00:00:00.000Z");
    expect(report.feeds.find((f) => f.feed.outlet === "Good News")?.problems.join(" ")).toMatch(/date/i);
  });

  it("adds nothing when run again", async () => {
    // Prepare: only the good feed, an hour later
    const goodOnly = { ...config, feeds: config.feeds.slice(0, 1) };
    // Act
    const again = await runCycle({
      config: goodOnly,
      store,
      fetcher: new NodeHttpFetcher(goodOnly.network),
      clock: { now: () => new Date("2026-01-01T01:00:00Z") },
      sinks: [],
    });
    // Assess
    expect(again.counts.newItems).toBe(0);
    expect(again.items).toEqual([]);
    expect(await store.pendingAlerts()).toEqual([]);
  });
});
