import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractArticle } from "../../lambdas/core/article/extract-article";

describe("article extraction loads nothing the page refers to", () => {
  const requested: string[] = [];
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    server = createServer((request, response) => {
      requested.push(request.url ?? "");
      response.end("");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("requests no script, stylesheet, image, frame or font", async () => {
    // Prepare
    const html = `<html><head>
      <script src="/script.js"></script><link rel="stylesheet" href="/style.css">
      <style>@import url("/imported.css"); @font-face { src: url("/font.woff2"); }</style>
      </head><body><article><h1>Story</h1><img src="/photo.jpg"><iframe src="/frame.html"></iframe>
      <p>${"A paragraph of the story long enough to count as article text. ".repeat(12)}</p>
      </article></body></html>`;

    // Act
    const article = extractArticle({
      html,
      url: `${origin}/story`,
      feedItem: { title: "Story", publishedAt: null, content: "" },
      minTextLength: 200,
    });
    await new Promise((resolve) => setTimeout(resolve, 300));

    // Assess
    expect(article.method).toBe("readability");
    expect(requested).toEqual([]);
  });
});
