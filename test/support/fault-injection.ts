// A seeded fault-injection harness: wrappers for the store, the HTTP fetcher and the alert sinks that
// implement the ports, delegate to real adapters, and inject the faults a seeded plan chooses per call.
// One `FaultyProcess` stands for one running process: once it is killed, every wrapped call fails.
import {
  InternalServerError,
  ProvisionedThroughputExceededException,
  ThrottlingException,
} from "@aws-sdk/client-dynamodb";
import { InternalErrorException, ThrottledException } from "@aws-sdk/client-sns";
import type { Alert, ArticleRecord, FeedState, Statement } from "../../lambdas/core/model";
import type { AlertSink } from "../../lambdas/ports/alert-sink";
import {
  FetchError,
  type FetchRequest,
  type FetchResult,
  type HttpFetcher,
} from "../../lambdas/ports/http-fetcher";
import type {
  AlertQuery,
  ArticleRef,
  Findings,
  NewsdriftStore,
  StatementQuery,
} from "../../lambdas/ports/store";

export const FAULT_KINDS = ["throttle", "timeout", "server-error", "kill", "repeat"] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** Probability, per wrapped call, of each fault; their sum must stay below 1. */
export interface FaultRates {
  readonly throttle: number;
  readonly timeout: number;
  readonly serverError: number;
  readonly kill: number;
  /** Store writes and sink deliveries done twice, fetches sent twice, items redelivered. */
  readonly repeat: number;
}

export const NO_FAULTS: FaultRates = { throttle: 0, timeout: 0, serverError: 0, kill: 0, repeat: 0 };

/**
 * mulberry32: a tiny, well-known 32-bit PRNG. Written here because the harness needs one draw per
 * call from a seed, and a dependency for ten lines of arithmetic is not worth it.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 0x1_0000_0000;
  };
}

/** FNV-1a: turns a call's identity into a PRNG seed. */
function fnv1a(text: string, seed: number): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** Identifies one wrapped call: which process, adapter, operation and argument, and which repetition. */
export interface CallIdentity {
  readonly process: number;
  readonly adapter: string;
  readonly operation: string;
  /** The call's argument that tells calls apart: a URL, an alert id, a topic. */
  readonly key: string;
  /** How many identical calls this process made before this one. */
  readonly occurrence: number;
}

/**
 * Decides the fault for each call. The decision depends only on the seed, the rates and the call's
 * identity, never on the order in which concurrent calls arrive, so a seed always gives the same plan.
 */
export class FaultPlan {
  constructor(
    readonly seed: number,
    readonly rates: FaultRates,
  ) {
    const total = FAULT_KINDS.reduce((sum, kind) => sum + rateOf(rates, kind), 0);
    if (total >= 1) throw new Error(`fault rates must sum to less than 1 (got ${total})`);
  }

  /** The fault to inject into this call, among `allowed`, or null. */
  decide(call: CallIdentity, allowed: readonly FaultKind[] = FAULT_KINDS): FaultKind | null {
    const identity = [call.process, call.adapter, call.operation, call.key, call.occurrence].join("\u001f");
    let draw = mulberry32(fnv1a(identity, this.seed))();
    for (const kind of FAULT_KINDS) {
      const rate = rateOf(this.rates, kind);
      if (draw < rate) return allowed.includes(kind) ? kind : null;
      draw -= rate;
    }
    return null;
  }
}

function rateOf(rates: FaultRates, kind: FaultKind): number {
  return kind === "server-error" ? rates.serverError : rates[kind];
}

/** Thrown by every call of a killed process: the process is dead and does nothing more. */
export class KillSignal extends Error {
  constructor(readonly process: number) {
    super(`process ${process} was killed`);
    this.name = "KillSignal";
  }
}

export interface HistoryRead {
  readonly topic: string;
  readonly before: string | undefined;
  /** In the order read. */
  readonly statementIds: readonly string[];
  /** False when the reader stopped early: a newest-first read then saw only the newest statements. */
  readonly complete: boolean;
}

export interface FaultEvent extends CallIdentity {
  readonly fault: FaultKind;
}

/** Why a delivered alert was left unmarked, allowing one repeated delivery. */
export type DeliveryWindowCause = "kill" | "store-fault" | "sink-fault";

export interface DeliveryWindow {
  readonly process: number;
  readonly cause: DeliveryWindowCause;
}

/**
 * Everything the harness saw across a scenario's processes: the faults injected, and for each alert
 * the at-least-once windows (a sink took it, then a fault kept it from being marked delivered) and the
 * repeats injected into sinks. Together they say how many raw deliveries of an alert are explained.
 */
