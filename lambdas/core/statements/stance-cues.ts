// Stance cues: words that assert, hedge or deny the topic's core claim.
import type { Stance } from "../model";

export interface StanceCue {
  readonly stance: Stance;
  readonly start: number;
  readonly end: number;
  readonly cue: string;
  /**
   * Distancing words ("alleged", "so-called", "what Ukraine says are") are always the outlet's own
   * wording when they stand outside quotes, even inside reported speech.
   */
  readonly outletWording: boolean;
}

interface CuePattern {
  readonly stance: Stance;
  readonly pattern: RegExp;
  readonly outletWording: boolean;
}

const CUES: readonly CuePattern[] = [
  {
    stance: "denies",
    outletWording: false,
    pattern:
      /\b(?:lies(?!\s+(?:in|on|at|near|about|between|behind|ahead|within|beneath|under|north|south|east|west|just|some))|(?:a|an|big|outright)\s+lie|fakes?|faked|staged|staging|provocations?|fabricat(?:ed|ion|ions)|hoax|disinformation|slander|nonsense|not true|never happened|den(?:ied|ies|y|ying)|rejects?|rejected|dismiss(?:ed|es)?)\b/giu,
  },
  {
    stance: "hedges",
    outletWording: true,
    pattern:
      /\b(?:alleged(?:ly)?|purported(?:ly)?|reportedly|so-called|supposed(?:ly)?|claims(?=\s+(?:that|of|about|over|by|made|were|are)\b|\s*(?:$|[.,;:!?'"’”]))|(?<=(?:\b(?:the|these|those|such|their|its|his|her)|['’]s)\s+)claims|what\s+[\p{Lu}][\p{L}'’ ]{1,40}?\s+(?:says|say|said|calls|called|describes|described)\s+(?:are|is|were|was|as))\b/giu,
  },
  {
    stance: "hedges",
    outletWording: false,
    pattern:
      /\b(?:unverified|unconfirmed|no evidence|not (?:been )?(?:independently )?(?:verified|confirmed)|could not (?:be )?(?:independently )?(?:verify|verified|confirm|confirmed)|cannot (?:be )?(?:independently )?(?:verify|verified|confirm|confirmed)|question(?:s|ed)|doubts?|disput(?:ed|es))\b/giu,
  },
  {
    stance: "asserts",
    outletWording: false,
    pattern:
      /\b(?:(?:were|was|been|are|is|being)\s+(?:found|discovered|uncovered|exhumed|unearthed|documented)|discovered|uncovered|exhumed|unearthed|documented|confirm(?:ed|s)?|accus(?:ed|es|e|ing)|showed signs)\b/giu,
  },
];

/** Cues in text order; where two overlap ("not confirmed" and "confirmed"), the earlier-listed stance wins. */
export function findStanceCues(sentence: string): StanceCue[] {
  const cues: StanceCue[] = [];
  for (const { stance, pattern, outletWording } of CUES) {
    for (const match of sentence.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (cues.some((cue) => start < cue.end && end > cue.start)) continue;
      cues.push({ stance, start, end, cue: match[0], outletWording });
    }
  }
  return cues.sort((a, b) => a.start - b.start);
}
