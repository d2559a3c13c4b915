// Microsoft Recognizers-Text's English number specs (Specs/Number/English, MIT): number parsing.
// `npm run -s eval -- numbers /work/shared/datasets/recognizers-number-specs.jsonl.gz`
//
// The generic quantity extractor (extractDetailedQuantities) runs on each row's text. Each expected
// item is matched to at most one prediction (greedy, in order); values are equal within a relative
// tolerance of 1e-5. Per model, precision/recall/F1 of the matched items, and the exact-case accuracy:
// the share of rows whose whole expected list is produced, no more, no less.
// - NumberModel: every number read, whatever its qualifier, unit or range ("more than half" is 0.5);
//   a range we read counts as its two ends, as Recognizers reads "20 to 30" as two numbers.
// - NumberRangeModel: the spec's interval notation is mapped to our qualifiers: `(a,)` more-than a,
//   `[a,)` at-least a, `(,b)` less-than b, `(,b]` at-most b, `[a,a]` exact a, and any other two-sided
//   interval (`[a,b)`, `[a,b]`, `(a,b)`, `(a,b]`) a range a..b: our ranges do not record whether their
//   ends are included. Only bounds and ranges are predictions here; a plain number counts only when it
//   matches an `[a,a]` ("equals 20"), and "about 20" never, since Recognizers' range model returns
//   neither.
// - PercentModel: predictions are the quantities whose unit is a percentage; "a small percent"
//   (value null in the spec) is a figure we deliberately do not read, so it stays a miss.
// - OrdinalModel: out of scope, not scored. newsdrift extracts figures, and drops ordinals on purpose
//   ("the 21st", "finished second", "the next one" are positions, not amounts). What is checked is the
//   opposite: how many of the spec's ordinals we wrongly read as a cardinal ("three trillionth" as 3;
//   the "third" of "forty two and a third" counts too, though the NumberModel spec reads 42.33 there).
// Everything is reported for all rows and for the rows whose `not_supported` does not name
// "javascript" (the cases the official JavaScript Recognizers pass).
import { z } from "zod";
import { type DetailedQuantity, extractDetailedQuantities } from "../../lambdas/core/statements/quantities";
import { validRows } from "../jsonl";

const MODELS = ["NumberModel", "NumberRangeModel", "PercentModel", "OrdinalModel"] as const;
type Model = (typeof MODELS)[number];
type ScoredModel = Exclude<Model, "OrdinalModel">;
const SCORED_MODELS: readonly ScoredModel[] = ["NumberModel", "NumberRangeModel", "PercentModel"];

const rowSchema = z.object({
  model: z.enum(MODELS),
  text: z.string(),
  expected: z.array(z.object({ span: z.string(), type: z.string(), value: z.string().nullable() })),
  not_supported: z.string().nullable(),
});
type Row = z.infer<typeof rowSchema>;

/** One expected or predicted item: a number, or a bound or range in newsdrift's terms. */
export type Item =
  | { readonly kind: "exact" | "more-than" | "at-least" | "less-than" | "at-most"; readonly value: number }
  | { readonly kind: "range"; readonly low: number; readonly high: number }
  | { readonly kind: "unreadable" };

/**
 * The spec's interval notation in newsdrift's terms: "(30,)" more-than 30, "[30,)" at-least 30,
 * "(,30)" less-than, "(,30]" at-most, "[20,20]" exact 20, "[20,30)" and every other two-sided
 * interval a range 20..30.
 */
export function parseRangeNotation(notation: string): Item {
  const match = /^\s*([[(])\s*([^,\s]*)\s*,\s*([^,\s]*)\s*([\])])\s*$/.exec(notation);
  if (!match) throw new Error(`not an interval: ${notation}`);
  const [, open, lowText, highText, close] = match;
  const low = lowText ? Number(lowText) : null;
  const high = highText ? Number(highText) : null;
  if (Number.isNaN(low) || Number.isNaN(high)) throw new Error(`not an interval: ${notation}`);
  if (low !== null && high !== null) {
    if (low === high && open === "[" && close === "]") return { kind: "exact", value: low };
    return { kind: "range", low: Math.min(low, high), high: Math.max(low, high) };
  }
  if (low !== null) return { kind: open === "[" ? "at-least" : "more-than", value: low };
  if (high !== null) return { kind: close === "]" ? "at-most" : "less-than", value: high };
  throw new Error(`an interval without ends: ${notation}`);
}

