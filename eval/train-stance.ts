// `npm run -s train -- <emergent jsonl.gz>`: estimates the headline-stance model's held-out accuracy by
// claim-grouped 5-fold cross-validation, then trains on the whole file and rewrites the committed weights.
// Deterministic: full-batch training over the file's row order and a fold assignment fixed by claim sizes and ids.

import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { Command } from "commander";
import { createHeadlineStanceClassifier } from "../lambdas/core/stance-model/classifier";
import { STANCE_TRAINING, trainHeadlineStanceModel } from "../lambdas/core/stance-model/training";
import { fromStanceWeights, toStanceWeights } from "../lambdas/core/stance-model/weights";
import { readAllJsonLines } from "./jsonl";
import { type EmergentHeadline, parseEmergentRow, type StanceMetrics, scoreStances } from "./sets/emergent";

const FOLDS = 5;
const WEIGHTS_PATH = fileURLToPath(
  new URL("../lambdas/core/stance-model/headline-stance-weights.json", import.meta.url),
);
const BIOME = fileURLToPath(new URL("../node_modules/.bin/biome", import.meta.url));

/**
 * Assigns each claim to a fold, all of a claim's headlines together: claims by descending headline count
 * (then id) each go to the fold with the fewest headlines so far, so folds are balanced and fixed.
 */
function claimFolds(headlines: readonly EmergentHeadline[], folds: number): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const { claimId } of headlines) sizes.set(claimId, (sizes.get(claimId) ?? 0) + 1);
  const claims = [...sizes].sort(([idA, a], [idB, b]) => b - a || (idA < idB ? -1 : idA > idB ? 1 : 0));
  const foldSizes = new Array<number>(folds).fill(0);
  const assignment = new Map<string, number>();
  for (const [claimId, size] of claims) {
    const fold = foldSizes.indexOf(Math.min(...foldSizes));
    assignment.set(claimId, fold);
    foldSizes[fold] = (foldSizes[fold] ?? 0) + size;
  }
  return assignment;
}

function crossValidate(headlines: readonly EmergentHeadline[]): StanceMetrics {
  const foldOf = claimFolds(headlines, FOLDS);
  const pairs = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = trainHeadlineStanceModel(headlines.filter((h) => foldOf.get(h.claimId) !== fold));
    const classify = createHeadlineStanceClassifier(model);
    for (const { headline, stance } of headlines.filter((h) => foldOf.get(h.claimId) === fold)) {
      pairs.push({ gold: stance, predicted: classify(headline).stance });
    }
  }
  return scoreStances(pairs);
}

const program = new Command()
  .name("train")
  .argument("<file>", "Emergent headlines as JSON Lines (.jsonl or .jsonl.gz)")
  .action(async (file: string) => {
    const headlines = (await readAllJsonLines(file)).map(parseEmergentRow);
    const crossValidation = crossValidate(headlines);
    const weights = toStanceWeights(trainHeadlineStanceModel(headlines), {
      trainedOn: {
        file: basename(file),
        sha256: createHash("sha256").update(readFileSync(file)).digest("hex"),
        headlines: headlines.length,
      },
      crossValidation: {
        accuracy: crossValidation.accuracy,
        macroF1: crossValidation.macroF1,
        folds: FOLDS,
        groupedBy: "claim_id",
      },
      training: { ...STANCE_TRAINING },
    });
    writeFileSync(WEIGHTS_PATH, `${JSON.stringify(weights, null, 2)}\n`);
    // Format with the project's formatter so the committed file passes `npm run lint` as written.
    execFileSync(BIOME, ["format", "--write", WEIGHTS_PATH], { stdio: "ignore" });
    // In-sample: the rounded weights as committed, through the same classifier newsdrift uses.
    const classify = createHeadlineStanceClassifier(fromStanceWeights(weights));
    const inSample = scoreStances(
      headlines.map((h) => ({ gold: h.stance, predicted: classify(h.headline).stance })),
    );
    process.stderr.write(`wrote ${WEIGHTS_PATH}\n`);
    process.stdout.write(`${JSON.stringify({ crossValidation, inSample })}\n`);
  });

await program.parseAsync();
