// The bundles must run: synthesize with esbuild bundling, then load each function's bundle from the
// cloud assembly in a fresh Node process and invoke it with realistic events, against dynalite (via
// AWS_ENDPOINT_URL_DYNAMODB), a loopback news site, and wire-level SQS/SNS doubles. The config is the
// default one, so alerts settle for 10 minutes and the poller sends them; a copy of the article
// processor with `settleMinutes` 0 in its bundled config shows the at-once path.
import { existsSync } from "node:fs";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DynamoDBDocumentClient, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { Template } from "aws-cdk-lib/assertions";
import type { SQSEvent } from "aws-lambda";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureTable, PENDING_ALERTS_INDEX } from "../../lambdas/adapters/dynamodb/table-schema";
import { SMS_MAX_BYTES, SUBJECT_MAX_CHARS } from "../../lambdas/core/alerts/notification-text";
import { BUNDLED_CONFIG_FILE, ENV } from "../../lambdas/handlers/shared/contract";
import { startTestDynalite, type TestDynalite } from "../integration/helpers/dynalite";
import { runNode } from "../support/node-process";
import { buildTestApp } from "./helpers/app";
import {
  type AwsDouble,
  type CountingProxy,
  type SnsPublish,
  startAwsDouble,
  startCountingProxy,
} from "./helpers/aws-doubles";
import { type NewsSite, startNewsSite } from "./helpers/news-site";

const TOPIC = "lake-dam-breach";
const REGION = "us-east-1";
const ACCOUNT = "123456789012";
const TOPIC_ARN = `arn:aws:sns:${REGION}:${ACCOUNT}:newsdrift-alerts`;
const RUNNER = join(import.meta.dirname, "helpers", "invoke-bundle.mjs");
const SHIFT_CLOCK = join(import.meta.dirname, "helpers", "shift-clock.mjs");
const SETTLE_MINUTES = 10;
// A second table for the article processor deployed to send at once.
const AT_ONCE_TABLE = "newsdrift-at-once";

type BundleName = "Poller" | "FeedWorker" | "ArticleProcessor" | "ArticleProcessorAtOnce";

interface Invocation {
  readonly result: unknown;
  readonly durationMs: number;
}

interface BundleRun {
  readonly initMs: number;
  readonly invocations: Invocation[];
  /** Every JSON line the function wrote: Powertools logs and EMF metrics. */
  readonly logs: Record<string, unknown>[];
}

let workDir: string;
let site: NewsSite;
let dynalite: TestDynalite;
let proxy: CountingProxy;
let aws: AwsDouble;
const bundles = new Map<BundleName, string>();
const timings: Record<string, unknown> = {};

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), "newsdrift-bundles-"));
  [site, dynalite, aws] = await Promise.all([startNewsSite(), startTestDynalite(), startAwsDouble()]);
  proxy = await startCountingProxy(dynalite.endpoint);

  const config = JSON.parse(
    (await readFile(new URL("../fixtures/cdk/bundle.config.json", import.meta.url), "utf8")).replaceAll(
      "{{origin}}",
      site.origin,
    ),
  ) as { network: Record<string, unknown> };
  config.network.allowedPorts = [site.port];
  const configFile = join(workDir, "newsdrift.config.json");
  await writeFile(configFile, JSON.stringify(config));

  const outdir = join(workDir, "cdk.out");
  const { app, stateless } = await buildTestApp({ configFile, bundling: true, outdir });
  app.synth();
  const functions = Template.fromStack(stateless).findResources("AWS::Lambda::Function") as Record<
    string,
    { Properties: { Code: { S3Key: string } } }
  >;
  for (const name of ["Poller", "FeedWorker", "ArticleProcessor"] as const) {
    const [, fn] = Object.entries(functions).find(([id]) => id.startsWith(`${name}Function`)) ?? [];
    if (!fn) throw new Error(`no ${name} function in the template`);
    bundles.set(name, join(outdir, `asset.${fn.Properties.Code.S3Key.replace(/\.zip$/, "")}`));
  }
  // The same bundle deployed with another config: only its bundled config file differs.
  const atOnceDir = join(workDir, "article-processor-at-once");
  await cp(bundles.get("ArticleProcessor") as string, atOnceDir, { recursive: true });
  const bundledConfig = JSON.parse(await readFile(join(atOnceDir, BUNDLED_CONFIG_FILE), "utf8"));
  bundledConfig.alerts.settleMinutes = 0;
  await writeFile(join(atOnceDir, BUNDLED_CONFIG_FILE), JSON.stringify(bundledConfig));
  bundles.set("ArticleProcessorAtOnce", atOnceDir);
  await ensureTable(dynalite.client, AT_ONCE_TABLE);
}, 120_000);

