// The CLI's commands, callable in-process (tests pass their own output streams).
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import type { Writable } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";
import { byPublication } from "../core/alerts/compare-statements";
import type { Config } from "../core/config";
import type { Alert, Statement } from "../core/model";
import { type CycleReport, runCycle } from "../core/usecases/run-cycle";
import { alertsTable, statementsTable } from "./format-table";
import { loadConfigFile } from "./load-config";
import type { DatabaseAccess } from "./local-database";
import { type LocalRuntime, openLocalRuntime } from "./local-runtime";
import { createProgressDisplay, summarizeCycle } from "./progress";
import { renderReport } from "./report";

export interface CommandIo {
  readonly stdout: Writable;
  readonly stderr: Writable & { isTTY?: boolean };
}

/**
 * Opens the runtime for one command. `run` serves its embedded database to the other commands;
 * they use that server while it runs.
 */
async function withRuntime<T>(
  config: Config,
  io: CommandIo,
  use: (runtime: LocalRuntime) => Promise<T>,
  database: DatabaseAccess = "share",
): Promise<T> {
  const runtime = await openLocalRuntime(config, { out: io.stdout, database });
  try {
    return await use(runtime);
  } finally {
    await runtime.close();
  }
}

/** One cycle with progress on stderr; each failed feed and item is printed with its reason. */
export async function runOneCycle(runtime: LocalRuntime, io: CommandIo): Promise<CycleReport> {
  const progress = createProgressDisplay(io.stderr);
  const report = await runtime.lease
    .hold(() =>
      runCycle({
        ...runtime.deps,
        onProgress: (counts) => progress.update(counts),
        onFeed: (feed) => {
          if (feed.status === "failed" || feed.status === "skipped") {
            io.stderr.write(`feed ${feed.status}: ${feed.feed.url}: ${feed.error}\n`);
          }
        },
      }),
    )
    .finally(() => progress.stop());
  for (const item of report.items) {
    if (item.status === "failed") io.stderr.write(`item failed: ${item.item.url}: ${item.error}\n`);
    else if (item.article?.fallbackReason) {
      io.stderr.write(`item used feed content: ${item.item.url}: ${item.article.fallbackReason}\n`);
    }
  }
  for (const failure of report.delivery.failures) {
    io.stderr.write(`alert ${failure.alertId} not delivered to ${failure.sink}: ${failure.error}\n`);
  }
  io.stderr.write(`${summarizeCycle(report.counts)}\n`);
  return report;
}

export async function runCommand(
  configPath: string,
  options: { once: boolean },
  io: CommandIo,
): Promise<void> {
  const config = await loadConfigFile(configPath);
  const stop = new AbortController();
  const onSignal = () => {
    io.stderr.write("stopping after this cycle (Ctrl-C again to force)\n");
    stop.abort();
    process.once("SIGINT", () => process.exit(130));
  };
  if (!options.once) process.once("SIGINT", onSignal);
  try {
    await withRuntime(
      config,
      io,
      async (runtime) => {
        for (;;) {
          await runOneCycle(runtime, io);
          if (options.once || stop.signal.aborted) return;
          io.stderr.write(`next cycle in ${config.pollIntervalMinutes} minute(s); Ctrl-C to stop\n`);
          try {
            await sleep(config.pollIntervalMinutes * 60_000, undefined, { signal: stop.signal });
          } catch {
            return;
          }
        }
      },
      "serve",
    );
  } finally {
    process.off("SIGINT", onSignal);
  }
}

export interface QueryOptions {
  readonly topic: string;
  readonly outlet?: string;
  readonly measure?: string;
  readonly since?: string;
  readonly json: boolean;
}

function requireTopic(config: Config, topic: string) {
  const found = config.topics.find((t) => t.id === topic);
  if (!found)
    throw new UsageError(
      `unknown topic "${topic}"; configured: ${config.topics.map((t) => t.id).join(", ")}`,
    );
  return found;
}

