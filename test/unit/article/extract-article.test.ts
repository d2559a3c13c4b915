import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  type ExtractArticleInput,
  extractArticle,
  extractMainText,
} from "../../../lambdas/core/article/extract-article";
import { MAX_HTML_CHARS, MAX_NESTING_DEPTH } from "../../../lambdas/core/article/page-guard";

const FIXTURES = new URL("../../fixtures/articles/", import.meta.url);
const PAGE_URL = "https://news.example/2024/story";
const FEED_CONTENT = "The feed's own summary of the story.";

function fixture(name: string): string {
  return readFileSync(new URL(name, FIXTURES), "utf8");
}

function input(html: string, overrides: Partial<ExtractArticleInput> = {}): ExtractArticleInput {
  return {
    html,
    url: PAGE_URL,
    feedItem: { title: "", publishedAt: null, content: FEED_CONTENT },
    minTextLength: 400,
    ...overrides,
  };
}

describe("extractArticle on golden pages", () => {
  it.each(["news-page", "plain-markup-post", "jsonld-date", "jsonld-article-body"])(
    "extracts only the article body of %s",
    (name) => {
      // Prepare
      const html = fixture(`${name}.html`);
      const expected = fixture(`${name}.txt`).trim();

      // Act
      const article = extractArticle(input(html));

      // Assess
      expect(article.text).toBe(expected);
      expect(article.method).toBe("readability");
      expect(article.fallbackReason).toBeNull();
    },
  );

  it("never runs the page's scripts", () => {
    // Prepare
    const html = fixture("news-page.html");

    // Act
    const article = extractArticle(input(html));

    // Assess
    expect(article.text).not.toContain("Written by a script");
  });

  it("keeps headings inside the body as their own paragraphs", () => {
    // Prepare
    const html = fixture("news-page.html");

    // Act
    const paragraphs = extractArticle(input(html)).text.split("\n\n");

    // Assess
    expect(paragraphs).toContain("Traffic on the east quay");
  });
});

describe("extractArticle metadata", () => {
  it("prefers the feed item's title and date", () => {
    // Prepare
    const feedItem = { title: "Bridge repairs delayed", publishedAt: "2024-03-04T20:00:00Z", content: "" };

    // Act
    const article = extractArticle(input(fixture("news-page.html"), { feedItem }));

    // Assess
    expect(article.title).toBe("Bridge repairs delayed");
    expect(article.publishedAt).toBe("2024-03-04T20:00:00.000Z");
  });

  it("falls back to the page's title and article:published_time, in UTC", () => {
    // Prepare
    const html = fixture("news-page.html");

    // Act
    const article = extractArticle(input(html));

    // Assess
    expect(article.title).toBe("Harbour bridge repairs to take three more years");
    expect(article.publishedAt).toBe("2024-03-05T07:30:00.000Z");
  });

  it("reads the JSON-LD datePublished when the feed has no date", () => {
    // Prepare
    const html = fixture("jsonld-date.html");

    // Act
    const article = extractArticle(input(html));

    // Assess
    expect(article.publishedAt).toBe("2024-05-14T22:45:00.000Z");
  });

  it("gives a null date when neither the feed nor the page has a valid one", () => {
    // Prepare
    const feedItem = { title: "Orchards", publishedAt: "not a date", content: "" };

    // Act
    const article = extractArticle(input(fixture("plain-markup-post.html"), { feedItem }));

    // Assess
    expect(article.publishedAt).toBeNull();
  });
});

describe("extractArticle fallbacks", () => {
  it("uses the feed content when the article is too short", () => {
    // Prepare
    const html = fixture("too-short.html");

    // Act
    const article = extractArticle(input(html));

    // Assess
    expect(article).toMatchObject({
      method: "feed-content",
      text: FEED_CONTENT,
      title: "Briefly: water main repaired",
      fallbackReason: "extracted text too short (103 < 400 characters)",
    });
  });

  it.each(["login", "not-found"])("extracts no article from the %s page", (name) => {
    // Prepare
    const html = fixture(`${name}.html`);

    // Act
    const article = extractArticle(input(html));

    // Assess
    expect(article.method).toBe("feed-content");
    expect(article.text).toBe(FEED_CONTENT);
    expect(article.fallbackReason).toMatch(/^extracted text too short \(\d+ < 400 characters\)$/);
  });

  it("refuses binary content", () => {
    // Prepare
    const bytes = Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 37) % 256));
    const html = bytes.toString("latin1");

    // Act
    const article = extractArticle(input(html));

    // Assess
    expect(article).toMatchObject({
      method: "feed-content",
      fallbackReason: "page is not HTML (binary content)",
    });
  });

  it("refuses text that is not HTML", () => {
    // Prepare
    const json = JSON.stringify({ error: "rate limited", retryAfter: 30 });

    // Act
    const article = extractArticle(input(json));

    // Assess
    expect(article.fallbackReason).toBe("page is not HTML (no markup found)");
  });

  it("refuses an empty page", () => {
    // Prepare
    const html = "  \n ";

    // Act
    const article = extractArticle(input(html));

    // Assess
    expect(article).toMatchObject({
      method: "feed-content",
      text: FEED_CONTENT,
      fallbackReason: "page is empty",
    });
  });

  it("refuses a page nested too deeply, without parsing it", () => {
    // Prepare
    const depth = 20_000;
    const html = `<html><body>${"<div>".repeat(depth)}<p>deep</p>${"</div>".repeat(depth)}</body></html>`;

    // Act
    const article = extractArticle(input(html));

    // Assess
    expect(article.fallbackReason).toBe(
      `page nests elements too deeply (${MAX_NESTING_DEPTH + 1} > ${MAX_NESTING_DEPTH} levels)`,
    );
  });

  it("refuses a page that is too large", () => {
    // Prepare
    const html = `<html><body><p>${"a".repeat(MAX_HTML_CHARS)}</p></body></html>`;

    // Act
    const article = extractArticle(input(html));

    // Assess
    expect(article.fallbackReason).toMatch(/^page is too large \(5\.0 MB > 5\.0 MB\)$/);
  });

  it("says so when the feed content is empty too", () => {
    // Prepare
    const feedItem = { title: "Water main", publishedAt: null, content: "   " };

    // Act
    const article = extractArticle(input(fixture("too-short.html"), { feedItem }));

    // Assess
    expect(article).toMatchObject({
      method: "feed-content",
      text: "",
      fallbackReason: "extracted text too short (103 < 400 characters); the feed item has no content either",
    });
  });

  it("parses a page whose URL is not valid, leaving links relative", () => {
    // Prepare
    const html = fixture("news-page.html");

    // Act
    const article = extractArticle(input(html, { url: "not a url" }));

    // Assess
    expect(article.method).toBe("readability");
  });
});

describe("extractMainText", () => {
  it("returns the page's title, date and text", () => {
    // Prepare
    const html = fixture("jsonld-date.html");

    // Act
    const page = extractMainText(html, PAGE_URL);

    // Assess
    expect(page).toEqual({
      title: "Library extends opening hours for exam season",
      publishedAt: "2024-05-14T22:45:00.000Z",
      text: fixture("jsonld-date.txt").trim(),
    });
  });

  it("returns null when the page has no usable text", () => {
    // Prepare
    const html = "<html><body><div></div></body></html>";

    // Act
    const page = extractMainText(html, PAGE_URL);

    // Assess
    expect(page).toBeNull();
  });
});
