// CycleLease as one item of the table, taken and renewed with conditional writes, so it works on
// any DynamoDB-API endpoint and across machines. A lease that is not renewed lapses, so a crashed
// runner blocks others for at most one lease duration, and not at all on its own machine, where a
// holder whose process has gone is replaced at once. Lapse is judged by each runner's own clock:
// runners' clocks must agree to well within the renewal interval.
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Clock } from "../../ports/clock";
import { type CycleLease, CycleLeaseError, type LeaseHolder } from "../../ports/cycle-lease";
import { systemClock } from "../clock/system-clock";
import { processIsRunning, processSpace } from "../os/process-probe";
import { isConditionalCheckFailure } from "./dynamodb-store";
import { CYCLE_LEASE_KEY } from "./keys";
import { TTL_ATTRIBUTE } from "./table-schema";

/** A lease lasts this long without renewal; it is renewed three times as often. */
export const DEFAULT_LEASE_DURATION_MS = 120_000;
/** DynamoDB's TTL removes a lapsed lease item a day later (only tidiness: expiry is checked on write). */
const ITEM_TTL_SECONDS = 24 * 60 * 60;

export interface DynamoDbCycleLeaseOptions {
  /** How long the lease lasts without renewal. Default DEFAULT_LEASE_DURATION_MS. */
  readonly durationMs?: number;
  /** Where "now" comes from. Default the system clock. */
  readonly clock?: Clock;
  /** Whether a process with this id runs on this machine. Default: a signal-0 probe. */
  readonly isRunningHere?: (pid: number) => boolean;
  /** Names the processes isRunningHere can see. Default: host name, kernel boot and PID namespace. */
  readonly processSpace?: string;
}

interface LeaseItem extends LeaseHolder {
  readonly owner: string;
  readonly leaseUntil: number;
  readonly processSpace: string;
}

export class DynamoDbCycleLease implements CycleLease {
  private readonly documents: DynamoDBDocumentClient;
  private readonly owner = `${hostname()}#${process.pid}#${randomUUID()}`;
  private readonly durationMs: number;
  private readonly clock: Clock;
  private readonly isRunningHere: (pid: number) => boolean;
  private readonly processSpace: string;

  constructor(
    client: DynamoDBClient,
    private readonly tableName: string,
    options: DynamoDbCycleLeaseOptions = {},
  ) {
    this.documents = DynamoDBDocumentClient.from(client);
    this.durationMs = options.durationMs ?? DEFAULT_LEASE_DURATION_MS;
    this.clock = options.clock ?? systemClock;
    this.isRunningHere = options.isRunningHere ?? processIsRunning;
    this.processSpace = options.processSpace ?? processSpace();
  }

  async hold<T>(work: () => Promise<T>): Promise<T> {
    await this.acquire();
    let lost = false;
    let renewing: Promise<void> = Promise.resolve();
    const renewal = setInterval(() => {
      // A network error is retried at the next renewal; a failed condition means the lease lapsed and
      // another runner took it.
      renewing = this.renew().catch((error: unknown) => {
        lost ||= isConditionalCheckFailure(error);
      });
    }, this.durationMs / 3);
    const outcome = await Promise.resolve()
      .then(work)
      .then(
        (value) => ({ value }),
        (error: unknown) => ({ error }),
      );
    clearInterval(renewal);
    await renewing;
    lost = !(await this.release()) || lost;
    if ("error" in outcome) throw outcome.error;
    if (lost) {
      throw new CycleLeaseError(
        `the cycle lease on table ${this.tableName} lapsed during the cycle and ` +
          `${describeHolder(await this.read().catch(() => null))} took it: articles the two runners ` +
          "committed meanwhile may not have been compared with each other",
      );
    }
    return outcome.value;
  }

