// Feed health: backoff with jitter after failures, automatic disabling, re-checks.
import type { Config } from "../config";
import { stableId } from "../ids";
import type { FeedState } from "../model";

const MAX_BACKOFF_MINUTES = 6 * 60;

export function initialFeedState(feedUrl: string): FeedState {
  return {
    feedUrl,
    etag: null,
    lastModified: null,
    lastPolledAt: null,
    lastSuccessAt: null,
    lastError: null,
    consecutiveFailures: 0,
    itemsSeen: 0,
    nextAttemptAt: null,
    disabledUntil: null,
  };
}

/** Why the feed must not be polled at `now`, or null when it is due. */
export function notDueReason(state: FeedState, now: Date): string | null {
  const iso = now.toISOString();
  if (state.disabledUntil !== null && state.disabledUntil > iso) {
    return `disabled after ${state.consecutiveFailures} consecutive failures until ${state.disabledUntil}`;
  }
  if (state.nextAttemptAt !== null && state.nextAttemptAt > iso) {
    return `backing off after a failure until ${state.nextAttemptAt}`;
  }
  return null;
}

/**
 * Deterministic jitter in [0.8, 1.2): derived from the feed and the attempt, so feeds that failed
 * together spread out, and a rerun computes the same schedule.
 */
function jitter(feedUrl: string, failures: number): number {
  return 0.8 + (Number.parseInt(stableId(feedUrl, failures).slice(0, 8), 16) / 0x1_0000_0000) * 0.4;
}

export function recordFailure(
  state: FeedState,
  error: string,
  now: Date,
  config: Pick<Config, "pollIntervalMinutes" | "feedHealth">,
  retryAfterMs: number | null,
): FeedState {
  const failures = state.consecutiveFailures + 1;
  const backoffMinutes = Math.min(config.pollIntervalMinutes * 2 ** (failures - 1), MAX_BACKOFF_MINUTES);
  const waitMs = Math.max(backoffMinutes * 60_000 * jitter(state.feedUrl, failures), retryAfterMs ?? 0);
  const disable = failures >= config.feedHealth.disableAfterFailures;
  return {
    ...state,
    lastPolledAt: now.toISOString(),
    lastError: error,
    consecutiveFailures: failures,
    nextAttemptAt: new Date(now.getTime() + waitMs).toISOString(),
    disabledUntil: disable
      ? new Date(now.getTime() + config.feedHealth.recheckAfterMinutes * 60_000).toISOString()
      : state.disabledUntil,
  };
}

export function recordSuccess(
  state: FeedState,
  now: Date,
  validators: { etag: string | null; lastModified: string | null },
  newItems: number,
): FeedState {
  return {
    ...state,
    etag: validators.etag,
    lastModified: validators.lastModified,
    lastPolledAt: now.toISOString(),
    lastSuccessAt: now.toISOString(),
    lastError: null,
    consecutiveFailures: 0,
    itemsSeen: state.itemsSeen + newItems,
    nextAttemptAt: null,
    disabledUntil: null,
  };
}
