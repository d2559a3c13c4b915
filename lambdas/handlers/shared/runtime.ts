// Cold-start composition shared by the functions: the bundled config, the table, logs and metrics.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Logger } from "@aws-lambda-powertools/logger";
import { Metrics } from "@aws-lambda-powertools/metrics";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { createDynamoDbClient, DynamoDbStore } from "../../adapters/dynamodb/dynamodb-store";
import { type Config, parseConfigText } from "../../core/config";
import { BUNDLED_CONFIG_FILE, METRICS_NAMESPACE, SERVICE_NAME } from "./contract";

/** The config file written next to the bundle at synth time, validated again here. */
export function loadBundledConfig(taskRoot: string): Config {
  const path = join(taskRoot, BUNDLED_CONFIG_FILE);
  return parseConfigText(readFileSync(path, "utf8"), path);
}

export function createLogger(): Logger {
  return new Logger({ serviceName: SERVICE_NAME });
}

export function createMetrics(): Metrics {
  return new Metrics({ namespace: METRICS_NAMESPACE, serviceName: SERVICE_NAME });
}

export interface TableAccess {
  readonly client: DynamoDBClient;
  readonly store: DynamoDbStore;
  readonly tableName: string;
}

/** The SDK takes its endpoint from AWS_ENDPOINT_URL_DYNAMODB when set (tests against dynalite). */
export function openTable(region: string, tableName: string): TableAccess {
  const client = createDynamoDbClient({ region });
  return { client, store: new DynamoDbStore(client, tableName), tableName };
}
