import { describe, expect, it } from "vitest";
import { prefixCanonicalizer } from "../../../lambdas/core/feed/namespaces";

describe("prefixCanonicalizer", () => {
  it("renames a prefix bound to a known namespace to that namespace's usual prefix", () => {
    // Prepare
    const text =
      '<rss xmlns:a10="http://www.w3.org/2005/Atom" xmlns:purl="http://purl.org/dc/elements/1.1/">';

    // Act
    const rename = prefixCanonicalizer(text, "rss", false);

    // Assess
    expect([rename("a10:updated"), rename("purl:date"), rename("title")]).toEqual([
      "atom:updated",
      "dc:date",
      "title",
    ]);
  });

  it("reads Atom elements unprefixed in an Atom document and the RSS 1.0 namespace unprefixed anywhere", () => {
    // Prepare
    const atom = '<atom:feed xmlns:atom="http://www.w3.org/2005/Atom">';
    const rdf =
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:rss="http://purl.org/rss/1.0/">';

    // Act
    const inAtom = prefixCanonicalizer(atom, "feed", false);
    const inRdf = prefixCanonicalizer(rdf, "rdf", false);

    // Assess
    expect([inAtom("atom:feed"), inAtom("atom:link")]).toEqual(["feed", "link"]);
    expect([inRdf("rss:item"), inRdf("rdf:about")]).toEqual(["item", "rdf:about"]);
  });

  it("matches prefixes whatever their case when asked to, for the lenient parser's folded names", () => {
    // Prepare
    const text = '<rss xmlns:FB="http://rssnamespace.org/feedburner/ext/1.0">';

    // Act
    const strict = prefixCanonicalizer(text, "rss", false);
    const lenient = prefixCanonicalizer(text, "rss", true);

    // Assess
    expect(strict("fb:origlink")).toBe("fb:origlink");
    expect(lenient("fb:origlink")).toBe("feedburner:origlink");
  });

  it("leaves unknown, undeclared and namespace-declaration names alone", () => {
    // Prepare
    const text = '<rss xmlns:dc="https://not-dublin-core.example/" xmlns:atom="http://www.w3.org/2005/Atom">';

    // Act
    const rename = prefixCanonicalizer(text, "rss", false);

    // Assess
    expect([rename("dc:date"), rename("media:title"), rename("xmlns:atom"), rename(":odd")]).toEqual([
      "dc:date",
      "media:title",
      "xmlns:atom",
      ":odd",
    ]);
  });
});
