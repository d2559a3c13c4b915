// NewsdriftStore on one DynamoDB table (layout in table-schema.ts, key values in keys.ts).
// Only operations dynalite also supports: no transactions, no PartiQL. Idempotency comes from
// conditional writes on `attribute_not_exists(pk)`, and for statements from keys derived from content.

import { setTimeout as sleep } from "node:timers/promises";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import {
  BatchGetCommand,
  BatchWriteCommand,
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  paginateQuery,
  type QueryCommandInput,
  type TranslateConfig,
  UpdateCommand,
} from "@aws-sdk/lib-dynamodb";
import {
  type Alert,
  type ArticleRecord,
  byPublishedAtThenId,
  type FeedState,
  type Statement,
} from "../../core/model";
import type { Clock } from "../../ports/clock";
import type { AlertQuery, ArticleRef, Findings, NewsdriftStore, StatementQuery } from "../../ports/store";
import { systemClock } from "../clock/system-clock";
import {
  ALERT_PREFIX,
  alertKey,
  alertOutletKey,
  articleKey,
  FEEDS_PARTITION,
  feedStateKey,
  guidKey,
  type ItemKey,
  PENDING_PARTITION,
  pendingAlertKey,
  STATEMENT_PREFIX,
  sortableTime,
  statementKey,
  statementOutletKey,
  topicPartition,
} from "./keys";
import { LAYOUT_ATTRIBUTES, PARTITION_KEY, PENDING_ALERTS_INDEX } from "./table-schema";

/** BatchWriteItem takes at most 25 items, BatchGetItem 100 keys. */
const BATCH_WRITE_SIZE = 25;
const BATCH_GET_SIZE = 100;
/** Items a newest-first page reads: a comparison usually stops within the first page. */
const HISTORY_PAGE_SIZE = 25;
/** SDK attempts per request (standard retry mode: exponential backoff with jitter, throttling included). */
const MAX_ATTEMPTS = 5;

const TRANSLATE_CONFIG: TranslateConfig = {
  marshallOptions: { removeUndefinedValues: true, allowImpreciseNumbers: true },
  // Every number we store is a JS number, so parsing with Number gives back exactly what was written
  // (the default would turn numbers beyond 2^53 into BigInt or throw).
  unmarshallOptions: { wrapNumbers: Number },
};

type StoredItem = Record<string, unknown>;

export function createDynamoDbClient(options: { endpoint?: string; region: string }): DynamoDBClient {
  return new DynamoDBClient({
    region: options.region,
    maxAttempts: MAX_ATTEMPTS,
    retryMode: "standard",
    ...(options.endpoint
      ? {
          endpoint: options.endpoint,
          // dynalite ignores credentials; static ones keep the SDK from searching for real ones.
          credentials: { accessKeyId: "local", secretAccessKey: "local" },
        }
      : {}),
  });
}

export class DynamoDbStore implements NewsdriftStore {
  private readonly documents: DynamoDBDocumentClient;
  private readonly tableName: string;
  private readonly clock: Clock;

  /**
   * A DynamoDBClient is wrapped with this store's marshalling options; a DynamoDBDocumentClient is
   * used as given and should be created with `removeUndefinedValues`.
   */
  constructor(
    client: DynamoDBClient | DynamoDBDocumentClient,
    tableName: string,
    clock: Clock = systemClock,
  ) {
    this.tableName = tableName;
    this.clock = clock;
    this.documents =
      client instanceof DynamoDBDocumentClient
        ? client
        : DynamoDBDocumentClient.from(client, TRANSLATE_CONFIG);
  }

  async getFeedState(feedUrl: string): Promise<FeedState | null> {
    const item = await this.getItem(feedStateKey(feedUrl), `feed state ${feedUrl}`);
    return item ? (withoutLayout(item) as unknown as FeedState) : null;
  }

  async putFeedState(state: FeedState): Promise<void> {
    await this.put({ ...feedStateKey(state.feedUrl), ...state }, `feed state ${state.feedUrl}`);
  }

  async listFeedStates(): Promise<FeedState[]> {
    const items = await this.query(
      {
        KeyConditionExpression: "pk = :pk",
        ExpressionAttributeValues: { ":pk": FEEDS_PARTITION },
        ConsistentRead: true,
      },
      "feed states",
    );
    return items.map((item) => withoutLayout(item) as unknown as FeedState);
  }

