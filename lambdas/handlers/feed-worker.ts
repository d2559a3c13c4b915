// One feed per SQS message: fetch and parse it, enqueue its new items, then commit the feed state
// (in that order, so a crash before the items are enqueued makes the next poll see them again).
import { MetricUnit } from "@aws-lambda-powertools/metrics";
import { SQSClient } from "@aws-sdk/client-sqs";
import type { SQSRecord } from "aws-lambda";
import { z } from "zod";
import { systemClock } from "../adapters/clock/system-clock";
import { NodeHttpFetcher } from "../adapters/http/node-http-fetcher";
import { MAX_BATCH_BYTES, SqsMessageSender } from "../adapters/sqs/sqs-message-sender";
import type { FeedItem } from "../core/model";
import { commitPoll, pollFeed } from "../core/usecases/poll-feed";
import { ENV, METRIC } from "./shared/contract";
import { readEnvironment } from "./shared/environment";
import { feedMessageSchema, parseMessage } from "./shared/messages";
import { createLogger, createMetrics, loadBundledConfig, openTable } from "./shared/runtime";
import { sqsBatchHandler } from "./shared/sqs-batch";

/** Feed content is only the fallback when a page cannot be extracted; this keeps messages small. */
const MAX_CONTENT_CHARS = 60_000;

const env = readEnvironment({
  [ENV.tableName]: z.string().min(1),
  [ENV.itemQueueUrl]: z.url(),
});
const config = loadBundledConfig(env.LAMBDA_TASK_ROOT);
const logger = createLogger();
const metrics = createMetrics();
const table = openTable(env.AWS_REGION, env.TABLE_NAME);
const deps = { config, store: table.store, fetcher: new NodeHttpFetcher(config.network), clock: systemClock };
const itemQueue = new SqsMessageSender<FeedItem>(
  new SQSClient({ region: env.AWS_REGION }),
  env.ITEM_QUEUE_URL,
);

async function pollOneFeed(record: SQSRecord): Promise<void> {
  const { feedUrl } = parseMessage(feedMessageSchema, record.body);
  const feed = config.feeds.find((candidate) => candidate.url === feedUrl);
  if (feed === undefined) {
    logger.warn("feed is no longer in the config; message dropped", { url: feedUrl });
    return;
  }
  const result = await pollFeed(feed, deps);
  const messages = result.newItems.map((item) => ({
    ...item,
    content: item.content.slice(0, MAX_CONTENT_CHARS),
  }));
  // Untrusted feeds can carry absurd URLs or titles: such an item is dropped alone, with its reason.
  const fitting = messages.filter((item) => Buffer.byteLength(JSON.stringify(item)) <= MAX_BATCH_BYTES);
  for (const item of messages.filter((m) => !fitting.includes(m))) {
    logger.warn("feed item too large to enqueue; dropped", {
      outlet: feed.outlet,
      url: item.url.slice(0, 500),
    });
  }
  await itemQueue.sendAll(fitting);
  await commitPoll(result, table.store);

  metrics.addMetric(METRIC.feedsPolled, MetricUnit.Count, 1);
  metrics.addMetric(METRIC.feedsFailed, MetricUnit.Count, result.status === "failed" ? 1 : 0);
  metrics.addMetric(METRIC.itemsEnqueued, MetricUnit.Count, fitting.length);
  metrics.addMetric(METRIC.itemsDropped, MetricUnit.Count, messages.length - fitting.length);
  const fields = { outlet: feed.outlet, url: feed.url, status: result.status, newItems: fitting.length };
  if (result.status === "failed") logger.warn("feed poll failed", { ...fields, error: result.error });
  else logger.info("feed polled", { ...fields, problems: result.problems, reason: result.error });
}

export const handler = sqsBatchHandler(pollOneFeed, { logger, metrics, sequential: false });
