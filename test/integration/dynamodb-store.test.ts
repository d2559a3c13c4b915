import { GetItemCommand } from "@aws-sdk/client-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DynamoDbStore } from "../../lambdas/adapters/dynamodb/dynamodb-store";
import { boundedKey, MAX_KEY_BYTES } from "../../lambdas/adapters/dynamodb/keys";
import type {
  Alert,
  ArticleRecord,
  FeedState,
  FigureStatement,
  StanceStatement,
  Statement,
} from "../../lambdas/core/model";
import { countRequests, startTestDynalite, type TestDynalite } from "./helpers/dynalite";

const DELIVERED_AT = "2031-03-05T12:00:00.000Z";

function figure(overrides: Partial<FigureStatement> = {}): FigureStatement {
  return {
    id: "fig-1",
    kind: "figure",
    topic: "harbour-fire",
    outlet: "The Coastal Herald",
    url: "https://herald.example/news/harbour-fire",
    title: "Fire sweeps through the old harbour",
    publishedAt: "2031-03-04T08:00:00.000Z",
    sentence: "At least 12 fishing boats were destroyed, the harbour master said.",
    inHeadline: false,
    measure: "boats-destroyed",
    term: "fishing boats",
    low: 12,
    high: null,
    qualifier: "at-least",
    source: "harbour-master",
    ...overrides,
  };
}

function stance(overrides: Partial<StanceStatement> = {}): StanceStatement {
  return {
    id: "stance-1",
    kind: "stance",
    topic: "harbour-fire",
    outlet: "Valley Daily",
    url: "https://valley.example/harbour",
    title: "Council denies safety warnings were ignored",
    publishedAt: "2031-03-04T09:30:00.000Z",
    sentence: "The council denied that earlier safety warnings had been ignored.",
    inHeadline: true,
    actor: "town-council",
    stance: "denies",
    ...overrides,
  };
}

function alert(overrides: Partial<Alert> = {}): Alert {
  const current = figure({ id: "fig-current", low: 15, high: 15, qualifier: "exact" });
  return {
    id: "alert-1",
    topic: "harbour-fire",
    kind: "figure",
    change: "higher",
    severity: "medium",
    outlet: current.outlet,
    url: current.url,
    publishedAt: current.publishedAt,
    measure: "boats-destroyed",
    current,
    previous: figure(),
    summary: "The Coastal Herald now reports 15 boats destroyed (was at least 12).",
    ...overrides,
  };
}

function stanceAlert(overrides: Partial<Alert>): Alert {
  const current = stance({ id: "stance-current", stance: "asserts" });
  return {
    id: "alert-stance",
    topic: "harbour-fire",
    kind: "stance",
    change: "stance-changed",
    severity: "high",
    outlet: current.outlet,
    url: current.url,
    publishedAt: current.publishedAt,
    actor: "town-council",
    current,
    previous: stance(),
    summary: "The town council now asserts what it denied before.",
    ...overrides,
  };
}

function article(overrides: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    url: "https://herald.example/news/harbour-fire",
    guid: "herald-item-7781",
    feedUrl: "https://herald.example/rss",
    outlet: "The Coastal Herald",
    title: "Fire sweeps through the old harbour",
    publishedAt: "2031-03-04T08:00:00.000Z",
    textSha256: "9b74c9897bac770ffc029102a200c5de3a4f1c8b2b5e3e0e6d4cf9f1d0a2b3c4",
    excerpt: "A fire swept through the old harbour overnight.",
    method: "readability",
    fallbackReason: null,
    topics: ["harbour-fire"],
    statementCount: 2,
    processedAt: "2031-03-04T08:05:00.000Z",
    status: "processed",
    error: null,
    ...overrides,
  };
}

function feedState(overrides: Partial<FeedState> = {}): FeedState {
  return {
    feedUrl: "https://herald.example/rss",
    etag: '"abc123"',
    lastModified: "Tue, 04 Mar 2031 08:00:00 GMT",
    lastPolledAt: "2031-03-04T08:10:00.000Z",
    lastSuccessAt: "2031-03-04T08:10:00.000Z",
    lastError: null,
    consecutiveFailures: 0,
    itemsSeen: 14,
    nextAttemptAt: null,
    disabledUntil: null,
    ...overrides,
  };
}

