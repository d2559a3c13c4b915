// Use case: one feed item → article → statements → alerts (recorded in the outbox).
import { createHash } from "node:crypto";
import { FetchError, type FetchErrorCode, type HttpFetcher } from "../../ports/http-fetcher";
import { compareStatements } from "../alerts/compare-statements";
import { extractArticle } from "../article/extract-article";
import { decodeText } from "../feed/charset";
import type { Alert, Article, ArticleRecord, ExtractedArticle, FeedItem, Statement } from "../model";
import { extractStatements } from "../statements/extract-statements";
import { matchTopics } from "../topics/match-topics";
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
  readonly error: string | null;
}

/** Fetches the item's page (unless the item is already done) and processes it. */
export async function processItem(item: FeedItem, deps: PipelineDeps): Promise<ProcessItemResult> {
  if (await deps.store.isProcessed(item.guid, item.url)) return duplicate(item);
  return processUnseenItem(item, await fetchPage(item, deps.fetcher), deps);
}

function duplicate(item: FeedItem): ProcessItemResult {
  return { item, status: "duplicate", article: null, statements: [], alerts: [], error: null };
}

/**
 * Extracts, stores statements, records alerts, and writes the article record last, so a crash
 * anywhere before it makes a rerun redo the item with the same ids, adding nothing twice.
 */
export async function processFetchedItem(
  item: FeedItem,
  page: PageFetch,
  deps: PipelineDeps,
): Promise<ProcessItemResult> {
  if (await deps.store.isProcessed(item.guid, item.url)) return duplicate(item);
  return processUnseenItem(item, page, deps);
}

async function processUnseenItem(
  item: FeedItem,
  page: PageFetch,
  deps: PipelineDeps,
): Promise<ProcessItemResult> {
  const { store, clock, config } = deps;
  if ("transientFailure" in page) {
    // Not recorded: the item stays new, and its feed's ETag is not advanced, so it is retried.
    return {
      item,
      status: "failed",
      article: null,
      statements: [],
      alerts: [],
      error: page.transientFailure,
    };
  }

  let extracted: ExtractedArticle;
  let article: Article;
  let statements: Statement[];
  let topicIds: string[];
  try {
    extracted =
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
    article = {
      url: item.url,
      outlet: item.outlet,
      title: extracted.title || item.title,
      publishedAt: item.publishedAt ?? extracted.publishedAt ?? clock.now().toISOString(),
      text: extracted.text,
    };
    const topics = matchTopics(article, config.topics);
    topicIds = topics.map((topic) => topic.id);
    statements = topics.flatMap((topic) => extractStatements(article, topic));
  } catch (error) {
    // A page that breaks extraction fails alone: recorded with its reason, never retried forever.
    const reason = `extraction failed: ${describeError(error)}`;
    const record = articleRecord(item, null, null, [], 0, clock.now(), reason);
    await store.putArticle(record);
    return { item, status: "failed", article: record, statements: [], alerts: [], error: reason };
  }

  await store.putStatements(statements);
  const alerts: Alert[] = [];
  for (const topic of config.topics.filter((t) => topicIds.includes(t.id))) {
    const current = statements.filter((s) => s.topic === topic.id);
    if (current.length === 0) continue;
    const earlier = await store.queryStatements({ topic: topic.id, before: article.publishedAt });
    for (const alert of compareStatements(current, earlier, topic)) {
      if (await store.recordAlert(alert)) alerts.push(alert);
    }
  }
  const record = articleRecord(item, article, extracted, topicIds, statements.length, clock.now(), null);
  await store.putArticle(record);
  return { item, status: "processed", article: record, statements, alerts, error: null };
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
