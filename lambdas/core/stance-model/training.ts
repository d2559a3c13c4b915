// Trains the headline-stance model. Pure: the caller reads the data, chooses the hyperparameters and writes
// the weights.
import { STANCES, type Stance } from "../model";
import { FEATURE_COUNT, type HeadlineContext, headlineFeatures } from "./features";
import { type LabelledVector, type LinearModel, trainLogisticRegression } from "./logistic-regression";
import { trainComplementNaiveBayes } from "./naive-bayes";

export interface StanceExample extends HeadlineContext {
  readonly headline: string;
  readonly stance: Stance;
}

// 600 full-batch steps reach the optimum (more steps change no prediction), so the weights do not depend on
// early stopping. The naive Bayes smoothing is small because feature values are fractional counts: a unigram
// weighs 0.5/√(words), and a smoothing of 1 would outweigh every word seen once.
export const STANCE_OPTIMISER = { iterations: 600, learningRate: 0.05 } as const;
export const NAIVE_BAYES_SMOOTHING = 0.1;

export interface StanceHyperparameters {
  /** L2 penalty of the logistic regression. */
  readonly l2: number;
  /** How much the naive Bayes scores add to the logistic regression's logits; 0 leaves it alone. */
  readonly naiveBayesWeight: number;
  /**
   * The summed logits are divided by it. Adding the naive Bayes scores makes the probabilities overconfident,
   * and callers act on the confidence (a threshold), so it is fitted to cross-validated predictions.
   */
  readonly temperature: number;
}

/** The values the trainer chooses among by claim-grouped inner cross-validation. */
export const STANCE_HYPERPARAMETER_GRID = {
  l2: [1e-4, 3e-4, 1e-3],
  naiveBayesWeight: [0, 0.15, 0.3, 0.5],
} as const;

/** The two linear models the stance model sums; fitted once per L2 so that every weighting reuses them. */
export interface StanceExperts {
  readonly logistic: LinearModel;
  readonly naiveBayes: LinearModel;
}

const toVectors = (examples: readonly StanceExample[]): LabelledVector[] =>
  examples.map(({ headline, stance, claim, url }) => ({
    features: headlineFeatures(headline, { claim, url }),
    label: STANCES.indexOf(stance),
  }));

/** Fits both models to the examples, in their given order. */
export function trainStanceExperts(examples: readonly StanceExample[], l2: number): StanceExperts {
  const vectors = toVectors(examples);
  const layout = { classCount: STANCES.length, featureCount: FEATURE_COUNT };
  return {
    logistic: trainLogisticRegression(vectors, { ...layout, l2, ...STANCE_OPTIMISER }),
    naiveBayes: trainComplementNaiveBayes(vectors, { ...layout, smoothing: NAIVE_BAYES_SMOOTHING }),
  };
}

/**
 * A product of the two experts: both are linear in the same features, so adding the naive Bayes scores to the
 * logistic regression's logits is one linear model whose weights are the weighted sum of theirs; dividing
 * those by the temperature changes only the probabilities, never the chosen stance.
 */
export function combineStanceExperts(
  experts: StanceExperts,
  naiveBayesWeight: number,
  temperature = 1,
): LinearModel {
  const { logistic, naiveBayes } = experts;
  const weights = Float64Array.from(
    logistic.weights,
    (w, i) => (w + naiveBayesWeight * (naiveBayes.weights[i] ?? 0)) / temperature,
  );
  return { classCount: logistic.classCount, featureCount: logistic.featureCount, weights };
}

/** Fits the stance model to the examples with the given hyperparameters. */
export function trainHeadlineStanceModel(
  examples: readonly StanceExample[],
  hyperparameters: StanceHyperparameters,
): LinearModel {
  const { l2, naiveBayesWeight, temperature } = hyperparameters;
  return combineStanceExperts(trainStanceExperts(examples, l2), naiveBayesWeight, temperature);
}
