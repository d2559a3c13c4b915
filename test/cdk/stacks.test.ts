import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Match, Template } from "aws-cdk-lib/assertions";
import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  GLOBAL_INDEXES,
  PARTITION_KEY,
  PENDING_ALERTS_INDEX,
  SORT_KEY,
  TTL_ATTRIBUTE,
} from "../../lambdas/adapters/dynamodb/table-schema";
import { ConfigError, parseConfig } from "../../lambdas/core/config";
import { loadDeployConfig, parseBooleanContext, writeFunctionConfig } from "../../lib/deploy-config";
import { MAX_WRITE_REQUEST_UNITS } from "../../lib/stateful-stack";
import { MAX_CONCURRENCY, SCHEDULE_RETRY_ATTEMPTS, TABLE_ACTIONS } from "../../lib/stateless-stack";
import { buildTestApp, FIXTURE_CONFIG } from "./helpers/app";

type Resource = { Type: string; Properties: Record<string, unknown>; DeletionPolicy?: string };

let stateful: Template;
let stateless: Template;
let tempDir: string;

beforeAll(async () => {
  const stacks = await buildTestApp();
  stateful = Template.fromStack(stacks.stateful);
  stateless = Template.fromStack(stacks.stateless);
  tempDir = await mkdtemp(join(tmpdir(), "newsdrift-cdk-"));
});

afterAll(async () => {
  await rm(tempDir, { recursive: true, force: true });
});

async function writeConfig(name: string, change: (raw: Record<string, unknown>) => void): Promise<string> {
  const raw = JSON.parse(await readFile(FIXTURE_CONFIG, "utf8")) as Record<string, unknown>;
  change(raw);
  const path = join(tempDir, name);
  await writeFile(path, JSON.stringify(raw));
  return path;
}

function catchMessage(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected an error");
}

function resourcesOf(template: Template, type: string): Record<string, Resource> {
  return template.findResources(type) as Record<string, Resource>;
}

describe("stateful stack", () => {
  it("builds the table from the pipeline's schema module, retained, with PITR, TTL and a write cap", () => {
    // Prepare
    const expectedIndexes = GLOBAL_INDEXES.map((index) => ({
      IndexName: index.indexName,
      KeySchema: [
        { AttributeName: index.partitionKey.name, KeyType: "HASH" },
        { AttributeName: index.sortKey.name, KeyType: "RANGE" },
      ],
      Projection: { ProjectionType: "ALL" },
    }));

    // Act
    const tables = resourcesOf(stateful, "AWS::DynamoDB::GlobalTable");

    // Assess
    expect(Object.keys(tables)).toHaveLength(1);
    stateful.hasResource("AWS::DynamoDB::GlobalTable", {
      DeletionPolicy: "Retain",
      UpdateReplacePolicy: "Retain",
      Properties: Match.objectLike({
        KeySchema: [
          { AttributeName: PARTITION_KEY.name, KeyType: "HASH" },
          { AttributeName: SORT_KEY.name, KeyType: "RANGE" },
        ],
        GlobalSecondaryIndexes: expectedIndexes,
        BillingMode: "PAY_PER_REQUEST",
        WriteOnDemandThroughputSettings: { MaxWriteRequestUnits: MAX_WRITE_REQUEST_UNITS },
        TimeToLiveSpecification: { AttributeName: TTL_ATTRIBUTE, Enabled: true },
        Replicas: [
          Match.objectLike({
            PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
            DeletionProtectionEnabled: true,
          }),
        ],
      }),
    });
  });

  it("turns deletion protection off when asked", async () => {
    // Prepare
    const stacks = await buildTestApp({ deletionProtection: false });

    // Act
    const template = Template.fromStack(stacks.stateful);

    // Assess
    template.hasResourceProperties("AWS::DynamoDB::GlobalTable", {
      Replicas: [Match.objectLike({ DeletionProtectionEnabled: false })],
    });
  });

  it("has one retained standard topic that refuses unencrypted publishing", () => {
    // Prepare
    const topics = resourcesOf(stateful, "AWS::SNS::Topic");

    // Act
    const [topic] = Object.values(topics);

    // Assess
    expect(Object.keys(topics)).toHaveLength(1);
    expect(topic?.DeletionPolicy).toBe("Retain");
    expect(topic?.Properties?.FifoTopic).toBeUndefined();
    stateful.hasResourceProperties("AWS::SNS::TopicPolicy", {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: "Deny", Condition: { Bool: { "aws:SecureTransport": "false" } } }),
        ]),
      },
    });
  });

  it("subscribes every configured email, and SMS numbers with a severity filter from smsMinSeverity", () => {
    // Prepare
    const subscriptions = Object.values(resourcesOf(stateful, "AWS::SNS::Subscription"));

    // Act
    const byProtocol = (protocol: string) => subscriptions.filter((s) => s.Properties.Protocol === protocol);

    // Assess
    expect(byProtocol("email").map((s) => s.Properties.Endpoint)).toEqual([
      "desk@example.org",
      "editor@example.org",
    ]);
    expect(byProtocol("email").every((s) => s.Properties.FilterPolicy === undefined)).toBe(true);
    expect(byProtocol("sms").map((s) => [s.Properties.Endpoint, s.Properties.FilterPolicy])).toEqual([
      ["+15555550100", { severity: ["medium", "high"] }],
    ]);
  });

  it("sends SMS for high severity only by default", async () => {
    // Prepare
    const configFile = await writeConfig("default-sms.json", (raw) => {
      raw.alerts = { sms: ["+15555550123"] };
    });

    // Act
    const template = Template.fromStack((await buildTestApp({ configFile })).stateful);

    // Assess
    template.hasResourceProperties("AWS::SNS::Subscription", {
      Protocol: "sms",
      Endpoint: "+15555550123",
      FilterPolicy: { severity: ["high"] },
    });
    template.resourceCountIs("AWS::SNS::Subscription", 1);
  });
});

