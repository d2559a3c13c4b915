// Runs a fault-injection scenario over the fault site: each day, processes are started and killed by
// the plan until one completes a cycle, then fault-free reruns finish what is left. The outcome is what
// a user would see: stored statements and alerts, the JSON Lines file, and the raw deliveries.
import { readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDbStore } from "../../../lambdas/adapters/dynamodb/dynamodb-store";
import { ensureTable } from "../../../lambdas/adapters/dynamodb/table-schema";
import { JsonLinesAlertSink } from "../../../lambdas/adapters/file/jsonl-alert-sink";
import { NodeHttpFetcher } from "../../../lambdas/adapters/http/node-http-fetcher";
import { type Config, parseConfig } from "../../../lambdas/core/config";
import type { Alert, Statement } from "../../../lambdas/core/model";
import { deliverRecordedAlerts, settledBefore } from "../../../lambdas/core/usecases/deliver-alerts";
import { processItem } from "../../../lambdas/core/usecases/process-item";
import { type CycleDeps, type CycleReport, runCycle } from "../../../lambdas/core/usecases/run-cycle";
import type { Clock } from "../../../lambdas/ports/clock";
import {
  FaultLedger,
  FaultPlan,
  type FaultRates,
  FaultyProcess,
  NO_FAULTS,
  RecordingAlertSink,
  unexplainedDuplicates,
} from "../../support/fault-injection";
import { FAULT_SITE_DAYS, FAULT_SITE_TOPIC, type FaultSite } from "./fault-site";

const HOUR_MS = 60 * 60 * 1000;
/**
 * Alerts wait this long before they are sent: longer than the reruns that finish a faulty day take
 * (PROCESS_STEP_MS apart), so an article delayed by a fault arrives while the alerts its late
 * arrival changes can still be withdrawn; shorter than a day, so the next day's faulty processes
 * send the first day's alerts.
 */
const SETTLE_MINUTES = 12 * 60;
/** Clock step per process, so the backoff of a feed that failed expires within a few runs. */
const PROCESS_STEP_MS = HOUR_MS;
const FIRST_DAY = Date.parse("2031-05-12T06:00:00Z");
/** Processes (faulty or not) one day may take before the scenario is declared stuck. */
const MAX_PROCESSES_PER_DAY = 40;

export interface Scenario {
  readonly seed: number;
  readonly rates: FaultRates;
}

/** Shared by every scenario of a test file: the site, one dynalite server, a folder for JSONL files. */
export interface ScenarioEnvironment {
  readonly site: FaultSite;
  readonly client: DynamoDBClient;
  readonly workDir: string;
}

export interface ScenarioOutcome {
  readonly statements: Statement[];
  readonly alerts: Alert[];
  /** Alerts as read back from the JSON Lines file, in file order. */
  readonly jsonlAlerts: Alert[];
  readonly recorder: RecordingAlertSink;
  readonly ledger: FaultLedger;
  /** Unsent alerts withdrawn because an article arrived late. */
  readonly withdrawn: number;
  readonly processes: number;
  readonly killedProcesses: number;
}

/** A clock the runner moves forward, so feed backoff expires between runs. */
class ManualClock implements Clock {
  constructor(private time: number) {}
  now(): Date {
    return new Date(this.time);
  }
  advanceTo(time: number): void {
    this.time = Math.max(this.time, time);
  }
}

export function faultSiteConfig(site: FaultSite): Config {
  return parseConfig(
    {
      pollIntervalMinutes: 5,
      network: {
        allowPrivateHosts: true,
        allowedPorts: [site.port],
        perHostDelayMs: 0,
        respectRobotsTxt: false,
      },
      feeds: site.feeds,
      topics: [FAULT_SITE_TOPIC],
      alerts: { console: false, settleMinutes: SETTLE_MINUTES },
      extraction: { minTextLength: 150 },
    },
    "fault scenario",
  );
}

/** The table a scenario runs on; `prepareTables` creates them all up front. */
export function scenarioTable(label: string): string {
  return `faults-${label}`;
}

/**
 * Creates every scenario's table at once: dynalite makes a new table ACTIVE a moment after creating it,
 * and the SDK's waiter then sleeps a whole second, which for one table at a time would dominate a run.
 */
export async function prepareTables(client: DynamoDBClient, labels: readonly string[]): Promise<void> {
  await Promise.all(labels.map((label) => ensureTable(client, scenarioTable(label))));
}