/** A URL of about `bytes` bytes, with multi-byte characters so cuts must respect code points. */
function longUrl(bytes: number, tail: string): string {
  return `https://long.example/${"ü".repeat(Math.ceil(bytes / 2))}/${tail}`;
}

describe("DynamoDbStore on dynalite", () => {
  let dynamo: TestDynalite;
  let store: DynamoDbStore;

  beforeAll(async () => {
    dynamo = await startTestDynalite();
    store = new DynamoDbStore(dynamo.client, dynamo.tableName, { now: () => new Date(DELIVERED_AT) });
  });

  afterAll(async () => {
    await dynamo?.close();
  });

  async function rawItem(pk: string, sk: string): Promise<Record<string, unknown> | undefined> {
    const { Item } = await dynamo.client.send(
      new GetItemCommand({ TableName: dynamo.tableName, Key: { pk: { S: pk }, sk: { S: sk } } }),
    );
    return Item;
  }

  describe("statements", () => {
    it("gives back exactly the stored figure and stance statements", async () => {
      // Prepare
      const openEnded = figure({ topic: "round-trip", source: null, low: 12, high: null });
      const precise = figure({
        topic: "round-trip",
        id: "fig-2",
        low: 0.35,
        high: 320_000_000_000_000_000,
        qualifier: "range",
        publishedAt: "2031-03-04T08:30:00.000Z",
      });
      const denial = stance({ topic: "round-trip" });

      // Act
      await store.recordFindings({ statements: [denial, precise, openEnded], alerts: [] });
      const stored = await store.queryStatements({ topic: "round-trip" });

      // Assess
      expect(stored).toStrictEqual([openEnded, precise, denial]);
    });

    it("stores keys that read well in the console", async () => {
      // Prepare
      const statement = figure({ topic: "readable-keys", outlet: "The Coastal Herald", id: "fig-9" });

      // Act
      await store.recordFindings({ statements: [statement], alerts: [] });
      const item = await rawItem(
        "TOPIC#readable-keys",
        "STMT#2031-03-04T08:00:00.000Z#the-coastal-herald#fig-9",
      );

      // Assess
      expect(item?.gsi1pk).toEqual({ S: "OUTLET#the-coastal-herald" });
      expect(item?.gsi1sk).toEqual({ S: "2031-03-04T08:00:00.000Z#STMT#readable-keys#fig-9" });
      expect(item?.high).toEqual({ NULL: true });
    });

    it("stores each statement once however often it is written", async () => {
      // Prepare
      const first = [figure({ topic: "twice" }), stance({ topic: "twice" })];
      await store.recordFindings({ statements: first, alerts: [] });

      // Act
      await store.recordFindings({ statements: [...first, ...first], alerts: [] });
      const stored = await store.queryStatements({ topic: "twice" });

      // Assess
      expect(stored).toStrictEqual(first);
    });

    it("writes more statements than one batch takes", async () => {
      // Prepare
      const many = Array.from({ length: 60 }, (_, i) =>
        figure({ topic: "batches", id: `b${String(i).padStart(2, "0")}` }),
      );

      // Act
      await store.recordFindings({ statements: many, alerts: [] });
      const stored = await store.queryStatements({ topic: "batches" });

      // Assess
      expect(stored.map((s) => s.id)).toEqual(many.map((s) => s.id));
    });

    it("reads earlier statements newest first, excluding the given time", async () => {
      // Prepare
      const times = [
        "2031-03-01T08:00:00Z",
        "2031-03-02T08:00:00Z",
        "2031-03-03T08:00:00Z",
        "2031-03-04T08:00:00Z",
      ];
      await store.recordFindings({
        statements: times.map((publishedAt, i) => figure({ topic: "history", id: `h${i}`, publishedAt })),
        alerts: [],
      });

      // Act
      const read: string[] = [];
      for await (const statement of store.statementsNewestFirst("history", "2031-03-04T08:00:00Z"))
        read.push(statement.id);

      // Assess
      expect(read).toEqual(["h2", "h1", "h0"]);
    });

    it("orders by publishedAt as a time, then by id, whatever the outlet", async () => {
      // Prepare
      const sameTimeA = figure({ topic: "ordering", id: "a", outlet: "Zeta News" });
      const sameTimeB = figure({ topic: "ordering", id: "b", outlet: "Alpha Post" });
      const withMillis = figure({ topic: "ordering", id: "c", publishedAt: "2031-03-04T08:00:00.500Z" });
      const withoutMillis = stance({ topic: "ordering", id: "d", publishedAt: "2031-03-04T08:00:01Z" });
      const earliest = stance({ topic: "ordering", id: "z", publishedAt: "2031-03-04T07:59:59.999Z" });

      // Act
      await store.recordFindings({
        statements: [withoutMillis, sameTimeB, earliest, withMillis, sameTimeA],
        alerts: [],
      });
      const stored = await store.queryStatements({ topic: "ordering" });

      // Assess
      expect(stored.map((s) => s.id)).toEqual(["z", "a", "b", "c", "d"]);
    });

    describe("filters", () => {
      const statements: Statement[] = [
        figure({ topic: "filters", id: "f1", publishedAt: "2031-03-01T00:00:00.000Z" }),
        figure({
          topic: "filters",
          id: "f2",
          publishedAt: "2031-03-02T00:00:00.000Z",
          outlet: "Valley Daily",
        }),
        figure({ topic: "filters", id: "f3", publishedAt: "2031-03-03T00:00:00.000Z", measure: "injured" }),
        stance({ topic: "filters", id: "s4", publishedAt: "2031-03-04T00:00:00.000Z" }),
        figure({ topic: "other-topic", id: "f5", publishedAt: "2031-03-02T00:00:00.000Z" }),
      ];

      beforeAll(async () => {
        await store.recordFindings({ statements: statements, alerts: [] });
      });

      it.each([
        ["no filter", {}, ["f1", "f2", "f3", "s4"]],
        ["since is inclusive", { since: "2031-03-02T00:00:00.000Z" }, ["f2", "f3", "s4"]],
        ["before is exclusive", { before: "2031-03-03T00:00:00.000Z" }, ["f1", "f2"]],
        ["since and before", { since: "2031-03-02T00:00:00Z", before: "2031-03-04T00:00:00Z" }, ["f2", "f3"]],
        ["outlet", { outlet: "Valley Daily" }, ["f2", "s4"]],
        ["measure", { measure: "boats-destroyed" }, ["f1", "f2"]],
        ["outlet and measure", { outlet: "The Coastal Herald", measure: "injured" }, ["f3"]],
        ["unknown outlet", { outlet: "Nobody" }, []],
      ])("%s", async (_name, filter, expectedIds) => {
        // Prepare
        const query = { topic: "filters", ...filter };

        // Act
        const stored = await store.queryStatements(query);

        // Assess
        expect(stored.map((s) => s.id)).toEqual(expectedIds);
      });
    });

    it("reads every page of a topic larger than one 1 MB query page", async () => {
      // Prepare
      const padding = "The harbour fire spread along the quay. ".repeat(110);
      const many = Array.from({ length: 260 }, (_, index) =>
        figure({
          topic: "many",
          id: `fig-${String(index).padStart(3, "0")}`,
          sentence: `${padding}${index} boats were counted.`,
        }),
      );

      // Act
      await store.recordFindings({ statements: many, alerts: [] });
      const stored = await store.queryStatements({ topic: "many" });

      // Assess
      expect(stored.length).toBe(260);
      expect(stored).toStrictEqual(many);
    });
  });

  describe("alerts", () => {
    it("records an alert once and keeps it in the outbox until it is delivered", async () => {
      // Prepare
      const recorded = alert({ topic: "outbox", id: "alert-outbox" });
      const duplicate = alert({ topic: "outbox", id: "alert-outbox", summary: "Another summary" });

      // Act
      const first = await store.recordFindings({ statements: [], alerts: [recorded] });
      const second = await store.recordFindings({ statements: [], alerts: [duplicate] });
      const pendingBefore = await store.pendingAlerts();
      await store.markAlertDelivered(recorded);
      const pendingAfter = await store.pendingAlerts();
      const listed = await store.listAlerts({ topic: "outbox" });

      // Assess
      expect(first).toStrictEqual([recorded]);
      expect(second).toEqual([]);
      expect(pendingBefore.filter((a) => a.topic === "outbox")).toStrictEqual([recorded]);
      expect(pendingAfter.filter((a) => a.topic === "outbox")).toEqual([]);
      expect(listed).toStrictEqual([recorded]);
    });

    it("records only the new alerts of a batch, leaving a delivered one delivered", async () => {
      // Prepare
      const delivered = alert({ topic: "findings", id: "alert-delivered" });
      await store.recordFindings({ statements: [], alerts: [delivered] });
      await store.markAlertDelivered(delivered);
      const fresh = Array.from({ length: 30 }, (_, i) => alert({ topic: "findings", id: `alert-new-${i}` }));
      const statements = Array.from({ length: 30 }, (_, i) => figure({ topic: "findings", id: `fig-${i}` }));

      // Act
      const recorded = await store.recordFindings({ statements, alerts: [delivered, ...fresh, ...fresh] });
      const pending = (await store.pendingAlerts()).filter((a) => a.topic === "findings");

      // Assess
      expect(recorded).toStrictEqual(fresh);
      expect(pending.map((a) => a.id).sort()).toEqual(fresh.map((a) => a.id).sort());
      expect(await store.queryStatements({ topic: "findings" })).toHaveLength(30);
    });

    it("records the delivery time and drops the outbox keys", async () => {
      // Prepare
      const delivered = alert({ topic: "delivery", id: "alert-delivery" });
      await store.recordFindings({ statements: [], alerts: [delivered] });
      const key = ["TOPIC#delivery", "ALERT#2031-03-04T08:00:00.000Z#alert-delivery"] as const;
      const pendingItem = await rawItem(...key);

      // Act
      await store.markAlertDelivered(delivered);
      await store.markAlertDelivered(delivered);
      const deliveredItem = await rawItem(...key);

      // Assess
      expect(pendingItem?.pendingPk).toEqual({ S: "PENDING" });
      expect(pendingItem?.pendingSk).toEqual({ S: "2031-03-04T08:00:00.000Z#alert-delivery" });
      expect(deliveredItem?.pendingPk).toBeUndefined();
      expect(deliveredItem?.pendingSk).toBeUndefined();
      expect(deliveredItem?.deliveredAt).toEqual({ S: DELIVERED_AT });
    });

    it("refuses to mark an alert that was never recorded", async () => {
      // Prepare
      const unknown = alert({ topic: "never-recorded", id: "ghost" });

      // Act
      const marking = store.markAlertDelivered(unknown);

      // Assess
      await expect(marking).rejects.toThrow(/alert ghost .* was never recorded/);
      expect(await store.listAlerts({ topic: "never-recorded" })).toEqual([]);
    });

    it("lists alerts and pending alerts oldest first, then by id", async () => {
      // Prepare
      const late = alert({ topic: "alert-order", id: "a-late", publishedAt: "2031-03-06T00:00:00Z" });
      const earlyB = alert({ topic: "alert-order", id: "b-early", publishedAt: "2031-03-05T00:00:00.000Z" });
      const earlyA = stanceAlert({
        topic: "alert-order",
        id: "a-early",
        publishedAt: "2031-03-05T00:00:00Z",
      });
      await store.recordFindings({ statements: [], alerts: [late, earlyB, earlyA] });

      // Act
      const listed = await store.listAlerts({ topic: "alert-order" });
      const pending = (await store.pendingAlerts()).filter((a) => a.topic === "alert-order");

      // Assess
      expect(listed).toStrictEqual([earlyA, earlyB, late]);
      expect(pending).toStrictEqual([earlyA, earlyB, late]);
    });
  });

  describe("settling alerts", () => {
    let now = Date.parse("2031-04-01T10:00:00Z");
    let settling: DynamoDbStore;
    let requests: () => number;
    beforeAll(() => {
      settling = new DynamoDbStore(dynamo.client, dynamo.tableName, { now: () => new Date(now) });
      requests = countRequests(dynamo.client, "countRequestsForSettlingTests");
    });
    const minutes = (count: number) => count * 60_000;

    it("lists as settled only the pending alerts recorded before the given time", async () => {
      // Prepare: one alert recorded at 10:00, one at 10:20
      const early = alert({ topic: "settle-list", id: "early" });
      const late = alert({ topic: "settle-list", id: "late" });
      now = Date.parse("2031-04-01T10:00:00Z");
      await settling.recordFindings({ statements: [], alerts: [early] });
      now += minutes(20);
      await settling.recordFindings({ statements: [], alerts: [late] });

      // Act
      const settledBy1010 = await settling.pendingAlerts(new Date("2031-04-01T10:10:00Z"));
      const all = await settling.pendingAlerts();

      // Assess: the recording time is the store's own and never part of the alert
      expect(settledBy1010.filter((a) => a.topic === "settle-list")).toStrictEqual([early]);
      expect(all.filter((a) => a.topic === "settle-list").map((a) => a.id)).toEqual(["early", "late"]);
    });

    it("finds the given articles' alerts, in one request, among others published at the same time or between them", async () => {
      // Prepare: alerts of articles A (08:00), B (08:00), C (08:00:01) and D (08:00:02); A and D asked for
      const first = alert({ topic: "settle-article", id: "first" });
      const sameTime = alert({ topic: "settle-article", id: "same-time", url: "https://valley.example/b" });
      const between = alert({
        topic: "settle-article",
        id: "between",
        url: "https://valley.example/c",
        publishedAt: "2031-03-04T08:00:01.000Z",
      });
      const last = alert({
        topic: "settle-article",
        id: "last",
        url: "https://valley.example/d",
        publishedAt: "2031-03-04T08:00:02.000Z",
      });
      await settling.recordFindings({ statements: [], alerts: [last, between, sameTime, first] });
      const before = requests();

      // Act
      const found = await settling.alertsOfArticles("settle-article", [last, first]);

      // Assess
      expect(found).toStrictEqual([first, last]);
      expect(requests() - before).toBe(1);
    });

    it("withdraws only pending alerts that have not settled", async () => {
      // Prepare: at 10:00 three alerts; one is delivered; at 10:30 a fourth
      const unsettled = alert({ topic: "settle-withdraw", id: "unsettled" });
      const delivered = alert({ topic: "settle-withdraw", id: "delivered" });
      const settledAlready = alert({ topic: "settle-withdraw", id: "settled" });
      const fresh = alert({ topic: "settle-withdraw", id: "fresh" });
      now = Date.parse("2031-04-01T10:00:00Z");
      await settling.recordFindings({ statements: [], alerts: [settledAlready] });
      now += minutes(15);
      await settling.recordFindings({ statements: [], alerts: [unsettled, delivered] });
      await settling.markAlertDelivered(delivered);
      now += minutes(15);
      await settling.recordFindings({ statements: [], alerts: [fresh] });

      // Act: withdraw all four with anything recorded after 10:10 still unsettled
      const withdrawn = await settling.withdrawAlerts(
        [unsettled, delivered, settledAlready, fresh],
        new Date("2031-04-01T10:10:00Z"),
      );
      const left = await settling.listAlerts({ topic: "settle-withdraw" });

      // Assess
      expect(withdrawn.map((a) => a.id).sort()).toEqual(["fresh", "unsettled"]);
      expect(left.map((a) => a.id).sort()).toEqual(["delivered", "settled"]);
    });
  });

  describe("articles", () => {
    it("counts an item as processed by its GUID or by its URL", async () => {
      // Prepare
      const record = article({ url: "https://herald.example/a/1", guid: "guid-1" });
      const before = await store.isProcessed("guid-1", "https://herald.example/a/1");

      // Act
      await store.putArticles([record]);

      // Assess
      expect(before).toBe(false);
      expect(await store.isProcessed("guid-1", "https://herald.example/a/other")).toBe(true);
      expect(await store.isProcessed("guid-other", "https://herald.example/a/1")).toBe(true);
      expect(await store.isProcessed("guid-other", "https://herald.example/a/other")).toBe(false);
    });

    it("replaces the record when an article is written again", async () => {
      // Prepare
      const failed = article({
        url: "https://herald.example/a/2",
        guid: "guid-2",
        status: "failed",
        error: "page returned HTTP 500",
        method: "feed-content",
        fallbackReason: "page returned HTTP 500",
        topics: [],
        statementCount: 0,
      });
      await store.putArticles([failed]);

      // Act
      await store.putArticles([{ ...failed, status: "processed", error: null, title: "Second write" }]);
      const stored = await store.getArticle("https://herald.example/a/2");

      // Assess
      expect(stored).toStrictEqual({ ...failed, status: "processed", error: null, title: "Second write" });
      expect(await store.getArticle("https://herald.example/a/never")).toBeNull();
    });
  });

  describe("feed states", () => {
    it("stores, replaces and lists feed states", async () => {
      // Prepare
      const herald = feedState();
      const valley = feedState({
        feedUrl: "https://valley.example/atom.xml",
        etag: null,
        lastModified: null,
        lastSuccessAt: null,
        lastError: "HTTP 503",
        consecutiveFailures: 10,
        nextAttemptAt: "2031-03-04T08:40:00.000Z",
        disabledUntil: "2031-03-04T14:10:00.000Z",
      });
      const heraldLater = { ...herald, itemsSeen: 20, lastPolledAt: "2031-03-04T09:10:00.000Z" };

      // Act
      const missing = await store.getFeedState(herald.feedUrl);
      await store.putFeedState(herald);
      await store.putFeedState(valley);
      await store.putFeedState(heraldLater);
      const listed = await store.listFeedStates();

      // Assess
      expect(missing).toBeNull();
      expect(await store.getFeedState(herald.feedUrl)).toStrictEqual(heraldLater);
      expect(listed.filter((s) => !s.feedUrl.startsWith("https://long.example"))).toStrictEqual([
        heraldLater,
        valley,
      ]);
    });
  });

  it("names the operation, table and item when DynamoDB rejects a request", async () => {
    // Prepare
    const misconfigured = new DynamoDbStore(dynamo.client, "no-such-table");

    // Act
    const [storing, querying] = await Promise.allSettled([
      misconfigured.recordFindings({ statements: [figure({ id: "fig-lost" })], alerts: [] }),
      misconfigured.queryStatements({ topic: "harbour-fire" }),
    ]);

    // Assess
    expect(storing).toMatchObject({
      status: "rejected",
      reason: expect.objectContaining({
        message: expect.stringMatching(
          /^DynamoDB storing 1 statements and 0 alerts \(topic harbour-fire\) in table no-such-table failed: ResourceNotFoundException/,
        ),
      }),
    });
    expect(querying).toMatchObject({
      status: "rejected",
      reason: expect.objectContaining({
        message: expect.stringMatching(/querying statements of topic harbour-fire in table no-such-table/),
      }),
    });
  });

  describe("keys longer than DynamoDB allows", () => {
    it("shortens long keys with a hash suffix, deterministically and within the limit", () => {
      // Prepare
      const sharedHead = longUrl(3000, "");
      const keys = [`ARTICLE#${sharedHead}one`, `ARTICLE#${sharedHead}two`];

      // Act
      const bounded = keys.map(boundedKey);

      // Assess
      for (const key of bounded) expect(Buffer.byteLength(key)).toBeLessThanOrEqual(MAX_KEY_BYTES);
      expect(bounded[0]).not.toBe(bounded[1]);
      expect(bounded[0]).toMatch(/^ARTICLE#https:\/\/long\.example\/ü+#sha256:[0-9a-f]{64}$/);
      expect(boundedKey(keys[0] as string)).toBe(bounded[0]);
      expect(boundedKey("ARTICLE#https://short.example/")).toBe("ARTICLE#https://short.example/");
    });

    it("stores articles, GUID markers and feed states with very long URLs and GUIDs", async () => {
      // Prepare
      const first = article({ url: longUrl(3000, "first"), guid: `urn:guid:${"g".repeat(2500)}:1` });
      const second = article({ url: longUrl(3000, "second"), guid: `urn:guid:${"g".repeat(2500)}:2` });
      const state = feedState({ feedUrl: longUrl(2500, "feed.xml") });

      // Act
      await store.putArticles([first]);
      await store.putFeedState(state);

      // Assess
      expect(await store.getArticle(first.url)).toStrictEqual(first);
      expect(await store.getArticle(second.url)).toBeNull();
      expect(await store.isProcessed(first.guid, "https://elsewhere.example/")).toBe(true);
      expect(await store.isProcessed(second.guid, second.url)).toBe(false);
      expect(await store.getFeedState(state.feedUrl)).toStrictEqual(state);
    });

    it("stores statements and alerts of an outlet with a very long name", async () => {
      // Prepare
      const outlet = `The ${"Very ".repeat(400)}Long Gazette`;
      const statement = figure({ topic: "long-outlet", outlet, url: longUrl(3000, "story") });
      const longAlert = alert({ topic: "long-outlet", outlet, current: statement, previous: null });

      // Act
      const recorded = await store.recordFindings({ statements: [statement], alerts: [longAlert] });

      // Assess
      expect(await store.queryStatements({ topic: "long-outlet", outlet })).toStrictEqual([statement]);
      expect(recorded).toStrictEqual([longAlert]);
      expect(await store.listAlerts({ topic: "long-outlet" })).toStrictEqual([longAlert]);
    });
  });
});
