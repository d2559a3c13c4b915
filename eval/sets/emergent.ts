// Emergent (Ferreira & Vlachos 2016): the stance of news headlines toward a claim.
// Scores classifyHeadlineStance on the headline read against its claim and URL, as newsdrift calls it on a
// topic's claim and an article's address, and, apart, the
// outlet framing the cue rules give each headline on a topic built from its claim.
import nlp from "compromise";
import { z } from "zod";
import type { TopicConfig } from "../../lambdas/core/config";
import { OUTLET_ACTOR, STANCES, type Stance } from "../../lambdas/core/model";
import type { HeadlineStanceClassifier } from "../../lambdas/core/stance-model/classifier";

const EMERGENT_TO_STANCE = {
  for: "asserts",
  observing: "hedges",
  against: "denies",
} as const satisfies Record<string, Stance>;

const emergentRowSchema = z.object({
  claim_id: z.string(),
  claim: z.string(),
  article_id: z.string(),
  headline: z.string(),
  stance: z.enum(["for", "observing", "against"]),
  url: z.string(),
});

export interface EmergentHeadline {
  readonly claimId: string;
  readonly claim: string;
  readonly articleId: string;
  readonly headline: string;
  readonly stance: Stance;
  readonly url: string;
}

/** One dataset row in newsdrift's terms; throws with the row's problem when it is malformed. */
export function parseEmergentRow(row: unknown): EmergentHeadline {
  const parsed = emergentRowSchema.parse(row);
  return {
    claimId: parsed.claim_id,
    claim: parsed.claim,
    articleId: parsed.article_id,
    headline: parsed.headline,
    stance: EMERGENT_TO_STANCE[parsed.stance],
    url: parsed.url,
  };
}

/**
 * Assigns each claim to one of `folds` folds, all of a claim's headlines together, so that cross-validation
 * measures headlines about unseen claims. Claims by descending headline count (then id) each go to the fold
 * with the fewest headlines so far: the folds are balanced and do not depend on row order.
 *
 * A non-zero `seed` gives another, equally balanced partition: claims of equal size are taken in a seeded
 * order and each goes to one of the two emptiest folds, picked by a seeded hash of its id. Seed 0 is the
 * partition above. Still deterministic and independent of row order.
 */
export function claimFolds(
  headlines: readonly { claimId: string }[],
  folds: number,
  seed = 0,
): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const { claimId } of headlines) sizes.set(claimId, (sizes.get(claimId) ?? 0) + 1);
  const byId = (idA: string, idB: string) => (idA < idB ? -1 : idA > idB ? 1 : 0);
  const claims =
    seed === 0
      ? [...sizes].sort(([idA, a], [idB, b]) => b - a || byId(idA, idB))
      : [...sizes].sort(
          ([idA, a], [idB, b]) => b - a || seededHash(idA, seed) - seededHash(idB, seed) || byId(idA, idB),
        );
  const foldSizes = new Array<number>(folds).fill(0);
  const assignment = new Map<string, number>();
  for (const [claimId, size] of claims) {
    let fold = foldSizes.indexOf(Math.min(...foldSizes));
    if (seed !== 0 && folds > 1) {
      const emptiest = foldSizes
        .map((total, index) => ({ total, index }))
        .sort((a, b) => a.total - b.total || a.index - b.index);
      fold = emptiest[seededHash(`${claimId}!`, seed) % 2]?.index ?? fold;
    }
    assignment.set(claimId, fold);
    foldSizes[fold] = (foldSizes[fold] ?? 0) + size;
  }
  return assignment;
}

/** FNV-1a over UTF-16 code units, its offset basis mixed with the seed. */
function seededHash(text: string, seed: number): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

export interface ClassMetrics {
  readonly p: number;
  readonly r: number;
  readonly f1: number;
  readonly support: number;
}

export interface StanceMetrics {
  readonly accuracy: number;
  readonly macroF1: number;
  readonly perClass: Record<Stance, ClassMetrics>;
  readonly headlines: number;
}

const round = (value: number): number => Math.round(value * 10_000) / 10_000;
const ratio = (numerator: number, denominator: number): number =>
  denominator > 0 ? numerator / denominator : 0;

