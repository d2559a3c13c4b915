// "Earlier" means published earlier: an article that arrives late is compared with what was
// published before it, and the articles published after it are compared again.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DynamoDbStore } from "../../../lambdas/adapters/dynamodb/dynamodb-store";
import { ensureTable } from "../../../lambdas/adapters/dynamodb/table-schema";
import { NodeHttpFetcher } from "../../../lambdas/adapters/http/node-http-fetcher";
import { parseConfig } from "../../../lambdas/core/config";
import type { FeedItem } from "../../../lambdas/core/model";
import { processFetchedItem } from "../../../lambdas/core/usecases/process-item";
import { izyumTopic } from "../../support/statements";
import { startTestDynalite, type TestDynalite } from "../helpers/dynalite";

const config = parseConfig(
  { feeds: [{ url: "https://a.example/rss", outlet: "A News" }], topics: [izyumTopic] },
  "test",
);

function item(outlet: string, publishedAt: string, text: string): FeedItem {
  const url = `https://${outlet.replace(/\W/g, "").toLowerCase()}.example/${publishedAt}`;
  return {
    feedUrl: "https://a.example/rss",
    outlet,
    guid: url,
    url,
    title: "Graves near Izyum",
    publishedAt,
    content: text,
  };
}

const first = item(
  "A News",
  "2022-09-16T10:00:00.000Z",
  "Investigators near Izyum said they had found at least 440 graves in the forest.",
);
const second = item(
  "B Post",
  "2022-09-16T11:00:00.000Z",
  "Investigators near Izyum said they had found 800 graves in the forest.",
);

describe("an article that arrives after later ones", () => {
  let db: TestDynalite;

  beforeAll(async () => {
    db = await startTestDynalite();
  });

  afterAll(async () => {
    await db?.close();
  });

  async function run(tableName: string, order: readonly FeedItem[]) {
    await ensureTable(db.client, tableName);
    const store = new DynamoDbStore(db.client, tableName);
    const deps = {
      config,
      store,
      fetcher: new NodeHttpFetcher(config.network),
      clock: { now: () => new Date("2026-01-01T00:00:00Z") },
    };
    for (const next of order)
      await processFetchedItem(next, { failure: "test: the feed text is the article" }, deps);
    return store.listAlerts({ topic: izyumTopic.id });
  }

  it("still raises every alert a run in publication order raises", async () => {
    // Prepare / Act
    const inOrder = await run("in-order", [first, second]);
    const late = await run("late", [second, first]);

    // Assess
    expect(inOrder.map((a) => a.change)).toEqual(["new-measure", "refined"]);
    const lateIds = new Set(late.map((a) => a.id));
    expect(inOrder.every((a) => lateIds.has(a.id))).toBe(true);
    // The later article's first comparison, made before the earlier one arrived, stays recorded.
    expect(late.filter((a) => !inOrder.some((b) => b.id === a.id)).map((a) => [a.change, a.outlet])).toEqual([
      ["new-measure", "B Post"],
    ]);
  });
});