afterAll(async () => {
  console.info(`bundle measurements: ${JSON.stringify(timings)}`);
  await Promise.all([site?.close(), proxy?.close(), aws?.close()]);
  await dynalite?.close();
  await rm(workDir, { recursive: true, force: true });
});

function queueUrl(name: string): string {
  return `${aws.endpoint}/${ACCOUNT}/${name}`;
}

interface RunOptions {
  /** Runs the bundle as if this many minutes later (a later scheduled tick). */
  readonly minutesLater?: number;
  readonly tableName?: string;
}

async function runBundle(name: BundleName, events: unknown[], options: RunOptions = {}): Promise<BundleRun> {
  const bundleDir = bundles.get(name) as string;
  const eventsFile = join(workDir, `${name}-${Date.now()}.json`);
  await writeFile(eventsFile, JSON.stringify(events));
  const env = {
    PATH: process.env.PATH,
    AWS_REGION: REGION,
    AWS_LAMBDA_FUNCTION_NAME: `newsdrift-${name}`,
    LAMBDA_TASK_ROOT: bundleDir,
    AWS_ACCESS_KEY_ID: "test",
    AWS_SECRET_ACCESS_KEY: "test",
    AWS_ENDPOINT_URL_DYNAMODB: proxy.endpoint,
    AWS_ENDPOINT_URL_SQS: aws.endpoint,
    AWS_ENDPOINT_URL_SNS: aws.endpoint,
    NODE_OPTIONS: "--enable-source-maps",
    CLOCK_OFFSET_MS: String((options.minutesLater ?? 0) * 60_000),
    [ENV.tableName]: options.tableName ?? dynalite.tableName,
    [ENV.alertTopicArn]: TOPIC_ARN,
    [ENV.feedQueueUrl]: queueUrl("feeds"),
    [ENV.itemQueueUrl]: queueUrl("items"),
  };
  const preload = options.minutesLater ? ["--import", SHIFT_CLOCK] : [];
  const { code, stdout, stderr } = await runNode([...preload, RUNNER, bundleDir, eventsFile], {
    env,
    cwd: workDir,
  });
  if (code !== 0) throw new Error(`${name} bundle exited with ${code}:\n${stderr}\n${stdout}`);
  const lines = stdout.split("\n").filter((line) => line.startsWith("{"));
  const outcome = JSON.parse(lines.at(-1) as string) as Omit<BundleRun, "logs">;
  return { ...outcome, logs: lines.slice(0, -1).map((line) => JSON.parse(line) as Record<string, unknown>) };
}

function sqsEvent(queue: string, bodies: readonly string[]): SQSEvent {
  return {
    Records: bodies.map((body, index) => ({
      messageId: `00000000-0000-4000-8000-${String(index).padStart(12, "0")}`,
      receiptHandle: `receipt-${index}`,
      body,
      attributes: {
        ApproximateReceiveCount: "1",
        SentTimestamp: "1933238400000",
        SenderId: "AIDAEXAMPLE",
        ApproximateFirstReceiveTimestamp: "1933238400001",
      },
      messageAttributes: {},
      md5OfBody: "",
      eventSource: "aws:sqs",
      eventSourceARN: `arn:aws:sqs:${REGION}:${ACCOUNT}:${queue}`,
      awsRegion: REGION,
    })),
  };
}

function batchesTo(queue: string): string[] {
  return aws.sqsBatches
    .filter((batch) => batch.queueUrl === queueUrl(queue))
    .flatMap((batch) => batch.bodies);
}

