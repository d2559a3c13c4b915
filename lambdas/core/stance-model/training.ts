// Trains the headline-stance model. Pure: the caller reads the data and writes the weights.
import { STANCES, type Stance } from "../model";
import { FEATURE_COUNT, headlineFeatures } from "./features";
import { type LinearModel, trainLogisticRegression } from "./logistic-regression";

export interface StanceExample {
  readonly headline: string;
  readonly stance: Stance;
}

// Chosen by claim-grouped 5-fold cross-validation on Emergent's train split; 600 full-batch steps
// reach the optimum (more steps change no prediction), so the weights do not depend on early stopping.
export const STANCE_TRAINING = { l2: 3e-4, iterations: 600, learningRate: 0.05 } as const;

/** Fits the model to the examples, in their given order, with the fixed hyperparameters. */
export function trainHeadlineStanceModel(examples: readonly StanceExample[]): LinearModel {
  const vectors = examples.map(({ headline, stance }) => ({
    features: headlineFeatures(headline),
    label: STANCES.indexOf(stance),
  }));
  return trainLogisticRegression(vectors, {
    classCount: STANCES.length,
    featureCount: FEATURE_COUNT,
    ...STANCE_TRAINING,
  });
}
