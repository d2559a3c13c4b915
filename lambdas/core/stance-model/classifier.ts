// Turns a trained model into a headline-stance classifier. Kept apart from the committed weights so that
// training and tests can build classifiers from any model, even when the committed file is stale.
import { STANCES, type Stance } from "../model";
import { type HeadlineContext, headlineFeatures } from "./features";
import { type LinearModel, scoreVector, softmax } from "./logistic-regression";

export interface HeadlineStance {
  readonly stance: Stance;
  /** The probability of the chosen stance. */
  readonly confidence: number;
  /** The probability of each stance; they sum to 1. */
  readonly scores: Record<Stance, number>;
}

export type HeadlineStanceClassifier = (headline: string, context?: HeadlineContext) => HeadlineStance;

/** A classifier over the given model; the headline is read against the claim and URL the caller has. */
export function createHeadlineStanceClassifier(model: LinearModel): HeadlineStanceClassifier {
  return (headline, context) => {
    const probabilities = softmax(scoreVector(model, headlineFeatures(headline, context)));
    let best = 0;
    for (let c = 1; c < probabilities.length; c++)
      if ((probabilities[c] ?? 0) > (probabilities[best] ?? 0)) best = c;
    const scores = Object.fromEntries(STANCES.map((stance, c) => [stance, probabilities[c] ?? 0]));
    return {
      stance: STANCES[best] ?? STANCES[0],
      confidence: probabilities[best] ?? 0,
      scores: scores as Record<Stance, number>,
    };
  };
}