/** A mistake in the command line (not the config): exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

function normalizeSince(since: string | undefined): string | undefined {
  if (since === undefined) return undefined;
  const date = new Date(since);
  if (Number.isNaN(date.getTime())) throw new UsageError(`--since "${since}" is not an ISO date or time`);
  return date.toISOString().replace(".000Z", "Z");
}

function writeLines(out: Writable, items: readonly unknown[]): void {
  for (const item of items) out.write(`${JSON.stringify(item)}\n`);
}

export async function queryCommand(
  configPath: string,
  options: QueryOptions,
  io: CommandIo,
): Promise<Statement[]> {
  const config = await loadConfigFile(configPath);
  requireTopic(config, options.topic);
  const since = normalizeSince(options.since);
  return withRuntime(config, io, async (runtime) => {
    const statements = await runtime.store.queryStatements({
      topic: options.topic,
      ...(options.outlet ? { outlet: options.outlet } : {}),
      ...(options.measure ? { measure: options.measure } : {}),
      ...(since ? { since } : {}),
    });
    if (options.json) writeLines(io.stdout, statements);
    else io.stdout.write(`${statementsTable(statements)}\n`);
    return statements;
  });
}

export async function listAlerts(runtime: LocalRuntime, config: Config, topic?: string): Promise<Alert[]> {
  const topics = topic ? [requireTopic(config, topic)] : config.topics;
  const alerts = (await Promise.all(topics.map((t) => runtime.store.listAlerts({ topic: t.id })))).flat();
  return alerts.sort((a, b) => byPublication(a.current, b.current) || a.id.localeCompare(b.id));
}

export async function alertsCommand(
  configPath: string,
  options: { topic?: string; json: boolean },
  io: CommandIo,
): Promise<Alert[]> {
  const config = await loadConfigFile(configPath);
  return withRuntime(config, io, async (runtime) => {
    const alerts = await listAlerts(runtime, config, options.topic);
    if (options.json) writeLines(io.stdout, alerts);
    else io.stdout.write(`${alertsTable(alerts)}\n`);
    return alerts;
  });
}

export async function writeReport(
  runtime: LocalRuntime,
  config: Config,
  topicId: string,
  out: string,
): Promise<string> {
  const topic = requireTopic(config, topicId);
  const statements = await runtime.store.queryStatements({ topic: topicId });
  const alerts = await listAlerts(runtime, config, topicId);
  const path = resolve(out);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(
    path,
    renderReport({ topic, statements, alerts, generatedAt: runtime.deps.clock.now() }),
    "utf8",
  );
  return path;
}

export async function reportCommand(
  configPath: string,
  options: { topic: string; out: string },
  io: CommandIo,
): Promise<string> {
  const config = await loadConfigFile(configPath);
  return withRuntime(config, io, async (runtime) => {
    const path = await writeReport(runtime, config, options.topic, options.out);
    io.stdout.write(`report written to ${path}\n`);
    return path;
  });
}

export async function feedsCommand(
  configPath: string,
  options: { json: boolean },
  io: CommandIo,
): Promise<void> {
  const config = await loadConfigFile(configPath);
  await withRuntime(config, io, async (runtime) => {
    const states = new Map((await runtime.store.listFeedStates()).map((s) => [s.feedUrl, s]));
    const rows = config.feeds.map((feed) => {
      const state = states.get(feed.url) ?? null;
      const health =
        state === null
          ? "never polled"
          : state.disabledUntil !== null && state.disabledUntil > runtime.deps.clock.now().toISOString()
            ? "disabled"
            : state.consecutiveFailures > 0
              ? "failing"
              : "ok";
      return { url: feed.url, outlet: feed.outlet, health, ...state };
    });
    if (options.json) {
      writeLines(io.stdout, rows);
      return;
    }
    for (const row of rows) {
      io.stdout.write(
        `${row.health.padEnd(12)} ${row.outlet} <${row.url}>\n` +
          `             items seen ${row.itemsSeen ?? 0}, failures in a row ${row.consecutiveFailures ?? 0}, ` +
          `last success ${row.lastSuccessAt ?? "never"}${row.lastError ? `, last error: ${row.lastError}` : ""}\n`,
      );
    }
  });
}