describe("stateless stack", () => {
  const functionTimeouts = (): Map<string, number> =>
    new Map(
      Object.entries(resourcesOf(stateless, "AWS::Lambda::Function")).map(([id, fn]) => [
        id,
        fn.Properties.Timeout as number,
      ]),
    );

  it("runs three Node 24 arm64 functions, each with its own log group with retention", () => {
    // Prepare
    const functions = Object.values(resourcesOf(stateless, "AWS::Lambda::Function"));
    const logGroups = resourcesOf(stateless, "AWS::Logs::LogGroup");

    // Act
    const logGroupIds = functions.map(
      (fn) => (fn.Properties.LoggingConfig as { LogGroup: { Ref: string } }).LogGroup.Ref,
    );

    // Assess
    expect(functions).toHaveLength(3);
    for (const fn of functions) {
      expect(fn.Properties).toMatchObject({
        Runtime: "nodejs24.x",
        Architectures: ["arm64"],
        Handler: "index.handler",
      });
    }
    expect(new Set(logGroupIds).size).toBe(3);
    for (const id of logGroupIds) expect(logGroups[id]?.Properties.RetentionInDays).toBe(30);
  });

  it("gives each work queue a dead-letter queue and a visibility timeout of six function timeouts", () => {
    // Prepare
    const queues = resourcesOf(stateless, "AWS::SQS::Queue");
    const timeouts = functionTimeouts();
    const mappings = Object.values(resourcesOf(stateless, "AWS::Lambda::EventSourceMapping"));

    // Act
    const pairs = mappings.map((mapping) => {
      const queueId = (mapping.Properties.EventSourceArn as { "Fn::GetAtt": [string, string] })[
        "Fn::GetAtt"
      ][0];
      const functionId = (mapping.Properties.FunctionName as { Ref: string }).Ref;
      return { mapping, queue: queues[queueId] as Resource, timeout: timeouts.get(functionId) as number };
    });

    // Assess
    expect(pairs).toHaveLength(2);
    for (const { mapping, queue, timeout } of pairs) {
      const redrive = queue.Properties.RedrivePolicy as {
        maxReceiveCount: number;
        deadLetterTargetArn: unknown;
      };
      expect(redrive.maxReceiveCount).toBeGreaterThanOrEqual(3);
      expect(redrive.maxReceiveCount).toBeLessThanOrEqual(5);
      expect(queue.Properties.VisibilityTimeout).toBeGreaterThanOrEqual(6 * timeout);
      expect(mapping.Properties).toMatchObject({
        FunctionResponseTypes: ["ReportBatchItemFailures"],
        ScalingConfig: { MaximumConcurrency: MAX_CONCURRENCY },
      });
    }
    expect(Object.keys(queues)).toHaveLength(4);
  });

  it("invokes the poller on the configured interval with a bounded retry policy", () => {
    // Prepare
    const functions = resourcesOf(stateless, "AWS::Lambda::Function");
    const pollerId = Object.keys(functions).find((id) => id.startsWith("Poller"));

    // Act
    const schedules = Object.values(resourcesOf(stateless, "AWS::Scheduler::Schedule"));

    // Assess
    expect(schedules).toHaveLength(1);
    expect(schedules[0]?.Properties).toMatchObject({
      ScheduleExpression: "rate(5 minutes)",
      State: "ENABLED",
      Target: {
        Arn: { "Fn::GetAtt": [pollerId, "Arn"] },
        RetryPolicy: { MaximumRetryAttempts: SCHEDULE_RETRY_ATTEMPTS, MaximumEventAgeInSeconds: 300 },
      },
    });
  });

  it("scopes IAM to the table, the pending-alerts index, the queues, the topic and the log groups", () => {
    // Prepare
    const statements = Object.values(resourcesOf(stateless, "AWS::IAM::Policy")).flatMap(
      (policy) =>
        (
          policy.Properties.PolicyDocument as {
            Statement: { Action: string | string[]; Resource: unknown }[];
          }
        ).Statement,
    );
    const tableArn = { "Fn::ImportValue": Match.stringLikeRegexp("^NewsdriftStateful:.*TableCD117FA1Arn") };
    const pendingIndexArn = {
      "Fn::Join": ["", [tableArn, `/index/${PENDING_ALERTS_INDEX.indexName}`]],
    };

    // Act
    const dynamoStatements = statements.filter((s) =>
      [s.Action].flat().some((a) => a.startsWith("dynamodb:")),
    );

    // Assess
    expect(JSON.stringify(statements)).not.toMatch(/"Resource":"\*"|"Action":"[a-z0-9]+:\*"/);
    expect(dynamoStatements).toHaveLength(4);
    for (const statement of dynamoStatements) {
      const onTable = !Match.objectLike({ Resource: tableArn }).test(statement).hasFailed();
      const onPendingIndex = !Match.objectLike({ Resource: pendingIndexArn, Action: "dynamodb:Query" })
        .test(statement)
        .hasFailed();
      expect(onTable || onPendingIndex).toBe(true);
    }
    for (const statement of statements.filter((s) => [s.Action].flat().some((a) => a.startsWith("sqs:")))) {
      expect(statement.Resource).toMatchObject({
        "Fn::GetAtt": [expect.stringMatching(/^(Feed|Item)Queue/), "Arn"],
      });
    }
    for (const statement of statements.filter((s) => s.Action === "sns:Publish")) {
      expect(statement.Resource).toMatchObject({ "Fn::ImportValue": expect.stringMatching(/AlertTopic/) });
    }
  });

  it("allows every DynamoDB operation the store issues, and no more", async () => {
    // Prepare
    const source = await readFile(
      new URL("../../lambdas/adapters/dynamodb/dynamodb-store.ts", import.meta.url),
      "utf8",
    );
    const documentCommands = new Set(
      [...source.matchAll(/\b(?:new (\w+)Command\b|paginate(\w+)\()/g)].map((m) => (m[1] ?? m[2]) as string),
    );
    const itemActions: Record<string, string> = {
      Get: "GetItem",
      Put: "PutItem",
      Update: "UpdateItem",
      Delete: "DeleteItem",
      BatchGet: "BatchGetItem",
      BatchWrite: "BatchWriteItem",
      Query: "Query",
      Scan: "Scan",
      TransactGet: "TransactGetItems",
      TransactWrite: "TransactWriteItems",
    };
    // The Powertools idempotency layer gets, puts, updates and deletes its records.
    const idempotencyActions = ["GetItem", "PutItem", "UpdateItem", "DeleteItem"];

    // Act
    const needed = new Set([
      ...[...documentCommands].map((command) => itemActions[command] ?? `unknown command ${command}`),
      ...idempotencyActions,
    ]);

    // Assess
    expect(documentCommands.size).toBeGreaterThan(0);
    expect([...needed].map((action) => `dynamodb:${action}`).sort()).toEqual([...TABLE_ACTIONS].sort());
  });

  it("alarms on dead letters and function errors, notifying the alert topic, and has a dashboard", () => {
    // Prepare
    const alarms = Object.values(resourcesOf(stateless, "AWS::CloudWatch::Alarm"));

    // Act
    const metricNames = alarms.map((alarm) => alarm.Properties.MetricName).sort();

    // Assess
    expect(metricNames).toEqual([
      "ApproximateNumberOfMessagesVisible",
      "ApproximateNumberOfMessagesVisible",
      "Errors",
      "Errors",
      "Errors",
    ]);
    for (const alarm of alarms) {
      expect(alarm.Properties.AlarmActions).toEqual([
        { "Fn::ImportValue": expect.stringMatching(/AlertTopic/) },
      ]);
    }
    stateless.resourceCountIs("AWS::CloudWatch::Dashboard", 1);
  });
});

describe("synth-time checks", () => {
  it("passes cdk-nag AwsSolutions with no unacknowledged finding", async () => {
    // Prepare
    const { app } = await buildTestApp({ outdir: join(tempDir, "nag-clean") });

    // Act
    const assembly = app.synth();

    // Assess
    expect(assembly.stacks.map((stack) => stack.stackName).sort()).toEqual([
      "NewsdriftStateful",
      "NewsdriftStateless",
    ]);
  });

  it("fails synth on any cdk-nag finding", async () => {
    // Prepare
    const { app, stateless: stack } = await buildTestApp({ outdir: join(tempDir, "nag-finding") });
    stack.poller.role.addToPrincipalPolicy(
      new PolicyStatement({ actions: ["s3:GetObject"], resources: ["*"] }),
    );

    // Act
    const synth = () => app.synth();

    // Assess
    expect(synth).toThrow(/AwsSolutions-IAM5\[Resource::\*\]/);
  });

  it("reports config problems with the CLI's messages", async () => {
    // Prepare
    const configFile = await writeConfig("bad.json", (raw) => {
      raw.feeds = [{ url: "ftp://example.org/feed", outlet: "" }];
    });
    const raw: unknown = JSON.parse(await readFile(configFile, "utf8"));
    const cliMessage = catchMessage(() => parseConfig(raw, configFile));

    // Act
    const load = loadDeployConfig(configFile);

    // Assess
    await expect(load).rejects.toThrow(ConfigError);
    await expect(load).rejects.toThrow(cliMessage);
    expect(cliMessage).toContain("feeds[0].url: must be an http or https URL");
    expect(cliMessage).toContain("feeds[0].outlet: must not be empty");
  });

  it("refuses a poll interval the schedule cannot express", async () => {
    // Prepare
    const configFile = await writeConfig("fractional.json", (raw) => {
      raw.pollIntervalMinutes = 2.5;
    });

    // Act
    const load = loadDeployConfig(configFile);

    // Assess
    await expect(load).rejects.toThrow(/pollIntervalMinutes: must be a whole number of minutes on AWS/);
  });

  it("bundles the config into the functions without subscriptions, the same whoever subscribes", async () => {
    // Prepare
    const withOthers = await writeConfig("other-subscribers.json", (raw) => {
      raw.alerts = {
        ...(raw.alerts as object),
        email: ["night-desk@example.org"],
        sms: [],
        smsMinSeverity: "low",
      };
    });

    // Act
    const bundled = await readFile(writeFunctionConfig(FIXTURE_CONFIG, join(tempDir, "a")), "utf8");
    const bundledWithOthers = await readFile(writeFunctionConfig(withOthers, join(tempDir, "b")), "utf8");

    // Assess
    expect(bundledWithOthers).toBe(bundled);
    expect(bundled).not.toMatch(/@example\.org|\+1\d{10}|smsMinSeverity/);
    const config = await loadDeployConfig(join(tempDir, "a", "newsdrift.function-config.json"));
    expect(config.topics).toEqual((await loadDeployConfig(FIXTURE_CONFIG)).topics);
    expect(config.alerts.email).toEqual([]);
  });

  it("reads -c deletionProtection=false as a boolean and refuses anything else", () => {
    // Prepare
    const read = (value: unknown) => () => parseBooleanContext(value, "deletionProtection", true);

    // Act
    const values = [read("false")(), read(false)(), read("true")(), read(undefined)()];

    // Assess
    expect(values).toEqual([false, false, true, true]);
    expect(read("no")).toThrow('context deletionProtection must be true or false, got "no"');
  });

  it("makes `cdk synth` exit with the config error and no stack trace", async () => {
    // Prepare
    const configFile = await writeConfig("no-topics.json", (raw) => {
      raw.topics = [];
    });

    // Act
    const run = spawnSync("npx", ["tsx", "bin/app.ts"], {
      cwd: join(import.meta.dirname, "..", ".."),
      env: {
        ...process.env,
        CDK_CONTEXT_JSON: JSON.stringify({ config: configFile }),
        CDK_OUTDIR: join(tempDir, "cli"),
      },
      encoding: "utf8",
    });

    // Assess
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${configFile}: invalid config`);
    expect(run.stderr).toContain("topics: must list at least one topic");
    expect(run.stderr).not.toContain("    at ");
  });
});
