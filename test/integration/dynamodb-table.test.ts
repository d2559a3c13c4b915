import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CreateTableCommand, DescribeTableCommand } from "@aws-sdk/client-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DynamoDbStore } from "../../lambdas/adapters/dynamodb/dynamodb-store";
import { ensureTable } from "../../lambdas/adapters/dynamodb/table-schema";
import type { Alert, ArticleRecord, FeedState, FigureStatement } from "../../lambdas/core/model";
import { enterOpeningGate, startDynalite } from "../../lambdas/local/dynalite-server";
import { startTestDynalite, type TestDynalite } from "./helpers/dynalite";

const statement: FigureStatement = {
  id: "persisted-1",
  kind: "figure",
  topic: "bridge-closure",
  outlet: "Riverside Courier",
  url: "https://courier.example/bridge",
  title: "Old bridge closed after inspection",
  publishedAt: "2031-05-10T06:00:00.000Z",
  sentence: "About 4,000 commuters a day will need another route.",
  inHeadline: false,
  measure: "commuters",
  term: "commuters",
  low: 4000,
  high: 4000,
  qualifier: "approx",
  source: null,
};

const pendingAlert: Alert = {
  id: "persisted-alert",
  topic: "bridge-closure",
  kind: "figure",
  change: "new-measure",
  severity: "low",
  outlet: statement.outlet,
  url: statement.url,
  publishedAt: statement.publishedAt,
  measure: "commuters",
  current: statement,
  previous: null,
  summary: "Riverside Courier reports about 4,000 commuters affected.",
};

const record: ArticleRecord = {
  url: "https://courier.example/bridge",
  guid: "courier-881",
  feedUrl: "https://courier.example/feed",
  outlet: "Riverside Courier",
  title: "Old bridge closed after inspection",
  publishedAt: "2031-05-10T06:00:00.000Z",
  textSha256: "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0",
  excerpt: "The old bridge was closed on Monday.",
  method: "readability",
  fallbackReason: null,
  topics: ["bridge-closure"],
  statementCount: 1,
  processedAt: "2031-05-10T06:02:00.000Z",
  status: "processed",
  error: null,
};

const feedState: FeedState = {
  feedUrl: "https://courier.example/feed",
  etag: 'W/"55"',
  lastModified: null,
  lastPolledAt: "2031-05-10T06:01:00.000Z",
  lastSuccessAt: "2031-05-10T06:01:00.000Z",
  lastError: null,
  consecutiveFailures: 0,
  itemsSeen: 3,
  nextAttemptAt: null,
  disabledUntil: null,
};

describe("the newsdrift table on dynalite", () => {
  let dynamo: TestDynalite;

  beforeAll(async () => {
    dynamo = await startTestDynalite();
  });

  afterAll(async () => {
    await dynamo?.close();
  });

  it("creates the table with its keys and indexes, and accepts being ensured again", async () => {
    // Prepare
    const tableName = "ensured-twice";

    // Act
    await ensureTable(dynamo.client, tableName);
    await ensureTable(dynamo.client, tableName);
    const { Table } = await dynamo.client.send(new DescribeTableCommand({ TableName: tableName }));

    // Assess
    expect(Table?.TableStatus).toBe("ACTIVE");
    expect(Table?.BillingModeSummary?.BillingMode).toBe("PAY_PER_REQUEST");
    expect(Table?.KeySchema).toEqual([
      { AttributeName: "pk", KeyType: "HASH" },
      { AttributeName: "sk", KeyType: "RANGE" },
    ]);
    const indexes = Table?.GlobalSecondaryIndexes?.map((index) => ({
      name: index.IndexName,
      keys: index.KeySchema?.map((key) => key.AttributeName),
      projection: index.Projection?.ProjectionType,
    }));
    expect(indexes).toEqual(
      expect.arrayContaining([
        { name: "byOutlet", keys: ["gsi1pk", "gsi1sk"], projection: "ALL" },
        { name: "pendingAlerts", keys: ["pendingPk", "pendingSk"], projection: "ALL" },
      ]),
    );
    expect(indexes).toHaveLength(2);
  });

  it("tolerates several processes ensuring the same new table at once", async () => {
    // Prepare
    const tableName = "ensured-concurrently";

    // Act
    const ensuring = Promise.all([1, 2, 3].map(() => ensureTable(dynamo.client, tableName)));

    // Assess
    await expect(ensuring).resolves.toHaveLength(3);
    const { Table } = await dynamo.client.send(new DescribeTableCommand({ TableName: tableName }));
    expect(Table?.TableStatus).toBe("ACTIVE");
  });

  it("reports an existing table whose schema does not match", async () => {
    // Prepare
    const tableName = "someone-elses-table";
    await dynamo.client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: "PAY_PER_REQUEST",
        AttributeDefinitions: [
          { AttributeName: "pk", AttributeType: "S" },
          { AttributeName: "sk", AttributeType: "S" },
        ],
        KeySchema: [
          { AttributeName: "pk", KeyType: "HASH" },
          { AttributeName: "sk", KeyType: "RANGE" },
        ],
      }),
    );

    // Act
    const ensuring = ensureTable(dynamo.client, tableName);

    // Assess
    await expect(ensuring).rejects.toThrow(
      /someone-elses-table exists with an incompatible schema.*byOutlet/,
    );
  });
});

