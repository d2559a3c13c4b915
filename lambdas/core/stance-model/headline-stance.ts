// How a headline frames its claim: asserts it, hedges it, or denies it.
// A logistic regression trained on Emergent (Ferreira & Vlachos 2016) by eval/train-stance.ts.
import { createHeadlineStanceClassifier, type HeadlineStanceClassifier } from "./classifier";
import committedWeights from "./headline-stance-weights.json" with { type: "json" };
import { fromStanceWeights } from "./weights";

export type { HeadlineStance, HeadlineStanceClassifier } from "./classifier";

/** Classifies with the committed weights, loaded and checked once when the module loads. */
export const classifyHeadlineStance: HeadlineStanceClassifier = createHeadlineStanceClassifier(
  fromStanceWeights(committedWeights),
);
