import { describe, expect, it } from "vitest";
import { type LabelledVector, scoreVector } from "../../../lambdas/core/stance-model/logistic-regression";
import { trainComplementNaiveBayes } from "../../../lambdas/core/stance-model/naive-bayes";

// Four features, three classes: features 0, 1 and 2 each occur in one class only, feature 3 in every example.
const example = (feature: number, label: number): LabelledVector => ({
  features: { indices: [feature, 3], values: [1, 1] },
  label,
});
const examples = [example(0, 0), example(0, 0), example(1, 1), example(2, 2), example(2, 2)];
const options = { classCount: 3, featureCount: 4, smoothing: 0.1 };

describe("trainComplementNaiveBayes", () => {
  it("scores each class highest on the feature only that class has", () => {
    // Prepare: the examples above

    // Act
    const model = trainComplementNaiveBayes(examples, options);

    // Assess
    for (const feature of [0, 1, 2]) {
      const scores = scoreVector(model, { indices: [feature], values: [1] });
      expect(scores.indexOf(Math.max(...scores))).toBe(feature);
    }
  });

  it("centres each feature's weights on zero over the classes", () => {
    // Prepare: the examples above

    // Act
    const { weights } = trainComplementNaiveBayes(examples, options);

    // Assess
    for (let feature = 0; feature < 4; feature++) {
      const row = Array.from(weights).slice(feature * 3, feature * 3 + 3);
      expect(row.reduce((sum, w) => sum + w, 0)).toBeCloseTo(0, 12);
    }
  });
});
