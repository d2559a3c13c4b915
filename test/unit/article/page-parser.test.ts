import { describe, expect, it } from "vitest";
import { parseHtmlDocument } from "../../../lambdas/core/article/page-parser";

function firstLink(document: Document): string {
  return (document.querySelector("a") as HTMLAnchorElement).href;
}

describe("parseHtmlDocument", () => {
  it("resolves each page's links against its own URL, even after later pages", () => {
    // Prepare
    const html = '<p><a href="../photos/1">photos</a></p>';

    // Act
    const first = parseHtmlDocument(html, "https://one.example/world/story");
    const second = parseHtmlDocument(html, "https://two.example/news/item");

    // Assess
    expect(firstLink(first)).toBe("https://one.example/photos/1");
    expect(firstLink(second)).toBe("https://two.example/photos/1");
  });

  it("leaves links relative when the URL is not valid", () => {
    // Prepare
    const html = '<p><a href="photos/1">photos</a></p>';

    // Act
    const document = parseHtmlDocument(html, "not a url");

    // Assess
    expect(document.querySelector("a")?.getAttribute("href")).toBe("photos/1");
    expect(document.URL).toBe("about:blank");
  });

  it("runs no script, inline or in an event handler", () => {
    // Prepare
    const html = `<body onload="document.body.dataset.loaded = 'yes'">
      <script>document.body.dataset.ran = "yes"; globalThis.pageScriptRan = true;</script>
      <img src="x" onerror="document.body.dataset.failed = 'yes'"><p>Text.</p></body>`;

    // Act
    const document = parseHtmlDocument(html, "https://news.example/story");

    // Assess
    expect({ ...document.body.dataset }).toEqual({});
    expect("pageScriptRan" in globalThis).toBe(false);
  });

  it("parses noscript content as elements, as a browser without scripting does", () => {
    // Prepare
    const html = '<body><p>Photo:</p><noscript><img src="https://cdn.example/photo.jpg"></noscript></body>';

    // Act
    const document = parseHtmlDocument(html, "https://news.example/story");

    // Assess
    expect(document.querySelector("noscript img")?.getAttribute("src")).toBe("https://cdn.example/photo.jpg");
  });

  it("gives pages separate documents", () => {
    // Prepare
    const pages = ["<title>One</title><p>first</p>", "<title>Two</title><p>second</p>"];

    // Act
    const [first, second] = pages.map((html) => parseHtmlDocument(html, "https://news.example/story"));

    // Assess
    expect(first?.title).toBe("One");
    expect(second?.title).toBe("Two");
    expect(first?.body.textContent).toBe("first");
  });
});
