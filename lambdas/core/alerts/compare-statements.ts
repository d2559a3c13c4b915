// Compares an article's new statements with earlier reporting and derives typed alerts.
// "Earlier" means published earlier: the caller passes the statements published before the article.
import type { TopicConfig } from "../config";
import { stableId } from "../ids";
import {
  type Alert,
  type AlertChange,
  type FigureStatement,
  OUTLET_ACTOR,
  type Severity,
  type Stance,
  type StanceStatement,
  type Statement,
} from "../model";
import { actorName, day, describeFigure, describeStance } from "./describe";
import { relateFigures, sameFigure } from "./figure-interval";

/** Other outlets' framings count towards the prevailing framing for this long after they appeared. */
export const FRAMING_WINDOW_DAYS = 30;

const SEVERITY: Record<AlertChange, Severity> = {
  "new-measure": "medium",
  refined: "low",
  higher: "medium",
  lower: "medium",
  contradicts: "high",
  "new-actor-stance": "medium",
  "stance-changed": "high",
  diverges: "medium",
};

/** Oldest first by publication time, ties broken by id, so every run compares in the same order. */
export function byPublication(a: Statement, b: Statement): number {
  return a.publishedAt < b.publishedAt ? -1 : a.publishedAt > b.publishedAt ? 1 : a.id.localeCompare(b.id);
}

function latest<T extends Statement>(statements: readonly T[]): T | undefined {
  return statements.reduce<T | undefined>(
    (best, statement) => (best === undefined || byPublication(best, statement) < 0 ? statement : best),
    undefined,
  );
}

/**
 * Alerts for `current` (one article's statements on `topic`) against `earlier`
 * (that topic's statements published before the article). Deterministic: the same inputs give
 * the same alerts with the same ids, in the same order.
 */
export function compareStatements(
  current: readonly Statement[],
  earlier: readonly Statement[],
  topic: TopicConfig,
): Alert[] {
  const alerts = new Map<string, Alert>();
  const add = (alert: Omit<Alert, "id" | "severity" | "topic">, dedupeKey: string) => {
    if (alerts.has(dedupeKey)) return;
    const id = stableId("alert", topic.id, alert.change, alert.current.id, alert.previous?.id ?? null);
    alerts.set(dedupeKey, { id, topic: topic.id, severity: SEVERITY[alert.change], ...alert });
  };
  const earlierFigures = earlier.filter((s): s is FigureStatement => s.kind === "figure");
  const earlierStances = earlier.filter((s): s is StanceStatement => s.kind === "stance");

  // A fixed order (headline first, then by id), so comparing the same article again, as a late
  // arrival makes us do, picks the same statement for each alert and gives the same ids.
  const ordered = [...current].sort(
    (a, b) => Number(b.inHeadline) - Number(a.inHeadline) || a.id.localeCompare(b.id),
  );
  for (const statement of ordered) {
    if (statement.kind === "figure") compareFigure(statement, earlierFigures, topic, add);
    else if (statement.actor === OUTLET_ACTOR) compareFraming(statement, earlierStances, add);
    else compareActorStance(statement, earlierStances, topic, add);
  }
  return [...alerts.values()];
}

type AddAlert = (alert: Omit<Alert, "id" | "severity" | "topic">, dedupeKey: string) => void;

function base(statement: Statement) {
  return {
    outlet: statement.outlet,
    url: statement.url,
    publishedAt: statement.publishedAt,
    current: statement,
  };
}

function compareFigure(
  figure: FigureStatement,
  earlierFigures: readonly FigureStatement[],
  topic: TopicConfig,
  add: AddAlert,
): void {
  const sameMeasure = earlierFigures.filter((f) => f.measure === figure.measure);
  const fromAnyOutlet = latest(sameMeasure);
  if (fromAnyOutlet === undefined) {
    add(
      {
        ...base(figure),
        kind: "figure",
        change: "new-measure",
        measure: figure.measure,
        previous: null,
        summary: `${figure.outlet} reported ${describeFigure(figure)}${attribution(figure, topic)} on ${day(figure.publishedAt)}, the first figure for "${figure.measure}" in ${topic.name}.`,
      },
      `new-measure|${figure.measure}`,
    );
    return;
  }
  const fromSameOutlet = latest(sameMeasure.filter((f) => f.outlet === figure.outlet));
  const previousFigures =
    fromSameOutlet && fromSameOutlet !== fromAnyOutlet ? [fromAnyOutlet, fromSameOutlet] : [fromAnyOutlet];
  for (const previous of previousFigures) {
    if (sameFigure(previous, figure)) continue;
    const change = relateFigures(previous, figure);
    add(
      {
        ...base(figure),
        kind: "figure",
        change,
        measure: figure.measure,
        previous,
        summary: figureSummary(figure, previous, change, topic),
      },
      `figure|${figure.measure}|${previous.id}|${figure.low}|${figure.high}|${figure.qualifier}`,
    );
  }
}

