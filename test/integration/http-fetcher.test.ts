import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createGzip, gzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { NodeHttpFetcher } from "../../lambdas/adapters/http/node-http-fetcher";
import type { NetworkConfig } from "../../lambdas/core/config";

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

const FEED_XML = '<?xml version="1.0"?><rss version="2.0"><channel><title>Loopback</title></channel></rss>';
/** 20 MB of zeros, about 20 kB gzipped. */
const GZIP_BOMB = gzipSync(Buffer.alloc(20 * 1024 * 1024));

let server: Server;
let port: number;
let routes: Map<string, Handler>;
let received: { path: string; headers: IncomingMessage["headers"] }[];

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? "/";
    received.push({ path, headers: request.headers });
    const handler = routes.get(path);
    if (handler) handler(request, response);
    else response.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  routes = new Map();
  received = [];
});

function network(overrides: Partial<NetworkConfig> = {}): NetworkConfig {
  return {
    allowPrivateHosts: true,
    allowedPorts: [port],
    userAgent: "newsdrift-test/1.0 (+https://newsdrift.example/bot)",
    connectTimeoutMs: 2_000,
    timeoutMs: 5_000,
    maxFeedBytes: 64 * 1024,
    maxPageBytes: 64 * 1024,
    perHostDelayMs: 0,
    maxRedirects: 3,
    respectRobotsTxt: false,
    ...overrides,
  };
}

const at = (path: string) => `http://127.0.0.1:${port}${path}`;

