// What the CDK stacks and the functions must agree on: environment variable names, the bundled
// config file, metric names. No imports and no side effects, so the stacks can import it too.

export const ENV = {
  tableName: "TABLE_NAME",
  alertTopicArn: "ALERT_TOPIC_ARN",
  feedQueueUrl: "FEED_QUEUE_URL",
  itemQueueUrl: "ITEM_QUEUE_URL",
} as const;

/** The validated config file, copied next to each function's bundle at synth time. */
export const BUNDLED_CONFIG_FILE = "newsdrift.config.json";

export const SERVICE_NAME = "newsdrift";
export const METRICS_NAMESPACE = "Newsdrift";

/** EMF counts (dimension `service`), shown on the dashboard. */
export const METRIC = {
  feedsDue: "FeedsDue",
  feedsPolled: "FeedsPolled",
  feedsFailed: "FeedsFailed",
  itemsEnqueued: "ItemsEnqueued",
  itemsDropped: "ItemsDropped",
  articlesProcessed: "ArticlesProcessed",
  articlesFailed: "ArticlesFailed",
  statements: "Statements",
  alerts: "Alerts",
  alertsDelivered: "AlertsDelivered",
  alertDeliveryFailures: "AlertDeliveryFailures",
  recordFailures: "RecordFailures",
} as const;