  private async acquire(): Promise<void> {
    const now = this.clock.now().getTime();
    if (await this.tryPut(now, "attribute_not_exists(pk) OR leaseUntil < :now", { ":now": now })) return;
    const holder = await this.read();
    // Released between the failed write and the read: try once more.
    if (holder === null && (await this.tryPut(now, "attribute_not_exists(pk)", {}))) return;
    // This runner's own: an earlier write whose answer was lost, or a release that did not arrive.
    const own = holder?.owner === this.owner;
    // Left behind by a process of this machine that has stopped (a crash): replace it now.
    const stale =
      holder !== null && holder.processSpace === this.processSpace && !this.isRunningHere(holder.pid);
    if ((own || stale) && (await this.tryPut(now, "#owner = :held", { ":held": holder?.owner }))) return;
    throw new CycleLeaseError(
      `another newsdrift runner is running a cycle on table ${this.tableName}: ` +
        `${describeHolder(holder ?? (await this.read()))}. Two runners on one table would miss each other's ` +
        "statements: stop the other one, or wait until its lease lapses.",
    );
  }

  /** Writes the lease if the condition holds; false when it does not. */
  private async tryPut(now: number, condition: string, values: Record<string, unknown>): Promise<boolean> {
    try {
      await this.put(now, condition, values);
      return true;
    } catch (error) {
      if (isConditionalCheckFailure(error)) return false;
      throw error;
    }
  }

  private async put(now: number, condition: string, values: Record<string, unknown>): Promise<void> {
    const until = now + this.durationMs;
    await this.documents.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          ...CYCLE_LEASE_KEY,
          owner: this.owner,
          host: hostname(),
          pid: process.pid,
          processSpace: this.processSpace,
          since: new Date(now).toISOString(),
          until: new Date(until).toISOString(),
          leaseUntil: until,
          [TTL_ATTRIBUTE]: Math.ceil(until / 1000) + ITEM_TTL_SECONDS,
        },
        ConditionExpression: condition,
        ...(condition.includes("#owner") ? { ExpressionAttributeNames: { "#owner": "owner" } } : {}),
        ...(Object.keys(values).length > 0 ? { ExpressionAttributeValues: values } : {}),
      }),
    );
  }

  private async renew(): Promise<void> {
    const until = this.clock.now().getTime() + this.durationMs;
    await this.documents.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: CYCLE_LEASE_KEY,
        UpdateExpression: "SET leaseUntil = :until, #untilIso = :untilIso, #ttl = :ttl",
        ConditionExpression: "#owner = :owner",
        ExpressionAttributeNames: { "#owner": "owner", "#untilIso": "until", "#ttl": TTL_ATTRIBUTE },
        ExpressionAttributeValues: {
          ":until": until,
          ":untilIso": new Date(until).toISOString(),
          ":ttl": Math.ceil(until / 1000) + ITEM_TTL_SECONDS,
          ":owner": this.owner,
        },
      }),
    );
  }

  /**
   * Ends the lease if it is still this runner's, keeping the item with its owner (so that a runner
   * that took it meanwhile is seen even after it released it); false when another runner took it.
   */
  private async release(): Promise<boolean> {
    const now = this.clock.now().getTime();
    try {
      await this.documents.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: CYCLE_LEASE_KEY,
          UpdateExpression: "SET leaseUntil = :released, #untilIso = :now",
          ConditionExpression: "#owner = :owner",
          ExpressionAttributeNames: { "#owner": "owner", "#untilIso": "until" },
          ExpressionAttributeValues: {
            ":released": 0,
            ":now": new Date(now).toISOString(),
            ":owner": this.owner,
          },
        }),
      );
      return true;
    } catch (error) {
      // Unreachable storage: the lease lapses by itself (or this runner retakes it next cycle).
      return !isConditionalCheckFailure(error);
    }
  }

  private async read(): Promise<LeaseItem | null> {
    const { Item } = await this.documents.send(
      new GetCommand({ TableName: this.tableName, Key: CYCLE_LEASE_KEY, ConsistentRead: true }),
    );
    return (Item as LeaseItem | undefined) ?? null;
  }
}

function describeHolder(holder: LeaseHolder | null): string {
  return holder
    ? `process ${holder.pid} on ${holder.host}, since ${holder.since} (its lease lapses at ${holder.until} unless renewed)`
    : "another runner";
}