  async isProcessed(guid: string, url: string): Promise<boolean> {
    const found = await this.existingKeys(
      [guidKey(guid), articleKey(url)],
      `GUID marker ${guid} and article ${url}`,
    );
    return found.size > 0;
  }

  async putArticles(records: readonly ArticleRecord[]): Promise<void> {
    // Records and markers in batches, after everything the articles added.
    await this.batchPut(
      records.flatMap((record) => [
        { ...articleKey(record.url), ...record },
        { ...guidKey(record.guid), guid: record.guid, url: record.url },
      ]),
      records.length === 1
        ? `article ${records[0]?.url} and its GUID marker`
        : `${records.length} articles and their GUID markers`,
    );
  }

  async getArticle(url: string): Promise<ArticleRecord | null> {
    const item = await this.getItem(articleKey(url), `article ${url}`);
    return item ? (withoutLayout(item) as unknown as ArticleRecord) : null;
  }

  async *statementsNewestFirst(topic: string, before: string): AsyncIterable<Statement> {
    const pages = paginateQuery(
      { client: this.documents, pageSize: HISTORY_PAGE_SIZE },
      {
        TableName: this.tableName,
        KeyConditionExpression: "pk = :pk AND sk BETWEEN :from AND :to",
        ExpressionAttributeValues: {
          ":pk": topicPartition(topic),
          ":from": STATEMENT_PREFIX,
          ":to": `${STATEMENT_PREFIX}${sortableTime(before)}`,
        },
        ScanIndexForward: false,
        ConsistentRead: true,
      },
    );
    try {
      for await (const page of pages) {
        for (const item of page.Items ?? []) yield withoutLayout(item) as unknown as Statement;
      }
    } catch (error) {
      throw contextualError(`reading earlier statements of topic ${topic}`, this.tableName, error);
    }
  }

  async queryStatements(query: StatementQuery): Promise<Statement[]> {
    const filters: string[] = [];
    const values: Record<string, unknown> = {
      ":pk": topicPartition(query.topic),
      ":from": `${STATEMENT_PREFIX}${query.since === undefined ? "" : sortableTime(query.since)}`,
      // Every statement key continues after `STMT#<before>`, so an inclusive BETWEEN still excludes `before`;
      // "$" is the character after "#", above every statement key.
      ":to": query.before === undefined ? "STMT$" : `${STATEMENT_PREFIX}${sortableTime(query.before)}`,
    };
    if (query.outlet !== undefined) {
      filters.push("outlet = :outlet");
      values[":outlet"] = query.outlet;
    }
    if (query.measure !== undefined) {
      filters.push("measure = :measure");
      values[":measure"] = query.measure;
    }
    const items = await this.query(
      {
        KeyConditionExpression: "pk = :pk AND sk BETWEEN :from AND :to",
        ...(filters.length > 0 ? { FilterExpression: filters.join(" AND ") } : {}),
        ExpressionAttributeValues: values,
        ConsistentRead: true,
      },
      `statements of topic ${query.topic}`,
    );
    return items.map((item) => withoutLayout(item) as unknown as Statement).sort(byPublishedAtThenId);
  }

  /**
   * Two requests whatever the number of alerts: one consistent BatchGetItem for the alerts that
   * exist, then one BatchWriteItem for the statements and the new alerts (a statement's key derives
   * from its content, so writing it again writes the same item). BatchWriteItem cannot be
   * conditional: a writer racing on the same alert id could put a delivered alert back in the
   * outbox. Only a redelivery of the same article races like that, and deliveries from Lambda
   * are idempotent by alert id.
   */
  async recordFindings({ statements, alerts }: Findings): Promise<Alert[]> {
    const topic = statements[0]?.topic ?? alerts[0]?.topic;
    const existing = await this.existingKeys(
      alerts.map((alert) => alertKey(alert)),
      `alerts of topic ${topic}`,
    );
    const fresh = uniqueBy(alerts, (alert) => alert.id).filter(
      (alert) => !existing.has(keyString(alertKey(alert))),
    );
    const recordedAt = this.clock.now().toISOString();
    await this.batchPut(
      [
        ...uniqueBy(statements, (statement) => statement.id).map((statement) => ({
          ...statementKey(statement),
          ...statementOutletKey(statement),
          ...statement,
        })),
        ...fresh.map((alert) => ({
          ...alertKey(alert),
          ...alertOutletKey(alert),
          ...pendingAlertKey(alert),
          ...alert,
          recordedAt,
        })),
      ],
      `${statements.length} statements and ${fresh.length} alerts (topic ${topic})`,
    );
    return fresh;
  }

