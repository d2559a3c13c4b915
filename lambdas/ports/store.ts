import type { Alert, ArticleRecord, FeedState, Statement } from "../core/model";

/** Conditional-GET and health state per feed. */
export interface FeedStateStore {
  getFeedState(feedUrl: string): Promise<FeedState | null>;
  putFeedState(state: FeedState): Promise<void>;
  listFeedStates(): Promise<FeedState[]>;
}

/** Processed (or failed) articles; the record is written last, so it marks an item as done. */
export interface ArticleStore {
  /** True when an item with this feed GUID or this canonical URL was already processed. */
  isProcessed(guid: string, url: string): Promise<boolean>;
  /** Records the articles with their GUID markers; writing one again replaces it. */
  putArticles(records: readonly ArticleRecord[]): Promise<void>;
  getArticle(url: string): Promise<ArticleRecord | null>;
}

export interface StatementQuery {
  readonly topic: string;
  readonly outlet?: string;
  readonly measure?: string;
  /** Inclusive lower bound on publishedAt (ISO). */
  readonly since?: string;
  /** Exclusive upper bound on publishedAt (ISO). */
  readonly before?: string;
}

/** What the analysis of one article adds: its statements and the alerts they raise. */
export interface Findings {
  readonly statements: readonly Statement[];
  readonly alerts: readonly Alert[];
}

export interface StatementStore {
  /** Statements matching the query, oldest first (by publishedAt, then id). */
  queryStatements(query: StatementQuery): Promise<Statement[]>;
  /**
   * A topic's statements published before `before`, newest first, read page by page as the
   * caller iterates, so a comparison can stop as soon as it has what it needs.
   */
  statementsNewestFirst(topic: string, before: string): AsyncIterable<Statement>;
}

export interface AlertQuery {
  readonly topic: string;
}

/**
 * Alerts with an outbox: `recordFindings` stores each alert as pending (once per id),
 * a sink delivers it, and `markAlertDelivered` records that. Pending alerts survive a crash.
 */
export interface AlertStore {
  /**
   * Stores statements (storing one again, same id so same content, changes nothing) and records
   * the alerts not recorded before, which it returns; an alert already recorded keeps its state.
   */
  recordFindings(findings: Findings): Promise<Alert[]>;
  /**
   * Alerts not yet delivered to every sink, oldest first; with `recordedBefore`, only those
   * recorded before that time (settled).
   */
  pendingAlerts(recordedBefore?: Date): Promise<Alert[]>;
  markAlertDelivered(alert: Alert): Promise<void>;
  /** Alerts oldest first (by publishedAt, then id). */
  listAlerts(query: AlertQuery): Promise<Alert[]>;
  /** The alerts recorded for these articles of a topic, delivered or not, oldest first. */
  alertsOfArticles(topic: string, articles: readonly ArticleRef[]): Promise<Alert[]>;
  /**
   * Deletes those of the alerts that are still pending and were recorded after `recordedAfter`
   * (not yet settled, so no sink can have them); returns the ones it deleted.
   */
  withdrawAlerts(alerts: readonly Alert[], recordedAfter: Date): Promise<Alert[]>;
}

/** An article, by its URL and publication time. */
export interface ArticleRef {
  readonly url: string;
  readonly publishedAt: string;
}

export type NewsdriftStore = FeedStateStore & ArticleStore & StatementStore & AlertStore;
