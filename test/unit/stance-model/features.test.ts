import { describe, expect, it } from "vitest";
import { headlineFeatures } from "../../../lambdas/core/stance-model/features";

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
