// Reads only as much earlier reporting as a comparison needs, newest first.
import { OUTLET_ACTOR, type Statement } from "../model";
import { FRAMING_WINDOW_DAYS } from "./compare-statements";

const DAY_MS = 86_400_000;

/**
 * From `history` (the topic's statements published before the article, newest first), collects
 * the ones `compareStatements` can use for `current`: the latest figures of each measure (from
 * any outlet and from the article's outlet), the latest stance of each actor, and the outlets'
 * framings within the framing window. Statements at the same time as a chosen one are kept too,
 * so ties resolve as they would over the whole history. Stops reading when nothing older can
 * matter, so the cost depends on what is compared, not on how long the story has run.
 */
export async function collectComparisonHistory(
  current: readonly Statement[],
  history: AsyncIterable<Statement>,
): Promise<Statement[]> {
  const first = current[0];
  if (first === undefined) return [];
  const outlet = first.outlet;
  const wanted = new Map<string, number | null>(); // slot → time of the latest statement filling it
  const slotsOf = (s: Statement): string[] => {
    if (s.kind === "figure")
      return [`figure|${s.measure}`, ...(s.outlet === outlet ? [`own|${s.measure}`] : [])];
    return s.actor === OUTLET_ACTOR ? [] : [`actor|${s.actor}`];
  };
  for (const s of current) for (const slot of slotsOf(s)) wanted.set(slot, null);
  const framingSince = current.some((s) => s.kind === "stance" && s.actor === OUTLET_ACTOR)
    ? Date.parse(first.publishedAt) - FRAMING_WINDOW_DAYS * DAY_MS
    : null;

  const collected: Statement[] = [];
  for await (const statement of history) {
    const time = Date.parse(statement.publishedAt);
    const slotsDone = [...wanted.values()].every((filledAt) => filledAt !== null && filledAt > time);
    const framingDone = framingSince === null || time < framingSince;
    if (slotsDone && framingDone) break;
    const isFraming = statement.kind === "stance" && statement.actor === OUTLET_ACTOR && !framingDone;
    const slots = slotsOf(statement).filter((slot) => wanted.has(slot));
    const useful = slots.filter((slot) => {
      const filledAt = wanted.get(slot);
      return filledAt === null || filledAt === time;
    });
    if (useful.length === 0 && !isFraming) continue;
    collected.push(statement);
    for (const slot of useful) wanted.set(slot, time);
  }
  return collected;
}
