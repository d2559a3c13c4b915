// Use case: one poll cycle over every configured feed, as the local runner does it.
import pLimit from "p-limit";
import type { AlertSink } from "../../ports/alert-sink";
import type { FeedItem } from "../model";
import { ARTICLES_PER_WRITE, cycleStore } from "./cycle-store";
import { type DeliveryReport, deliverRecordedAlerts, sweepOutbox } from "./deliver-alerts";
import { describeError, type PipelineDeps } from "./deps";
import { commitPoll, type PollFeedResult, pollFeed } from "./poll-feed";
import {
  analyzeItem,
  commitAnalysis,
  fetchPage,
  type ItemAnalysis,
  type PageFetch,
  type ProcessItemResult,
} from "./process-item";

export interface CycleCounts {
  feedsTotal: number;
  feedsPolled: number;
  feedsFailed: number;
  newItems: number;
  itemsDone: number;
  articlesExtracted: number;
  itemsFailed: number;
  statements: number;
  alerts: number;
}

export interface CycleDeps extends PipelineDeps {
  readonly sinks: readonly AlertSink[];
  /** Called whenever a count changes; the CLI draws progress from it. */
  readonly onProgress?: (counts: Readonly<CycleCounts>) => void;
  /** Called for each feed as soon as it has been polled. */
  readonly onFeed?: (result: PollFeedResult) => void;
  /** Called for each item as soon as it has been processed. */
  readonly onItem?: (result: ProcessItemResult) => void;
  /** Feeds polled at once (hosts are still asked one request at a time by the fetcher). */
  readonly feedConcurrency?: number;
  /** Pages fetched ahead of the item being processed. */
  readonly pagePrefetch?: number;
}

export interface CycleReport {
  readonly feeds: PollFeedResult[];
  readonly items: ProcessItemResult[];
  readonly delivery: DeliveryReport;
  readonly counts: CycleCounts;
}

/** Publication order; items without a date go last, in a stable order. */
export function byPublication(a: FeedItem, b: FeedItem): number {
  const left = a.publishedAt ?? "\uffff";
  const right = b.publishedAt ?? "\uffff";
  return left < right ? -1 : left > right ? 1 : a.url.localeCompare(b.url);
}

export async function runCycle(deps: CycleDeps): Promise<CycleReport> {
  const counts: CycleCounts = {
    feedsTotal: deps.config.feeds.length,
    feedsPolled: 0,
    feedsFailed: 0,
    newItems: 0,
    itemsDone: 0,
    articlesExtracted: 0,
    itemsFailed: 0,
    statements: 0,
    alerts: 0,
  };
  const progress = () => deps.onProgress?.({ ...counts });
  progress();

  // Alerts left pending by an earlier, interrupted cycle, or held until they settled, go out first.
  const recovered = await sweepOutbox(deps).catch((error) => deliveryFault("pending", error));

  const limit = pLimit(deps.feedConcurrency ?? 4);
  const feeds = await Promise.all(
    deps.config.feeds.map((feed) =>
      limit(async () => {
        const result = await pollFeed(feed, deps).catch(
          (error): PollFeedResult => ({
            feed,
            status: "failed",
            newItems: [],
            problems: [],
            error: `unexpected fault: ${describeError(error)}`,
            stateToCommit: null,
          }),
        );
        counts.feedsPolled += 1;
        if (result.status === "failed") counts.feedsFailed += 1;
        counts.newItems += result.newItems.length;
        deps.onFeed?.(result);
        progress();
        return result;
      }),
    ),
  );

  const items = uniqueItems(feeds.flatMap((feed) => feed.newItems)).sort(byPublication);
  const results: ProcessItemResult[] = [];
  const delivered = [...recovered.delivered];
  const failures = [...recovered.failures];
  await processInOrder(prefetchPages(items, deps), deps, async (result) => {
    results.push(result);
    counts.itemsDone += 1;
    if (result.status === "failed") counts.itemsFailed += 1;
    if (result.status === "processed" && result.article?.method === "readability")
      counts.articlesExtracted += 1;
    counts.statements += result.statements.length;
    counts.alerts += result.alerts.length;
    deps.onItem?.(result);
    progress();
    const delivery = await deliverRecordedAlerts(deps, result.alerts).catch((error) =>
      deliveryFault(result.item.url, error),
    );
    delivered.push(...delivery.delivered);
    failures.push(...delivery.failures);
  });

  // Feed validators are stored only now that every new item is recorded (see PollFeedResult).
  const unfinished = new Set(
    results.filter((r) => r.article === null && r.status === "failed").map((r) => r.item.feedUrl),
  );
  for (const feed of feeds.filter((f) => !unfinished.has(f.feed.url))) {
    // A failed commit only means the feed is read in full again next time; its items are done.
    await commitPoll(feed, deps.store).catch(() => undefined);
  }

  return { feeds, items: results, delivery: { delivered, failures }, counts };
}

