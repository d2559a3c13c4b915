// The verbs of a topic's claim ("Corvo Star dumped oily waste in Sorrel Bay" → dumped), so that a
// clause stating the claim in its own words is recognised without a stance word. compromise tags the
// claim's words: it tells "dumped" the verb from "banned" the adjective and from the nouns a claim
// shares with its keywords ("leak", "sinking"), which a suffix rule could not.
import nlp from "compromise";

// Verbs of speech and blame report someone's claim; the cue rules read them.
const REPORTING_STEM = /^(?:blam|accus|alleg|claim|report|link|said|say|told)/;

interface TaggedTerm {
  readonly text: string;
  readonly tags: readonly string[];
}

const isMainVerb = (term: TaggedTerm): boolean =>
  term.tags.includes("Verb") &&
  !term.tags.some((tag) => tag === "Auxiliary" || tag === "Copula" || tag === "Gerund");

/**
 * A pattern for the past forms of the claim's past-tense verbs: "dumped" in the claim matches
 * "dumped"; "hid" matches "hid" and "hidden"; "was rigged" matches "rigged". Present and -ing forms
 * are left out: "the Ardley leak" and "the sinking" name the story without stating its cause.
 * Never matches when the claim has no such verb ("Izyum mass graves").
 */
export function claimVerbPattern(claim: string): RegExp {
  // Tagging a claim costs milliseconds and every article of a topic asks again.
  let forms = formsByClaim.get(claim);
  if (!forms) {
    forms = pastFormsOf(claim);
    if (formsByClaim.size >= MAX_CACHED_CLAIMS) formsByClaim.clear();
    formsByClaim.set(claim, forms);
  }
  if (forms.length === 0) return /(?!)/g;
  return new RegExp(`(?<![\\p{L}-])(?:${forms.join("|")})(?![\\p{L}-])`, "giu");
}

const MAX_CACHED_CLAIMS = 256;
const formsByClaim = new Map<string, readonly string[]>();

function pastFormsOf(claim: string): string[] {
  const forms = new Set<string>();
  let previous: TaggedTerm | undefined;
  for (const { terms } of nlp(claim).terms().json() as { terms: TaggedTerm[] }[]) {
    const term = terms[0];
    const afterVerb = previous !== undefined && isMainVerb(previous);
    previous = term;
    // Capitalised words are names compromise may take for verbs ("Redgate").
    if (!term || !/^[a-z]+$/.test(term.text) || REPORTING_STEM.test(term.text)) continue;
    const past = term.tags.some((tag) => tag === "PastTense" || tag === "Participle");
    const notVerb = term.tags.some((tag) => tag === "Auxiliary" || tag === "Copula" || tag === "Adjective");
    // "contain banned chemicals": a participle after a verb describes its object.
    if (!past || notVerb || afterVerb) continue;
    forms.add(term.text);
    const infinitive = nlp(term.text).verbs().toInfinitive().text();
    const conjugated = (nlp(infinitive).verbs().conjugate()[0] ?? {}) as Record<string, string | undefined>;
    for (const form of [conjugated.PastTense, conjugated.Participle])
      if (form && /^[a-z]+$/.test(form)) forms.add(form);
  }
  return [...forms];
}
