// NewsQuant (CQE, Almasian et al., EMNLP 2023): quantities in news sentences.
// `npm run -s eval -- newsquant /work/shared/datasets/newsquant-dev.jsonl.gz`
//
// Scoring follows CQE_Evaluation's evaluate_models.py: a predicted quantity matches a gold one when
// the values are equal within numpy.isclose (rtol 1e-5, atol 1e-8); a range matches only a range,
// end by end. value+unit also needs the unit, value+change the change. One difference, on purpose:
// CQE's loop can count one gold quantity against several predictions, here each prediction is
// used at most once (greedy, preferring a prediction that also matches unit and change).
import { z } from "zod";
import { type DetailedQuantity, extractDetailedQuantities } from "../../lambdas/core/statements/quantities";
import { validRows } from "../jsonl";

type Quantity = DetailedQuantity;

const goldQuantitySchema = z.object({
  value: z.number().nullable(),
  range_low: z.number().nullable(),
  range_high: z.number().nullable(),
  normalized_unit: z.string().nullable(),
  change: z.enum(["=", "~", ">", "<", "up", "down"]),
});
const rowSchema = z.object({ id: z.string(), text: z.string(), quantities: z.array(goldQuantitySchema) });
type GoldQuantity = z.infer<typeof goldQuantitySchema>;

type Value = number | readonly [number, number];

function isClose(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-8 + 1e-5 * Math.abs(b);
}

function valuesMatch(gold: Value, predicted: Value): boolean {
  if (typeof gold === "number" || typeof predicted === "number") {
    return typeof gold === "number" && typeof predicted === "number" && isClose(predicted, gold);
  }
  return isClose(predicted[0], gold[0]) && isClose(predicted[1], gold[1]);
}

function goldValue(quantity: GoldQuantity): Value {
  if (quantity.value !== null) return quantity.value;
  return [quantity.range_low ?? Number.NaN, quantity.range_high ?? Number.NaN];
}

function predictedValue(quantity: Quantity): Value {
  const twoEnded = quantity.qualifier === "range" || quantity.qualifier === "vague";
  if (twoEnded && quantity.low !== null && quantity.high !== null) {
    return [quantity.low, quantity.high];
  }
  return quantity.value;
}

/**
 * NewsQuant's change symbols: the qualifier when there is one, else the direction of a change.
 * A range is a change only when it is the amount ("fell by 1 to 1.5 degrees"); "rose from 400 to
 * 450" spans two levels, which NewsQuant marks "=" like any other range. So does it a vague
 * plural ("dozens": 12 to 120).
 */
function predictedChange(quantity: Quantity): GoldQuantity["change"] {
  if (quantity.qualifier === "range") return quantity.isChangeAmount ? (quantity.change ?? "=") : "=";
  if (quantity.qualifier === "vague") return "=";
  switch (quantity.qualifier) {
    case "approx":
      return "~";
    case "at-least":
    case "more-than":
      return ">";
    case "at-most":
    case "less-than":
      return "<";
    default:
      return quantity.change ?? "=";
  }
}

/** NewsQuant normalises units to names ("percentage", "kilometre"); ours stay as written. */
const UNIT_SYNONYMS: Record<string, string> = {
  percent: "percentage",
  "%": "percentage",
  "per cent": "percentage",
  pc: "percentage",
  $: "dollar",
  usd: "dollar",
  dollars: "dollar",
  "us dollars": "dollar",
  "australian dollars": "australian dollar",
  "canadian dollars": "canadian dollar",
  euros: "euro",
  pounds: "pound sterling",
  "£": "pound sterling",
  yen: "japanese yen",
  yuan: "chinese yuan",
  "chinese yuan": "chinese yuan",
  rupees: "indian rupee",
  ringgit: "malaysian ringgit",
  km: "kilometre",
  kilometers: "kilometre",
  kilometres: "kilometre",
  m: "metre",
  meters: "metre",
  metres: "metre",
  cm: "centimetre",
  mm: "millimetre",
  μm: "micrometre",
  µm: "micrometre",
  mph: "mile per hour",
  "m.p.h.": "mile per hour",
  "miles per hour": "mile per hour",
  "km/h": "kilometre per hour",
  kph: "kilometre per hour",
  mpg: "mile per gallon",
  "miles per gallon": "mile per gallon",
  kg: "kilogram",
  g: "gram",
  lb: "pound-mass",
  lbs: "pound-mass",
  hp: "horsepower",
  bhp: "horsepower",
  ps: "horsepower",
  kw: "kilowatt",
  mw: "megawatt",
  gw: "gigawatt",
  w: "watt",
  hz: "hertz",
  ghz: "gigahertz",
  mhz: "megahertz",
  gb: "gigabyte",
  mb: "megabyte",
  tb: "terabyte",
  mbps: "megabit per second",
  ml: "millilitre",
  l: "litre",
  liter: "litre",
  liters: "litre",
  litres: "litre",
  mg: "milligram",
  mah: "milliampere hour",
  ppm: "part per million",
  bpd: "barrel per day",
  mt: "metric ton",
  mp: "megapixel",
  sec: "second",
  secs: "second",
  mins: "minute",
  hr: "hour",
  hrs: "hour",
  p: "penny",
  pence: "penny",
  gpa: "gigapascal",
  gigapascals: "gigapascal",
  ksi: "kilopound per square inch",
  "°c": "celsius",
  "°f": "fahrenheit",
  c: "celsius",
  f: "fahrenheit",
  degf: "fahrenheit",
  "degrees celsius": "celsius",
  "degrees fahrenheit": "fahrenheit",
  degrees: "degree",
  feet: "foot",
  ft: "foot",
  inches: "inch",
  "″": "inch",
  "year-old": "year of age",
  "basis points": "basis point",
  shekels: "shekel",
};