/** Accuracy, macro-F1 and per-class precision/recall/F1 of predicted against gold stances. */
export function scoreStances(pairs: readonly { gold: Stance; predicted: Stance }[]): StanceMetrics {
  const perClass = Object.fromEntries(
    STANCES.map((stance) => {
      const truePositives = pairs.filter((p) => p.gold === stance && p.predicted === stance).length;
      const support = pairs.filter((p) => p.gold === stance).length;
      const precision = ratio(truePositives, pairs.filter((p) => p.predicted === stance).length);
      const recall = ratio(truePositives, support);
      const f1 = ratio(2 * precision * recall, precision + recall);
      return [stance, { p: precision, r: recall, f1, support }];
    }),
  ) as Record<Stance, ClassMetrics>;
  const correct = pairs.filter((p) => p.gold === p.predicted).length;
  const macroF1 = STANCES.reduce((sum, stance) => sum + perClass[stance].f1, 0) / STANCES.length;
  return {
    accuracy: round(ratio(correct, pairs.length)),
    macroF1: round(macroF1),
    perClass: Object.fromEntries(
      STANCES.map((stance) => {
        const { p, r, f1, support } = perClass[stance];
        return [stance, { p: round(p), r: round(r), f1: round(f1), support }];
      }),
    ) as Record<Stance, ClassMetrics>,
    headlines: pairs.length,
  };
}

/**
 * The topic a user would configure for a claim: its nouns, verbs and adjectives as keywords ("ISIS
 * beheaded Kurdish fighter Rehana" → isis, beheaded, kurdish, fighter, rehana), no actors.
 */
export function claimTopic({ claimId, claim }: Pick<EmergentHeadline, "claimId" | "claim">): TopicConfig {
  const words: string[] = nlp(claim)
    .match("(#Noun|#Verb|#Adjective)")
    .not("(#Pronoun|#Auxiliary|#Copula|#Modal)")
    .terms()
    .json()
    .map((term: { terms: { normal: string }[] }) => term.terms[0]?.normal ?? "")
    .filter((word: string) => /^\p{L}[\p{L}'’-]{2,}$/u.test(word));
  return { id: claimId, name: claim, keywords: [...new Set(words)], measures: [], actors: [] };
}

/** A classifier that never decides, so that only the cue rules frame a headline. */
const undecided: HeadlineStanceClassifier = () => ({
  stance: "hedges",
  confidence: 0,
  scores: { asserts: 0, hedges: 0, denies: 0 },
});

/**
 * How often the cue rules frame a headline in the outlet's own voice, and how precisely: the part of the
 * stance stage that does not learn from this file.
 */
function scoreCueRules(pairs: readonly { gold: Stance; predicted: Stance }[], headlines: number) {
  const metrics = scoreStances(pairs);
  return {
    decided: pairs.length,
    share: Math.round((pairs.length / headlines) * 10_000) / 10_000,
    accuracy: metrics.accuracy,
    precision: Object.fromEntries(STANCES.map((stance) => [stance, metrics.perClass[stance].p])),
  };
}

export async function evaluate(
  rows: AsyncIterable<unknown>,
  options: { verbose: boolean },
): Promise<Record<string, unknown>> {
  // Imported here, not at the top, so that the trainer can parse and score with this module while the
  // committed weights are missing or stale.
  const { classifyHeadlineStance } = await import("../../lambdas/core/stance-model/headline-stance");
  const { extractStatements } = await import("../../lambdas/core/statements/extract-statements");
  const pairs: { gold: Stance; predicted: Stance }[] = [];
  const framed: { gold: Stance; predicted: Stance }[] = [];
  for await (const row of rows) {
    const parsed = parseEmergentRow(row);
    const { headline, stance: gold } = parsed;
    const { stance: predicted, confidence } = classifyHeadlineStance(headline, parsed);
    pairs.push({ gold, predicted });
    if (options.verbose && predicted !== gold) {
      process.stderr.write(`${gold} -> ${predicted} (${confidence.toFixed(2)}): ${headline}\n`);
    }
    const article = { url: parsed.articleId, outlet: "", title: headline, text: "", publishedAt: "" };
    const framing = extractStatements(article, claimTopic(parsed), undecided).find(
      (statement) => statement.kind === "stance" && statement.actor === OUTLET_ACTOR,
    );
    if (framing?.kind !== "stance") continue;
    framed.push({ gold, predicted: framing.stance });
    if (options.verbose && framing.stance !== gold) {
      process.stderr.write(`cue rules: ${gold} -> ${framing.stance}: ${headline}\n`);
    }
  }
  return { ...scoreStances(pairs), cueRules: scoreCueRules(framed, pairs.length) };
}
