// One feed item per SQS message: extract the article and its statements, store them, compare them
// with earlier reporting, record alerts in the outbox and publish them. The only function with jsdom.
import { MetricUnit } from "@aws-lambda-powertools/metrics";
import type { SQSRecord } from "aws-lambda";
import { z } from "zod";
import { systemClock } from "../adapters/clock/system-clock";
import { NodeHttpFetcher } from "../adapters/http/node-http-fetcher";
import { deliverRecordedAlerts } from "../core/usecases/deliver-alerts";
import { processItem } from "../core/usecases/process-item";
import { createAlertDelivery, reportDelivery } from "./shared/alert-delivery";
import { ENV, METRIC } from "./shared/contract";
import { readEnvironment } from "./shared/environment";
import { itemMessageSchema, parseMessage } from "./shared/messages";
import { createLogger, createMetrics, loadBundledConfig, openTable } from "./shared/runtime";
import { sqsBatchHandler } from "./shared/sqs-batch";

const env = readEnvironment({
  [ENV.tableName]: z.string().min(1),
  [ENV.alertTopicArn]: z.string().min(1),
});
const config = loadBundledConfig(env.LAMBDA_TASK_ROOT);
const logger = createLogger();
const metrics = createMetrics();
const table = openTable(env.AWS_REGION, env.TABLE_NAME);
const deps = {
  config,
  store: table.store,
  fetcher: new NodeHttpFetcher(config.network),
  clock: systemClock,
  // Several invocations process articles at once.
  commitsOverlap: true,
};
const delivery = createAlertDelivery(table, env.ALERT_TOPIC_ARN, config, env.AWS_REGION);

async function processOneItem(record: SQSRecord): Promise<void> {
  const item = parseMessage(itemMessageSchema, record.body);
  // A storage fault throws here and fails the record, so SQS retries it; a bad page does not.
  const result = await processItem(item, deps);
  const fields = { outlet: item.outlet, url: item.url, status: result.status };
  if (result.status === "failed" && result.article === null) {
    // A transient failure (timeout, 5xx) left the item unrecorded: fail the record so SQS
    // delivers it again, up to the dead-letter queue, instead of losing it.
    throw new Error(`transient failure, to be retried: ${result.error}`);
  }
  if (result.status === "failed") {
    logger.warn("article failed", { ...fields, error: result.error });
  } else {
    logger.info("article processed", {
      ...fields,
      topics: result.article?.topics,
      statements: result.statements.length,
    });
  }
  metrics.addMetric(METRIC.articlesProcessed, MetricUnit.Count, result.status === "processed" ? 1 : 0);
  metrics.addMetric(METRIC.articlesFailed, MetricUnit.Count, result.status === "failed" ? 1 : 0);
  metrics.addMetric(METRIC.statements, MetricUnit.Count, result.statements.length);
  metrics.addMetric(METRIC.alerts, MetricUnit.Count, result.alerts.length);

  // An alert that could not be published, or must first settle, stays pending in the outbox; the
  // poller's sweep sends it.
  const report = await deliverRecordedAlerts(
    { config, store: table.store, sinks: delivery.sinks },
    result.alerts,
  );
  reportDelivery(logger, metrics, report, { url: item.url });
}

export const handler = sqsBatchHandler(processOneItem, {
  logger,
  metrics,
  sequential: true,
  onInvoke: (context) => delivery.idempotency.registerLambdaContext(context),
});