/** Runs a scenario on its own table (see prepareTables) and JSON Lines file. */
export async function runScenario(
  env: ScenarioEnvironment,
  scenario: Scenario,
  label: string,
): Promise<ScenarioOutcome> {
  const tableName = scenarioTable(label);
  const jsonlPath = join(env.workDir, `${label}.jsonl`);
  try {
    const config = faultSiteConfig(env.site);
    const clock = new ManualClock(FIRST_DAY);
    const realStore = new DynamoDbStore(env.client, tableName, clock);
    const fetcher = new NodeHttpFetcher(config.network);
    const recorder = new RecordingAlertSink();
    const ledger = new FaultLedger();
    const faultyPlan = new FaultPlan(scenario.seed, scenario.rates);
    const faultFreePlan = new FaultPlan(scenario.seed, NO_FAULTS);
    let processes = 0;
    let killedProcesses = 0;
    let withdrawn = 0;

    // Each process gets new wrappers and a new JSON Lines sink (which rereads the file), as a restart would.
    const runProcess = async (plan: FaultPlan): Promise<{ process: FaultyProcess; report: CycleReport }> => {
      const process = new FaultyProcess(plan, ++processes, ledger);
      const deps: CycleDeps = {
        config,
        clock,
        store: process.store(realStore),
        fetcher: process.fetcher(fetcher),
        sinks: [process.sink(recorder), process.sink(new JsonLinesAlertSink(jsonlPath))],
      };
      const report = await runCycle(deps);
      withdrawn += await redeliverItems(process, deps, report);
      for (const item of report.items) withdrawn += item.withdrawn?.length ?? 0;
      process.finish();
      if (process.killed) killedProcesses += 1;
      clock.advanceTo(clock.now().getTime() + PROCESS_STEP_MS);
      return { process, report };
    };

    // One more day than the site has: no new articles, the last alerts settle and go out.
    for (let day = 1; day <= FAULT_SITE_DAYS + 1; day++) {
      env.site.setDay(Math.min(day, FAULT_SITE_DAYS));
      clock.advanceTo(FIRST_DAY + (day - 1) * 24 * HOUR_MS);
      const lastDay = day > FAULT_SITE_DAYS;
      const firstProcess = processes;
      const stuck = () => {
        if (processes - firstProcess >= MAX_PROCESSES_PER_DAY) {
          throw new Error(
            `seed ${scenario.seed}: day ${day} still unfinished after ${MAX_PROCESSES_PER_DAY} processes`,
          );
        }
      };
      let last = await runProcess(faultyPlan);
      while (last.process.killed) {
        stuck();
        last = await runProcess(faultyPlan);
      }
      while (!(await finishedEverything(last.report, realStore, lastDay ? null : clock))) {
        stuck();
        last = await runProcess(faultFreePlan);
      }
    }

    const jsonl = await readFile(jsonlPath, "utf8").catch(() => "");
    return {
      statements: await realStore.queryStatements({ topic: FAULT_SITE_TOPIC.id }),
      alerts: await realStore.listAlerts({ topic: FAULT_SITE_TOPIC.id }),
      jsonlAlerts: jsonl
        .split("\n")
        .filter((line) => line.trim() !== "")
        .map((line) => JSON.parse(line) as Alert),
      recorder,
      ledger,
      withdrawn,
      processes,
      killedProcesses,
    };
  } finally {
    await rm(jsonlPath, { force: true });
  }
}

/**
 * The plan may redeliver an item after the cycle, as SQS does: the article processor's steps, twice
 * at once, as when a visibility timeout runs out while the first attempt is still working. A failed
 * attempt is left to the next cycle, as a failed message is left to SQS.
 */
async function redeliverItems(process: FaultyProcess, deps: CycleDeps, report: CycleReport): Promise<number> {
  let withdrawn = 0;
  const attempt = async (item: CycleReport["items"][number]["item"]) => {
    const result = await processItem(item, deps);
    withdrawn += result.withdrawn?.length ?? 0;
    await deliverRecordedAlerts(deps, result.alerts);
  };
  for (const { item } of report.items) {
    if (process.redelivers(item.url)) await Promise.allSettled([attempt(item), attempt(item)]);
  }
  return withdrawn;
}

/**
 * A cycle left nothing to do: every feed read and committed, every item done, and no alert pending
 * that has settled by `clock` (with no clock, none at all).
 */
async function finishedEverything(
  report: CycleReport,
  store: DynamoDbStore,
  clock: Clock | null,
): Promise<boolean> {
  const feedsDone = report.feeds.every((feed) => feed.status === "ok" || feed.status === "not-modified");
  const itemsDone = report.items.every((item) => item.status !== "failed");
  const settled = clock ? settledBefore(clock.now(), SETTLE_MINUTES) : undefined;
  return (
    feedsDone &&
    itemsDone &&
    report.delivery.failures.length === 0 &&
    (await store.pendingAlerts(settled)).length === 0
  );
}

