import { describe, expect, it } from "vitest";
import { parseConfig } from "../../../lambdas/core/config";
import {
  initialFeedState,
  notDueReason,
  recordFailure,
  recordSuccess,
} from "../../../lambdas/core/usecases/feed-health";

const config = parseConfig(
  {
    pollIntervalMinutes: 5,
    feedHealth: { disableAfterFailures: 3, recheckAfterMinutes: 60 },
    feeds: [{ url: "https://example.org/rss", outlet: "X" }],
    topics: [{ id: "t", name: "T", keywords: ["k"] }],
  },
  "test.json",
);
const now = new Date("2026-01-01T00:00:00Z");
const minutesAfterNow = (iso: string | null) => (Date.parse(iso ?? "") - now.getTime()) / 60_000;

describe("feed health", () => {
  it("backs off exponentially with bounded jitter after each failure", () => {
    // Prepare
    let state = initialFeedState("https://example.org/rss");
    const waits: number[] = [];
    // Act
    for (let i = 0; i < 2; i++) {
      state = recordFailure(state, "HTTP 503", now, config, null);
      waits.push(minutesAfterNow(state.nextAttemptAt));
    }
    // Assess
    expect(waits[0]).toBeGreaterThanOrEqual(4);
    expect(waits[0]).toBeLessThan(6);
    expect(waits[1]).toBeGreaterThanOrEqual(8);
    expect(waits[1]).toBeLessThan(12);
    expect(state).toMatchObject({ consecutiveFailures: 2, lastError: "HTTP 503", disabledUntil: null });
    expect(notDueReason(state, now)).toMatch(/^backing off after a failure until /);
  });

  it("honours Retry-After when it asks for longer than the backoff", () => {
    // Prepare
    const state = initialFeedState("https://example.org/rss");
    // Act
    const failed = recordFailure(state, "HTTP 429", now, config, 3 * 3_600_000);
    // Assess
    expect(minutesAfterNow(failed.nextAttemptAt)).toBe(180);
  });

  it("disables a feed after N failures and re-checks it later", () => {
    // Prepare
    let state = initialFeedState("https://example.org/rss");
    // Act
    for (let i = 0; i < 3; i++) state = recordFailure(state, "timeout", now, config, null);
    // Assess
    expect(minutesAfterNow(state.disabledUntil)).toBe(60);
    expect(notDueReason(state, now)).toMatch(/^disabled after 3 consecutive failures/);
    expect(notDueReason(state, new Date(now.getTime() + 61 * 60_000))).toBeNull();
  });

  it("clears failures on success and counts new items", () => {
    // Prepare
    const failed = recordFailure(initialFeedState("https://example.org/rss"), "timeout", now, config, null);
    // Act
    const ok = recordSuccess(failed, now, { etag: '"v2"', lastModified: null }, 7);
    // Assess
    expect(ok).toMatchObject({
      consecutiveFailures: 0,
      lastError: null,
      nextAttemptAt: null,
      etag: '"v2"',
      itemsSeen: 7,
    });
    expect(notDueReason(ok, now)).toBeNull();
  });
});
