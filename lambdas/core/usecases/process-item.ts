// Use case: one feed item → article → statements → alerts (recorded in the outbox).
import { createHash } from "node:crypto";
import { FetchError, type FetchErrorCode, type HttpFetcher } from "../../ports/http-fetcher";
import { compareStatements } from "../alerts/compare-statements";
import { collectComparisonHistory } from "../alerts/comparison-history";
import { extractArticle } from "../article/extract-article";
import type { TopicConfig } from "../config";
import { decodeText } from "../feed/charset";
import type { Alert, Article, ArticleRecord, ExtractedArticle, FeedItem, Statement } from "../model";
import { extractStatements } from "../statements/extract-statements";
import { matchTopics } from "../topics/match-topics";
import { withdrawableAfter } from "./deliver-alerts";
import { describeError, type PipelineDeps } from "./deps";

const EXCERPT_LENGTH = 280;

/**
 * A fetched page; or why there is none, when that is final (the feed content is used instead);
 * or a transient failure, when the item should be retried in a later cycle.
 * Fetching is separate from processing so pages can be fetched ahead.
 */
export type PageFetch =
  | { readonly html: string }
  | { readonly failure: string }
  | { readonly transientFailure: string };

const TRANSIENT_CODES: ReadonlySet<FetchErrorCode> = new Set(["dns", "connect", "timeout", "network"]);

/** Timeouts, connection errors, 5xx and 429 may pass; a 404 or a refused URL will not. */
function isTransient(error: FetchError): boolean {
  if (TRANSIENT_CODES.has(error.code)) return true;
  return error.code === "http-status" && (error.httpStatus === 429 || (error.httpStatus ?? 0) >= 500);
}

export async function fetchPage(item: FeedItem, fetcher: HttpFetcher): Promise<PageFetch> {
  try {
    const response = await fetcher.fetch({ url: item.url, purpose: "page" });
    if (response.status === "not-modified")
      return { failure: "page answered 304 Not Modified to a plain GET" };
    return { html: decodeText(response.body, response.contentType, "html").text };
  } catch (error) {
    if (!(error instanceof FetchError))
      return { transientFailure: `page fetch failed: ${describeError(error)}` };
    const reason = `page fetch failed: ${error.message}`;
    return isTransient(error) ? { transientFailure: reason } : { failure: reason };
  }
}

export interface ProcessItemResult {
  readonly item: FeedItem;
  readonly status: "processed" | "duplicate" | "failed";
  readonly article: ArticleRecord | null;
  readonly statements: Statement[];
  /** Alerts recorded by this call (pending delivery). */
  readonly alerts: Alert[];
  /**
   * Unsent alerts of later articles that this article, arriving late, showed no longer hold
   * (see `alerts.settleMinutes`); absent when there were none.
   */
  readonly withdrawn?: Alert[];
  readonly error: string | null;
}

/** Fetches the item's page (unless the item is already done) and processes it. */
export async function processItem(item: FeedItem, deps: PipelineDeps): Promise<ProcessItemResult> {
  if (await deps.store.isProcessed(item.guid, item.url)) return duplicate(item);
  const page = await fetchPage(item, deps.fetcher);
  return commitAnalysis(analyzeItem(item, page, deps), deps);
}

/** Processes an item whose page was fetched already, unless the item is done. */
export async function processFetchedItem(
  item: FeedItem,
  page: PageFetch,
  deps: PipelineDeps,
): Promise<ProcessItemResult> {
  if (await deps.store.isProcessed(item.guid, item.url)) return duplicate(item);
  return commitAnalysis(analyzeItem(item, page, deps), deps);
}

function duplicate(item: FeedItem): ProcessItemResult {
  return { item, status: "duplicate", article: null, statements: [], alerts: [], error: null };
}

/** What extraction made of an item: pure computation, no I/O, so it can run ahead of storage. */
export type ItemAnalysis =
  | { readonly kind: "transient"; readonly item: FeedItem; readonly reason: string }
  | { readonly kind: "broken"; readonly item: FeedItem; readonly reason: string; readonly at: Date }
  | {
      readonly kind: "extracted";
      readonly item: FeedItem;
      readonly extracted: ExtractedArticle;
      readonly article: Article;
      readonly topics: readonly TopicConfig[];
      readonly statements: Statement[];
    };