export interface BaselineComparison {
  /** Statements or alerts lost, changed or invented, or alerts delivered wrongly: bugs. */
  readonly problems: string[];
  /**
   * Articles first compared with an incomplete history because a fault delayed an article published
   * before them (by publication instant): their alerts still had to come out as the baseline's.
   */
  readonly comparedEarly: number;
}

/** Differences between a scenario's outcome and the fault-free baseline, in words. */
export function compareWithBaseline(outcome: ScenarioOutcome, baseline: ScenarioOutcome): BaselineComparison {
  const problems: string[] = [];
  diff("stored statements", outcome.statements, baseline.statements, problems);
  // An article that arrives late makes the articles published after it be compared again: their
  // missing alerts are recorded, and those that no longer hold are withdrawn before they settle.
  diff("stored alerts", outcome.alerts, baseline.alerts, problems);

  // Whatever was stored, each alert reaches every sink: the JSON Lines file once, the recorder at least once.
  const jsonlCounts = countBy(outcome.jsonlAlerts.map((alert) => alert.id));
  const repeatedInFile = [...jsonlCounts].filter(([, count]) => count > 1).map(([id]) => id);
  if (repeatedInFile.length > 0) problems.push(`JSON Lines file repeats alerts: ${describe(repeatedInFile)}`);
  diff(
    "JSON Lines alerts (against the stored ones)",
    uniqueById(outcome.jsonlAlerts),
    outcome.alerts,
    problems,
  );
  const neverDelivered = outcome.alerts.filter((alert) => !outcome.recorder.deliveries.has(alert.id));
  if (neverDelivered.length > 0)
    problems.push(`alerts never delivered: ${describe(neverDelivered.map((a) => a.id))}`);
  for (const duplicate of unexplainedDuplicates(outcome.recorder, outcome.ledger)) {
    problems.push(
      `alert ${duplicate.alertId} delivered ${duplicate.deliveries} times, faults explain ${duplicate.allowed}`,
    );
  }
  for (const { process, alertId } of outcome.ledger.unmarkedWithoutFault) {
    problems.push(
      `alert ${alertId} delivered by process ${process} but never marked, with no fault to explain it`,
    );
  }
  return { problems, comparedEarly: articlesComparedWithPartialHistory(outcome, baseline).size };
}

/**
 * Publication instants of the articles that read a history different from the baseline's at least once.
 * A reader that stopped early (newest first) must have seen every statement newer than the oldest it read.
 */
function articlesComparedWithPartialHistory(
  outcome: ScenarioOutcome,
  baseline: ScenarioOutcome,
): Set<number> {
  const partial = new Set<number>();
  const baselineById = new Map(baseline.statements.map((s) => [s.id, s]));
  for (const read of outcome.ledger.historyReads) {
    if (read.before === undefined) continue;
    const before = instant(read.before);
    const seen = new Set(read.statementIds);
    const oldestSeen = Math.min(
      ...read.statementIds.map((id) => instant(baselineById.get(id)?.publishedAt ?? "")),
    );
    const shouldHaveSeen = baseline.statements.filter(
      (s) =>
        s.topic === read.topic &&
        instant(s.publishedAt) < before &&
        (read.complete || instant(s.publishedAt) > oldestSeen),
    );
    const unknown = read.statementIds.some((id) => !baselineById.has(id));
    if (unknown || shouldHaveSeen.some((s) => !seen.has(s.id))) partial.add(before);
  }
  return partial;
}

function instant(iso: string): number {
  return Date.parse(iso);
}

function describe(ids: Iterable<string>): string {
  return [...ids].sort().join(", ");
}

/** Adds to `problems` what is missing from, added to or changed in `actual` compared with `expected`. */
function diff<T extends { readonly id: string }>(
  what: string,
  actual: readonly T[],
  expected: readonly T[],
  problems: string[],
): void {
  const actualById = new Map(actual.map((value) => [value.id, value]));
  const expectedById = new Map(expected.map((value) => [value.id, value]));
  const missing = [...expectedById.keys()].filter((id) => !actualById.has(id));
  const extra = [...actualById.keys()].filter((id) => !expectedById.has(id));
  const changed = [...expectedById.keys()].filter(
    (id) => actualById.has(id) && JSON.stringify(actualById.get(id)) !== JSON.stringify(expectedById.get(id)),
  );
  if (missing.length > 0) problems.push(`${what} missing: ${describe(missing)}`);
  if (extra.length > 0) problems.push(`${what} unexpected: ${describe(extra)}`);
  if (changed.length > 0) problems.push(`${what} changed: ${describe(changed)}`);
}

function countBy(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

function uniqueById(alerts: readonly Alert[]): Alert[] {
  return [...new Map(alerts.map((alert) => [alert.id, alert])).values()];
}