/** "103.666666666667", "1E-12", "100%": a number; null (a percentage without a value) is unreadable. */
function parseNumberValue(value: string | null): Item {
  if (value === null) return { kind: "unreadable" };
  const number = Number(value.replace(/%$/, ""));
  return Number.isNaN(number) ? { kind: "unreadable" } : { kind: "exact", value: number };
}

export function expectedItems(row: Pick<Row, "model" | "expected">): Item[] {
  return row.expected.map((item) =>
    row.model === "NumberRangeModel" ? parseRangeNotation(item.value ?? "") : parseNumberValue(item.value),
  );
}

/** Our quantities as the given model's predictions (see the header for what each model counts). */
export function predictedItems(model: ScoredModel, quantities: readonly DetailedQuantity[]): Item[] {
  const items: Item[] = [];
  for (const quantity of quantities) {
    if (model === "PercentModel" && quantity.unitCategory !== "percent") continue;
    const isRange = quantity.qualifier === "range" && quantity.low !== null && quantity.high !== null;
    if (model !== "NumberRangeModel") {
      if (isRange) {
        items.push(
          { kind: "exact", value: quantity.low as number },
          { kind: "exact", value: quantity.high as number },
        );
      } else {
        items.push({ kind: "exact", value: quantity.value });
      }
      continue;
    }
    switch (quantity.qualifier) {
      case "more-than":
      case "at-least":
        items.push({ kind: quantity.qualifier, value: quantity.low ?? quantity.value });
        break;
      case "less-than":
      case "at-most":
        items.push({ kind: quantity.qualifier, value: quantity.high ?? quantity.value });
        break;
      case "range":
        if (isRange)
          items.push({ kind: "range", low: quantity.low as number, high: quantity.high as number });
        break;
      case "exact":
        items.push({ kind: "exact", value: quantity.value });
        break;
      default:
        break; // "about 20" is no interval
    }
  }
  return items;
}

/** Relative tolerance 1e-5, no absolute one: "a trillionth" (1e-12) is not 0. */
function isClose(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-5 * Math.max(Math.abs(a), Math.abs(b));
}

export function itemsMatch(expected: Item, predicted: Item): boolean {
  if (expected.kind === "unreadable" || predicted.kind === "unreadable") return false;
  if (expected.kind === "range" || predicted.kind === "range") {
    return (
      expected.kind === "range" &&
      predicted.kind === "range" &&
      isClose(predicted.low, expected.low) &&
      isClose(predicted.high, expected.high)
    );
  }
  return expected.kind === predicted.kind && isClose(predicted.value, expected.value);
}

export interface RowScore {
  readonly expected: number;
  /** Predictions that count for this model (see the header). */
  readonly predicted: number;
  readonly correct: number;
  readonly exact: boolean;
}

/**
 * Greedy one-to-one matching. In a NumberRangeModel row a plain number we read that matches no
 * `[a,a]` is not a prediction of that model, so it is dropped rather than counted against us.
 */
export function scoreRow(
  model: ScoredModel,
  expected: readonly Item[],
  predicted: readonly Item[],
): RowScore {
  const unused = new Set(predicted.map((_, index) => index));
  let correct = 0;
  for (const item of expected) {
    const found = [...unused].find((index) => itemsMatch(item, predicted[index] as Item));
    if (found === undefined) continue;
    unused.delete(found);
    correct++;
  }
  const ignored =
    model === "NumberRangeModel"
      ? [...unused].filter((index) => predicted[index]?.kind === "exact").length
      : 0;
  const counted = predicted.length - ignored;
  return {
    expected: expected.length,
    predicted: counted,
    correct,
    exact: correct === expected.length && counted === expected.length,
  };
}

function describe(item: Item): string {
  switch (item.kind) {
    case "unreadable":
      return "(no value)";
    case "range":
      return `${item.low}..${item.high}`;
    case "exact":
      return `${item.value}`;
    default:
      return `${item.kind} ${item.value}`;
  }
}

