// The committed weights file: its schema, and conversion to and from the in-memory model.
import { z } from "zod";
import { STANCES } from "../model";
import { CUE_NAMES, FEATURE_COUNT, HASH_BUCKETS } from "./features";
import type { LinearModel } from "./logistic-regression";

// Five significant digits keep the file small and change no prediction on the training data.
const SIGNIFICANT_DIGITS = 5;

const metricsSchema = z.object({ accuracy: z.number(), macroF1: z.number() });

const MODEL_NAME = "headline-stance multinomial logistic regression + complement naive Bayes";

export const stanceWeightsSchema = z.object({
  model: z.literal(MODEL_NAME),
  trainedOn: z.object({ file: z.string(), sha256: z.string(), headlines: z.number().int() }),
  /**
   * Nested: each outer fold's hyperparameters were chosen by cross-validation within its training part,
   * pooled over `innerPartitions` claim partitions of it.
   */
  crossValidation: metricsSchema.extend({
    folds: z.number().int(),
    innerFolds: z.number().int(),
    innerPartitions: z.number().int(),
    groupedBy: z.string(),
  }),
  training: z.object({
    l2: z.number(),
    naiveBayesWeight: z.number(),
    temperature: z.number(),
    naiveBayesSmoothing: z.number(),
    iterations: z.number().int(),
    learningRate: z.number(),
  }),
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
    model: MODEL_NAME,
    ...metadata,
    classes: [...STANCES],
    hashBuckets: HASH_BUCKETS,
    cues: [...CUE_NAMES],
    weights: Array.from(model.weights, (w) => Number(w.toPrecision(SIGNIFICANT_DIGITS))),
  };
}

/**
 * The weights file's text: the metadata indented, then one line per feature with its weight for each class,
 * which keeps the file small and a retrained file's diff readable.
 */
export function formatStanceWeights(file: StanceWeights): string {
  const { weights, ...metadata } = file;
  const classCount = file.classes.length;
  const rows: string[] = [];
  for (let i = 0; i < weights.length; i += classCount)
    rows.push(`    ${weights.slice(i, i + classCount).join(", ")}`);
  const head = JSON.stringify(metadata, null, 2).replace(/\n}$/, "");
  return `${head},\n  "weights": [\n${rows.join(",\n")}\n  ]\n}\n`;
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
