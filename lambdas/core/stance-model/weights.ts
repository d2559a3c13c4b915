// The committed weights file: its schema, and conversion to and from the in-memory model.
import { z } from "zod";
import { STANCES } from "../model";
import { CUE_NAMES, FEATURE_COUNT, HASH_BUCKETS } from "./features";
import type { LinearModel } from "./logistic-regression";

// Five significant digits keep the file small and change no prediction on the training data.
const SIGNIFICANT_DIGITS = 5;

const metricsSchema = z.object({ accuracy: z.number(), macroF1: z.number() });

export const stanceWeightsSchema = z.object({
  model: z.literal("headline-stance multinomial logistic regression"),
  trainedOn: z.object({ file: z.string(), sha256: z.string(), headlines: z.number().int() }),
  crossValidation: metricsSchema.extend({ folds: z.number().int(), groupedBy: z.string() }),
  training: z.object({ l2: z.number(), iterations: z.number().int(), learningRate: z.number() }),
  classes: z.array(z.string()),
  hashBuckets: z.number().int(),
  cues: z.array(z.string()),
  /** Feature-major: weights[feature * classes.length + class]; hash buckets, then cues, then the bias. */
  weights: z.array(z.number()),
});
export type StanceWeights = z.infer<typeof stanceWeightsSchema>;
export type StanceWeightsMetadata = Omit<
  StanceWeights,
  "model" | "classes" | "hashBuckets" | "cues" | "weights"
>;

/** The weights file for a trained model, with its provenance. */
export function toStanceWeights(model: LinearModel, metadata: StanceWeightsMetadata): StanceWeights {
  return {
    model: "headline-stance multinomial logistic regression",
    ...metadata,
    classes: [...STANCES],
    hashBuckets: HASH_BUCKETS,
    cues: [...CUE_NAMES],
    weights: Array.from(model.weights, (w) => Number(w.toPrecision(SIGNIFICANT_DIGITS))),
  };
}

/** Validates a weights file against the current feature layout; stale weights are an error, not a silent misfit. */
export function fromStanceWeights(raw: unknown): LinearModel {
  const file = stanceWeightsSchema.parse(raw);
  const layoutMatches =
    file.classes.join() === STANCES.join() &&
    file.hashBuckets === HASH_BUCKETS &&
    file.cues.join() === CUE_NAMES.join() &&
    file.weights.length === FEATURE_COUNT * STANCES.length;
  if (!layoutMatches) {
    throw new Error("stance weights do not match the current features: retrain with `npm run train`");
  }
  return { classCount: STANCES.length, featureCount: FEATURE_COUNT, weights: file.weights };
}