async function queryTable(
  pk: string,
  skPrefix: string,
  indexName?: string,
  tableName = dynalite.tableName,
): Promise<Record<string, unknown>[]> {
  const [pkName, skName] = indexName
    ? [PENDING_ALERTS_INDEX.partitionKey.name, PENDING_ALERTS_INDEX.sortKey.name]
    : ["pk", "sk"];
  const { Items = [] } = await DynamoDBDocumentClient.from(dynalite.client).send(
    new QueryCommand({
      TableName: tableName,
      IndexName: indexName,
      KeyConditionExpression: "#pk = :pk AND begins_with(#sk, :sk)",
      ExpressionAttributeNames: { "#pk": pkName, "#sk": skName },
      ExpressionAttributeValues: { ":pk": pk, ":sk": skPrefix },
    }),
  );
  return Items;
}

function dynamoOperations(): Record<string, number> {
  const counts = Object.fromEntries(proxy.counts);
  proxy.counts.clear();
  return counts;
}

describe("function bundles", () => {
  it("ship the config file without subscribers, and jsdom only with the article processor, its worker file beside it", async () => {
    // Prepare
    const read = async (name: "Poller" | "FeedWorker" | "ArticleProcessor") =>
      readFile(join(bundles.get(name) as string, "index.js"), "utf8");

    // Act
    const [poller, feedWorker, processor] = await Promise.all([
      read("Poller"),
      read("FeedWorker"),
      read("ArticleProcessor"),
    ]);

    // Assess
    for (const dir of bundles.values()) {
      const bundledConfig = await readFile(join(dir, BUNDLED_CONFIG_FILE), "utf8");
      expect(bundledConfig).toContain(TOPIC);
      expect(bundledConfig).not.toMatch(/desk@example\.org|\+15555550100/);
      expect(existsSync(join(dir, "index.js.map"))).toBe(true);
    }
    expect(processor).toContain("xhr-sync-worker.js");
    expect(existsSync(join(bundles.get("ArticleProcessor") as string, "xhr-sync-worker.js"))).toBe(true);
    for (const bundle of [poller, feedWorker]) {
      expect(bundle).not.toContain("xhr-sync-worker.js");
      expect(bundle).not.toContain("@mozilla/readability");
    }
  });

  it("poller: enqueues every due feed", async () => {
    // Prepare
    dynamoOperations();

    // Act
    const run = await runBundle("Poller", [{}]);

    // Assess
    expect(run.invocations[0]?.result).toEqual({ feedsDue: 2, alertsDelivered: 0, alertDeliveryFailures: 0 });
    expect(batchesTo("feeds").map((body) => JSON.parse(body))).toEqual([
      { feedUrl: `${site.origin}/wire/rss.xml` },
      { feedUrl: `${site.origin}/daily/rss.xml` },
    ]);
    expect(run.logs.some((log) => log.message === "feeds enqueued" && log.level === "INFO")).toBe(true);
    timings.poller = {
      initMs: run.initMs,
      invokeMs: run.invocations[0]?.durationMs,
      dynamodb: dynamoOperations(),
    };
  });

  it("feed worker: fetches and parses each feed, enqueues its new items, commits the feed state", async () => {
    // Prepare
    const event = sqsEvent("feeds", batchesTo("feeds"));

    // Act
    const run = await runBundle("FeedWorker", [event]);

    // Assess
    expect(run.invocations[0]?.result).toEqual({ batchItemFailures: [] });
    const items = batchesTo("items").map((body) => JSON.parse(body) as { url: string; outlet: string });
    expect(items.map((item) => [item.outlet, item.url])).toEqual(
      expect.arrayContaining([
        ["Example Wire", `${site.origin}/wire/2031/04/02/varn-dam-evacuation.html`],
        ["Example Daily", `${site.origin}/daily/world/varn-dam-evacuation-smaller.html`],
      ]),
    );
    expect(items).toHaveLength(2);
    const states = await queryTable("FEEDS", "FEED#");
    expect(
      states.map((state) => [state.feedUrl, state.consecutiveFailures, typeof state.lastSuccessAt]),
    ).toEqual(
      expect.arrayContaining([
        [`${site.origin}/wire/rss.xml`, 0, "string"],
        [`${site.origin}/daily/rss.xml`, 0, "string"],
      ]),
    );
    const polled = run.logs.filter((log) => log.message === "feed polled");
    expect(polled.map((log) => [log.outlet, log.url, log.status])).toEqual(
      expect.arrayContaining([["Example Wire", `${site.origin}/wire/rss.xml`, "ok"]]),
    );
    timings.feedWorker = {
      initMs: run.initMs,
      invokeMsFor2Feeds: run.invocations[0]?.durationMs,
      dynamodb: dynamoOperations(),
    };
  });

  it("article processor: stores the statements and holds their alerts pending until they settle", async () => {
    // Prepare
    // Oldest first, one message per invocation: the second invocation shows a warm function's time.
    const events = itemsOldestFirst().map((item) => sqsEvent("items", [item]));

    // Act
    const run = await runBundle("ArticleProcessor", events);

    // Assess
    expect(run.invocations.map((invocation) => invocation.result)).toEqual([
      { batchItemFailures: [] },
      { batchItemFailures: [] },
    ]);
    const statements = await queryTable(`TOPIC#${TOPIC}`, "STMT#");
    expect(statements.filter((s) => s.kind === "figure").map((s) => [s.outlet, s.measure, s.low])).toEqual([
      ["Example Wire", "evacuated", 1200],
      ["Example Daily", "evacuated", 300],
    ]);
    const alerts = await queryTable(`TOPIC#${TOPIC}`, "ALERT#");
    expect(alerts.length).toBeGreaterThan(0);
    expect(await queryTable("PENDING", "", PENDING_ALERTS_INDEX.indexName)).toHaveLength(alerts.length);
    expect(aws.snsPublishes).toEqual([]);
    expect(run.logs.some((log) => JSON.stringify(log).includes('"ArticlesProcessed"'))).toBe(true);
    timings.articleProcessor = {
      initMs: run.initMs,
      invokeMsPerArticle: run.invocations.map((invocation) => invocation.durationMs),
      dynamodbFor2Articles: dynamoOperations(),
      statements: statements.length,
      alerts: alerts.length,
    };
  });

  it("article processor: a redelivered message is recognised and records nothing twice", async () => {
    // Prepare
    const alertsBefore = await queryTable(`TOPIC#${TOPIC}`, "ALERT#");
    const event = sqsEvent("items", batchesTo("items"));

    // Act
    const run = await runBundle("ArticleProcessor", [event, event]);

    // Assess
    expect(run.invocations.map((invocation) => invocation.result)).toEqual([
      { batchItemFailures: [] },
      { batchItemFailures: [] },
    ]);
    expect(run.logs.filter((log) => log.message === "article processed").map((log) => log.status)).toEqual([
      "duplicate",
      "duplicate",
      "duplicate",
      "duplicate",
    ]);
    expect(await queryTable(`TOPIC#${TOPIC}`, "ALERT#")).toEqual(alertsBefore);
    expect(aws.snsPublishes).toEqual([]);
    timings.articleProcessorDuplicate = {
      warmInvokeMsFor2Duplicates: run.invocations[1]?.durationMs,
      dynamodbFor4Duplicates: dynamoOperations(),
    };
  });

  it("poller: a tick before the alerts have settled sends none of them", async () => {
    // Prepare
    const pendingBefore = await queryTable("PENDING", "", PENDING_ALERTS_INDEX.indexName);

    // Act
    const run = await runBundle("Poller", [{}], { minutesLater: SETTLE_MINUTES / 2 });

    // Assess
    expect(run.invocations[0]?.result).toEqual({ feedsDue: 2, alertsDelivered: 0, alertDeliveryFailures: 0 });
    expect(aws.snsPublishes).toEqual([]);
    expect(await queryTable("PENDING", "", PENDING_ALERTS_INDEX.indexName)).toEqual(pendingBefore);
    dynamoOperations();
  });

  it("poller: the first tick after they settle publishes each alert once, in every protocol's words", async () => {
    // Prepare
    const alerts = await queryTable(`TOPIC#${TOPIC}`, "ALERT#");

    // Act
    const run = await runBundle("Poller", [{}], { minutesLater: SETTLE_MINUTES + 1 });

    // Assess
    expect(run.invocations[0]?.result).toEqual({
      feedsDue: 2,
      alertsDelivered: alerts.length,
      alertDeliveryFailures: 0,
    });
    expect(await queryTable("PENDING", "", PENDING_ALERTS_INDEX.indexName)).toEqual([]);
    expectPublishedInEveryProtocol(aws.snsPublishes, alerts.length);
    const published = run.logs.filter((log) => log.message === "alert published");
    expect(published).toHaveLength(alerts.length);
    expect(published.every((log) => log.topic === TOPIC && log.outlet && log.url)).toBe(true);
    expect(await queryTable("idempotency#alert-delivery", "alert#")).toHaveLength(alerts.length);
    timings.pollerSendingSettledAlerts = {
      invokeMs: run.invocations[0]?.durationMs,
      alerts: alerts.length,
      dynamodb: dynamoOperations(),
    };
  });

  it("poller: a later tick finds no alert left pending to re-send", async () => {
    // Prepare
    const publishedBefore = aws.snsPublishes.length;

    // Act
    const run = await runBundle("Poller", [{}], { minutesLater: SETTLE_MINUTES + 6 });

    // Assess
    expect(run.invocations[0]?.result).toEqual({ feedsDue: 2, alertsDelivered: 0, alertDeliveryFailures: 0 });
    expect(aws.snsPublishes).toHaveLength(publishedBefore);
    dynamoOperations();
  });

  it("article processor with settleMinutes 0: publishes each alert as it records it", async () => {
    // Prepare
    const publishedBefore = aws.snsPublishes.length;
    const events = itemsOldestFirst().map((item) => sqsEvent("items", [item]));

    // Act
    const run = await runBundle("ArticleProcessorAtOnce", events, { tableName: AT_ONCE_TABLE });

    // Assess
    expect(run.invocations.map((invocation) => invocation.result)).toEqual([
      { batchItemFailures: [] },
      { batchItemFailures: [] },
    ]);
    const alerts = await queryTable(`TOPIC#${TOPIC}`, "ALERT#", undefined, AT_ONCE_TABLE);
    expect(alerts.length).toBeGreaterThan(0);
    expect(await queryTable("PENDING", "", PENDING_ALERTS_INDEX.indexName, AT_ONCE_TABLE)).toEqual([]);
    expectPublishedInEveryProtocol(aws.snsPublishes.slice(publishedBefore), alerts.length);
    expect(run.logs.filter((log) => log.message === "alert published")).toHaveLength(alerts.length);
    timings.articleProcessorAtOnce = {
      invokeMsPerArticle: run.invocations.map((invocation) => invocation.durationMs),
      dynamodbFor2Articles: dynamoOperations(),
    };
  });
});