const RELATION_WORDS = {
  refined: "refining",
  higher: "higher than",
  lower: "lower than",
  contradicts: "contradicting",
} as const;

function figureSummary(
  figure: FigureStatement,
  previous: FigureStatement,
  change: keyof typeof RELATION_WORDS,
  topic: TopicConfig,
): string {
  const earlierSource =
    previous.outlet === figure.outlet ? `its own earlier report (${previous.outlet})` : previous.outlet;
  return `${figure.outlet} reported ${describeFigure(figure)}${attribution(figure, topic)} on ${day(figure.publishedAt)}, ${RELATION_WORDS[change]} ${describeFigure(previous)}${attribution(previous, topic)} reported by ${earlierSource} on ${day(previous.publishedAt)}.`;
}

/** " (according to Kremlin)": the actor's name when the source is a configured actor. */
function attribution(figure: FigureStatement, topic: TopicConfig): string {
  return figure.source === null ? "" : ` (according to ${actorName(figure.source, topic)})`;
}

function compareActorStance(
  stance: StanceStatement,
  earlierStances: readonly StanceStatement[],
  topic: TopicConfig,
  add: AddAlert,
): void {
  const name = actorName(stance.actor, topic);
  const previous = latest(earlierStances.filter((s) => s.actor === stance.actor));
  if (previous === undefined) {
    add(
      {
        ...base(stance),
        kind: "stance",
        change: "new-actor-stance",
        actor: stance.actor,
        previous: null,
        summary: `${stance.outlet} reported on ${day(stance.publishedAt)} that ${name} ${describeStance(stance.stance)}, the first stance reported for ${name}.`,
      },
      `new-actor-stance|${stance.actor}`,
    );
    return;
  }
  if (previous.stance === stance.stance) return;
  add(
    {
      ...base(stance),
      kind: "stance",
      change: "stance-changed",
      actor: stance.actor,
      previous,
      summary: `${stance.outlet} reported on ${day(stance.publishedAt)} that ${name} ${describeStance(stance.stance)}; earlier, ${previous.outlet} reported on ${day(previous.publishedAt)} that ${name} ${describeStance(previous.stance)}.`,
    },
    `stance-changed|${stance.actor}|${stance.stance}`,
  );
}

/**
 * An outlet's own framing alerts when it differs from the prevailing framing of the other outlets:
 * the stance most of them took in their latest framing of the same kind (headline or body) within
 * the last FRAMING_WINDOW_DAYS. It needs at least two other outlets and a strict majority, so one
 * outlet alone never "prevails".
 */
function compareFraming(
  framing: StanceStatement,
  earlierStances: readonly StanceStatement[],
  add: AddAlert,
): void {
  const since = Date.parse(framing.publishedAt) - FRAMING_WINDOW_DAYS * 86_400_000;
  const others = new Map<string, StanceStatement>();
  for (const s of earlierStances) {
    if (s.actor !== OUTLET_ACTOR || s.outlet === framing.outlet || s.inHeadline !== framing.inHeadline)
      continue;
    if (Date.parse(s.publishedAt) < since) continue;
    const known = others.get(s.outlet);
    if (known === undefined || byPublication(known, s) < 0) others.set(s.outlet, s);
  }
  if (others.size < 2) return;
  const counts = new Map<Stance, StanceStatement[]>();
  for (const s of others.values()) counts.set(s.stance, [...(counts.get(s.stance) ?? []), s]);
  const [prevailing, holders] = [...counts.entries()].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
  if (prevailing === undefined || holders === undefined || holders.length * 2 <= others.size) return;
  if (prevailing === framing.stance) return;
  const previous = latest(holders);
  if (previous === undefined) return;
  const where = framing.inHeadline ? "headline" : "article text";
  const names = holders
    .map((s) => s.outlet)
    .sort()
    .join(", ");
  add(
    {
      ...base(framing),
      kind: "stance",
      change: "diverges",
      actor: OUTLET_ACTOR,
      previous,
      summary: `${framing.outlet} ${describeStance(framing.stance)} in its own ${where} on ${day(framing.publishedAt)}, while most other outlets (${names}) ${describeStance(prevailing, true)}, most recently ${previous.outlet} on ${day(previous.publishedAt)}.`,
    },
    `diverges|${framing.inHeadline}`,
  );
}