export class FaultLedger {
  readonly events: FaultEvent[] = [];
  readonly windows = new Map<string, DeliveryWindow[]>();
  /** Per sink, per alert id: extra deliveries the harness itself injected. */
  readonly injectedRepeats = new Map<string, Map<string, number>>();
  /**
   * Every statement history the use cases read to compare an article with (its topic's statements
   * published before it). Faults that delay an article make later ones read an incomplete history.
   */
  readonly historyReads: HistoryRead[] = [];
  /** Alerts a sink took that stayed unmarked although nothing went wrong: a use-case bug. */
  readonly unmarkedWithoutFault: { readonly process: number; readonly alertId: string }[] = [];

  addWindow(alertId: string, window: DeliveryWindow): void {
    this.windows.set(alertId, [...(this.windows.get(alertId) ?? []), window]);
  }

  addInjectedRepeat(sink: string, alertId: string): void {
    const perAlert = this.injectedRepeats.get(sink) ?? new Map<string, number>();
    perAlert.set(alertId, (perAlert.get(alertId) ?? 0) + 1);
    this.injectedRepeats.set(sink, perAlert);
  }

  /** Raw deliveries of `alertId` to `sink` that the recorded faults explain. */
  allowedDeliveries(sink: string, alertId: string): number {
    return 1 + (this.windows.get(alertId)?.length ?? 0) + (this.injectedRepeats.get(sink)?.get(alertId) ?? 0);
  }

  countByKind(): Record<FaultKind, number> {
    const counts = Object.fromEntries(FAULT_KINDS.map((kind) => [kind, 0])) as Record<FaultKind, number>;
    for (const event of this.events) counts[event.fault] += 1;
    return counts;
  }
}

/** An alert sink that only counts: the outside world, which sees every raw delivery. */
export class RecordingAlertSink implements AlertSink {
  readonly name = "recorder";
  readonly deliveries = new Map<string, number>();

  async deliver(alert: Alert): Promise<void> {
    this.deliveries.set(alert.id, (this.deliveries.get(alert.id) ?? 0) + 1);
  }
}

export interface UnexplainedDuplicate {
  readonly alertId: string;
  readonly deliveries: number;
  readonly allowed: number;
}

/** Alerts the recorder received more often than the ledger's faults explain. */
export function unexplainedDuplicates(
  recorder: RecordingAlertSink,
  ledger: FaultLedger,
): UnexplainedDuplicate[] {
  return [...recorder.deliveries]
    .map(([alertId, deliveries]) => ({
      alertId,
      deliveries,
      allowed: ledger.allowedDeliveries(recorder.name, alertId),
    }))
    .filter((entry) => entry.deliveries > entry.allowed);
}

interface InterceptOptions {
  /** Faults this call can meet. */
  readonly allowed: readonly FaultKind[];
  /** The errors this adapter throws, shaped like the real ones. */
  readonly shapes: FaultShapes;
  /** Timeouts that strike after the call went through (a lost response), rather than before it. */
  readonly timeoutAfterCall: boolean;
}

interface FaultShapes {
  throttle(operation: string): Error;
  timeout(operation: string): Error;
  serverError(operation: string): Error;
}

const SDK_METADATA = { attempts: 5, totalRetryDelay: 2_000 };

/** The SDK's socket timeout, as the store and SNS clients raise it. */
function socketTimeout(operation: string): Error {
  return Object.assign(new Error(`${operation}: the request socket timed out after 3000 ms of inactivity`), {
    name: "TimeoutError",
  });
}

const STORE_FAULTS: FaultShapes = {
  // Thrown after the SDK's own retries gave up, as a store call then sees it.
  throttle: (operation) =>
    operation.startsWith("put") || operation === "recordFindings"
      ? new ProvisionedThroughputExceededException({
          message: "The level of configured provisioned throughput for the table was exceeded.",
          $metadata: { httpStatusCode: 400, ...SDK_METADATA },
        })
      : new ThrottlingException({
          message: "Rate of requests exceeds the allowed throughput.",
          $metadata: { httpStatusCode: 400, ...SDK_METADATA },
        }),
  timeout: socketTimeout,
  serverError: () =>
    new InternalServerError({
      message: "Internal server error",
      $metadata: { httpStatusCode: 500, ...SDK_METADATA },
    }),
};

const FETCH_FAULTS: FaultShapes = {
  throttle: () => new FetchError("http-status", "HTTP 429 Too Many Requests", null, 429),
  timeout: () => new FetchError("timeout", "no response within 20000 ms"),
  serverError: () => new FetchError("http-status", "HTTP 503 Service Unavailable", null, 503),
};

const SINK_FAULTS: FaultShapes = {
  throttle: () =>
    new ThrottledException({ message: "Rate exceeded", $metadata: { httpStatusCode: 400, ...SDK_METADATA } }),
  timeout: socketTimeout,
  serverError: () =>
    new InternalErrorException({
      message: "Internal error",
      $metadata: { httpStatusCode: 500, ...SDK_METADATA },
    }),
};