/**
 * Processes fetched items in the order given, handing each result to `onResult` in that order.
 * Analysis needs no storage, so later items are analysed while the previous item's writes are in
 * flight (by `deps.analyzer` if given, e.g. on another thread; else in this thread, one item
 * ahead); commits stay one after another, so each comparison sees the items before it. Results
 * are handed over once their article records are written (see cycleStore). A storage fault fails
 * its item alone, unrecorded, so a later cycle retries it.
 */
export async function processInOrder(
  pages: AsyncIterable<readonly [FeedItem, PageFetch]>,
  deps: PipelineDeps,
  onResult: (result: ProcessItemResult) => Promise<void>,
): Promise<void> {
  const { analyzer } = deps;
  const cycle = cycleStore(deps.store, { viewStatements: deps.commitsOverlap !== true });
  const commitDeps = { ...deps, store: cycle.store };
  const analyze = analyzer
    ? (item: FeedItem, page: PageFetch) => analyzer.analyze(item, page)
    : async (item: FeedItem, page: PageFetch) => analyzeItem(item, page, deps);
  // Two ahead keep a separate analyzer busy while an item commits; one is all this thread can do.
  const lookahead = analyzer ? 2 : 1;
  const ahead: Promise<ItemAnalysis>[] = [];
  const committed: ProcessItemResult[] = [];
  const handOver = async () => {
    const results = committed.splice(0);
    const fault = await cycle.writeArticles().then(
      () => null,
      (error) => `recording the article failed: ${describeError(error)}`,
    );
    for (const result of results)
      await onResult(fault && result.article ? unrecorded(result, fault) : result);
  };
  let committing: Promise<void> = Promise.resolve();
  const commitNext = async () => {
    const analysis = (await ahead.shift()) as ItemAnalysis;
    await committing;
    committing = commitAnalysis(analysis, commitDeps)
      .catch((error) => unrecorded({ item: analysis.item }, describeError(error)))
      .then(async (result) => {
        committed.push(result);
        if (cycle.heldArticles >= ARTICLES_PER_WRITE) await handOver();
      });
  };
  for await (const [item, page] of pages) {
    ahead.push(analyze(item, page));
    if (ahead.length >= lookahead) await commitNext();
  }
  while (ahead.length > 0) await commitNext();
  await committing;
  await handOver();
}

/** An item whose commit failed: nothing marks it done, so a later cycle retries it. */
function unrecorded(result: Pick<ProcessItemResult, "item">, error: string): ProcessItemResult {
  return { item: result.item, status: "failed", article: null, statements: [], alerts: [], error };
}

/** A store fault while delivering: the alerts stay pending and go out on the next call. */
function deliveryFault(what: string, error: unknown): DeliveryReport {
  return { delivered: [], failures: [{ alertId: what, sink: "outbox", error: describeError(error) }] };
}

/** The same article can appear in several feeds of a cycle: keep its first occurrence. */
function uniqueItems(items: readonly FeedItem[]): FeedItem[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    if (seen.has(item.url) || seen.has(item.guid)) return false;
    seen.add(item.url).add(item.guid);
    return true;
  });
}

/**
 * Yields items in order with their pages, fetching up to `pagePrefetch` pages ahead.
 * Written by hand because ordered, bounded look-ahead is not what p-limit offers: it keeps
 * memory flat (at most that many pages held) while processing stays in publication order.
 */
async function* prefetchPages(
  items: readonly FeedItem[],
  deps: CycleDeps,
): AsyncGenerator<[FeedItem, PageFetch]> {
  const window = Math.max(1, deps.pagePrefetch ?? 4);
  const ahead: Promise<PageFetch>[] = [];
  let next = 0;
  const fill = () => {
    while (next < items.length && ahead.length < window) {
      const item = items[next++] as FeedItem;
      ahead.push(fetchPage(item, deps.fetcher).catch((error) => ({ failure: describeError(error) })));
    }
  };
  fill();
  for (const item of items) {
    const page = (await ahead.shift()) as PageFetch;
    fill();
    yield [item, page];
  }
}