function itemsOldestFirst(): string[] {
  return batchesTo("items").sort((a, b) => (JSON.parse(a).publishedAt < JSON.parse(b).publishedAt ? -1 : 1));
}

/** The publishes carry email, SMS and default words within their limits, and the filter attributes. */
function expectPublishedInEveryProtocol(publishes: readonly SnsPublish[], count: number): void {
  expect(publishes).toHaveLength(count);
  for (const publish of publishes) {
    const message = JSON.parse(publish.message) as Record<string, string>;
    expect(publish.topicArn).toBe(TOPIC_ARN);
    expect(publish.messageStructure).toBe("json");
    expect(Object.keys(message).sort()).toEqual(["default", "email", "sms"]);
    expect(Buffer.byteLength(message.sms as string)).toBeLessThanOrEqual(SMS_MAX_BYTES);
    expect(publish.subject.length).toBeLessThanOrEqual(SUBJECT_MAX_CHARS);
    expect(publish.subject).toMatch(/^[\x20-\x7e]+$/);
    expect(Object.keys(publish.attributes).sort()).toEqual(["kind", "outlet", "severity", "topic"]);
    expect(publish.attributes.topic).toBe(TOPIC);
  }
  const contradiction = publishes.find((publish) => publish.attributes.outlet === "Example Daily");
  const email = JSON.parse(contradiction?.message ?? "{}").email as string;
  expect(email).toContain("Now: Example Daily, published 2031-04-03");
  expect(email).toContain("Before: Example Wire, published 2031-04-02");
  expect(email).toContain(`${site.origin}/wire/2031/04/02/varn-dam-evacuation.html`);
}