const ALL_BUT_REPEAT: readonly FaultKind[] = ["throttle", "timeout", "server-error", "kill"];
const SINK_PREFIX = "sink:";

/** Which alert a delivery or marking call is about, and what to note once it went through. */
interface DeliveryTracking {
  readonly alertId: string;
  onSuccess(): void;
}

/**
 * Alerts are named in call keys by what they say rather than by id, since ids hash the article URL,
 * whose port changes from run to run.
 */
export function alertKey(alert: Alert): string {
  return `${alert.change} ${alert.summary}`;
}

/**
 * One "process": wraps adapters, counts its calls, injects the plan's faults, and tracks the alerts a
 * sink took but the store has not yet marked delivered. Call `finish` when the process ends.
 */
export class FaultyProcess {
  private dead = false;
  private readonly occurrences = new Map<string, number>();
  /** Alerts some sink took in this process that are not marked delivered yet. */
  private readonly unmarked = new Set<string>();
  /** Alerts whose marking or delivery met a fault in this process, with the first such cause. */
  private readonly deliveryFaults = new Map<string, DeliveryWindowCause>();

  constructor(
    private readonly plan: FaultPlan,
    readonly number: number,
    private readonly ledger: FaultLedger,
  ) {}

  get killed(): boolean {
    return this.dead;
  }

  store(real: NewsdriftStore): NewsdriftStore {
    const read = <T>(operation: string, key: string, call: () => Promise<T>) =>
      this.intercept(
        "store",
        operation,
        key,
        { allowed: ALL_BUT_REPEAT, shapes: STORE_FAULTS, timeoutAfterCall: true },
        call,
      );
    const write = <T>(operation: string, key: string, call: () => Promise<T>, tracking?: DeliveryTracking) =>
      this.intercept(
        "store",
        operation,
        key,
        { allowed: FAULT_KINDS, shapes: STORE_FAULTS, timeoutAfterCall: true },
        call,
        tracking,
      );
    return {
      getFeedState: (feedUrl: string) => read("getFeedState", feedUrl, () => real.getFeedState(feedUrl)),
      putFeedState: (state: FeedState) =>
        write("putFeedState", state.feedUrl, () => real.putFeedState(state)),
      listFeedStates: () => read("listFeedStates", "", () => real.listFeedStates()),
      isProcessed: (guid: string, url: string) => read("isProcessed", url, () => real.isProcessed(guid, url)),
      putArticles: (records: readonly ArticleRecord[]) =>
        write("putArticles", records.map((record) => record.url).join("\n"), () => real.putArticles(records)),
      getArticle: (url: string) => read("getArticle", url, () => real.getArticle(url)),
      recordFindings: (findings: Findings) =>
        write(
          "recordFindings",
          [
            ...findings.statements.map((statement) => `${statement.url} ${statement.sentence}`),
            ...findings.alerts.map(alertKey),
          ].join("\n"),
          () => real.recordFindings(findings),
        ),
      queryStatements: async (query: StatementQuery) => {
        const found = await read("queryStatements", JSON.stringify(query), () => real.queryStatements(query));
        const statementIds = found.map((statement) => statement.id);
        this.ledger.historyReads.push({
          topic: query.topic,
          before: query.before,
          statementIds,
          complete: true,
        });
        return found;
      },
      statementsNewestFirst: (topic: string, before: string) =>
        this.readHistory(topic, before, () => real.statementsNewestFirst(topic, before)),
      pendingAlerts: (recordedBefore?: Date) =>
        read("pendingAlerts", "", () => real.pendingAlerts(recordedBefore)),
      alertsOfArticles: (topic: string, articles: readonly ArticleRef[]) =>
        read("alertsOfArticles", articles.map((article) => article.url).join("\n"), () =>
          real.alertsOfArticles(topic, articles),
        ),
      withdrawAlerts: (alerts: readonly Alert[], recordedAfter: Date) =>
        write("withdrawAlerts", alerts.map(alertKey).join("\n"), () =>
          real.withdrawAlerts(alerts, recordedAfter),
        ),
      markAlertDelivered: (alert: Alert) =>
        write("markAlertDelivered", alertKey(alert), () => real.markAlertDelivered(alert), {
          alertId: alert.id,
          onSuccess: () => this.unmarked.delete(alert.id),
        }),
      listAlerts: (query: AlertQuery) => read("listAlerts", query.topic, () => real.listAlerts(query)),
    };
  }

  fetcher(real: HttpFetcher): HttpFetcher {
    return {
      fetch: (request: FetchRequest): Promise<FetchResult> =>
        this.intercept(
          "fetcher",
          request.purpose,
          request.url,
          { allowed: FAULT_KINDS, shapes: FETCH_FAULTS, timeoutAfterCall: false },
          () => real.fetch(request),
        ),
    };
  }

