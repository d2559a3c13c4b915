// With `alerts.settleMinutes`, recorded alerts wait in the outbox and a later sweep sends them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DynamoDbStore } from "../../../lambdas/adapters/dynamodb/dynamodb-store";
import { ensureTable } from "../../../lambdas/adapters/dynamodb/table-schema";
import { NodeHttpFetcher } from "../../../lambdas/adapters/http/node-http-fetcher";
import { parseConfig } from "../../../lambdas/core/config";
import type { Alert, FeedItem } from "../../../lambdas/core/model";
import { deliverRecordedAlerts, sweepOutbox } from "../../../lambdas/core/usecases/deliver-alerts";
import { processFetchedItem } from "../../../lambdas/core/usecases/process-item";
import { izyumTopic } from "../../support/statements";
import { startTestDynalite, type TestDynalite } from "../helpers/dynalite";

const article: FeedItem = {
  feedUrl: "https://a.example/rss",
  outlet: "A News",
  guid: "https://a.example/izyum",
  url: "https://a.example/izyum",
  title: "Graves near Izyum",
  publishedAt: "2022-09-16T10:00:00.000Z",
  content: "Investigators near Izyum said they had found at least 440 graves in the forest.",
};

describe("alerts that settle before they are sent", () => {
  let db: TestDynalite;

  beforeAll(async () => {
    db = await startTestDynalite();
  });

  afterAll(async () => {
    await db?.close();
  });

  async function setUp(tableName: string, settleMinutes: number) {
    await ensureTable(db.client, tableName);
    let now = Date.parse("2026-01-01T00:00:00Z");
    const clock = { now: () => new Date(now) };
    const config = parseConfig(
      {
        feeds: [{ url: article.feedUrl, outlet: article.outlet }],
        topics: [izyumTopic],
        alerts: { settleMinutes },
      },
      "test",
    );
    const sent: Alert[] = [];
    const deps = {
      config,
      clock,
      store: new DynamoDbStore(db.client, tableName, clock),
      fetcher: new NodeHttpFetcher(config.network),
      sinks: [{ name: "recorder", deliver: async (alert: Alert) => void sent.push(alert) }],
    };
    const advance = (minutes: number) => {
      now += minutes * 60_000;
    };
    return { deps, sent, advance };
  }

  it("holds an article's alerts until they have waited settleMinutes, then sends them once", async () => {
    // Prepare
    const { deps, sent, advance } = await setUp("settle-30", 30);
    const result = await processFetchedItem(article, { failure: "test: the feed text is the article" }, deps);

    // Act
    const atOnce = await deliverRecordedAlerts(deps, result.alerts);
    advance(29);
    const early = await sweepOutbox(deps);
    advance(2);
    const settled = await sweepOutbox(deps);
    const again = await sweepOutbox(deps);

    // Assess
    expect(result.alerts.map((a) => a.change)).toEqual(["new-measure"]);
    expect([atOnce.delivered, early.delivered, again.delivered]).toEqual([[], [], []]);
    expect(settled.delivered).toStrictEqual(result.alerts);
    expect(sent).toStrictEqual(result.alerts);
    expect(await deps.store.pendingAlerts()).toEqual([]);
  });

  it("sends at once when settleMinutes is 0", async () => {
    // Prepare
    const { deps, sent } = await setUp("settle-0", 0);
    const result = await processFetchedItem(article, { failure: "test: the feed text is the article" }, deps);

    // Act
    const atOnce = await deliverRecordedAlerts(deps, result.alerts);
    const swept = await sweepOutbox(deps);

    // Assess
    expect(atOnce.delivered).toStrictEqual(result.alerts);
    expect(swept.delivered).toEqual([]);
    expect(sent).toStrictEqual(result.alerts);
  });
});
