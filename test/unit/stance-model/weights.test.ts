import { statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { STANCES } from "../../../lambdas/core/model";
import { CUE_NAMES, FEATURE_COUNT, HASH_BUCKETS } from "../../../lambdas/core/stance-model/features";
import committed from "../../../lambdas/core/stance-model/headline-stance-weights.json" with { type: "json" };
import {
  formatStanceWeights,
  fromStanceWeights,
  stanceWeightsSchema,
} from "../../../lambdas/core/stance-model/weights";

const WEIGHTS_URL = new URL(
  "../../../lambdas/core/stance-model/headline-stance-weights.json",
  import.meta.url,
);

describe("the committed stance weights", () => {
  it("match the schema and the current feature layout", () => {
    // Prepare: the file as committed

    // Act
    const file = stanceWeightsSchema.parse(committed);

    // Assess
    expect(file.classes).toEqual([...STANCES]);
    expect(file.hashBuckets).toBe(HASH_BUCKETS);
    expect(file.cues).toEqual([...CUE_NAMES]);
    expect(file.weights).toHaveLength(FEATURE_COUNT * STANCES.length);
    expect(file.weights.every(Number.isFinite)).toBe(true);
    expect(file.crossValidation.groupedBy).toBe("claim_id");
  });

  it("stay small enough to ship in a Lambda bundle", () => {
    // Prepare / Act
    const bytes = statSync(WEIGHTS_URL).size;

    // Assess
    expect(bytes).toBeLessThan(500_000);
  });

  it("are rejected when their cues no longer match the code", () => {
    // Prepare: weights trained before a cue was renamed
    const stale = { ...committed, cues: [...CUE_NAMES.slice(1), "renamed-cue"] };

    // Act
    const load = () => fromStanceWeights(stale);

    // Assess
    expect(load).toThrow(/npm run train/);
  });

  it("are written as JSON that reads back unchanged", () => {
    // Prepare: the file as committed
    const file = stanceWeightsSchema.parse(committed);

    // Act
    const text = formatStanceWeights(file);

    // Assess: one line per feature, and the same content
    expect(JSON.parse(text)).toEqual(file);
    expect(text.split("\n").filter((line) => /^ {4}-?\d/.test(line))).toHaveLength(FEATURE_COUNT);
  });
});
