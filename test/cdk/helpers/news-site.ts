// A loopback news site for the bundle test: two outlets' RSS feeds and their article pages.
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { closeServer, listen } from "./aws-doubles";

const SITE = new URL("../../fixtures/cdk/site/", import.meta.url);

const ROUTES: Record<string, { file: string; type: string }> = {
  "/robots.txt": { file: "", type: "text/plain" },
  "/wire/rss.xml": { file: "wire-rss.xml", type: "application/rss+xml" },
  "/daily/rss.xml": { file: "daily-rss.xml", type: "application/rss+xml" },
  "/wire/2031/04/02/varn-dam-evacuation.html": {
    file: "wire-article.html",
    type: "text/html; charset=utf-8",
  },
  "/daily/world/varn-dam-evacuation-smaller.html": {
    file: "daily-article.html",
    type: "text/html; charset=utf-8",
  },
};

export interface NewsSite {
  readonly origin: string;
  readonly port: number;
  /** Paths requested, in order. */
  readonly requests: string[];
  close(): Promise<void>;
}

export async function startNewsSite(): Promise<NewsSite> {
  const requests: string[] = [];
  let origin = "";
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? "/", origin).pathname;
    requests.push(path);
    const route = ROUTES[path];
    if (!route) return res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    const body = route.file
      ? (await readFile(new URL(route.file, SITE), "utf8")).replaceAll("{{origin}}", origin)
      : "User-agent: *\nAllow: /\n";
    res.writeHead(200, { "content-type": route.type }).end(body);
  });
  origin = await listen(server);
  return { origin, port: Number(new URL(origin).port), requests, close: () => closeServer(server) };
}
