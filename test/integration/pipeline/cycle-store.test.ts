// The store as a cycle uses it: its statement view must read exactly what the store reads, with
// fewer requests, and article records held back must mark their items done only once written.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DynamoDbStore } from "../../../lambdas/adapters/dynamodb/dynamodb-store";
import { ensureTable } from "../../../lambdas/adapters/dynamodb/table-schema";
import { NodeHttpFetcher } from "../../../lambdas/adapters/http/node-http-fetcher";
import { parseConfig } from "../../../lambdas/core/config";
import type { ArticleRecord, FeedItem, Statement } from "../../../lambdas/core/model";
import { cycleStatementView, cycleStore } from "../../../lambdas/core/usecases/cycle-store";
import type { ProcessItemResult } from "../../../lambdas/core/usecases/process-item";
import { processInOrder } from "../../../lambdas/core/usecases/run-cycle";
import type { Findings, NewsdriftStore } from "../../../lambdas/ports/store";
import { figure, izyumFeedItem, izyumTopic, stance } from "../../support/statements";
import { countRequests, startTestDynalite, type TestDynalite } from "../helpers/dynalite";

const topic = izyumTopic.id;
const at = (day: number, hour: number) =>
  `2022-09-${String(day).padStart(2, "0")}T${String(hour).padStart(2, "0")}:00:00.000Z`;

/** Seven statements over five times; three share 16 September 10:00. */
const stored: Statement[] = [
  figure({ id: "f1", publishedAt: at(15, 9), outlet: "A News" }),
  figure({ id: "f2", publishedAt: at(16, 10), outlet: "B Post", measure: "bodies", term: "bodies" }),
  stance({ id: "s1", publishedAt: at(16, 10), outlet: "A News" }),
  figure({ id: "f3", publishedAt: at(16, 10), outlet: "C Daily", low: 450, high: 450 }),
  stance({ id: "s2", publishedAt: at(17, 8), outlet: "B Post", stance: "hedges" }),
  figure({ id: "f4", publishedAt: at(18, 12), outlet: "A News", low: 460, high: 460 }),
  figure({ id: "f5", publishedAt: at(19, 7), outlet: "C Daily", measure: "bodies", term: "bodies" }),
];

let db: TestDynalite;
let operations: () => number;

beforeAll(async () => {
  db = await startTestDynalite();
  operations = countRequests(db.client, "countOperationsForViewTest");
});

afterAll(async () => {
  await db?.close();
});

async function storeWith(tableName: string, statements: readonly Statement[]): Promise<DynamoDbStore> {
  await ensureTable(db.client, tableName);
  const store = new DynamoDbStore(db.client, tableName);
  await store.recordFindings({ statements, alerts: [] });
  return store;
}

async function newestFirst(store: NewsdriftStore, before: string, limit = Number.POSITIVE_INFINITY) {
  const read: Statement[] = [];
  for await (const statement of store.statementsNewestFirst(topic, before)) {
    read.push(statement);
    if (read.length === limit) break;
  }
  return read;
}

/** Publication times in read order; the order within one time is not part of the contract. */
const times = (statements: readonly Statement[]) => statements.map((s) => s.publishedAt);
const idSet = (statements: readonly Statement[]) => statements.map((s) => s.id).sort();