/** Where each of the spec's spans is in the text (spans are lowercased; repeated spans in order). */
function locateSpans(text: string, spans: readonly string[]): { start: number; end: number }[] {
  const lower = text.toLowerCase();
  const located: { start: number; end: number }[] = [];
  let from = 0;
  for (const span of spans) {
    const start = lower.indexOf(span.toLowerCase(), from);
    if (start < 0) continue;
    located.push({ start, end: start + span.length });
    from = start + span.length;
  }
  return located;
}

interface Tally {
  rows: number;
  expected: number;
  predicted: number;
  correct: number;
  exactRows: number;
}

function emptyTally(): Tally {
  return { rows: 0, expected: 0, predicted: 0, correct: 0, exactRows: 0 };
}

function add(tally: Tally, score: RowScore): void {
  tally.rows++;
  tally.expected += score.expected;
  tally.predicted += score.predicted;
  tally.correct += score.correct;
  if (score.exact) tally.exactRows++;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function summarise(tally: Tally) {
  const p = tally.predicted === 0 ? 0 : tally.correct / tally.predicted;
  const r = tally.expected === 0 ? 0 : tally.correct / tally.expected;
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return {
    p: round(p),
    r: round(r),
    f1: round(f1),
    exactAccuracy: tally.rows === 0 ? 0 : round(tally.exactRows / tally.rows),
    rows: tally.rows,
    expected: tally.expected,
    predicted: tally.predicted,
  };
}

type Subset = "all" | "javascriptSupported";

export async function evaluate(
  rows: AsyncIterable<unknown>,
  options: { verbose: boolean },
): Promise<Record<string, unknown>> {
  const tallies: Record<Subset, Record<ScoredModel | "overall", Tally>> = {
    all: {
      NumberModel: emptyTally(),
      NumberRangeModel: emptyTally(),
      PercentModel: emptyTally(),
      overall: emptyTally(),
    },
    javascriptSupported: {
      NumberModel: emptyTally(),
      NumberRangeModel: emptyTally(),
      PercentModel: emptyTally(),
      overall: emptyTally(),
    },
  };
  const ordinal = { rows: 0, ordinals: 0, readAsCardinal: 0 };
  const skipped = { rows: 0 };
  for await (const row of validRows(rows, rowSchema, skipped)) {
    const quantities = extractDetailedQuantities(row.text);
    if (row.model === "OrdinalModel") {
      ordinal.rows++;
      const spans = row.expected.filter((item) => item.type === "ordinal").map((item) => item.span);
      for (const span of locateSpans(row.text, spans)) {
        ordinal.ordinals++;
        const read = quantities.filter((q) => q.numberStart < span.end && q.end > span.start);
        if (read.length > 0) {
          ordinal.readAsCardinal++;
          if (options.verbose) {
            process.stderr.write(
              `[OrdinalModel] ${row.text}\n  ordinal «${row.text.slice(span.start, span.end)}» read as ${read.map((q) => `${q.value} «${q.text}»`).join(" | ")}\n`,
            );
          }
        }
      }
      continue;
    }
    const expected = expectedItems(row);
    const predicted = predictedItems(row.model, quantities);
    const score = scoreRow(row.model, expected, predicted);
    const javascriptSupported = !/\bjavascript\b/i.test(row.not_supported ?? "");
    for (const subset of javascriptSupported
      ? (["all", "javascriptSupported"] as const)
      : (["all"] as const)) {
      add(tallies[subset][row.model], score);
      add(tallies[subset].overall, score);
    }
    if (options.verbose && !score.exact) {
      const ours = quantities.map((q) => `${q.qualifier} ${q.low}..${q.high} ${q.unit ?? "-"} «${q.text}»`);
      process.stderr.write(
        `[${row.model}${javascriptSupported ? "" : ", not in JS"}] ${JSON.stringify(row.text)}\n` +
          `  expected: ${expected.map(describe).join(" | ") || "(none)"}\n` +
          `  scored:   ${predicted.map(describe).join(" | ") || "(none)"}\n` +
          `  ours:     ${ours.join(" | ") || "(none)"}\n`,
      );
    }
  }
  const report = (subset: Subset) =>
    Object.fromEntries(
      [...SCORED_MODELS, "overall" as const].map((model) => [model, summarise(tallies[subset][model])]),
    );
  return {
    all: report("all"),
    javascriptSupported: report("javascriptSupported"),
    ordinalOutOfScope: ordinal,
    ...(skipped.rows > 0 ? { skippedRows: skipped.rows } : {}),
  };
}
