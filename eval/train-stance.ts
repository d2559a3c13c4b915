// `npm run -s train -- <emergent jsonl.gz>`: estimates the headline-stance model's held-out accuracy by nested
// claim-grouped cross-validation, then chooses the hyperparameters on the whole file, trains on it and rewrites
// the committed weights. Deterministic: full-batch training over the file's row order, folds fixed by claim
// sizes, ids and fixed seeds, and grid ties going to the earlier grid point.

import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { Command } from "commander";
import { STANCES, type Stance } from "../lambdas/core/model";
import { createHeadlineStanceClassifier } from "../lambdas/core/stance-model/classifier";
import {
  combineStanceExperts,
  NAIVE_BAYES_SMOOTHING,
  STANCE_HYPERPARAMETER_GRID,
  STANCE_OPTIMISER,
  type StanceHyperparameters,
  trainHeadlineStanceModel,
  trainStanceExperts,
} from "../lambdas/core/stance-model/training";
import {
  formatStanceWeights,
  fromStanceWeights,
  toStanceWeights,
} from "../lambdas/core/stance-model/weights";
import { readAllJsonLines } from "./jsonl";
import { claimFolds, type EmergentHeadline, parseEmergentRow, scoreStances } from "./sets/emergent";

const FOLDS = 5;
const INNER_FOLDS = 4;
// Hyperparameters are chosen on the pooled held-out predictions of this many claim partitions (claimFolds
// seeds): the canonical one and two seeded ones. One partition's accuracy differs between neighbouring grid
// points by a few headlines, so a single partition picks noise; pooling three raised nested CV accuracy on
// each of four outer partitions tried. The seeds were fixed before measuring, not tuned.
const SELECTION_PARTITIONS = [0, 5, 6] as const;
// The pipeline's HEADLINE_CLASSIFIER_THRESHOLD (lambdas/core/statements/extract-statements.ts), not imported
// because that module loads the committed weights, which may be stale while training.
const PIPELINE_CONFIDENCE_THRESHOLD = 0.85;
const WEIGHTS_PATH = fileURLToPath(
  new URL("../lambdas/core/stance-model/headline-stance-weights.json", import.meta.url),
);

/** Splits the headlines into claim-grouped folds: each fold's training and held-out headlines. */
function splitByClaim(headlines: readonly EmergentHeadline[], folds: number, seed = 0) {
  const foldOf = claimFolds(headlines, folds, seed);
  return Array.from({ length: folds }, (_, fold) => ({
    training: headlines.filter((h) => foldOf.get(h.claimId) !== fold),
    heldOut: headlines.filter((h) => foldOf.get(h.claimId) === fold),
  }));
}

// Temperatures tried when calibrating: the chosen model's probabilities are sharpened or softened by at most 2×.
const TEMPERATURES = Array.from({ length: 31 }, (_, i) => (50 + i * 5) / 100);

/** Held-out stance probabilities of one grid point, with each headline's gold stance. */
interface HeldOutPrediction {
  readonly scores: Record<Stance, number>;
  readonly predicted: Stance;
  readonly gold: Stance;
}

/**
 * The grid point with the most correct held-out predictions under claim-grouped cross-validation, pooled over
 * SELECTION_PARTITIONS, and the temperature that minimises its pooled held-out log-loss.
 */
function chooseHyperparameters(headlines: readonly EmergentHeadline[], folds: number): StanceHyperparameters {
  const { l2: l2Grid, naiveBayesWeight: weightGrid } = STANCE_HYPERPARAMETER_GRID;
  const grid = l2Grid.flatMap((l2: number) =>
    weightGrid.map((naiveBayesWeight: number) => ({
      l2,
      naiveBayesWeight,
      heldOut: [] as HeldOutPrediction[],
    })),
  );
  const splits = SELECTION_PARTITIONS.flatMap((seed) => splitByClaim(headlines, folds, seed));
  for (const { training, heldOut } of splits) {
    for (const l2 of l2Grid) {
      const experts = trainStanceExperts(training, l2);
      for (const point of grid.filter((p) => p.l2 === l2)) {
        const classify = createHeadlineStanceClassifier(
          combineStanceExperts(experts, point.naiveBayesWeight),
        );
        for (const h of heldOut) {
          const { scores, stance } = classify(h.headline, h);
          point.heldOut.push({ scores, predicted: stance, gold: h.stance });
        }
      }
    }
  }
  const correct = (point: (typeof grid)[number]) =>
    point.heldOut.filter(({ predicted, gold }) => predicted === gold).length;
  // Ties go to the earlier grid point: the smaller penalty and naive Bayes weight.
  const best = grid.reduce((chosen, point) => (correct(point) > correct(chosen) ? point : chosen));
  const temperature = TEMPERATURES.reduce((chosen, t) =>
    logLoss(best.heldOut, t) < logLoss(best.heldOut, chosen) ? t : chosen,
  );
  return { l2: best.l2, naiveBayesWeight: best.naiveBayesWeight, temperature };
}

