// Stance statements on annotated articles: the cue rules, attribution and the headline classifier
// as a cycle runs them, against the (actor, stance, part) triples each article should give.
// `npm run -s eval -- stances test/fixtures/statements/stance-probe.jsonl`
//
// Each row: {id, topic (a topic as a user configures it), mustBeEmpty, article, expected: [{actor,
// stance, inHeadline}]}. The probe in test/fixtures was written by a helper who had not read the
// rules, before any change it led to; there is no public dataset of actor stances in news.
import { z } from "zod";
import { topicSchema } from "../../lambdas/core/config";
import { OUTLET_ACTOR, STANCES } from "../../lambdas/core/model";
import { extractStatements } from "../../lambdas/core/statements/extract-statements";

const tripleSchema = z.object({ actor: z.string(), stance: z.enum(STANCES), inHeadline: z.boolean() });
const rowSchema = z.object({
  id: z.string(),
  topic: topicSchema,
  mustBeEmpty: z.boolean(),
  article: z.object({
    url: z.string(),
    outlet: z.string(),
    publishedAt: z.string(),
    title: z.string(),
    text: z.string(),
  }),
  expected: z.array(tripleSchema),
});
type Triple = z.infer<typeof tripleSchema>;

interface Count {
  tp: number;
  fp: number;
  fn: number;
}

const keyOf = (triple: Triple) =>
  `${triple.actor}|${triple.stance}|${triple.inHeadline ? "headline" : "body"}`;

function score({ tp, fp, fn }: Count): { p: number; r: number; f1: number } {
  const p = tp + fp === 0 ? 0 : tp / (tp + fp);
  const r = tp + fn === 0 ? 0 : tp / (tp + fn);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return { p: round(p), r: round(r), f1: round(p + r === 0 ? 0 : (2 * p * r) / (p + r)) };
}

/** The slices a triple counts in: all, its stance, outlet or actor, headline or body. */
function slicesOf(key: string): string[] {
  const [actor, stance, part] = key.split("|");
  return ["all", `${stance}`, actor === OUTLET_ACTOR ? "outlet" : "actors", `${part}`];
}

export async function evaluate(
  rows: AsyncIterable<unknown>,
  options: { verbose: boolean },
): Promise<Record<string, unknown>> {
  const counts = new Map<string, Count>();
  const count = (key: string, field: keyof Count) => {
    for (const slice of slicesOf(key)) {
      const current = counts.get(slice) ?? { tp: 0, fp: 0, fn: 0 };
      current[field]++;
      counts.set(slice, current);
    }
  };
  let articles = 0;
  let mustBeEmpty = 0;
  let mustBeEmptyGaveSome = 0;
  let exact = 0;
  for await (const raw of rows) {
    const row = rowSchema.parse(raw);
    articles++;
    const got = new Set(
      extractStatements(row.article, row.topic).flatMap((statement) =>
        statement.kind === "stance" ? [keyOf(statement)] : [],
      ),
    );
    const expected = new Set(row.expected.map(keyOf));
    for (const key of got) count(key, expected.has(key) ? "tp" : "fp");
    for (const key of expected) if (!got.has(key)) count(key, "fn");
    if (row.mustBeEmpty) {
      mustBeEmpty++;
      if (got.size > 0) mustBeEmptyGaveSome++;
    }
    const wrong = [...got].filter((key) => !expected.has(key));
    const missed = [...expected].filter((key) => !got.has(key));
    if (wrong.length === 0 && missed.length === 0) exact++;
    else if (options.verbose) {
      process.stderr.write(`${row.id}: wrong ${wrong.join(" ") || "-"}; missed ${missed.join(" ") || "-"}\n`);
    }
  }
  const slices = Object.fromEntries(
    ["all", "asserts", "hedges", "denies", "outlet", "actors", "headline", "body"].map((slice) => [
      slice,
      score(counts.get(slice) ?? { tp: 0, fp: 0, fn: 0 }),
    ]),
  );
  return { ...slices, articles, exactArticles: exact, mustBeEmpty, mustBeEmptyGaveSome };
}
