// Everything that can be deleted and rebuilt: the schedule, the three functions, their queues,
// alarms and the dashboard.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { CfnOutput, Duration, Stack, type StackProps } from "aws-cdk-lib";
import {
  Alarm,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  type IMetric,
  Metric,
  TreatMissingData,
} from "aws-cdk-lib/aws-cloudwatch";
import { SnsAction } from "aws-cdk-lib/aws-cloudwatch-actions";
import type { ITableV2 } from "aws-cdk-lib/aws-dynamodb";
import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import { SqsEventSource } from "aws-cdk-lib/aws-lambda-event-sources";
import { Schedule, ScheduleExpression } from "aws-cdk-lib/aws-scheduler";
import { LambdaInvoke } from "aws-cdk-lib/aws-scheduler-targets";
import type { ITopic } from "aws-cdk-lib/aws-sns";
import { Queue, QueueEncryption } from "aws-cdk-lib/aws-sqs";
import type { Construct } from "constructs";
import { PENDING_ALERTS_INDEX } from "../lambdas/adapters/dynamodb/table-schema";
import type { Config, NetworkConfig } from "../lambdas/core/config";
import { ENV, METRIC, METRICS_NAMESPACE, SERVICE_NAME } from "../lambdas/handlers/shared/contract";
import { type BundledFile, PipelineFunction } from "./pipeline-function";

const HANDLERS = join(dirname(fileURLToPath(import.meta.url)), "..", "lambdas", "handlers");

/**
 * The item operations DynamoDbStore and the Powertools idempotency layer issue, on the table only
 * (test/cdk checks this list against the store's source).
 */
export const TABLE_ACTIONS = [
  "dynamodb:GetItem",
  "dynamodb:BatchGetItem",
  "dynamodb:Query",
  "dynamodb:PutItem",
  "dynamodb:BatchWriteItem",
  "dynamodb:UpdateItem",
  "dynamodb:DeleteItem",
] as const;

/** Messages per invocation. */
export const FEED_BATCH_SIZE = 5;
export const ITEM_BATCH_SIZE = 5;
/** At most this many invocations per queue at once: with the per-host pause, a polite crawl. */
export const MAX_CONCURRENCY = 2;
/** Receives before a message moves to its dead-letter queue. */
export const MAX_RECEIVE_COUNT = 4;
/** AWS's advice for SQS event sources: a visibility timeout of at least six function timeouts. */
const VISIBILITY_TIMEOUT_FACTOR = 6;
/** Lambda's limit. */
const MAX_FUNCTION_SECONDS = 900;
/** Scheduler retries of a failed poller invocation; a later tick polls again anyway. */
export const SCHEDULE_RETRY_ATTEMPTS = 2;
const MAX_EVENT_AGE_SECONDS = 24 * 60 * 60;

export interface StatelessStackProps extends StackProps {
  readonly config: Config;
  /** The config file each function bundles: the validated one without subscriptions (writeFunctionConfig). */
  readonly configFile: string;
  readonly table: ITableV2;
  readonly alertTopic: ITopic;
}

export class StatelessStack extends Stack {
  readonly poller: PipelineFunction;
  readonly feedWorker: PipelineFunction;
  readonly articleProcessor: PipelineFunction;