function singular(word: string): string {
  if (/ies$/.test(word)) return word.replace(/ies$/, "y");
  if (/(?:ches|shes|sses|xes)$/.test(word)) return word.replace(/es$/, "");
  if (/[^s]s$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Units whose case carries their meaning, read before lowercasing: torque against length. */
const CASED_UNITS: Record<string, string> = { Nm: "newton metre", nm: "nanometre" };

function normaliseUnit(unit: string | null): string | null {
  if (unit === null) return null;
  const cased = CASED_UNITS[unit.trim()];
  if (cased) return cased;
  const lower = unit.toLowerCase().trim();
  const mapped = UNIT_SYNONYMS[lower] ?? lower;
  return mapped.split(/\s+/).map(singular).join(" ");
}

/** Loose: equal after normalising, or the same head noun ("European countries" ~ "european country"). */
export function unitsMatch(gold: string | null, predicted: string | null): boolean {
  const g = normaliseUnit(gold);
  const p = normaliseUnit(predicted);
  if (g === null || p === null) return g === p;
  if (g === p) return true;
  const gHead = g.split(" ").at(-1);
  const pHead = p.split(" ").at(-1);
  return gHead === pHead || g.startsWith(`${p} `) || p.startsWith(`${g} `);
}

interface Counts {
  value: number;
  valueUnit: number;
  valueChange: number;
}

function scoreSentence(gold: readonly GoldQuantity[], predicted: readonly Quantity[]): Counts {
  const counts: Counts = { value: 0, valueUnit: 0, valueChange: 0 };
  const unused = new Set(predicted.map((_, index) => index));
  for (const quantity of gold) {
    const candidates = [...unused].filter((index) => {
      const prediction = predicted[index];
      return prediction !== undefined && valuesMatch(goldValue(quantity), predictedValue(prediction));
    });
    if (candidates.length === 0) continue;
    const rank = (index: number) => {
      const prediction = predicted[index] as Quantity;
      return (
        (unitsMatch(quantity.normalized_unit, prediction.unit) ? 2 : 0) +
        (predictedChange(prediction) === quantity.change ? 1 : 0)
      );
    };
    const best = candidates.reduce((a, b) => (rank(b) > rank(a) ? b : a));
    const prediction = predicted[best] as Quantity;
    unused.delete(best);
    counts.value++;
    if (unitsMatch(quantity.normalized_unit, prediction.unit)) counts.valueUnit++;
    if (predictedChange(prediction) === quantity.change) counts.valueChange++;
  }
  return counts;
}

function prf(correct: number, gold: number, predicted: number) {
  const p = predicted === 0 ? 0 : correct / predicted;
  const r = gold === 0 ? 0 : correct / gold;
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return { p: round(p), r: round(r), f1: round(f1) };
}

export async function evaluate(
  rows: AsyncIterable<unknown>,
  options: { verbose: boolean },
): Promise<Record<string, unknown>> {
  const totals: Counts = { value: 0, valueUnit: 0, valueChange: 0 };
  let goldCount = 0;
  let predictedCount = 0;
  let sentences = 0;
  const skipped = { rows: 0 };
  for await (const row of validRows(rows, rowSchema, skipped)) {
    sentences++;
    const predicted = extractDetailedQuantities(row.text);
    const counts = scoreSentence(row.quantities, predicted);
    goldCount += row.quantities.length;
    predictedCount += predicted.length;
    totals.value += counts.value;
    totals.valueUnit += counts.valueUnit;
    totals.valueChange += counts.valueChange;
    const perfect = counts.value === row.quantities.length && counts.value === predicted.length;
    if (options.verbose && (!perfect || counts.valueChange < counts.value)) {
      const gold = row.quantities.map(
        (q) => `${JSON.stringify(goldValue(q))} ${q.change} ${q.normalized_unit}`,
      );
      const ours = predicted.map(
        (q) => `${JSON.stringify(predictedValue(q))} ${predictedChange(q)} ${q.unit} «${q.text}»`,
      );
      process.stderr.write(
        `${row.id}: ${row.text}\n  gold: ${gold.join(" | ")}\n  ours: ${ours.join(" | ")}\n`,
      );
    }
  }
  return {
    value: prf(totals.value, goldCount, predictedCount),
    valueUnit: prf(totals.valueUnit, goldCount, predictedCount),
    valueChange: prf(totals.valueChange, goldCount, predictedCount),
    sentences,
    goldQuantities: goldCount,
    predictedQuantities: predictedCount,
    ...(skipped.rows > 0 ? { skippedRows: skipped.rows } : {}),
  };
}
