// "Earlier" means published earlier: an article that arrives late is compared with what was
// published before it, and the articles published after it are compared again; their alerts
// that no longer hold are withdrawn while they are still settling.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DynamoDbStore } from "../../../lambdas/adapters/dynamodb/dynamodb-store";
import { ensureTable } from "../../../lambdas/adapters/dynamodb/table-schema";
import { NodeHttpFetcher } from "../../../lambdas/adapters/http/node-http-fetcher";
import { parseConfig } from "../../../lambdas/core/config";
import type { FeedItem } from "../../../lambdas/core/model";
import { processFetchedItem } from "../../../lambdas/core/usecases/process-item";
import type { Findings } from "../../../lambdas/ports/store";
import { izyumFeedItem, izyumTopic } from "../../support/statements";
import { startTestDynalite, type TestDynalite } from "../helpers/dynalite";

function configSettling(settleMinutes: number) {
  return parseConfig(
    {
      feeds: [{ url: "https://a.example/rss", outlet: "A News" }],
      topics: [izyumTopic],
      alerts: { settleMinutes },
    },
    "test",
  );
}

const first = izyumFeedItem(
  "A News",
  "2022-09-16T10:00:00.000Z",
  "Investigators near Izyum said they had found at least 440 graves in the forest.",
);
const second = izyumFeedItem(
  "B Post",
  "2022-09-16T11:00:00.000Z",
  "Investigators near Izyum said they had found 800 graves in the forest.",
);

let db: TestDynalite;

beforeAll(async () => {
  db = await startTestDynalite();
});

afterAll(async () => {
  await db?.close();
});

describe("an article that arrives after later ones", () => {
  /** Processes the items in the given order, `minutesApart` apart, on a table of its own. */
  async function run(tableName: string, order: readonly FeedItem[], settleMinutes: number, minutesApart = 5) {
    await ensureTable(db.client, tableName);
    let now = Date.parse("2026-01-01T00:00:00Z");
    const clock = { now: () => new Date(now) };
    const store = new DynamoDbStore(db.client, tableName, clock);
    const config = configSettling(settleMinutes);
    const deps = { config, store, fetcher: new NodeHttpFetcher(config.network), clock };
    const withdrawn: string[] = [];
    for (const next of order) {
      const result = await processFetchedItem(next, { failure: "test: the feed text is the article" }, deps);
      withdrawn.push(...(result.withdrawn ?? []).map((a) => `${a.change} ${a.outlet}`));
      now += minutesApart * 60_000;
    }
    return { alerts: await store.listAlerts({ topic: izyumTopic.id }), withdrawn };
  }

  it("ends with exactly the alerts of a run in publication order while alerts settle", async () => {
    // Prepare / Act: alerts wait 30 minutes; the earlier article arrives 5 minutes late
    const inOrder = await run("settling-in-order", [first, second], 30);
    const late = await run("settling-late", [second, first], 30);

    // Assess: the later article's first comparison, made without the earlier one, is withdrawn unsent
    expect(inOrder.alerts.map((a) => a.change)).toEqual(["new-measure", "refined"]);
    expect(late.alerts).toStrictEqual(inOrder.alerts);
    expect(late.withdrawn).toEqual(["new-measure B Post"]);
  });

  it("keeps an alert that has settled (it may have been sent), and adds the missed ones", async () => {
    // Prepare / Act: the earlier article arrives 45 minutes late, after the 30 of settling
    const inOrder = await run("settled-in-order", [first, second], 30, 45);
    const late = await run("settled-late", [second, first], 30, 45);

    // Assess
    const lateIds = new Set(late.alerts.map((a) => a.id));
    expect(inOrder.alerts.every((a) => lateIds.has(a.id))).toBe(true);
    expect(late.withdrawn).toEqual([]);
    expect(
      late.alerts.filter((a) => !inOrder.alerts.some((b) => b.id === a.id)).map((a) => a.outlet),
    ).toEqual(["B Post"]);
  });

  it("sends at once with no settling time, so the later article's first comparison stays", async () => {
    // Prepare / Act
    const inOrder = await run("at-once-in-order", [first, second], 0);
    const late = await run("at-once-late", [second, first], 0);

    // Assess
    const lateIds = new Set(late.alerts.map((a) => a.id));
    expect(inOrder.alerts.every((a) => lateIds.has(a.id))).toBe(true);
    expect(late.withdrawn).toEqual([]);
    expect(
      late.alerts.filter((a) => !inOrder.alerts.some((b) => b.id === a.id)).map((a) => [a.change, a.outlet]),
    ).toEqual([["new-measure", "B Post"]]);
  });
});

describe("two articles committed at once, as by two Lambdas", () => {
  /**
   * The later article reads its history before the earlier one is stored; the earlier one is then
   * committed whole before the later one records its alerts: the earlier one finds no alerts of the
   * later one to withdraw yet.
   */
  async function interleaved(tableName: string, commitsOverlap: boolean) {
    await ensureTable(db.client, tableName);
    const clock = { now: () => new Date("2026-01-01T00:00:00Z") };
    const store = new DynamoDbStore(db.client, tableName, clock);
    const config = configSettling(30);
    const page = { failure: "test: the feed text is the article" };
    const deps = { config, store, fetcher: new NodeHttpFetcher(config.network), clock, commitsOverlap };
    let earlierCommitted: Promise<unknown> | null = null;
    const laterStore = new Proxy(store, {
      get(target, property) {
        if (property === "recordFindings")
          return async (findings: Findings) => {
            if (findings.alerts.length > 0) {
              earlierCommitted ??= processFetchedItem(first, page, deps);
              await earlierCommitted;
            }
            return target.recordFindings(findings);
          };
        const value = Reflect.get(target, property);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    const later = await processFetchedItem(second, page, { ...deps, store: laterStore });
    return { alerts: await store.listAlerts({ topic: izyumTopic.id }), withdrawn: later.withdrawn ?? [] };
  }

  it("ends with the alerts of a run in publication order: the later article compares itself again", async () => {
    // Prepare / Act
    const { alerts, withdrawn } = await interleaved("overlap-checked", true);

    // Assess
    expect(alerts.map((a) => [a.change, a.outlet])).toEqual([
      ["new-measure", "A News"],
      ["refined", "B Post"],
    ]);
    expect(withdrawn.map((a) => [a.change, a.outlet])).toEqual([["new-measure", "B Post"]]);
  });

  it("keeps the later article's stale alert when commits are not declared to overlap", async () => {
    // Prepare / Act
    const { alerts } = await interleaved("overlap-unchecked", false);

    // Assess: what the check is for
    expect(alerts.map((a) => [a.change, a.outlet])).toContainEqual(["new-measure", "B Post"]);
  });
});