describe("dynalite with a data directory", () => {
  let dataDir: string;
  const started: TestDynalite[] = [];

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "newsdrift-restart-"));
  });

  afterAll(async () => {
    // Closing twice is harmless, so a failed test still leaves nothing running.
    for (const dynamo of started) await dynamo.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  async function start(): Promise<TestDynalite> {
    const dynamo = await startTestDynalite({ storage: { dataDir } });
    started.push(dynamo);
    return dynamo;
  }

  it("keeps statements, alerts, articles and feed states across a restart", async () => {
    // Prepare
    const first = await start();
    const writer = new DynamoDbStore(first.client, first.tableName);
    await writer.recordFindings({ statements: [statement], alerts: [] });
    await writer.recordFindings({ statements: [], alerts: [pendingAlert] });
    await writer.putArticles([record]);
    await writer.putFeedState(feedState);
    await first.close();

    // Act
    const second = await start();
    const reader = new DynamoDbStore(second.client, second.tableName);
    const statements = await reader.queryStatements({ topic: "bridge-closure" });
    const pending = await reader.pendingAlerts();
    const processed = await reader.isProcessed(record.guid, record.url);
    const article = await reader.getArticle(record.url);
    const feedStates = await reader.listFeedStates();
    await second.close();

    // Assess
    expect(statements).toStrictEqual([statement]);
    expect(pending).toStrictEqual([pendingAlert]);
    expect(processed).toBe(true);
    expect(article).toStrictEqual(record);
    expect(feedStates).toStrictEqual([feedState]);
  });

  it("waits while another process is opening the data directory, and starts once it is done", async () => {
    // Prepare: another process's opening gate, as between its lock probe and its store opening
    const gateDir = await mkdtemp(join(tmpdir(), "newsdrift-gate-"));
    const opener = spawn(process.execPath, ["-e", "setTimeout(() => {}, 10000)"]);
    await writeFile(join(gateDir, "dynamodb.opening"), String(opener.pid));
    let startedAt = 0;

    // Act
    const starting = startDynalite({ dataDir: gateDir }).then((server) => {
      startedAt = Date.now();
      return server;
    });
    await new Promise((resolve) => setTimeout(resolve, 400));
    const gateLeftAt = Date.now();
    await rm(join(gateDir, "dynamodb.opening"));
    const server = await starting;

    // Assess
    expect(startedAt).toBeGreaterThanOrEqual(gateLeftAt);
    await server.close();
    opener.kill();
    await rm(gateDir, { recursive: true, force: true });
  });

  it("clears an opening gate left by a process that has stopped", async () => {
    // Prepare
    const gateDir = await mkdtemp(join(tmpdir(), "newsdrift-gate-"));
    const stopped = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], {
      encoding: "utf8",
    });
    await writeFile(join(gateDir, "dynamodb.opening"), stopped.stdout);

    // Act
    const server = await startDynalite({ dataDir: gateDir });

    // Assess
    expect(existsSync(join(gateDir, "dynamodb.opening"))).toBe(false);
    await server.close();
    await rm(gateDir, { recursive: true, force: true });
  });

  it("lets one opener at a time past a gate left by a stopped process, however many race to clear it", async () => {
    // Prepare: a stale gate, and six openers that each hold the gate for a moment
    const gateDir = await mkdtemp(join(tmpdir(), "newsdrift-gate-"));
    const gatePath = join(gateDir, "dynamodb.opening");
    const stopped = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], {
      encoding: "utf8",
    });
    await writeFile(gatePath, stopped.stdout);
    let holding = 0;
    let mostAtOnce = 0;
    const open = async (_: unknown, index: number) => {
      // Staggered, so that some clear the stale gate while others have just read it.
      await new Promise((resolve) => setImmediate(resolve));
      for (let step = 0; step < index % 3; step++) await readFile(gatePath, "utf8").catch(() => "");
      const gate = await enterOpeningGate(gatePath);
      holding++;
      mostAtOnce = Math.max(mostAtOnce, holding);
      await new Promise((resolve) => setTimeout(resolve, 20));
      holding--;
      await gate.leave();
    };

    // Act
    await Promise.all(Array.from({ length: 30 }, open));

    // Assess
    expect(mostAtOnce).toBe(1);
    expect(existsSync(gatePath)).toBe(false);
    await rm(gateDir, { recursive: true, force: true });
  });

  it("refuses a second server on a data directory that is in use, and the first keeps working", async () => {
    // Prepare
    const running = await start();
    const store = new DynamoDbStore(running.client, running.tableName);

    // Act
    const second = startDynalite({ dataDir });

    // Assess
    await expect(second).rejects.toThrow(/dynamodb is in use by another process/);
    expect(await store.getArticle("https://courier.example/never")).toBeNull();
    await running.close();
  });
});
