// Use case for the scheduled poller: which feeds are due now.
import type { FeedConfig } from "../config";
import type { PipelineDeps } from "./deps";
import { notDueReason } from "./feed-health";

export async function dueFeeds(
  deps: Pick<PipelineDeps, "config" | "store" | "clock">,
): Promise<FeedConfig[]> {
  const states = new Map((await deps.store.listFeedStates()).map((state) => [state.feedUrl, state]));
  const now = deps.clock.now();
  return deps.config.feeds.filter((feed) => {
    const state = states.get(feed.url);
    return state === undefined || notDueReason(state, now) === null;
  });
}
