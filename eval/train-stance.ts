// `npm run -s train -- <emergent jsonl.gz>`: estimates the headline-stance model's held-out accuracy by nested
// claim-grouped cross-validation, then chooses the hyperparameters on the whole file, trains on it and rewrites
// the committed weights. Deterministic: full-batch training over the file's row order, folds fixed by claim
// sizes and ids, and grid ties going to the earlier grid point.

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
const WEIGHTS_PATH = fileURLToPath(
  new URL("../lambdas/core/stance-model/headline-stance-weights.json", import.meta.url),
);

/** Splits the headlines into claim-grouped folds: each fold's training and held-out headlines. */
function splitByClaim(headlines: readonly EmergentHeadline[], folds: number) {
  const foldOf = claimFolds(headlines, folds);
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
 * The grid point with the most correct held-out predictions under claim-grouped cross-validation, and the
 * temperature that minimises its held-out log-loss.
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
  for (const { training, heldOut } of splitByClaim(headlines, folds)) {
    for (const l2 of l2Grid) {
      const experts = trainStanceExperts(training, l2);
      for (const point of grid.filter((p) => p.l2 === l2)) {
        const classify = createHeadlineStanceClassifier(
          combineStanceExperts(experts, point.naiveBayesWeight),
        );
        for (const h of heldOut) {
          const { scores, stance } = classify(h.headline);
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
  const pairs: { gold: Stance; predicted: Stance }[] = [];
  const chosen: StanceHyperparameters[] = [];
  for (const { training, heldOut } of splitByClaim(headlines, FOLDS)) {
    const hyperparameters = chooseHyperparameters(training, INNER_FOLDS);
    const classify = createHeadlineStanceClassifier(trainHeadlineStanceModel(training, hyperparameters));
    for (const { headline, stance } of heldOut)
      pairs.push({ gold: stance, predicted: classify(headline).stance });
    chosen.push(hyperparameters);
    process.stderr.write(`outer fold ${chosen.length}/${FOLDS}: ${JSON.stringify(hyperparameters)}\n`);
  }
  return { metrics: scoreStances(pairs), chosen };
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
        groupedBy: "claim_id",
      },
      training: { ...hyperparameters, naiveBayesSmoothing: NAIVE_BAYES_SMOOTHING, ...STANCE_OPTIMISER },
    });
    writeFileSync(WEIGHTS_PATH, formatStanceWeights(weights));
    // In-sample: the rounded weights as committed, through the same classifier newsdrift uses.
    const classify = createHeadlineStanceClassifier(fromStanceWeights(weights));
    const inSample = scoreStances(
      headlines.map((h) => ({ gold: h.stance, predicted: classify(h.headline).stance })),
    );
    process.stderr.write(`wrote ${WEIGHTS_PATH}\n`);
    process.stdout.write(
      `${JSON.stringify({ crossValidation: crossValidation.metrics, chosenPerFold: crossValidation.chosen, hyperparameters, inSample })}\n`,
    );
  });

await program.parseAsync();
