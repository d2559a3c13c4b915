// Complement naive Bayes (Rennie et al. 2003) over the same sparse features as the logistic regression,
// expressed as a linear model so the two can be summed into one set of weights.
import type { SparseVector } from "./features";
import type { LabelledVector, LinearModel } from "./logistic-regression";

/**
 * Per class c and feature f, the weight −log P(f | not c): a headline scores high for a class when its
 * features are rare in the other classes. Feature values act as fractional counts, smoothed by `smoothing`.
 * Each feature's weights are centred on their mean over the classes: a shift shared by all classes changes
 * no softmax, and centred weights stay small next to the logistic regression's.
 */
export function trainComplementNaiveBayes(
  examples: readonly LabelledVector[],
  options: { readonly classCount: number; readonly featureCount: number; readonly smoothing: number },
): LinearModel {
  const { classCount, featureCount, smoothing } = options;
  const counts = new Float64Array(featureCount * classCount);
  const classTotals = new Float64Array(classCount);
  for (const { features, label } of examples) addCounts(counts, classTotals, features, label, classCount);
  const allTotal = classTotals.reduce((sum, total) => sum + total, 0);
  const weights = new Float64Array(featureCount * classCount);
  for (let c = 0; c < classCount; c++) {
    const complementTotal = allTotal - (classTotals[c] ?? 0) + smoothing * featureCount;
    for (let f = 0; f < featureCount; f++) {
      let complementCount = smoothing;
      for (let other = 0; other < classCount; other++)
        if (other !== c) complementCount += counts[f * classCount + other] ?? 0;
      weights[f * classCount + c] = -Math.log(complementCount / complementTotal);
    }
  }
  for (let f = 0; f < featureCount; f++) {
    const row = weights.subarray(f * classCount, (f + 1) * classCount);
    const mean = row.reduce((sum, w) => sum + w, 0) / classCount;
    for (let c = 0; c < classCount; c++) row[c] = (row[c] ?? 0) - mean;
  }
  return { classCount, featureCount, weights };
}

function addCounts(
  counts: Float64Array,
  classTotals: Float64Array,
  features: SparseVector,
  label: number,
  classCount: number,
): void {
  for (let k = 0; k < features.indices.length; k++) {
    const value = features.values[k] ?? 0;
    const index = (features.indices[k] ?? 0) * classCount + label;
    counts[index] = (counts[index] ?? 0) + value;
    classTotals[label] = (classTotals[label] ?? 0) + value;
  }
}
