// Deterministic statement ids: the same statement from the same article always gets the same id,
// so re-processing an article never stores it twice.
import { stableId } from "../ids";
import type { FigureStatement, StanceStatement } from "../model";

/** The fields that identify a figure: what it says, where and by whom. */
export type FigureIdentity = Pick<
  FigureStatement,
  | "topic"
  | "url"
  | "kind"
  | "inHeadline"
  | "sentence"
  | "measure"
  | "term"
  | "low"
  | "high"
  | "qualifier"
  | "source"
>;

type IdentifyingFields =
  | FigureIdentity
  | Pick<StanceStatement, "topic" | "url" | "kind" | "inHeadline" | "sentence" | "actor" | "stance">;

/** The first 16 hex characters of a SHA-256 over the fields that identify the statement. */
export function statementId(fields: IdentifyingFields): string {
  const common = [fields.topic, fields.url, fields.kind, fields.inHeadline, fields.sentence] as const;
  if (fields.kind === "figure") {
    return stableId(
      ...common,
      fields.measure,
      fields.term,
      fields.low,
      fields.high,
      fields.qualifier,
      fields.source,
    );
  }
  return stableId(...common, fields.actor, fields.stance);
}
