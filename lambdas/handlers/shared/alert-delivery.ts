// The SNS sink behind an idempotency guard: an SQS redelivery, or the poller's sweep of the outbox
// racing the article processor, never publishes the same alert twice.
import { IdempotencyConfig, makeIdempotent } from "@aws-lambda-powertools/idempotency";
import { DynamoDBPersistenceLayer } from "@aws-lambda-powertools/idempotency/dynamodb";
import type { Logger } from "@aws-lambda-powertools/logger";
import { type Metrics, MetricUnit } from "@aws-lambda-powertools/metrics";
import { SNSClient } from "@aws-sdk/client-sns";
import { IDEMPOTENCY_ATTRIBUTES } from "../../adapters/dynamodb/table-schema";
import { SnsAlertSink } from "../../adapters/sns/sns-alert-sink";
import type { Config } from "../../core/config";
import type { Alert } from "../../core/model";
import type { DeliveryReport } from "../../core/usecases/deliver-alerts";
import type { AlertSink } from "../../ports/alert-sink";
import { METRIC } from "./contract";
import type { TableAccess } from "./runtime";

/**
 * One partition for every function's delivery records (the default is one per function name),
 * so the poller and the article processor see each other's deliveries.
 */
const DELIVERY_PARTITION = "idempotency#alert-delivery";
/** Longer than any alert stays pending: the outbox is swept every poll interval. */
const DELIVERY_RECORD_TTL_SECONDS = 7 * 24 * 60 * 60;

export interface AlertDelivery {
  readonly sinks: readonly AlertSink[];
  /** Register each invocation's context, so an interrupted delivery's lock expires with it. */
  readonly idempotency: IdempotencyConfig;
}

export function createAlertDelivery(
  table: TableAccess,
  topicArn: string,
  config: Config,
  region: string,
): AlertDelivery {
  const sns = new SnsAlertSink(new SNSClient({ region }), topicArn, config.topics);
  const idempotency = new IdempotencyConfig({
    eventKeyJmesPath: "id",
    expiresAfterSeconds: DELIVERY_RECORD_TTL_SECONDS,
  });
  const persistenceStore = new DynamoDBPersistenceLayer({
    tableName: table.tableName,
    awsSdkV3Client: table.client,
    ...IDEMPOTENCY_ATTRIBUTES,
    staticPkValue: DELIVERY_PARTITION,
  });
  const publishOnce = makeIdempotent(
    async (alert: Alert) => {
      await sns.deliver(alert);
      return { published: alert.id };
    },
    { persistenceStore, config: idempotency, keyPrefix: "alert" },
  );
  const sink: AlertSink = {
    name: sns.name,
    async deliver(alert) {
      await publishOnce(alert);
    },
  };
  return { sinks: [sink], idempotency };
}

/**
 * Logs each published alert and each failure, and counts both: the same records whichever function
 * delivered them (the article processor with `settleMinutes` 0, otherwise the poller's sweep).
 */
export function reportDelivery(
  logger: Logger,
  metrics: Metrics,
  report: DeliveryReport,
  context: Record<string, string> = {},
): void {
  for (const alert of report.delivered) {
    logger.info("alert published", {
      topic: alert.topic,
      outlet: alert.outlet,
      url: alert.url,
      alertId: alert.id,
      change: alert.change,
      severity: alert.severity,
    });
  }
  for (const failure of report.failures) {
    logger.error("alert not published; left pending", { ...failure, ...context });
  }
  metrics.addMetric(METRIC.alertsDelivered, MetricUnit.Count, report.delivered.length);
  metrics.addMetric(METRIC.alertDeliveryFailures, MetricUnit.Count, report.failures.length);
}
