// An SQS handler with partial batch responses: a record that throws is retried alone (and ends in
// the dead-letter queue after maxReceiveCount), the others are deleted.
import { BatchProcessor, EventType, processPartialResponse } from "@aws-lambda-powertools/batch";
import type { Logger } from "@aws-lambda-powertools/logger";
import { type Metrics, MetricUnit } from "@aws-lambda-powertools/metrics";
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from "aws-lambda";
import { METRIC } from "./contract";

export interface SqsBatchOptions {
  readonly logger: Logger;
  readonly metrics: Metrics;
  /** Records one after another (polite crawling, CPU-bound work) instead of all at once. */
  readonly sequential: boolean;
  /** Runs once per invocation, before the records. */
  readonly onInvoke?: (context: Context) => void;
}

export function sqsBatchHandler(
  handleRecord: (record: SQSRecord) => Promise<void>,
  options: SqsBatchOptions,
): (event: SQSEvent, context: Context) => Promise<SQSBatchResponse> {
  const { logger, metrics } = options;
  const processor = new BatchProcessor(EventType.SQS);
  const loggedRecordHandler = async (record: SQSRecord): Promise<void> => {
    try {
      await handleRecord(record);
    } catch (error) {
      logger.error("record failed; SQS will retry it", {
        messageId: record.messageId,
        error: error as Error,
      });
      metrics.addMetric(METRIC.recordFailures, MetricUnit.Count, 1);
      throw error;
    }
  };
  return async (event, context) => {
    logger.addContext(context);
    options.onInvoke?.(context);
    try {
      return await processPartialResponse(event, loggedRecordHandler, processor, {
        context,
        processInParallel: !options.sequential,
      });
    } finally {
      metrics.publishStoredMetrics();
    }
  };
}