export function analyzeItem(
  item: FeedItem,
  page: PageFetch,
  deps: Pick<PipelineDeps, "config" | "clock">,
): ItemAnalysis {
  const { config, clock } = deps;
  if ("transientFailure" in page) return { kind: "transient", item, reason: page.transientFailure };
  try {
    const extracted: ExtractedArticle =
      "html" in page
        ? extractArticle({
            html: page.html,
            url: item.url,
            feedItem: item,
            minTextLength: config.extraction.minTextLength,
          })
        : {
            title: item.title,
            publishedAt: null,
            text: item.content,
            method: "feed-content",
            fallbackReason: page.failure,
          };
    const article: Article = {
      url: item.url,
      outlet: item.outlet,
      title: extracted.title || item.title,
      publishedAt: item.publishedAt ?? extracted.publishedAt ?? clock.now().toISOString(),
      text: extracted.text,
    };
    const topics = matchTopics(article, config.topics);
    const statements = topics.flatMap((topic) => extractStatements(article, topic));
    return { kind: "extracted", item, extracted, article, topics, statements };
  } catch (error) {
    return { kind: "broken", item, reason: `extraction failed: ${describeError(error)}`, at: clock.now() };
  }
}

/**
 * Stores statements, records alerts, and writes the article record last, so a crash anywhere
 * before it makes a rerun redo the item with the same ids, adding nothing twice.
 */
export async function commitAnalysis(analysis: ItemAnalysis, deps: PipelineDeps): Promise<ProcessItemResult> {
  const { store, clock, config } = deps;
  const { item } = analysis;
  if (analysis.kind === "transient") {
    // Not recorded: the item stays new, and its feed's ETag is not advanced, so it is retried.
    return { item, status: "failed", article: null, statements: [], alerts: [], error: analysis.reason };
  }
  if (analysis.kind === "broken") {
    // A page that breaks extraction fails alone: recorded with its reason, never retried forever.
    const record = articleRecord(item, null, null, [], 0, analysis.at, analysis.reason);
    await store.putArticles([record]);
    return { item, status: "failed", article: record, statements: [], alerts: [], error: analysis.reason };
  }

  const { article, extracted, topics, statements } = analysis;
  const ofTopic = (topic: TopicConfig) => statements.filter((s) => s.topic === topic.id);
  const stated = topics.filter((topic) => ofTopic(topic).length > 0);
  const recorded: Alert[] = [];
  const withdrawn: Alert[] = [];
  if (stated.length > 0) {
    // Where commits overlap, statements are stored before anything is read: of two articles
    // committed at once, at least one then reads the other's, as earlier reporting or as later
    // reporting to compare again, so no comparison between them is missed. Otherwise they go
    // with the alerts, in one batch, unless later articles must be compared again with them.
    let statementsStored = deps.commitsOverlap === true;
    if (statementsStored) await store.recordFindings({ statements, alerts: [] });
    const [histories, later] = await Promise.all([
      Promise.all(stated.map((topic) => comparisonHistory(topic, ofTopic(topic), store))),
      Promise.all(stated.map((topic) => laterStatements(topic, article.publishedAt, store))),
    ]);
    const alerts = stated.flatMap((topic, index) =>
      compareStatements(ofTopic(topic), histories[index] ?? [], topic),
    );
    // The later articles are compared again with histories that now include this article.
    if (!statementsStored && later.some((found) => found.length > 0)) {
      await store.recordFindings({ statements, alerts: [] });
      statementsStored = true;
    }
    for (const [index, topic] of stated.entries()) {
      const byArticle = Map.groupBy(later[index] ?? [], (statement) => statement.url);
      const outcome = await compareAgain(topic, [...byArticle.values()], deps);
      alerts.push(...outcome.alerts);
      withdrawn.push(...outcome.withdrawn);
    }
    recorded.push(
      ...(await store.recordFindings({ statements: statementsStored ? [] : statements, alerts })),
    );
    if (deps.commitsOverlap && config.alerts.settleMinutes > 0) {
      // An earlier article committed by another process between this one's history read and
      // its alert write found no alerts of this one to withdraw: if the history changed, this
      // article compares itself again.
      for (const [index, topic] of stated.entries()) {
        const history = await comparisonHistory(topic, ofTopic(topic), store);
        if (sameStatements(history, histories[index] ?? [])) continue;
        const outcome = await compareAgain(topic, [ofTopic(topic)], deps);
        recorded.push(...(await store.recordFindings({ statements: [], alerts: outcome.alerts })));
        withdrawn.push(...outcome.withdrawn);
      }
    }
  }
  const record = articleRecord(
    item,
    article,
    extracted,
    topics.map((t) => t.id),
    statements.length,
    clock.now(),
    null,
  );
  await store.putArticles([record]);
  return {
    item,
    status: "processed",
    article: record,
    statements,
    alerts: recorded,
    ...(withdrawn.length > 0 ? { withdrawn } : {}),
    error: null,
  };
}