  async pendingAlerts(recordedBefore?: Date): Promise<Alert[]> {
    const items = await this.query(
      {
        IndexName: PENDING_ALERTS_INDEX.indexName,
        KeyConditionExpression: "pendingPk = :pending",
        ...(recordedBefore
          ? {
              // Alerts recorded before recording times were stored count as settled.
              FilterExpression: "attribute_not_exists(recordedAt) OR recordedAt < :before",
              ExpressionAttributeValues: {
                ":pending": PENDING_PARTITION,
                ":before": recordedBefore.toISOString(),
              },
            }
          : { ExpressionAttributeValues: { ":pending": PENDING_PARTITION } }),
      },
      "pending alerts",
    );
    return items.map(toAlert).sort(byPublishedAtThenId);
  }

  async alertsOfArticles(topic: string, articles: readonly ArticleRef[]): Promise<Alert[]> {
    if (articles.length === 0) return [];
    const times = articles.map((article) => sortableTime(article.publishedAt)).sort();
    const urls = new Set(articles.map((article) => article.url));
    // One query over the span of time the articles cover: all their alerts' sort keys fall in it
    // ("$" sorts right after the "#" that ends an alert key's time).
    const items = await this.query(
      {
        KeyConditionExpression: "pk = :pk AND sk BETWEEN :from AND :to",
        ExpressionAttributeValues: {
          ":pk": topicPartition(topic),
          ":from": `${ALERT_PREFIX}${times[0]}#`,
          ":to": `${ALERT_PREFIX}${times.at(-1)}$`,
        },
        ConsistentRead: true,
      },
      `alerts of ${articles.length} article(s) (topic ${topic})`,
    );
    return items
      .map(toAlert)
      .filter((alert) => urls.has(alert.url))
      .sort(byPublishedAtThenId);
  }

  async withdrawAlerts(alerts: readonly Alert[], recordedAfter: Date): Promise<Alert[]> {
    const withdrawn = await Promise.all(
      alerts.map(async (alert) => {
        try {
          await this.documents.send(
            new DeleteCommand({
              TableName: this.tableName,
              Key: alertKey(alert),
              ConditionExpression: "attribute_exists(pendingPk) AND recordedAt > :after",
              ExpressionAttributeValues: { ":after": recordedAfter.toISOString() },
            }),
          );
          return alert;
        } catch (error) {
          // Delivered or settled meanwhile: it stays.
          if (isConditionalCheckFailure(error)) return null;
          throw contextualError(`withdrawing alert ${alert.id}`, this.tableName, error);
        }
      }),
    );
    return withdrawn.filter((alert): alert is Alert => alert !== null);
  }

