// Measure mapping: a quantity is a figure of a measure when the noun it counts is one of the
// measure's terms ("450 exhumed bodies", "440 burial sites", "dozens of corpses"), or when it
// counts people inside a term that names people ("the bodies of 450 people").
import type { MeasureConfig } from "../config";
import type { DetailedQuantity } from "./quantities";

export interface MeasureMatch {
  readonly measure: string;
  /** The term as written in the sentence. */
  readonly term: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function singular(word: string): string {
  if (/[^aeiou]ies$/i.test(word)) return word.replace(/ies$/i, "y");
  if (/(?:ses|xes|ches|shes)$/i.test(word)) return word.replace(/es$/i, "");
  if (/[^s]s$/i.test(word)) return word.slice(0, -1);
  return word;
}

function plural(word: string): string {
  if (/[^aeiou]y$/i.test(word)) return word.replace(/y$/i, "ies");
  if (/(?:s|x|ch|sh)$/i.test(word)) return `${word}es`;
  return `${word}s`;
}

/** A term with its last word in singular or plural, as a pattern: "bodies" ~ "body", "burial site" ~ "burial sites". */
function termPattern(term: string): string {
  const words = term.trim().split(/\s+/);
  const last = words.pop() ?? "";
  const one = singular(last);
  const forms = [...new Set([last, one, plural(one)])].map(escapeRegExp);
  return [...words.map(escapeRegExp), `(?:${forms.join("|")})`].join("\\s+");
}

/** Nouns that count people, so "the bodies of 450 people" gives 450 bodies. */
const PERSON_NOUNS =
  /^(?:people|persons|civilians|residents|men|women|children|soldiers|victims|individuals)$/i;
/** Terms that themselves denote people, living or dead; "graves of 450 people" is not 450 graves. */
const PERSON_TERMS =
  /^(?:bod(?:y|ies)|corpses?|victims?|dead|deaths?|casualt(?:y|ies)|people|remains|killed)$/i;

export function matchMeasure(
  sentence: string,
  quantity: DetailedQuantity,
  measures: readonly MeasureConfig[],
): MeasureMatch | null {
  if (quantity.unitCategory !== "count" && quantity.unitCategory !== null) return null;
  const phraseEnd = quantity.end;
  const phrase = sentence.slice(quantity.numberStart, phraseEnd);
  for (const measure of measures) {
    for (const term of measure.terms) {
      const pattern = termPattern(term);
      if (quantity.unitCategory === "count") {
        const tail = new RegExp(`(?<![\\p{L}])(${pattern})$`, "iu").exec(phrase);
        if (tail?.[1]) return { measure: measure.id, term: tail[1] };
      }
      if (!PERSON_TERMS.test(term)) continue;
      const before = sentence.slice(Math.max(0, quantity.start - 60), quantity.start);
      const owner = new RegExp(`(?<![\\p{L}])(${pattern})\\s+of\\s+(?:the\\s+|some\\s+)?$`, "iu").exec(
        before,
      );
      const countsPeople = quantity.unit === null || PERSON_NOUNS.test(quantity.unit);
      if (owner?.[1] && countsPeople) return { measure: measure.id, term: owner[1] };
    }
  }
  return null;
}

/** Any term of any measure, singular or plural, as a whole word. */
export function measureTermsPattern(measures: readonly MeasureConfig[]): RegExp {
  const terms = measures.flatMap((measure) => measure.terms).map(termPattern);
  if (terms.length === 0) return /(?!)/g;
  return new RegExp(`(?<![\\p{L}])(?:${terms.join("|")})(?![\\p{L}])`, "giu");
}
