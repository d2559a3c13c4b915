// Scores article body extraction the way scrapinghub/article-extraction-benchmark's evaluate.py does:
// word 4-gram shingles (tokens are runs of Unicode word characters, case kept), per-page precision and
// recall from shingle counts, each averaged over the pages where it is defined, F1 from the averages.
//
// Rows of the benchmark ({id, url, html, expected_text, readability_js_text}) are scored against
// expected_text, with the published Readability.js output scored alongside as the baseline.
// Rows of Readability's own test pages ({name, source_html, expected_html}) are scored against the text
// of expected_html, to check that the cleaning does not regress the pages Readability is tuned on.
import { JSDOM, VirtualConsole } from "jsdom";
import { extractMainText } from "../../lambdas/core/article/extract-article";
import { blockText } from "../../lambdas/core/article/text";

interface BenchmarkRow {
  readonly id: string;
  readonly url: string;
  readonly html: string;
  readonly expected_text: string;
  readonly readability_js_text: string | null;
}

interface TestPageRow {
  readonly name: string;
  readonly source_html: string;
  readonly expected_html: string;
}

/** True positives, false positives and false negatives of one page, as shares of their sum. */
interface ShingleCounts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

interface Scores {
  readonly p: number;
  readonly r: number;
  readonly f1: number;
}

/** Python's `\w` in Unicode mode: letters, numbers and underscore (combining marks split words). */
const WORD = /[\p{L}\p{N}_]+/gu;
const SHINGLE_SIZE = 4;
/** Pages at or above this F1 count as extracted correctly in `accuracy`. */
const ACCURATE_F1 = 0.9;

function shingles(text: string): Map<string, number> {
  const tokens = text.match(WORD) ?? [];
  const counts = new Map<string, number>();
  // Like the benchmark, a text shorter than one shingle is a single shorter shingle (none when empty).
  const last = Math.max(1, tokens.length - SHINGLE_SIZE + 1);
  for (let i = 0; i < last; i++) {
    const gram = tokens.slice(i, i + SHINGLE_SIZE);
    if (gram.length === 0) continue;
    const key = gram.join("\u0000");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function matchShingles(expected: string, predicted: string): ShingleCounts {
  const truth = shingles(expected);
  const prediction = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...truth.keys(), ...prediction.keys()])) {
    const trueCount = truth.get(key) ?? 0;
    const predictedCount = prediction.get(key) ?? 0;
    tp += Math.min(trueCount, predictedCount);
    fp += Math.max(0, predictedCount - trueCount);
    fn += Math.max(0, trueCount - predictedCount);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

function precision({ tp, fp, fn }: ShingleCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function recall({ tp, fp, fn }: ShingleCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

function f1(p: number, r: number): number {
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

function mean(values: readonly number[]): number {
  return values.length > 0 ? values.reduce((sum, value) => sum + value, 0) / values.length : 0;
}

export function aggregate(pages: readonly ShingleCounts[]): Scores {
  const p = mean(pages.filter((c) => c.tp + c.fp > 0).map(precision));
  const r = mean(pages.filter((c) => c.tp + c.fn > 0).map(recall));
  return { p, r, f1: f1(p, r) };
}

function round(scores: Scores): Scores {
  return { p: round3(scores.p), r: round3(scores.r), f1: round3(scores.f1) };
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function isBenchmarkRow(row: unknown): row is BenchmarkRow {
  return typeof row === "object" && row !== null && "html" in row && "expected_text" in row;
}

function isTestPageRow(row: unknown): row is TestPageRow {
  return typeof row === "object" && row !== null && "source_html" in row && "expected_html" in row;
}

/** Plain text of Readability's expected article HTML, with the same paragraph rules as our output. */
function expectedHtmlText(html: string): string {
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  try {
    return blockText(dom.window.document.body);
  } finally {
    dom.window.close();
  }
}

export async function evaluate(
  rows: AsyncIterable<unknown>,
  options: { verbose: boolean },
): Promise<Record<string, unknown>> {
  const ours: ShingleCounts[] = [];
  const baseline: ShingleCounts[] = [];
  let accurate = 0;
  let milliseconds = 0;
  for await (const row of rows) {
    let label: string;
    let expected: string;
    let started: number;
    let extracted: ReturnType<typeof extractMainText>;
    if (isBenchmarkRow(row)) {
      label = row.id.slice(0, 12);
      expected = row.expected_text;
      started = performance.now();
      extracted = extractMainText(row.html, row.url);
      baseline.push(matchShingles(expected, row.readability_js_text ?? ""));
    } else if (isTestPageRow(row)) {
      label = row.name;
      expected = expectedHtmlText(row.expected_html);
      started = performance.now();
      extracted = extractMainText(row.source_html, "http://fakehost/test/page.html");
    } else {
      throw new Error(`row ${ours.length + 1} is neither a benchmark row nor a Readability test page`);
    }
    milliseconds += performance.now() - started;
    const counts = matchShingles(expected, extracted?.text ?? "");
    ours.push(counts);
    const pageF1 = f1(precision(counts), recall(counts));
    if (pageF1 >= ACCURATE_F1) accurate++;
    if (options.verbose) {
      const base = baseline.at(-1);
      const baseF1 = isBenchmarkRow(row) && base ? f1(precision(base), recall(base)).toFixed(3) : "-";
      process.stderr.write(
        `${label}\tP ${precision(counts).toFixed(3)}\tR ${recall(counts).toFixed(3)}\tF1 ${pageF1.toFixed(3)}\tbaseline ${baseF1}\n`,
      );
    }
  }
  const metrics: Record<string, unknown> = {
    ...round(aggregate(ours)),
    accuracy: round3(ours.length > 0 ? accurate / ours.length : 0),
    pages: ours.length,
    msPerPage: Math.round(milliseconds / Math.max(1, ours.length)),
  };
  if (baseline.length > 0) metrics.baselineReadabilityJs = round(aggregate(baseline));
  return metrics;
}