describe("NodeHttpFetcher", () => {
  it("returns the body, content type and validators of a 200 response", async () => {
    // Prepare
    routes.set("/feed.xml", (_request, response) =>
      response
        .writeHead(200, {
          "Content-Type": "application/rss+xml; charset=utf-8",
          ETag: '"v1"',
          "Last-Modified": "Wed, 11 Jun 2025 06:45:00 GMT",
        })
        .end(FEED_XML),
    );
    const fetcher = new NodeHttpFetcher(network());

    // Act
    const result = await fetcher.fetch({ url: at("/feed.xml"), purpose: "feed" });

    // Assess
    expect(result).toMatchObject({
      status: "ok",
      url: at("/feed.xml"),
      httpStatus: 200,
      contentType: "application/rss+xml; charset=utf-8",
      etag: '"v1"',
      lastModified: "Wed, 11 Jun 2025 06:45:00 GMT",
    });
    expect(result.status === "ok" && new TextDecoder().decode(result.body)).toBe(FEED_XML);
    expect(received[0]?.headers["user-agent"]).toBe("newsdrift-test/1.0 (+https://newsdrift.example/bot)");
  });

  it("decompresses a gzip body", async () => {
    // Prepare
    routes.set("/gz", (_request, response) =>
      response
        .writeHead(200, { "Content-Type": "text/xml", "Content-Encoding": "gzip" })
        .end(gzipSync(FEED_XML)),
    );
    const fetcher = new NodeHttpFetcher(network());

    // Act
    const result = await fetcher.fetch({ url: at("/gz"), purpose: "feed" });

    // Assess
    expect(result.status === "ok" && new TextDecoder().decode(result.body)).toBe(FEED_XML);
  });

  it("sends the validators and reports 304 as not modified", async () => {
    // Prepare
    routes.set("/conditional", (request, response) => {
      const fresh = request.headers["if-none-match"] === '"v1"';
      response
        .writeHead(fresh ? 304 : 200, { "Content-Type": "application/rss+xml" })
        .end(fresh ? undefined : FEED_XML);
    });
    const fetcher = new NodeHttpFetcher(network());

    // Act
    const result = await fetcher.fetch({
      url: at("/conditional"),
      purpose: "feed",
      etag: '"v1"',
      lastModified: "Wed, 11 Jun 2025 06:45:00 GMT",
    });

    // Assess
    expect(result).toEqual({ status: "not-modified", url: at("/conditional") });
    expect(received[0]?.headers["if-modified-since"]).toBe("Wed, 11 Jun 2025 06:45:00 GMT");
  });

  it("follows redirects and reports the final URL", async () => {
    // Prepare
    routes.set("/old", (_request, response) => response.writeHead(301, { Location: "/moved" }).end());
    routes.set("/moved", (_request, response) =>
      response.writeHead(302, { Location: at("/feed.xml") }).end(),
    );
    routes.set("/feed.xml", (_request, response) =>
      response.writeHead(200, { "Content-Type": "text/xml" }).end(FEED_XML),
    );
    const fetcher = new NodeHttpFetcher(network());

    // Act
    const result = await fetcher.fetch({ url: at("/old"), purpose: "feed" });

    // Assess
    expect(result).toMatchObject({ status: "ok", url: at("/feed.xml") });
    expect(received.map((request) => request.path)).toEqual(["/old", "/moved", "/feed.xml"]);
  });

  it("stops after maxRedirects", async () => {
    // Prepare
    routes.set("/loop", (_request, response) => response.writeHead(302, { Location: "/loop" }).end());
    const fetcher = new NodeHttpFetcher(network({ maxRedirects: 2 }));

    // Act
    const fetching = fetcher.fetch({ url: at("/loop"), purpose: "feed" });

    // Assess
    await expect(fetching).rejects.toMatchObject({
      code: "too-many-redirects",
      message: `stopped after 2 redirects at ${at("/loop")}`,
    });
    expect(received).toHaveLength(3);
  });

  it("checks every redirect hop with the same URL rules as the first", async () => {
    // Prepare
    routes.set("/to-other-port", (_request, response) =>
      response.writeHead(302, { Location: "http://127.0.0.1:6379/" }).end(),
    );
    const fetcher = new NodeHttpFetcher(network());

    // Act
    const fetching = fetcher.fetch({ url: at("/to-other-port"), purpose: "feed" });

    // Assess
    await expect(fetching).rejects.toMatchObject({
      code: "refused-url",
      message: `refused: port 6379 is not allowed (allowed: 80, 443, ${port})`,
    });
    expect(received).toHaveLength(1);
  });

  it("resolves every redirect hop through the guarded lookup", async () => {
    // Prepare
    routes.set("/hop", (_request, response) =>
      response.writeHead(302, { Location: `http://mirror.example:${port}/feed.xml` }).end(),
    );
    routes.set("/feed.xml", (_request, response) =>
      response.writeHead(200, { "Content-Type": "text/xml" }).end(FEED_XML),
    );
    const lookups: string[] = [];
    const lookup = (
      host: string,
      _options: object,
      callback: (e: null, a: { address: string; family: number }[]) => void,
    ) => {
      lookups.push(host);
      callback(null, [{ address: "127.0.0.1", family: 4 }]);
    };
    const fetcher = new NodeHttpFetcher(network(), { lookup });

    // Act
    const result = await fetcher.fetch({ url: `http://feeds.example:${port}/hop`, purpose: "feed" });

    // Assess
    expect(result).toMatchObject({ status: "ok", url: `http://mirror.example:${port}/feed.xml` });
    expect(lookups).toEqual(["feeds.example", "mirror.example"]);
  });

  it("refuses to connect when the DNS answer is loopback and private hosts are not allowed", async () => {
    // Prepare
    routes.set("/feed.xml", (_request, response) =>
      response.writeHead(200, { "Content-Type": "text/xml" }).end(FEED_XML),
    );
    const lookup = (
      _host: string,
      _options: object,
      callback: (e: null, a: { address: string; family: number }[]) => void,
    ) => callback(null, [{ address: "127.0.0.1", family: 4 }]);
    const fetcher = new NodeHttpFetcher(network({ allowPrivateHosts: false }), { lookup });

    // Act
    const fetching = fetcher.fetch({ url: `http://rebound.example:${port}/feed.xml`, purpose: "feed" });

    // Assess
    await expect(fetching).rejects.toMatchObject({
      code: "refused-address",
      message: "refused: rebound.example resolves to 127.0.0.1, a loopback address",
    });
    expect(received).toHaveLength(0);
  });

  it("reports 404 and 503 with Retry-After as http-status errors", async () => {
    // Prepare
    routes.set("/busy", (_request, response) =>
      response.writeHead(503, { "Retry-After": "120", "Content-Type": "text/plain" }).end("busy"),
    );
    const fetcher = new NodeHttpFetcher(network());

    // Act
    const busy = fetcher.fetch({ url: at("/busy"), purpose: "feed" });
    const missing = fetcher.fetch({ url: at("/missing"), purpose: "page" });

    // Assess
    await expect(busy).rejects.toMatchObject({
      code: "http-status",
      message: "HTTP 503 Service Unavailable",
      retryAfterMs: 120_000,
      httpStatus: 503,
    });
    await expect(missing).rejects.toMatchObject({
      code: "http-status",
      message: "HTTP 404 Not Found",
      retryAfterMs: null,
      httpStatus: 404,
    });
  });

  it("reads Retry-After given as an HTTP date", async () => {
    // Prepare
    const inAMinute = new Date(Date.now() + 60_000).toUTCString();
    routes.set("/later", (_request, response) => response.writeHead(500, { "Retry-After": inAMinute }).end());
    const fetcher = new NodeHttpFetcher(network());

    // Act
    const fetching = fetcher.fetch({ url: at("/later"), purpose: "feed" });

    // Assess
    const error = await fetching.catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "http-status", httpStatus: 500 });
    expect((error as { retryAfterMs: number }).retryAfterMs).toBeGreaterThan(50_000);
    expect((error as { retryAfterMs: number }).retryAfterMs).toBeLessThanOrEqual(60_000);
  });

  it("times out a server that never answers", async () => {
    // Prepare
    routes.set("/hang", () => {});
    const fetcher = new NodeHttpFetcher(network({ timeoutMs: 300 }));

    // Act
    const fetching = fetcher.fetch({ url: at("/hang"), purpose: "feed" });

    // Assess
    await expect(fetching).rejects.toMatchObject({
      code: "timeout",
      message: `timed out after 300 ms fetching ${at("/hang")}`,
    });
  });

  it("stops a gzip bomb at the decompressed size limit", async () => {
    // Prepare
    routes.set("/bomb", (_request, response) =>
      response
        .writeHead(200, { "Content-Type": "application/rss+xml", "Content-Encoding": "gzip" })
        .end(GZIP_BOMB),
    );
    const fetcher = new NodeHttpFetcher(network({ maxFeedBytes: 256 * 1024 }));

    // Act
    const fetching = fetcher.fetch({ url: at("/bomb"), purpose: "feed" });

    // Assess
    expect(GZIP_BOMB.length).toBeLessThan(256 * 1024);
    await expect(fetching).rejects.toMatchObject({
      code: "too-large",
      message: "refused: body exceeds 262144 bytes",
    });
  });

  it("aborts the transfer as soon as the limit is passed, without reading the rest", async () => {
    // Prepare
    let bytesSent = 0;
    let serverFinished = false;
    const closed = new Promise<void>((resolve) => {
      routes.set("/endless", (_request, response) => {
        response.writeHead(200, { "Content-Type": "application/rss+xml", "Content-Encoding": "gzip" });
        const gzip = createGzip({ level: 1 });
        gzip.pipe(response);
        response.on("finish", () => {
          serverFinished = true;
        });
        response.on("close", () => resolve());
        // 64 MB of incompressible bytes, written only as fast as the client reads.
        let seed = 42;
        const produce = () => {
          while (bytesSent < 64 * 1024 * 1024 && !response.destroyed) {
            const chunk = Buffer.alloc(16 * 1024);
            for (let i = 0; i < chunk.length; i++) {
              seed = (seed * 1103515245 + 12345) & 0x7fffffff;
              chunk[i] = seed >> 16;
            }
            bytesSent += chunk.length;
            if (!gzip.write(chunk)) return void gzip.once("drain", produce);
          }
          gzip.end();
        };
        produce();
      });
    });
    const fetcher = new NodeHttpFetcher(network({ maxFeedBytes: 256 * 1024 }));

    // Act
    const fetching = fetcher.fetch({ url: at("/endless"), purpose: "feed" });

    // Assess
    await expect(fetching).rejects.toMatchObject({ code: "too-large" });
    await closed;
    expect(serverFinished).toBe(false);
    expect(bytesSent).toBeLessThan(64 * 1024 * 1024);
  });

  it("refuses a plain body over the limit", async () => {
    // Prepare
    routes.set("/big", (_request, response) =>
      response.writeHead(200, { "Content-Type": "text/html" }).end(Buffer.alloc(100 * 1024, "a")),
    );
    const fetcher = new NodeHttpFetcher(network({ maxPageBytes: 10 * 1024 }));

    // Act
    const fetching = fetcher.fetch({ url: at("/big"), purpose: "page" });

    // Assess
    await expect(fetching).rejects.toMatchObject({
      code: "too-large",
      message: "refused: body exceeds 10240 bytes",
    });
  });

  it.each([
    ["feed", "image/png"],
    ["feed", "application/octet-stream"],
    ["page", "application/pdf"],
    ["page", "application/rss+xml"],
  ] as const)("refuses a %s served as %s", async (purpose, contentType) => {
    // Prepare
    routes.set("/typed", (_request, response) =>
      response.writeHead(200, { "Content-Type": contentType }).end("x"),
    );
    const fetcher = new NodeHttpFetcher(network());

    // Act
    const fetching = fetcher.fetch({ url: at("/typed"), purpose });

    // Assess
    await expect(fetching).rejects.toMatchObject({
      code: "content-type",
      message: `refused: content type ${contentType} is not accepted for a ${purpose}`,
    });
  });

  it.each([
    ["feed", "text/html; charset=utf-8"],
    ["feed", "application/atom+xml"],
    ["feed", "text/plain"],
    ["page", "application/xhtml+xml"],
  ] as const)("accepts a %s served as %s", async (purpose, contentType) => {
    // Prepare
    routes.set("/typed", (_request, response) =>
      response.writeHead(200, { "Content-Type": contentType }).end("x"),
    );
    const fetcher = new NodeHttpFetcher(network());

    // Act
    const result = await fetcher.fetch({ url: at("/typed"), purpose });

    // Assess
    expect(result).toMatchObject({ status: "ok", contentType });
  });

  it("respects robots.txt for our user agent and fetches it once per origin", async () => {
    // Prepare
    routes.set("/robots.txt", (_request, response) =>
      response
        .writeHead(200, { "Content-Type": "text/plain" })
        .end("User-agent: *\nDisallow: /nothing\n\nUser-agent: newsdrift-test\nDisallow: /private/\n"),
    );
    routes.set("/public/feed.xml", (_request, response) =>
      response.writeHead(200, { "Content-Type": "text/xml" }).end(FEED_XML),
    );
    const fetcher = new NodeHttpFetcher(network({ respectRobotsTxt: true }));

    // Act
    const allowed = await fetcher.fetch({ url: at("/public/feed.xml"), purpose: "feed" });
    const disallowed = fetcher.fetch({ url: at("/private/feed.xml"), purpose: "feed" });

    // Assess
    expect(allowed.status).toBe("ok");
    await expect(disallowed).rejects.toMatchObject({
      code: "robots",
      message: `refused: robots.txt of http://127.0.0.1:${port} disallows /private/feed.xml`,
    });
    expect(received.map((request) => request.path)).toEqual(["/robots.txt", "/public/feed.xml"]);
  });

  it("allows everything when robots.txt is missing", async () => {
    // Prepare
    routes.set("/feed.xml", (_request, response) =>
      response.writeHead(200, { "Content-Type": "text/xml" }).end(FEED_XML),
    );
    const fetcher = new NodeHttpFetcher(network({ respectRobotsTxt: true }));

    // Act
    const result = await fetcher.fetch({ url: at("/feed.xml"), purpose: "feed" });

    // Assess
    expect(result.status).toBe("ok");
    expect(received.map((request) => request.path)).toEqual(["/robots.txt", "/feed.xml"]);
  });

  it("sends one request at a time per host, pausing perHostDelayMs between them", async () => {
    // Prepare
    let active = 0;
    let mostActive = 0;
    routes.set("/slow", (_request, response) => {
      active++;
      mostActive = Math.max(mostActive, active);
      setTimeout(() => {
        active--;
        response.writeHead(200, { "Content-Type": "text/xml" }).end(FEED_XML);
      }, 30);
    });
    const pauses: number[] = [];
    const sleep = async (ms: number) => {
      pauses.push(ms);
    };
    const fetcher = new NodeHttpFetcher(network({ perHostDelayMs: 1_000 }), { sleep });

    // Act
    const results = await Promise.all(
      [1, 2, 3].map(() => fetcher.fetch({ url: at("/slow"), purpose: "feed" })),
    );

    // Assess
    expect(results.map((result) => result.status)).toEqual(["ok", "ok", "ok"]);
    expect(mostActive).toBe(1);
    expect(pauses).toHaveLength(2);
    for (const pause of pauses) {
      expect(pause).toBeGreaterThan(900);
      expect(pause).toBeLessThanOrEqual(1_000);
    }
  });
});
