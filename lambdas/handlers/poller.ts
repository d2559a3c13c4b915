// Scheduled by EventBridge Scheduler: enqueues the feeds that are due, then sweeps the alert
// outbox: it publishes the alerts that have settled, and those an earlier delivery left pending.
import { MetricUnit } from "@aws-lambda-powertools/metrics";
import { SQSClient } from "@aws-sdk/client-sqs";
import type { Context } from "aws-lambda";
import { z } from "zod";
import { systemClock } from "../adapters/clock/system-clock";
import { SqsMessageSender } from "../adapters/sqs/sqs-message-sender";
import { sweepOutbox } from "../core/usecases/deliver-alerts";
import { dueFeeds } from "../core/usecases/due-feeds";
import { createAlertDelivery, reportDelivery } from "./shared/alert-delivery";
import { ENV, METRIC } from "./shared/contract";
import { readEnvironment } from "./shared/environment";
import type { FeedMessage } from "./shared/messages";
import { createLogger, createMetrics, loadBundledConfig, openTable } from "./shared/runtime";

const env = readEnvironment({
  [ENV.tableName]: z.string().min(1),
  [ENV.alertTopicArn]: z.string().min(1),
  [ENV.feedQueueUrl]: z.url(),
});
const config = loadBundledConfig(env.LAMBDA_TASK_ROOT);
const logger = createLogger();
const metrics = createMetrics();
const table = openTable(env.AWS_REGION, env.TABLE_NAME);
const feedQueue = new SqsMessageSender<FeedMessage>(
  new SQSClient({ region: env.AWS_REGION }),
  env.FEED_QUEUE_URL,
);
const delivery = createAlertDelivery(table, env.ALERT_TOPIC_ARN, config, env.AWS_REGION);

export interface PollerResult {
  readonly feedsDue: number;
  readonly alertsDelivered: number;
  readonly alertDeliveryFailures: number;
}

export async function handler(_event: unknown, context: Context): Promise<PollerResult> {
  logger.addContext(context);
  delivery.idempotency.registerLambdaContext(context);
  try {
    const feeds = await dueFeeds({ config, store: table.store, clock: systemClock });
    await feedQueue.sendAll(feeds.map((feed) => ({ feedUrl: feed.url })));
    metrics.addMetric(METRIC.feedsDue, MetricUnit.Count, feeds.length);

    const swept = await sweepOutbox({
      config,
      clock: systemClock,
      store: table.store,
      sinks: delivery.sinks,
    });
    reportDelivery(logger, metrics, swept);

    const result = {
      feedsDue: feeds.length,
      alertsDelivered: swept.delivered.length,
      alertDeliveryFailures: swept.failures.length,
    };
    logger.info("feeds enqueued", { ...result, feedsConfigured: config.feeds.length });
    return result;
  } finally {
    metrics.publishStoredMetrics();
  }
}