/** How far after a late article the articles already stored are compared again. */
export const REASSESS_WINDOW_DAYS = 7;

/** Statements of a topic published in the window after `publishedAt`, oldest first. */
function laterStatements(
  topic: TopicConfig,
  publishedAt: string,
  store: PipelineDeps["store"],
): Promise<Statement[]> {
  const time = Date.parse(publishedAt);
  return store.queryStatements({
    topic: topic.id,
    since: new Date(time + 1).toISOString(),
    before: new Date(time + REASSESS_WINDOW_DAYS * 86_400_000).toISOString(),
  });
}

/** The statements of the topic `current` is compared with: earlier reporting only, never its own. */
function comparisonHistory(
  topic: TopicConfig,
  current: readonly Statement[],
  store: PipelineDeps["store"],
): Promise<Statement[]> {
  const publishedAt = (current[0] as Statement).publishedAt;
  return collectComparisonHistory(current, store.statementsNewestFirst(topic.id, publishedAt));
}

function sameStatements(a: readonly Statement[], b: readonly Statement[]): boolean {
  return a.length === b.length && a.every((statement, index) => statement.id === b[index]?.id);
}

/**
 * Compares articles already stored (each given as its statements of `topic`) again with their
 * history as it is now. "Earlier" means published earlier: when an article arrives after articles
 * published later (a feed failed for a while, a page timed out), those later articles are
 * compared again with the history they should have had. Alerts their first comparison missed are
 * returned, to be recorded (ids are stable, so nothing already recorded repeats); alerts of theirs
 * that no longer hold are withdrawn if they have not settled yet (never sent); alerts already
 * sent stay sent.
 */
async function compareAgain(
  topic: TopicConfig,
  articles: readonly (readonly Statement[])[],
  deps: PipelineDeps,
): Promise<{ alerts: Alert[]; withdrawn: Alert[] }> {
  const { store, config, clock } = deps;
  const alerts: Alert[] = [];
  for (const statements of articles) {
    alerts.push(...compareStatements(statements, await comparisonHistory(topic, statements, store), topic));
  }
  if (config.alerts.settleMinutes === 0 || articles.length === 0) return { alerts, withdrawn: [] };
  // An alert's id derives from its current statement, so no article's alert is another's.
  const holding = new Set(alerts.map((alert) => alert.id));
  const stale = (
    await store.alertsOfArticles(
      topic.id,
      articles.map((statements) => statements[0] as Statement),
    )
  ).filter((alert) => !holding.has(alert.id));
  const withdrawn =
    stale.length > 0
      ? await store.withdrawAlerts(stale, withdrawableAfter(clock.now(), config.alerts.settleMinutes))
      : [];
  return { alerts, withdrawn };
}

function articleRecord(
  item: FeedItem,
  article: Article | null,
  extracted: ExtractedArticle | null,
  topics: string[],
  statementCount: number,
  now: Date,
  error: string | null,
): ArticleRecord {
  const text = article?.text ?? "";
  return {
    url: item.url,
    guid: item.guid,
    feedUrl: item.feedUrl,
    outlet: item.outlet,
    title: article?.title ?? item.title,
    publishedAt: article?.publishedAt ?? item.publishedAt ?? now.toISOString(),
    textSha256: createHash("sha256").update(text).digest("hex"),
    excerpt: text.slice(0, EXCERPT_LENGTH),
    method: extracted?.method ?? "feed-content",
    fallbackReason: extracted?.fallbackReason ?? null,
    topics,
    statementCount,
    processedAt: now.toISOString(),
    status: error === null ? "processed" : "failed",
    error,
  };
}
