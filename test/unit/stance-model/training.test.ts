import { describe, expect, it } from "vitest";
import type { Stance } from "../../../lambdas/core/model";
import { createHeadlineStanceClassifier } from "../../../lambdas/core/stance-model/classifier";
import {
  combineStanceExperts,
  type StanceExample,
  trainHeadlineStanceModel,
  trainStanceExperts,
} from "../../../lambdas/core/stance-model/training";
import { fromStanceWeights, toStanceWeights } from "../../../lambdas/core/stance-model/weights";

// A tiny synthetic training set, one vocabulary per stance, so a working trainer must separate it.
const training: StanceExample[] = [
  { headline: "Lighthouse keeper rescues stranded kayakers", stance: "asserts" },
  { headline: "Bakery wins regional bread award", stance: "asserts" },
  { headline: "Volunteers plant 5,000 trees along the canal", stance: "asserts" },
  { headline: "Orchestra opens new concert hall downtown", stance: "asserts" },
  { headline: "Kayakers reportedly stranded near lighthouse", stance: "hedges" },
  { headline: "Bakery allegedly used mouldy flour, rumours say", stance: "hedges" },
  { headline: "Canal trees may be cut down, sources claim", stance: "hedges" },
  { headline: "Concert hall could close, report suggests?", stance: "hedges" },
  { headline: "Lighthouse rescue story is a hoax", stance: "denies" },
  { headline: "Bakery denies flour rumours, calls them false", stance: "denies" },
  { headline: "No, the canal trees were not cut down", stance: "denies" },
  { headline: "Concert hall closure claim debunked as fake", stance: "denies" },
];
const unseen: { headline: string; stance: Stance }[] = [
  { headline: "Volunteers open a bakery by the canal", stance: "asserts" },
  { headline: "Orchestra reportedly may close, sources say", stance: "hedges" },
  { headline: "Lighthouse keeper denies hoax, calls story false", stance: "denies" },
];

const hyperparameters = { l2: 3e-4, naiveBayesWeight: 0.3, temperature: 1 };
const metadata = {
  trainedOn: { file: "synthetic", sha256: "-", headlines: training.length },
  crossValidation: {
    accuracy: 0,
    macroF1: 0,
    folds: 0,
    innerFolds: 0,
    innerPartitions: 0,
    groupedBy: "none",
  },
  training: { ...hyperparameters, naiveBayesSmoothing: 0, iterations: 0, learningRate: 0 },
};

describe("trainHeadlineStanceModel", () => {
  it("separates a small synthetic training set and generalises to unseen headlines", () => {
    // Prepare: the synthetic set above

    // Act
    const classify = createHeadlineStanceClassifier(trainHeadlineStanceModel(training, hyperparameters));

    // Assess
    for (const { headline, stance } of [...training, ...unseen])
      expect(classify(headline).stance).toBe(stance);
  });

  it("gives the same weights bit for bit on a rerun", () => {
    // Prepare: the synthetic set above

    // Act
    const first = trainHeadlineStanceModel(training, hyperparameters);
    const second = trainHeadlineStanceModel(training, hyperparameters);

    // Assess
    expect(Array.from(second.weights)).toEqual(Array.from(first.weights));
  });

  it("keeps its predictions through the rounded weights file", () => {
    // Prepare
    const model = trainHeadlineStanceModel(training, hyperparameters);

    // Act
    const reloaded = createHeadlineStanceClassifier(fromStanceWeights(toStanceWeights(model, metadata)));

    // Assess
    const original = createHeadlineStanceClassifier(model);
    for (const { headline } of [...training, ...unseen]) {
      expect(reloaded(headline).stance).toBe(original(headline).stance);
    }
  });

  it("adds nothing to the logistic regression when the naive Bayes weight is 0", () => {
    // Prepare
    const experts = trainStanceExperts(training, hyperparameters.l2);

    // Act
    const alone = combineStanceExperts(experts, 0);
    const combined = combineStanceExperts(experts, 0.5);

    // Assess
    expect(Array.from(alone.weights)).toEqual(Array.from(experts.logistic.weights));
    expect(Array.from(combined.weights)).not.toEqual(Array.from(experts.logistic.weights));
  });

  it("softens the probabilities with a higher temperature without changing any stance", () => {
    // Prepare
    const experts = trainStanceExperts(training, hyperparameters.l2);
    const sharp = createHeadlineStanceClassifier(combineStanceExperts(experts, 0.3, 1));

    // Act
    const soft = createHeadlineStanceClassifier(combineStanceExperts(experts, 0.3, 2));

    // Assess
    for (const { headline } of [...training, ...unseen]) {
      expect(soft(headline).stance).toBe(sharp(headline).stance);
      expect(soft(headline).confidence).toBeLessThan(sharp(headline).confidence);
    }
  });
});