  async markAlertDelivered(alert: Alert): Promise<void> {
    const context = `marking alert ${alert.id} (topic ${alert.topic}) delivered`;
    try {
      await this.documents.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: alertKey(alert),
          // The first delivery time stays if a redelivery marks it again.
          UpdateExpression: "REMOVE pendingPk, pendingSk SET deliveredAt = if_not_exists(deliveredAt, :now)",
          ConditionExpression: `attribute_exists(${PARTITION_KEY.name})`,
          ExpressionAttributeValues: { ":now": this.clock.now().toISOString() },
        }),
      );
    } catch (error) {
      if (isConditionalCheckFailure(error)) throw new Error(`${context}: the alert was never recorded`);
      throw contextualError(context, this.tableName, error);
    }
  }

  async listAlerts(query: AlertQuery): Promise<Alert[]> {
    const items = await this.query(
      {
        KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
        ExpressionAttributeValues: { ":pk": topicPartition(query.topic), ":prefix": ALERT_PREFIX },
        ConsistentRead: true,
      },
      `alerts of topic ${query.topic}`,
    );
    return items.map(toAlert).sort(byPublishedAtThenId);
  }

  /** Writes items in batches of 25, retrying the items a batch leaves unprocessed. */
  private async batchPut(items: readonly StoredItem[], description: string): Promise<void> {
    for (let start = 0; start < items.length; start += BATCH_WRITE_SIZE) {
      const requests = items.slice(start, start + BATCH_WRITE_SIZE).map((Item) => ({ PutRequest: { Item } }));
      await this.untilProcessed(requests, `storing ${description}`, async (pending) => {
        const result = await this.documents.send(
          new BatchWriteCommand({ RequestItems: { [this.tableName]: [...pending] } }),
        );
        return (result.UnprocessedItems?.[this.tableName] ?? []) as typeof pending;
      });
    }
  }

  /** Which of these keys exist, read consistently in batches of 100. */
  private async existingKeys(keys: readonly ItemKey[], description: string): Promise<Set<string>> {
    const found = new Set<string>();
    const unique = uniqueBy(keys, keyString);
    for (let start = 0; start < unique.length; start += BATCH_GET_SIZE) {
      const chunk = unique.slice(start, start + BATCH_GET_SIZE);
      await this.untilProcessed(chunk, `reading ${description}`, async (pending) => {
        const result = await this.documents.send(
          new BatchGetCommand({
            RequestItems: {
              [this.tableName]: { Keys: [...pending], ConsistentRead: true, ProjectionExpression: "pk, sk" },
            },
          }),
        );
        for (const item of result.Responses?.[this.tableName] ?? []) found.add(keyString(item as ItemKey));
        return (result.UnprocessedKeys?.[this.tableName]?.Keys ?? []) as ItemKey[];
      });
    }
    return found;
  }

  /**
   * Sends a batch until nothing is left unprocessed, backing off between attempts; the SDK retries
   * each request, but the items a batch returns unprocessed are ours to send again.
   */
  private async untilProcessed<T>(
    items: readonly T[],
    description: string,
    sendBatch: (pending: readonly T[]) => Promise<readonly T[]>,
  ): Promise<void> {
    let pending = items;
    for (let attempt = 1; pending.length > 0; attempt++) {
      if (attempt > MAX_ATTEMPTS)
        throw contextualError(
          description,
          this.tableName,
          new Error(`${pending.length} items left unprocessed`),
        );
      pending = await this.send(() => sendBatch(pending), description);
      if (pending.length > 0) await sleep(50 * 2 ** attempt);
    }
  }

  private async put(item: StoredItem, description: string): Promise<void> {
    await this.send(
      () => this.documents.send(new PutCommand({ TableName: this.tableName, Item: item })),
      `storing ${description}`,
    );
  }

  private async getItem(key: ItemKey, description: string, projection?: string): Promise<StoredItem | null> {
    const input = {
      TableName: this.tableName,
      Key: key,
      ConsistentRead: true,
      ProjectionExpression: projection,
    };
    const output = await this.send(
      () => this.documents.send(new GetCommand(input)),
      `reading ${description}`,
    );
    return output.Item ?? null;
  }

  private async query(
    input: Omit<QueryCommandInput, "TableName">,
    description: string,
  ): Promise<StoredItem[]> {
    const items: StoredItem[] = [];
    await this.send(async () => {
      for await (const page of paginateQuery(
        { client: this.documents },
        { ...input, TableName: this.tableName },
      )) {
        items.push(...(page.Items ?? []));
      }
    }, `querying ${description}`);
    return items;
  }

  private async send<T>(operation: () => Promise<T>, description: string): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      throw contextualError(description, this.tableName, error);
    }
  }
}

function keyString(key: ItemKey): string {
  return `${key.pk}\n${key.sk}`;
}

/** One value per identity, in first-seen order: a batch must not name one key twice. */
function uniqueBy<T>(values: readonly T[], identity: (value: T) => string): T[] {
  return [...new Map(values.map((value) => [identity(value), value] as const)).values()];
}

function withoutLayout(item: StoredItem): StoredItem {
  const domain = { ...item };
  for (const attribute of LAYOUT_ATTRIBUTES) delete domain[attribute];
  return domain;
}

function toAlert(item: StoredItem): Alert {
  const { deliveredAt: _deliveredAt, recordedAt: _recordedAt, ...alert } = withoutLayout(item);
  return alert as unknown as Alert;
}

export function isConditionalCheckFailure(error: unknown): boolean {
  return error instanceof Error && error.name === "ConditionalCheckFailedException";
}

function contextualError(description: string, tableName: string, error: unknown): Error {
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new Error(`DynamoDB ${description} in table ${tableName} failed: ${reason}`, { cause: error });
}