/** Mean negative log-probability of the gold stance once the logits are divided by the temperature. */
function logLoss(predictions: readonly HeldOutPrediction[], temperature: number): number {
  let total = 0;
  for (const { scores, gold } of predictions) {
    // log p is the logit up to a constant per headline, which the softmax cancels.
    const logits = STANCES.map((s) => Math.log(Math.max(scores[s], Number.MIN_VALUE)) / temperature);
    const max = Math.max(...logits);
    const logSum = max + Math.log(logits.reduce((sum, z) => sum + Math.exp(z - max), 0));
    total += logSum - (logits[STANCES.indexOf(gold)] ?? 0);
  }
  return total / predictions.length;
}

/** Outer claim-grouped folds, each choosing its hyperparameters on its own training part only. */
function nestedCrossValidate(headlines: readonly EmergentHeadline[]) {
  const pairs: { gold: Stance; predicted: Stance; confidence: number }[] = [];
  const chosen: StanceHyperparameters[] = [];
  for (const { training, heldOut } of splitByClaim(headlines, FOLDS)) {
    const hyperparameters = chooseHyperparameters(training, INNER_FOLDS);
    const classify = createHeadlineStanceClassifier(trainHeadlineStanceModel(training, hyperparameters));
    for (const h of heldOut) {
      const { stance: predicted, confidence } = classify(h.headline, h);
      pairs.push({ gold: h.stance, predicted, confidence });
    }
    chosen.push(hyperparameters);
    process.stderr.write(`outer fold ${chosen.length}/${FOLDS}: ${JSON.stringify(hyperparameters)}\n`);
  }
  return { metrics: scoreStances(pairs), chosen, atThreshold: thresholdReport(pairs) };
}

/**
 * How the held-out predictions fare at the pipeline's confidence threshold: the share of headlines it
 * decides, their accuracy, and the precision of each stance it assigns.
 */
function thresholdReport(pairs: readonly { gold: Stance; predicted: Stance; confidence: number }[]) {
  const decided = pairs.filter((p) => p.confidence >= PIPELINE_CONFIDENCE_THRESHOLD);
  const metrics = scoreStances(decided);
  const round = (value: number) => Math.round(value * 10_000) / 10_000;
  return {
    threshold: PIPELINE_CONFIDENCE_THRESHOLD,
    share: round(decided.length / pairs.length),
    accuracy: metrics.accuracy,
    precision: Object.fromEntries(STANCES.map((stance) => [stance, metrics.perClass[stance].p])),
  };
}

const program = new Command()
  .name("train")
  .argument("<file>", "Emergent headlines as JSON Lines (.jsonl or .jsonl.gz)")
  .action(async (file: string) => {
    const headlines = (await readAllJsonLines(file)).map(parseEmergentRow);
    const crossValidation = nestedCrossValidate(headlines);
    const hyperparameters = chooseHyperparameters(headlines, FOLDS);
    const weights = toStanceWeights(trainHeadlineStanceModel(headlines, hyperparameters), {
      trainedOn: {
        file: basename(file),
        sha256: createHash("sha256").update(readFileSync(file)).digest("hex"),
        headlines: headlines.length,
      },
      crossValidation: {
        accuracy: crossValidation.metrics.accuracy,
        macroF1: crossValidation.metrics.macroF1,
        folds: FOLDS,
        innerFolds: INNER_FOLDS,
        innerPartitions: SELECTION_PARTITIONS.length,
        groupedBy: "claim_id",
      },
      training: { ...hyperparameters, naiveBayesSmoothing: NAIVE_BAYES_SMOOTHING, ...STANCE_OPTIMISER },
    });
    writeFileSync(WEIGHTS_PATH, formatStanceWeights(weights));
    // In-sample: the rounded weights as committed, through the same classifier newsdrift uses.
    const classify = createHeadlineStanceClassifier(fromStanceWeights(weights));
    const inSample = scoreStances(
      headlines.map((h) => ({ gold: h.stance, predicted: classify(h.headline, h).stance })),
    );
    process.stderr.write(`wrote ${WEIGHTS_PATH}\n`);
    process.stdout.write(
      `${JSON.stringify({ crossValidation: crossValidation.metrics, atThreshold: crossValidation.atThreshold, chosenPerFold: crossValidation.chosen, hyperparameters, inSample })}\n`,
    );
  });

await program.parseAsync();
