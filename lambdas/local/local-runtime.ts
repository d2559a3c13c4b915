// Composes the use cases' adapters for one machine: dynalite (or any DynamoDB-API endpoint),
// the guarded HTTP fetcher, page analysis on a worker thread, and the console and JSON Lines
// alert sinks.
import type { Writable } from "node:stream";
import { systemClock } from "../adapters/clock/system-clock";
import { ConsoleAlertSink } from "../adapters/console/console-alert-sink";
import { DynamoDbCycleLease } from "../adapters/dynamodb/dynamodb-cycle-lease";
import { createDynamoDbClient, DynamoDbStore } from "../adapters/dynamodb/dynamodb-store";
import { ensureTable } from "../adapters/dynamodb/table-schema";
import { JsonLinesAlertSink } from "../adapters/file/jsonl-alert-sink";
import { NodeHttpFetcher } from "../adapters/http/node-http-fetcher";
import { WorkerThreadAnalyzer } from "../adapters/worker-thread/worker-thread-analyzer";
import type { Config } from "../core/config";
import type { CycleDeps } from "../core/usecases/run-cycle";
import type { AlertSink } from "../ports/alert-sink";
import type { Clock } from "../ports/clock";
import type { CycleLease } from "../ports/cycle-lease";
import { type DatabaseAccess, openLocalDatabase } from "./local-database";

export interface LocalRuntime {
  readonly deps: CycleDeps;
  readonly store: DynamoDbStore;
  /** Held during each cycle, so that no second runner runs one on the same table meanwhile. */
  readonly lease: CycleLease;
  /** Where the statements live: the dynalite folder, or the configured endpoint. */
  readonly storageDescription: string;
  close(): Promise<void>;
}

export interface LocalRuntimeOptions {
  /** Where console alerts are printed. */
  readonly out: Writable;
  readonly clock?: Clock;
  /** Extra sinks, e.g. a recorder in tests. */
  readonly sinks?: readonly AlertSink[];
  /** How the embedded database is opened when another process holds it. Default "own". */
  readonly database?: DatabaseAccess;
}

export async function openLocalRuntime(config: Config, options: LocalRuntimeOptions): Promise<LocalRuntime> {
  const dynalite = config.storage.endpoint
    ? null
    : await openLocalDatabase(config.dataDir, options.database ?? "own");
  const endpoint = config.storage.endpoint ?? (dynalite?.endpoint as string);
  const client = createDynamoDbClient({ endpoint, region: config.storage.region });
  try {
    await ensureTable(client, config.storage.tableName);
  } catch (error) {
    client.destroy();
    await dynalite?.close();
    throw error;
  }
  const clock = options.clock ?? systemClock;
  const store = new DynamoDbStore(client, config.storage.tableName, clock);
  const sinks: AlertSink[] = [];
  if (config.alerts.console) sinks.push(new ConsoleAlertSink(options.out));
  if (config.alerts.jsonl) sinks.push(new JsonLinesAlertSink(config.alerts.jsonl));
  sinks.push(...(options.sinks ?? []));
  const analyzer = new WorkerThreadAnalyzer(config, clock);
  return {
    deps: {
      config,
      store,
      fetcher: new NodeHttpFetcher(config.network),
      clock,
      sinks,
      analyzer,
    },
    store,
    // On the system clock whatever the cycle's clock: it times real runners, not simulated news days.
    lease: new DynamoDbCycleLease(client, config.storage.tableName),
    storageDescription: dynalite
      ? `dynalite data in ${config.dataDir}/dynamodb (table ${config.storage.tableName}` +
        `${dynalite.servedBy === null ? "" : `, served by the newsdrift run in process ${dynalite.servedBy}`})`
      : `${endpoint} (table ${config.storage.tableName})`,
    async close() {
      await analyzer.close();
      client.destroy();
      await dynalite?.close();
    },
  };
}
