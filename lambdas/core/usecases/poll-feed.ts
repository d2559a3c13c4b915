// Use case: poll one feed with a conditional GET, parse it, and return the items not seen before.
import { FetchError } from "../../ports/http-fetcher";
import type { FeedConfig } from "../config";
import { decodeText } from "../feed/charset";
import { FeedParseError, parseFeed } from "../feed/parse-feed";
import type { FeedItem, FeedState } from "../model";
import { describeError, type PipelineDeps } from "./deps";
import { initialFeedState, notDueReason, recordFailure, recordSuccess } from "./feed-health";

export type PollStatus = "ok" | "not-modified" | "failed" | "skipped";

export interface PollFeedResult {
  readonly feed: FeedConfig;
  readonly status: PollStatus;
  readonly newItems: FeedItem[];
  /** Item-level problems that did not stop the feed (bad dates, items without links). */
  readonly problems: string[];
  /** Why the feed failed or was skipped. */
  readonly error: string | null;
  /**
   * The feed state to store once the new items are safely handed on (processed, or enqueued).
   * Storing the new ETag earlier would let a crash lose the items: the next poll would get a 304.
   */
  readonly stateToCommit: FeedState | null;
}

/**
 * Fetches and parses one feed. Failures are recorded in the feed state at once; on success the
 * caller stores `stateToCommit` with `commitPoll` after handing the items on.
 */
export async function pollFeed(feed: FeedConfig, deps: PipelineDeps): Promise<PollFeedResult> {
  const { store, fetcher, clock, config } = deps;
  const state = (await store.getFeedState(feed.url)) ?? initialFeedState(feed.url);
  const skipReason = notDueReason(state, clock.now());
  if (skipReason !== null)
    return { feed, status: "skipped", newItems: [], problems: [], error: skipReason, stateToCommit: null };

  const fail = async (error: string, retryAfterMs: number | null = null): Promise<PollFeedResult> => {
    await store.putFeedState(recordFailure(state, error, clock.now(), config, retryAfterMs));
    return { feed, status: "failed", newItems: [], problems: [], error, stateToCommit: null };
  };

  let response: Awaited<ReturnType<typeof fetcher.fetch>>;
  try {
    response = await fetcher.fetch({
      url: feed.url,
      purpose: "feed",
      etag: state.etag,
      lastModified: state.lastModified,
    });
  } catch (error) {
    if (error instanceof FetchError) return fail(error.message, error.retryAfterMs);
    throw error;
  }
  if (response.status === "not-modified") {
    const stateToCommit = recordSuccess(state, clock.now(), state, 0);
    return { feed, status: "not-modified", newItems: [], problems: [], error: null, stateToCommit };
  }

  let parsed: Awaited<ReturnType<typeof parseFeed>>;
  try {
    const { text } = decodeText(response.body, response.contentType, "xml");
    parsed = await parseFeed(text, feed);
  } catch (error) {
    if (error instanceof FeedParseError) return fail(error.message);
    return fail(`could not parse the feed: ${describeError(error)}`);
  }

  const newItems: FeedItem[] = [];
  const seen = new Set<string>();
  for (const item of parsed.items) {
    if (seen.has(item.guid) || seen.has(item.url)) continue;
    seen.add(item.guid).add(item.url);
    if (!(await store.isProcessed(item.guid, item.url))) newItems.push(item);
  }
  const stateToCommit = recordSuccess(state, clock.now(), response, newItems.length);
  return { feed, status: "ok", newItems, problems: parsed.problems, error: null, stateToCommit };
}

export async function commitPoll(result: PollFeedResult, store: PipelineDeps["store"]): Promise<void> {
  if (result.stateToCommit !== null) await store.putFeedState(result.stateToCommit);
}
