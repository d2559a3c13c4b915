// Plain-English phrases for statements, shared by alert summaries, the CLI and the report.
import type { TopicConfig } from "../config";
import { type FigureStatement, OUTLET_ACTOR, type Stance, type StanceStatement } from "../model";

const number = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

const VAGUE_MULTIPLES: Record<number, string> = {
  1: "",
  10: "tens",
  12: "dozens",
  20: "scores",
  100: "hundreds",
};
const VAGUE_SCALES: ReadonlyArray<readonly [number, string]> = [
  [1e9, "billions"],
  [1e6, "millions"],
  [1e3, "thousands"],
  [1, ""],
];

/** A vague plural's words from its lower end: 12 "dozens", 100 "hundreds", 10,000 "tens of thousands". */
function vaguePlural(low: number): string | null {
  for (const [scale, scaleWord] of VAGUE_SCALES) {
    const multiple = VAGUE_MULTIPLES[low / scale];
    if (multiple === undefined || (multiple === "" && scaleWord === "")) continue;
    return [multiple, scaleWord].filter((word) => word !== "").join(" of ");
  }
  return null;
}

/** "around 450 bodies", "at least 440 graves", "between 400 and 450 victims", "dozens of bodies". */
export function describeFigure(figure: Pick<FigureStatement, "low" | "high" | "qualifier" | "term">): string {
  const low = figure.low === null ? "?" : number.format(figure.low);
  const high = figure.high === null ? "?" : number.format(figure.high);
  const value = (() => {
    switch (figure.qualifier) {
      case "exact":
        return low;
      case "approx":
        return `around ${low}`;
      case "at-least":
        return `at least ${low}`;
      case "more-than":
        return `more than ${low}`;
      case "at-most":
        return `up to ${high}`;
      case "less-than":
        return `fewer than ${high}`;
      case "range":
        return `between ${low} and ${high}`;
      case "vague": {
        const words = figure.low === null ? null : vaguePlural(figure.low);
        return words ? `${words} of` : `between ${low} and ${high}`;
      }
    }
  })();
  return `${value} ${figure.term}`;
}

const STANCE_VERBS: Record<Stance, readonly [singular: string, plural: string]> = {
  asserts: ["asserts the reports", "assert the reports"],
  hedges: ["questions the reports", "question the reports"],
  denies: ["denies the reports", "deny the reports"],
};

/** "denies the reports", or with `plural` "deny the reports". */
export function describeStance(stance: Stance, plural = false): string {
  return STANCE_VERBS[stance][plural ? 1 : 0];
}

export function actorName(actorId: string, topic: TopicConfig | undefined): string {
  if (actorId === OUTLET_ACTOR) return "the outlet itself";
  return topic?.actors.find((actor) => actor.id === actorId)?.name ?? actorId;
}

/** "Kremlin denies the reports", or for an outlet's framing "The Times, in its own voice, questions the reports". */
export function describeStanceStatement(statement: StanceStatement, topic: TopicConfig | undefined): string {
  const who =
    statement.actor === OUTLET_ACTOR
      ? `${statement.outlet}, in its own voice,`
      : actorName(statement.actor, topic);
  return `${who} ${describeStance(statement.stance)}`;
}

/** The date part of an ISO timestamp: "2022-09-19". */
export function day(iso: string): string {
  return iso.slice(0, 10);
}
