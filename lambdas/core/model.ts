// Domain types shared by every stage. Pure data: no behaviour, no I/O.

/** A feed item as read from RSS/Atom, normalised. */
export interface FeedItem {
  /** The feed's URL, as configured. */
  readonly feedUrl: string;
  readonly outlet: string;
  /** The item's GUID/Atom id, or its canonical URL when the feed gives none. */
  readonly guid: string;
  /** The item link with tracking parameters and fragment removed. */
  readonly url: string;
  readonly title: string;
  /** ISO 8601 UTC, or null when the feed gives no valid date. */
  readonly publishedAt: string | null;
  /** Plain text of the item's content or summary, used when the page cannot be extracted. */
  readonly content: string;
}

/** The stored conditional-GET and health state of one feed. */
export interface FeedState {
  readonly feedUrl: string;
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly lastPolledAt: string | null;
  readonly lastSuccessAt: string | null;
  readonly lastError: string | null;
  readonly consecutiveFailures: number;
  readonly itemsSeen: number;
  /** After a failure, the feed is not polled again before this time (backoff with jitter). */
  readonly nextAttemptAt: string | null;
  /** Set when the feed is disabled after repeated failures; it is re-checked after this time. */
  readonly disabledUntil: string | null;
}

export type ExtractionMethod = "readability" | "feed-content";

/** An article's text, extracted from its page or taken from the feed. */
export interface ExtractedArticle {
  readonly title: string;
  /** ISO 8601 UTC from page metadata, or null. */
  readonly publishedAt: string | null;
  /** Paragraphs separated by a blank line. */
  readonly text: string;
  readonly method: ExtractionMethod;
  /** Why the feed content was used instead of the page, when it was. */
  readonly fallbackReason: string | null;
}

/** An article as the statement extractor sees it. */
export interface Article {
  readonly url: string;
  readonly outlet: string;
  readonly title: string;
  /** ISO 8601 UTC. */
  readonly publishedAt: string;
  readonly text: string;
}

/** What is stored about a processed article: metadata, never the whole body. */
export interface ArticleRecord {
  readonly url: string;
  readonly guid: string;
  readonly feedUrl: string;
  readonly outlet: string;
  readonly title: string;
  readonly publishedAt: string;
  readonly textSha256: string;
  readonly excerpt: string;
  readonly method: ExtractionMethod;
  readonly fallbackReason: string | null;
  readonly topics: readonly string[];
  readonly statementCount: number;
  readonly processedAt: string;
  /** `processed`, or `failed` with `error` set: the item failed alone. */
  readonly status: "processed" | "failed";
  readonly error: string | null;
}

export const QUALIFIERS = [
  "exact",
  "approx",
  "at-least",
  "more-than",
  "at-most",
  "less-than",
  "range",
  /** A vague plural: "dozens" is 12 to 120, "hundreds" 100 to 1,000. */
  "vague",
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const STANCES = ["asserts", "hedges", "denies"] as const;
export type Stance = (typeof STANCES)[number];

/** The actor id used for an outlet's own framing. */
export const OUTLET_ACTOR = "outlet";

interface StatementBase {
  readonly id: string;
  readonly topic: string;
  readonly outlet: string;
  readonly url: string;
  readonly title: string;
  readonly publishedAt: string;
  readonly sentence: string;
  readonly inHeadline: boolean;
}

export interface FigureStatement extends StatementBase {
  readonly kind: "figure";
  readonly measure: string;
  readonly term: string;
  /** null for an open lower end. */
  readonly low: number | null;
  /** null for an open upper end; equal to low for a point value. */
  readonly high: number | null;
  readonly qualifier: Qualifier;
  /** Actor id, or the speaker as written; null when the outlet states it in its own voice. */
  readonly source: string | null;
}

export interface StanceStatement extends StatementBase {
  readonly kind: "stance";
  /** Actor id, or `outlet` for the outlet's own framing. */
  readonly actor: string;
  readonly stance: Stance;
}

export type Statement = FigureStatement | StanceStatement;

/** The order statements and alerts are listed in: by publication time, then id. */
export function byPublishedAtThenId(
  a: { readonly publishedAt: string; readonly id: string },
  b: { readonly publishedAt: string; readonly id: string },
): number {
  return Date.parse(a.publishedAt) - Date.parse(b.publishedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export const ALERT_CHANGES = [
  "new-measure",
  "refined",
  "higher",
  "lower",
  "contradicts",
  "new-actor-stance",
  "stance-changed",
  "diverges",
] as const;
export type AlertChange = (typeof ALERT_CHANGES)[number];

export const SEVERITIES = ["low", "medium", "high"] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Alert {
  readonly id: string;
  readonly topic: string;
  readonly kind: "figure" | "stance";
  readonly change: AlertChange;
  readonly severity: Severity;
  readonly outlet: string;
  readonly url: string;
  readonly publishedAt: string;
  readonly measure?: string;
  readonly actor?: string;
  readonly current: Statement;
  readonly previous: Statement | null;
  readonly summary: string;
}