  constructor(scope: Construct, id: string, props: StatelessStackProps) {
    super(scope, id, props);
    const { config, configFile, table, alertTopic } = props;
    const messageSeconds = messageBudgetSeconds(config.network);

    const feedWorkerTimeout = Duration.seconds(
      Math.min(MAX_FUNCTION_SECONDS, FEED_BATCH_SIZE * messageSeconds),
    );
    const articleTimeout = Duration.seconds(Math.min(MAX_FUNCTION_SECONDS, ITEM_BATCH_SIZE * messageSeconds));
    const feedQueue = this.queueWithDeadLetters("FeedQueue", feedWorkerTimeout);
    const itemQueue = this.queueWithDeadLetters("ItemQueue", articleTimeout);

    this.poller = new PipelineFunction(this, "Poller", {
      entry: join(HANDLERS, "poller.ts"),
      description: "newsdrift: enqueues the feeds that are due, re-sends pending alerts",
      memorySize: 256,
      timeout: Duration.minutes(1),
      configFile,
      environment: {
        [ENV.tableName]: table.tableName,
        [ENV.alertTopicArn]: alertTopic.topicArn,
        [ENV.feedQueueUrl]: feedQueue.queue.queueUrl,
      },
    });
    this.feedWorker = new PipelineFunction(this, "FeedWorker", {
      entry: join(HANDLERS, "feed-worker.ts"),
      description: "newsdrift: fetches and parses one feed, enqueues its new items",
      memorySize: 512,
      timeout: feedWorkerTimeout,
      configFile,
      environment: { [ENV.tableName]: table.tableName, [ENV.itemQueueUrl]: itemQueue.queue.queueUrl },
    });
    this.articleProcessor = new PipelineFunction(this, "ArticleProcessor", {
      entry: join(HANDLERS, "article-processor.ts"),
      description: "newsdrift: extracts an article and its statements, stores them, alerts",
      memorySize: 1024,
      timeout: articleTimeout,
      configFile,
      extraFiles: jsdomRuntimeFiles(),
      environment: { [ENV.tableName]: table.tableName, [ENV.alertTopicArn]: alertTopic.topicArn },
    });

    for (const fn of [this.poller, this.feedWorker, this.articleProcessor]) {
      fn.role.addToPrincipalPolicy(
        new PolicyStatement({ actions: [...TABLE_ACTIONS], resources: [table.tableArn] }),
      );
    }
    // Only the poller's outbox sweep reads an index; the outlet index is for people in the console.
    this.poller.role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ["dynamodb:Query"],
        resources: [`${table.tableArn}/index/${PENDING_ALERTS_INDEX.indexName}`],
      }),
    );
    feedQueue.queue.grantSendMessages(this.poller.function);
    itemQueue.queue.grantSendMessages(this.feedWorker.function);
    alertTopic.grantPublish(this.poller.function);
    alertTopic.grantPublish(this.articleProcessor.function);

    this.feedWorker.function.addEventSource(
      new SqsEventSource(feedQueue.queue, {
        batchSize: FEED_BATCH_SIZE,
        reportBatchItemFailures: true,
        maxConcurrency: MAX_CONCURRENCY,
      }),
    );
    this.articleProcessor.function.addEventSource(
      new SqsEventSource(itemQueue.queue, {
        batchSize: ITEM_BATCH_SIZE,
        reportBatchItemFailures: true,
        maxConcurrency: MAX_CONCURRENCY,
      }),
    );

    const interval = Duration.minutes(config.pollIntervalMinutes);
    new Schedule(this, "PollSchedule", {
      description: `newsdrift: polls due feeds every ${config.pollIntervalMinutes} minutes`,
      schedule: ScheduleExpression.rate(interval),
      target: new LambdaInvoke(this.poller.function, {
        retryAttempts: SCHEDULE_RETRY_ATTEMPTS,
        // A retry later than the next tick would only duplicate it (the Scheduler allows up to a day).
        maxEventAge: Duration.seconds(Math.min(interval.toSeconds(), MAX_EVENT_AGE_SECONDS)),
      }),
    });

    this.addOperations(
      alertTopic,
      [this.poller, this.feedWorker, this.articleProcessor],
      [feedQueue, itemQueue],
    );
  }

  private queueWithDeadLetters(id: string, functionTimeout: Duration): QueueWithDeadLetters {
    const deadLetters = new Queue(this, `${id}DeadLetters`, {
      retentionPeriod: Duration.days(14),
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
    });
    const queue = new Queue(this, id, {
      visibilityTimeout: Duration.seconds(functionTimeout.toSeconds() * VISIBILITY_TIMEOUT_FACTOR),
      retentionPeriod: Duration.days(4),
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      deadLetterQueue: { queue: deadLetters, maxReceiveCount: MAX_RECEIVE_COUNT },
    });
    return { id, queue, deadLetters };
  }

  private addOperations(
    alertTopic: ITopic,
    functions: readonly PipelineFunction[],
    queues: readonly QueueWithDeadLetters[],
  ): void {
    const notify = new SnsAction(alertTopic);
    for (const { id, deadLetters } of queues) {
      new Alarm(this, `${id}DeadLettersAlarm`, {
        alarmDescription: `newsdrift: messages in the ${id} dead-letter queue; inspect and redrive them`,
        metric: deadLetters.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }).addAlarmAction(notify);
    }
    for (const fn of functions) {
      new Alarm(this, `${fn.node.id}ErrorsAlarm`, {
        alarmDescription: `newsdrift: the ${fn.node.id} function failed; see its log group ${fn.logGroup.logGroupName}`,
        metric: fn.function.metricErrors({ period: Duration.minutes(5) }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }).addAlarmAction(notify);
    }

    const count = (name: string): IMetric =>
      new Metric({
        namespace: METRICS_NAMESPACE,
        metricName: name,
        dimensionsMap: { service: SERVICE_NAME },
        statistic: "Sum",
        period: Duration.minutes(5),
      });
    const width = 12;
    const dashboard = new Dashboard(this, "Dashboard", {
      defaultInterval: Duration.days(1),
      widgets: [
        [
          new GraphWidget({
            title: "Feeds",
            width,
            left: [METRIC.feedsDue, METRIC.feedsPolled, METRIC.feedsFailed, METRIC.itemsEnqueued].map(count),
          }),
          new GraphWidget({
            title: "Articles, statements, alerts",
            width,
            left: [METRIC.articlesProcessed, METRIC.articlesFailed, METRIC.statements, METRIC.alerts].map(
              count,
            ),
          }),
        ],
        [
          new GraphWidget({
            title: "Failures",
            width,
            left: [METRIC.recordFailures, METRIC.alertDeliveryFailures, METRIC.itemsDropped].map(count),
            right: functions.map((fn) => fn.function.metricErrors({ label: `${fn.node.id} errors` })),
          }),
          new GraphWidget({
            title: "Queues",
            width,
            left: queues.map(({ id, queue }) =>
              queue.metricApproximateAgeOfOldestMessage({ label: `${id} oldest (s)` }),
            ),
            right: queues.map(({ id, deadLetters }) =>
              deadLetters.metricApproximateNumberOfMessagesVisible({ label: `${id} dead letters` }),
            ),
          }),
        ],
        [
          new GraphWidget({
            title: "Duration (p90, ms)",
            width: 2 * width,
            left: functions.map((fn) =>
              fn.function.metricDuration({
                statistic: "p90",
                label: fn.node.id,
                period: Duration.minutes(5),
              }),
            ),
          }),
        ],
      ],
    });
    new CfnOutput(this, "DashboardName", {
      value: dashboard.dashboardName,
      description: "CloudWatch dashboard",
    });
  }
}

interface QueueWithDeadLetters {
  readonly id: string;
  readonly queue: Queue;
  readonly deadLetters: Queue;
}

/**
 * Worst case for one message: robots.txt and the resource itself, each up to the network timeout,
 * the per-host pause, and a margin for parsing, extraction and DynamoDB.
 */
function messageBudgetSeconds(network: NetworkConfig): number {
  const processingMarginSeconds = 15;
  return Math.ceil((2 * network.timeoutMs + network.perHostDelayMs) / 1000) + processingMarginSeconds;
}

/**
 * jsdom resolves its synchronous-XHR worker with `require.resolve("./xhr-sync-worker.js")` when it
 * loads; in the bundle that is relative to the bundle itself, so the file must sit next to it.
 * (jsdom 31 compiles its default stylesheet into JavaScript, so no CSS file is read.)
 */
function jsdomRuntimeFiles(): BundledFile[] {
  const jsdomLib = dirname(createRequire(import.meta.url).resolve("jsdom"));
  return [{ from: join(jsdomLib, "jsdom", "living", "xhr", "xhr-sync-worker.js"), to: "xhr-sync-worker.js" }];
}
