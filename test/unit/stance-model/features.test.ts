import { describe, expect, it } from "vitest";
import {
  CUE_NAMES,
  HASH_BUCKETS,
  headlineFeatures,
  type SparseVector,
} from "../../../lambdas/core/stance-model/features";

describe("headlineFeatures", () => {
  it("gives inflected forms of a word the same features", () => {
    // Prepare: the same report in two tenses and numbers
    const present = "Rumours spread that the harbour crane collapses";
    const past = "Rumour spreads that the harbour crane collapsed";

    // Act
    const a = headlineFeatures(present);
    const b = headlineFeatures(past);

    // Assess
    expect(b).toEqual(a);
  });

  it("leaves short words alone, so that news is not new", () => {
    // Prepare
    const news = "Ferry news";
    const fresh = "Ferry new";

    // Act
    const a = headlineFeatures(news);
    const b = headlineFeatures(fresh);

    // Assess
    expect(b.indices).not.toEqual(a.indices);
  });
});

describe("headlineFeatures against a claim and a URL", () => {
  const cueIndex = (name: string) => HASH_BUCKETS + CUE_NAMES.indexOf(name);
  const has = (features: SparseVector, index: number) => features.indices.includes(index);

  it.each([
    [
      "a negation the claim also has",
      "Protesters chant 'don't shoot' at rally",
      "Protesters chant don't shoot",
      false,
    ],
    ["a negation the claim lacks", "Protesters did not chant at rally", "Protesters chant don't shoot", true],
    ["a negation, with no claim given", "Protesters chant 'don't shoot' at rally", undefined, true],
  ])("reads %s as a denial word or not", (_, headline, claim, expected) => {
    // Prepare
    const denialWord = cueIndex("denial-word");

    // Act
    const features = headlineFeatures(headline, { claim });

    // Assess
    expect(has(features, denialWord)).toBe(expected);
  });

  it.each([
    ["the claim states as fact", "The harbour wall was breached", true],
    ["the claim itself reports", "Officials say the harbour wall was breached", false],
    ["no claim is given", undefined, true],
  ])("counts an attribution the headline adds when %s", (_, claim, expected) => {
    // Prepare
    const headline = "Harbour wall breached, officials say";

    // Act
    const features = headlineFeatures(headline, { claim });

    // Assess
    expect(has(features, cueIndex("attributes-beyond-claim"))).toBe(expected);
  });

  it("adds the URL path's words that the headline lacks", () => {
    // Prepare
    const headline = "Harbour wall breached";
    const url = "https://news.example/coast/harbour-wall-hoax-claims-5173952";

    // Act
    const plain = headlineFeatures(headline);
    const withUrl = headlineFeatures(headline, { url });

    // Assess: "coast", "hoax" and "claims" are new; the headline's words and the id add nothing
    expect(withUrl.indices.length - plain.indices.length).toBe(3);
    expect(withUrl.indices).toEqual(expect.arrayContaining([...plain.indices]));
  });

  it.each([
    [
      "site furniture, dates and the headline's words",
      "https://www.news.example/news/2015/03/06/harbour-wall-breached.html",
    ],
    ["an address that does not parse", "not a url"],
    ["an address with no path", "https://news.example"],
  ])("adds nothing for %s", (_, url) => {
    // Prepare
    const headline = "Harbour wall breached";

    // Act
    const features = headlineFeatures(headline, { url });

    // Assess
    expect(features).toEqual(headlineFeatures(headline));
  });
});