  sink(real: AlertSink): AlertSink {
    return {
      name: real.name,
      deliver: (alert: Alert) =>
        this.intercept(
          `${SINK_PREFIX}${real.name}`,
          "deliver",
          alertKey(alert),
          { allowed: FAULT_KINDS, shapes: SINK_FAULTS, timeoutAfterCall: true },
          () => real.deliver(alert),
          { alertId: alert.id, onSuccess: () => this.unmarked.add(alert.id) },
        ),
    };
  }

  /**
   * A paged read: the fault, if any, strikes when the first page is asked for; every statement read
   * is noted, and whether the reader went through to the end.
   */
  private async *readHistory(
    topic: string,
    before: string,
    open: () => AsyncIterable<Statement>,
  ): AsyncGenerator<Statement> {
    const startReading = async () => open()[Symbol.asyncIterator]();
    const options = { allowed: ALL_BUT_REPEAT, shapes: STORE_FAULTS, timeoutAfterCall: false };
    const pages = await this.intercept(
      "store",
      "statementsNewestFirst",
      `${topic} ${before}`,
      options,
      startReading,
    );
    const statementIds: string[] = [];
    let complete = false;
    try {
      for (let next = await pages.next(); !next.done; next = await pages.next()) {
        if (this.dead) throw new KillSignal(this.number);
        statementIds.push(next.value.id);
        yield next.value;
      }
      complete = true;
    } finally {
      this.ledger.historyReads.push({ topic, before, statementIds, complete });
      if (!complete) await pages.return?.();
    }
  }

  /**
   * Whether the plan redelivers this item to the use case, as an SQS redelivery would.
   * Only the repeat rate applies; a dead process receives nothing.
   */
  redelivers(itemUrl: string): boolean {
    if (this.dead) return false;
    const identity = this.identify("queue", "redeliver", itemUrl);
    const fault = this.plan.decide(identity, ["repeat"]);
    if (fault !== null) this.ledger.events.push({ ...identity, fault });
    return fault !== null;
  }

  /**
   * Ends the process: every alert a sink took that stayed unmarked opens an at-least-once window,
   * explained by the kill or by the fault that met its marking or delivery; without one it is a bug.
   */
  finish(): void {
    for (const alertId of this.unmarked) {
      const cause: DeliveryWindowCause | undefined = this.dead ? "kill" : this.deliveryFaults.get(alertId);
      if (cause === undefined) this.ledger.unmarkedWithoutFault.push({ process: this.number, alertId });
      else this.ledger.addWindow(alertId, { process: this.number, cause });
    }
    this.unmarked.clear();
  }

  private identify(adapter: string, operation: string, callKey: string): CallIdentity {
    // The loopback site's port changes from run to run; without it, a seed gives the same plan every run.
    const key = callKey.replace(/https?:\/\/[^/\s]+/g, "");
    const counter = [adapter, operation, key].join("\u001f");
    const occurrence = this.occurrences.get(counter) ?? 0;
    this.occurrences.set(counter, occurrence + 1);
    return { process: this.number, adapter, operation, key, occurrence };
  }

  private async intercept<T>(
    adapter: string,
    operation: string,
    key: string,
    options: InterceptOptions,
    call: () => Promise<T>,
    tracking?: DeliveryTracking,
  ): Promise<T> {
    if (this.dead) throw new KillSignal(this.number);
    const identity = this.identify(adapter, operation, key);
    const fault = this.plan.decide(identity, options.allowed);
    const succeed = async (): Promise<T> => {
      const result = await call();
      tracking?.onSuccess();
      return result;
    };
    if (fault === null) return succeed();
    this.ledger.events.push({ ...identity, fault });
    if (fault !== "repeat" && tracking !== undefined) this.noteDeliveryFault(adapter, tracking.alertId);
    switch (fault) {
      case "kill":
        this.dead = true;
        throw new KillSignal(this.number);
      case "throttle":
        throw options.shapes.throttle(operation);
      case "server-error":
        throw options.shapes.serverError(operation);
      case "timeout":
        if (options.timeoutAfterCall) await succeed();
        throw options.shapes.timeout(operation);
      case "repeat":
        await succeed();
        if (adapter.startsWith(SINK_PREFIX) && tracking !== undefined) {
          this.ledger.addInjectedRepeat(adapter.slice(SINK_PREFIX.length), tracking.alertId);
        }
        return succeed();
    }
  }

  private noteDeliveryFault(adapter: string, alertId: string): void {
    if (!this.deliveryFaults.has(alertId)) {
      this.deliveryFaults.set(alertId, adapter.startsWith(SINK_PREFIX) ? "sink-fault" : "store-fault");
    }
  }
}
