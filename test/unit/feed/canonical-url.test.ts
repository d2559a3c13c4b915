import { describe, expect, it } from "vitest";
import { canonicalizeUrl } from "../../../lambdas/core/feed/canonical-url";

describe("canonicalizeUrl", () => {
  it.each([
    ["HTTP://News.Example.COM:80/a/b", undefined, "http://news.example.com/a/b"],
    ["https://news.example:443/x", undefined, "https://news.example/x"],
    ["https://news.example:8443/x", undefined, "https://news.example:8443/x"],
    ["https://news.example/x#comments", undefined, "https://news.example/x"],
    ["https://news.example/x?", undefined, "https://news.example/x"],
    ["https://news.example/x?utm_source=rss&utm_medium=feed", undefined, "https://news.example/x"],
    ["https://news.example/x?b=2&fbclid=abc&a=1&gclid=z", undefined, "https://news.example/x?b=2&a=1"],
    ["https://news.example/x?UTM_Campaign=Spring&id=5", undefined, "https://news.example/x?id=5"],
    [
      "https://news.example/x?mc_cid=1&mc_eid=2&igshid=3&_ga=4&yclid=5&ref_src=6&cmpid=7&ocid=8&dclid=9&msclkid=10",
      undefined,
      "https://news.example/x",
    ],
    [
      "https://news.example/search?q=flood%20levels&page=2",
      undefined,
      "https://news.example/search?q=flood%20levels&page=2",
    ],
    ["../story?id=3", "https://news.example/section/feed.xml", "https://news.example/story?id=3"],
    ["//cdn.example/a", "https://news.example/feed", "https://cdn.example/a"],
  ])("canonicalises %s", (raw, base, expected) => {
    // Prepare
    const input = { raw, base };

    // Act
    const canonical = canonicalizeUrl(input.raw, input.base);

    // Assess
    expect(canonical).toBe(expected);
  });

  it.each([
    ["javascript:alert(1)"],
    ["mailto:desk@news.example"],
    ["ftp://files.news.example/a"],
    ["data:text/html,hi"],
    ["not a url"],
    ["/relative/without/base"],
    [""],
  ])("refuses %s", (raw) => {
    // Prepare
    const input = raw;

    // Act
    const canonical = canonicalizeUrl(input);

    // Assess
    expect(canonical).toBeNull();
  });

  it("keeps parameters that merely contain a tracking name", () => {
    // Prepare
    const raw = "https://news.example/x?reference=a&utm=b&my_gclid=c";

    // Act
    const canonical = canonicalizeUrl(raw);

    // Assess
    expect(canonical).toBe(raw);
  });
});
