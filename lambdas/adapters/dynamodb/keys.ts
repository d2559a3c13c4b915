// Key values of the newsdrift table, kept readable in the AWS console (`TOPIC#...`, `STMT#...`).
import { createHash } from "node:crypto";
import { slugify } from "../../core/ids";
import type { Alert, Statement } from "../../core/model";

/**
 * DynamoDB limits partition keys to 2048 bytes and sort keys to 1024; URLs and GUIDs are untrusted
 * and can be longer. Longer keys keep a readable head and end in a hash of the whole value.
 */
export const MAX_KEY_BYTES = 900;
const HASH_SUFFIX_PREFIX = "#sha256:";
const HASH_SUFFIX_BYTES = HASH_SUFFIX_PREFIX.length + 64;

export const STATEMENT_PREFIX = "STMT#";
export const ALERT_PREFIX = "ALERT#";
export const ARTICLE_SORT_KEY = "META";
export const GUID_SORT_KEY = "MARK";
export const FEEDS_PARTITION = "FEEDS";
export const PENDING_PARTITION = "PENDING";
/** The one item that says which runner is running a local cycle on the table. */
export const CYCLE_LEASE_KEY = { pk: "RUNNER", sk: "CYCLE_LEASE" } as const;

export interface ItemKey {
  readonly pk: string;
  readonly sk: string;
}

export function boundedKey(key: string): string {
  if (Buffer.byteLength(key) <= MAX_KEY_BYTES) return key;
  const budget = MAX_KEY_BYTES - HASH_SUFFIX_BYTES;
  let head = "";
  let headBytes = 0;
  // Cut on a code point boundary so the head stays valid UTF-8.
  for (const char of key) {
    const charBytes = Buffer.byteLength(char);
    if (headBytes + charBytes > budget) break;
    head += char;
    headBytes += charBytes;
  }
  return `${head}${HASH_SUFFIX_PREFIX}${createHash("sha256").update(key).digest("hex")}`;
}

/**
 * Timestamps inside sort keys, normalised so that key order is time order: "10:40:00Z" and
 * "10:40:00.500Z" would otherwise sort the wrong way round. Unparseable values are kept as given.
 */
export function sortableTime(iso: string): string {
  const millis = Date.parse(iso);
  return Number.isNaN(millis) ? iso : new Date(millis).toISOString();
}

export function topicPartition(topic: string): string {
  return boundedKey(`TOPIC#${topic}`);
}

export function statementKey(statement: Pick<Statement, "topic" | "publishedAt" | "outlet" | "id">): ItemKey {
  return {
    pk: topicPartition(statement.topic),
    sk: boundedKey(
      `${STATEMENT_PREFIX}${sortableTime(statement.publishedAt)}#${slugify(statement.outlet)}#${statement.id}`,
    ),
  };
}

export function statementOutletKey(statement: Statement): { gsi1pk: string; gsi1sk: string } {
  return {
    gsi1pk: boundedKey(`OUTLET#${slugify(statement.outlet)}`),
    gsi1sk: boundedKey(`${sortableTime(statement.publishedAt)}#STMT#${statement.topic}#${statement.id}`),
  };
}

export function alertKey(alert: Pick<Alert, "topic" | "publishedAt" | "id">): ItemKey {
  return {
    pk: topicPartition(alert.topic),
    sk: boundedKey(`${ALERT_PREFIX}${sortableTime(alert.publishedAt)}#${alert.id}`),
  };
}

export function alertOutletKey(alert: Alert): { gsi1pk: string; gsi1sk: string } {
  return {
    gsi1pk: boundedKey(`OUTLET#${slugify(alert.outlet)}`),
    gsi1sk: boundedKey(`${sortableTime(alert.publishedAt)}#ALERT#${alert.topic}#${alert.id}`),
  };
}

export function pendingAlertKey(alert: Alert): { pendingPk: string; pendingSk: string } {
  return {
    pendingPk: PENDING_PARTITION,
    pendingSk: boundedKey(`${sortableTime(alert.publishedAt)}#${alert.id}`),
  };
}

export function articleKey(url: string): ItemKey {
  return { pk: boundedKey(`ARTICLE#${url}`), sk: ARTICLE_SORT_KEY };
}

export function guidKey(guid: string): ItemKey {
  return { pk: boundedKey(`GUID#${guid}`), sk: GUID_SORT_KEY };
}

export function feedStateKey(feedUrl: string): ItemKey {
  return { pk: FEEDS_PARTITION, sk: boundedKey(`FEED#${feedUrl}`) };
}
