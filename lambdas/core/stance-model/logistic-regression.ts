// Multinomial logistic regression with L2 regularisation over sparse features.
// Written here rather than taken from npm: it is a few dozen lines, and the well-kept npm options are
// dense-matrix libraries that would not keep the training deterministic and dependency-free.
import type { SparseVector } from "./features";

export interface LabelledVector {
  readonly features: SparseVector;
  /** Class index, 0 ≤ label < classCount. */
  readonly label: number;
}

export interface TrainingOptions {
  readonly classCount: number;
  readonly featureCount: number;
  /** L2 penalty on the weights (the mean log-loss is minimised plus l2/2 · ‖w‖²). */
  readonly l2: number;
  readonly iterations: number;
  readonly learningRate: number;
}

/** Weights laid out feature-major: weights[feature * classCount + class]. */
export interface LinearModel {
  readonly classCount: number;
  readonly featureCount: number;
  readonly weights: ArrayLike<number>;
}

/** Class scores (logits) of one feature vector. */
export function scoreVector(model: LinearModel, vector: SparseVector): number[] {
  const scores = new Array<number>(model.classCount).fill(0);
  for (let k = 0; k < vector.indices.length; k++) {
    const base = (vector.indices[k] ?? 0) * model.classCount;
    const value = vector.values[k] ?? 0;
    for (let c = 0; c < model.classCount; c++)
      scores[c] = (scores[c] ?? 0) + value * (model.weights[base + c] ?? 0);
  }
  return scores;
}

/** Softmax of scores, shifted by the maximum for numerical stability. */
export function softmax(scores: readonly number[]): number[] {
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - max));
  const total = exps.reduce((sum, e) => sum + e, 0);
  return exps.map((e) => e / total);
}

/**
 * Full-batch gradient descent with Adam step sizes: no sampling, so the same examples in the same
 * order give the same weights bit for bit.
 */
export function trainLogisticRegression(
  examples: readonly LabelledVector[],
  options: TrainingOptions,
): LinearModel {
  const { classCount, featureCount, l2, iterations, learningRate } = options;
  const size = classCount * featureCount;
  const weights = new Float64Array(size);
  const gradient = new Float64Array(size);
  const firstMoment = new Float64Array(size);
  const secondMoment = new Float64Array(size);
  const [beta1, beta2, epsilon] = [0.9, 0.999, 1e-8];
  const model: LinearModel = { classCount, featureCount, weights };
  for (let step = 1; step <= iterations; step++) {
    for (let i = 0; i < size; i++) gradient[i] = l2 * (weights[i] ?? 0);
    for (const { features, label } of examples) {
      const probabilities = softmax(scoreVector(model, features));
      for (let k = 0; k < features.indices.length; k++) {
        const base = (features.indices[k] ?? 0) * classCount;
        const value = (features.values[k] ?? 0) / examples.length;
        for (let c = 0; c < classCount; c++) {
          const error = (probabilities[c] ?? 0) - (c === label ? 1 : 0);
          gradient[base + c] = (gradient[base + c] ?? 0) + error * value;
        }
      }
    }
    const correction1 = 1 - beta1 ** step;
    const correction2 = 1 - beta2 ** step;
    for (let i = 0; i < size; i++) {
      const g = gradient[i] ?? 0;
      const m = beta1 * (firstMoment[i] ?? 0) + (1 - beta1) * g;
      const v = beta2 * (secondMoment[i] ?? 0) + (1 - beta2) * g * g;
      firstMoment[i] = m;
      secondMoment[i] = v;
      weights[i] =
        (weights[i] ?? 0) - (learningRate * (m / correction1)) / (Math.sqrt(v / correction2) + epsilon);
    }
  }
  return model;
}