describe("cycleStatementView", () => {
  it("reads the same earlier reporting as the store, at every cut and load size", async () => {
    // Prepare
    const store = await storeWith("view-same-history", stored);
    const cuts = [at(15, 9), at(16, 10), at(16, 11), at(18, 12), at(20, 0)];

    for (const loadCount of [1, 2, 3, 5, 7, 50]) {
      const view = cycleStatementView(store, { loadCount });
      for (const before of cuts) {
        // Act
        const expected = await newestFirst(store, before);
        const read = await newestFirst(view, before);

        // Assess
        expect(times(read), `load ${loadCount}, before ${before}`).toEqual(times(expected));
        expect(idSet(read)).toEqual(idSet(expected));
      }
    }
  });

  it("answers statement queries as the store does", async () => {
    // Prepare
    const store = await storeWith("view-same-queries", stored);
    const queries = [
      { topic, since: at(16, 10) },
      { topic, since: at(16, 11), before: at(19, 7) },
      { topic, since: at(17, 0), outlet: "A News" },
      { topic, since: at(15, 0), measure: "bodies" },
      { topic },
    ];

    for (const loadCount of [2, 3, 50]) {
      const view = cycleStatementView(store, { loadCount });
      for (const query of queries) {
        // Act / Assess
        expect(await view.queryStatements(query), `load ${loadCount}`).toStrictEqual(
          await store.queryStatements(query),
        );
      }
    }
  });

  it("adds what it writes and then reads covered ranges without a request", async () => {
    // Prepare: the topic's history fits in the view
    const store = await storeWith("view-no-requests", stored);
    const view = cycleStatementView(store);
    await newestFirst(view, at(20, 0));
    const added = figure({ id: "f6", publishedAt: at(20, 9), outlet: "B Post", low: 470, high: 470 });
    await view.recordFindings({ statements: [added], alerts: [] });
    const before = operations();

    // Act
    const history = await newestFirst(view, at(21, 0));
    const later = await view.queryStatements({ topic, since: at(19, 0), before: at(26, 0) });

    // Assess
    expect(operations()).toBe(before);
    expect(history.map((s) => s.id)).toEqual([
      "f6",
      "f5",
      "f4",
      "s2",
      ...idSet(stored.slice(1, 4)).reverse(),
      "f1",
    ]);
    expect(later.map((s) => s.id)).toEqual(["f5", "f6"]);
    expect(await store.queryStatements({ topic, since: at(20, 0) })).toStrictEqual([added]);
  });

  it("forgets its older half beyond its limit and still reads what the store reads", async () => {
    // Prepare: a view of at most 4 statements, filled by writes through it
    const store = await storeWith("view-limit", []);
    const view = cycleStatementView(store, { maxStatements: 4 });
    await newestFirst(view, at(20, 0));
    for (const statement of stored) await view.recordFindings({ statements: [statement], alerts: [] });
    const before = operations();

    // Act
    const newest = await newestFirst(view, at(19, 0), 2);
    const newestRequests = operations() - before;
    const all = await newestFirst(view, at(20, 0));

    // Assess: the newest ones from memory, the rest from the store
    expect(newestRequests).toBe(0);
    expect(newest.map((s) => s.id)).toEqual(["f4", "s2"]);
    expect(idSet(all)).toEqual(idSet(stored));
    expect(times(all)).toEqual(times(await newestFirst(store, at(20, 0))));
  });

  it("keeps publication order when an earlier article is written after a later one", async () => {
    // Prepare
    const store = await storeWith("view-late-write", stored.slice(0, 3));
    const view = cycleStatementView(store);
    await newestFirst(view, at(20, 0));

    // Act: the later statements first, then an earlier one, twice (written again)
    await view.recordFindings({ statements: stored.slice(4), alerts: [] });
    await view.recordFindings({ statements: [stored[3] as Statement, stored[3] as Statement], alerts: [] });
    const read = await newestFirst(view, at(20, 0));

    // Assess
    expect(times(read)).toEqual(times(await newestFirst(store, at(20, 0))));
    expect(idSet(read)).toEqual(idSet(stored));
    expect(await view.queryStatements({ topic })).toStrictEqual(await store.queryStatements({ topic }));
  });

  it("reads history older than the view from the store", async () => {
    // Prepare: the view holds the two newest statements
    const store = await storeWith("view-older", stored);
    const view = cycleStatementView(store, { loadCount: 2 });
    await newestFirst(view, at(20, 0));
    const before = operations();

    // Act
    const older = await newestFirst(view, at(17, 0));

    // Assess
    expect(operations()).toBeGreaterThan(before);
    expect(idSet(older)).toEqual(["f1", "f2", "f3", "s1"]);
  });

  it("reads the store again after a write fails", async () => {
    // Prepare: a store whose write stores the statements, then fails
    const store = await storeWith("view-failed-write", stored);
    const failing = new Proxy(store, {
      get(target, property) {
        if (property === "recordFindings")
          return async (findings: Findings) => {
            await target.recordFindings(findings);
            throw new Error("connection reset");
          };
        const value = Reflect.get(target, property);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    const view = cycleStatementView(failing);
    await newestFirst(view, at(20, 0));
    const added = figure({ id: "f6", publishedAt: at(20, 9) });

    // Act
    await expect(view.recordFindings({ statements: [added], alerts: [] })).rejects.toThrow(
      "connection reset",
    );
    const history = await newestFirst(view, at(21, 0));

    // Assess: the statement the store kept is read back
    expect(history[0]?.id).toBe("f6");
    expect(history).toHaveLength(stored.length + 1);
  });
});

const graves = "Investigators near Izyum said they had found at least 440 graves in the forest.";
const feedItem = (outlet: string, publishedAt: string) => izyumFeedItem(outlet, publishedAt, graves);

describe("article records in a cycle", () => {
  const config = parseConfig(
    { feeds: [{ url: "https://a.example/rss", outlet: "A News" }], topics: [izyumTopic] },
    "test",
  );
  const page = { failure: "test: the feed text is the article" };

  async function processAll(store: NewsdriftStore, items: readonly FeedItem[]): Promise<ProcessItemResult[]> {
    const results: ProcessItemResult[] = [];
    async function* pages() {
      for (const item of items) yield [item, page] as const;
    }
    const deps = {
      config,
      store,
      fetcher: new NodeHttpFetcher(config.network),
      clock: { now: () => new Date() },
    };
    await processInOrder(pages(), deps, async (result) => {
      results.push(result);
    });
    return results;
  }

  it("marks an item done only once its held record is written", async () => {
    // Prepare
    const store = await storeWith("records-held", []);
    const cycle = cycleStore(store, { viewStatements: true });
    const item = feedItem("A News", at(16, 10));
    const record: ArticleRecord = {
      url: item.url,
      guid: item.guid,
      feedUrl: item.feedUrl,
      outlet: item.outlet,
      title: item.title,
      publishedAt: at(16, 10),
      textSha256: "0".repeat(64),
      excerpt: item.content,
      method: "feed-content",
      fallbackReason: "test",
      topics: [topic],
      statementCount: 1,
      processedAt: at(16, 12),
      status: "processed",
      error: null,
    };

    // Act
    await cycle.store.putArticles([record]);
    const doneBeforeWrite = await store.isProcessed(record.guid, record.url);
    const held = cycle.heldArticles;
    await cycle.writeArticles();

    // Assess
    expect([doneBeforeWrite, held, cycle.heldArticles]).toEqual([false, 1, 0]);
    expect(await store.getArticle(record.url)).toStrictEqual(record);
  });

  it("writes a dozen records in one request and hands results over in order", async () => {
    // Prepare
    const store = await storeWith("records-batched", []);
    const writes: number[] = [];
    const counting = new Proxy(store, {
      get(target, property) {
        if (property === "putArticles")
          return (records: readonly ArticleRecord[]) => {
            writes.push(records.length);
            return target.putArticles(records);
          };
        const value = Reflect.get(target, property);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    const items = Array.from({ length: 13 }, (_, hour) => feedItem(`Outlet ${hour}`, at(16, hour)));

    // Act
    const results = await processAll(counting, items);

    // Assess
    expect(writes).toEqual([12, 1]);
    expect(results.map((r) => r.item.url)).toEqual(items.map((item) => item.url));
    expect(results.every((r) => r.status === "processed")).toBe(true);
    const done = await Promise.all(items.map((item) => store.isProcessed(item.guid, item.url)));
    expect(done.every(Boolean)).toBe(true);
  });

  it("fails the items whose records could not be written, so a later cycle redoes them", async () => {
    // Prepare: a store that cannot write article records
    const store = await storeWith("records-failed", []);
    const broken = new Proxy(store, {
      get(target, property) {
        if (property === "putArticles") return async () => Promise.reject(new Error("disk full"));
        const value = Reflect.get(target, property);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    const items = [feedItem("A News", at(16, 10)), feedItem("B Post", at(16, 11))];

    // Act
    const failed = await processAll(broken, items);
    const redone = await processAll(store, items);

    // Assess
    expect(failed.map((r) => [r.status, r.article, r.error])).toEqual([
      ["failed", null, "recording the article failed: disk full"],
      ["failed", null, "recording the article failed: disk full"],
    ]);
    expect(redone.map((r) => r.status)).toEqual(["processed", "processed"]);
    expect(redone.flatMap((r) => r.alerts)).toEqual([]);
  });
});
