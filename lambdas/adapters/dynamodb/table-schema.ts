// The single newsdrift table, described once: the CDK stack builds its TableV2 from these constants
// and the local bootstrap creates the same table through `ensureTable`. No aws-cdk-lib here, so the
// Lambdas and the local runner can import it without pulling in the CDK.
import {
  CreateTableCommand,
  type CreateTableCommandInput,
  DescribeTableCommand,
  type DynamoDBClient,
  type TableDescription,
  waitUntilTableExists,
} from "@aws-sdk/client-dynamodb";

export interface KeyAttribute {
  readonly name: string;
  readonly type: "S";
}

export interface GlobalIndex {
  readonly indexName: string;
  readonly partitionKey: KeyAttribute;
  readonly sortKey: KeyAttribute;
  readonly projection: "ALL";
}

export const PARTITION_KEY: KeyAttribute = { name: "pk", type: "S" };
export const SORT_KEY: KeyAttribute = { name: "sk", type: "S" };

/** Statements and alerts by outlet: `OUTLET#<slug>` / `<publishedAt>#STMT|ALERT#<topic>#<id>`. */
export const OUTLET_INDEX: GlobalIndex = {
  indexName: "byOutlet",
  partitionKey: { name: "gsi1pk", type: "S" },
  sortKey: { name: "gsi1sk", type: "S" },
  projection: "ALL",
};

/** The alert outbox: sparse, since only undelivered alerts carry `pendingPk`/`pendingSk`. */
export const PENDING_ALERTS_INDEX: GlobalIndex = {
  indexName: "pendingAlerts",
  partitionKey: { name: "pendingPk", type: "S" },
  sortKey: { name: "pendingSk", type: "S" },
  projection: "ALL",
};

export const GLOBAL_INDEXES: readonly GlobalIndex[] = [OUTLET_INDEX, PENDING_ALERTS_INDEX];

/** Epoch seconds; DynamoDB TTL deletes expired markers such as idempotency records. */
export const TTL_ATTRIBUTE = "expiresAt";

/** Attributes that belong to the table layout rather than to a stored domain object. */
export const LAYOUT_ATTRIBUTES: readonly string[] = [
  PARTITION_KEY.name,
  SORT_KEY.name,
  ...GLOBAL_INDEXES.flatMap((index) => [index.partitionKey.name, index.sortKey.name]),
  TTL_ATTRIBUTE,
];

/**
 * Settings for the Powertools idempotency persistence layer sharing this table. Its records use
 * `pk = idempotency#<function name>`, a prefix no newsdrift item uses.
 */
export const IDEMPOTENCY_ATTRIBUTES = {
  keyAttr: PARTITION_KEY.name,
  sortKeyAttr: SORT_KEY.name,
  expiryAttr: TTL_ATTRIBUTE,
} as const;

/** How long `ensureTable` waits for a table to become ACTIVE. */
const TABLE_ACTIVE_TIMEOUT_SECONDS = 120;

export function createTableInput(tableName: string): CreateTableCommandInput {
  const keyAttributes = [
    PARTITION_KEY,
    SORT_KEY,
    ...GLOBAL_INDEXES.flatMap((i) => [i.partitionKey, i.sortKey]),
  ];
  return {
    TableName: tableName,
    BillingMode: "PAY_PER_REQUEST",
    AttributeDefinitions: keyAttributes.map((key) => ({ AttributeName: key.name, AttributeType: key.type })),
    KeySchema: [
      { AttributeName: PARTITION_KEY.name, KeyType: "HASH" },
      { AttributeName: SORT_KEY.name, KeyType: "RANGE" },
    ],
    GlobalSecondaryIndexes: GLOBAL_INDEXES.map((index) => ({
      IndexName: index.indexName,
      KeySchema: [
        { AttributeName: index.partitionKey.name, KeyType: "HASH" },
        { AttributeName: index.sortKey.name, KeyType: "RANGE" },
      ],
      Projection: { ProjectionType: index.projection },
    })),
  };
}

/**
 * Creates the table when it is missing and waits until it is ACTIVE. Safe to call repeatedly and
 * concurrently. An existing table without the expected keys or indexes is reported, not altered.
 */
export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<void> {
  const existing = await describeTable(client, tableName);
  if (existing) {
    assertCompatible(existing, tableName);
    if (existing.TableStatus === "ACTIVE") return;
  } else {
    try {
      await client.send(new CreateTableCommand(createTableInput(tableName)));
    } catch (error) {
      // Another process created it between our describe and create.
      if (!(error instanceof Error && error.name === "ResourceInUseException")) {
        throw failure(`Creating DynamoDB table ${tableName}`, error);
      }
    }
  }
  await waitUntilTableExists(
    { client, maxWaitTime: TABLE_ACTIVE_TIMEOUT_SECONDS, minDelay: 1, maxDelay: 5 },
    { TableName: tableName },
  );
}

async function describeTable(client: DynamoDBClient, tableName: string): Promise<TableDescription | null> {
  try {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    return Table ?? null;
  } catch (error) {
    if (error instanceof Error && error.name === "ResourceNotFoundException") return null;
    throw failure(`Describing DynamoDB table ${tableName}`, error);
  }
}

function assertCompatible(table: TableDescription, tableName: string): void {
  const keyNames = (table.KeySchema ?? []).map((key) => `${key.AttributeName}:${key.KeyType}`);
  const expectedKeys = [`${PARTITION_KEY.name}:HASH`, `${SORT_KEY.name}:RANGE`];
  const indexNames = new Set((table.GlobalSecondaryIndexes ?? []).map((index) => index.IndexName));
  const missingIndexes = GLOBAL_INDEXES.map((index) => index.indexName).filter(
    (name) => !indexNames.has(name),
  );
  if (keyNames.join(",") !== expectedKeys.join(",") || missingIndexes.length > 0) {
    throw new Error(
      `DynamoDB table ${tableName} exists with an incompatible schema (keys ${keyNames.join(", ") || "none"}; ` +
        `missing indexes: ${missingIndexes.join(", ") || "none"}); use another table name or delete it`,
    );
  }
}

function failure(action: string, error: unknown): Error {
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new Error(`${action} failed: ${reason}`, { cause: error });
}
