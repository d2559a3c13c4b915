// The demo pipeline end to end: the sample site over loopback HTTP, the real fetcher, parser,
// extractor and statement pipeline, a real dynalite, and the local alert sinks.
// Golden files hold the exact statements and alerts; after a reviewed change to extraction,
// regenerate them with `UPDATE_GOLDEN=1 npx vitest run test/integration/e2e`.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../../lambdas/core/config";
import type { Alert, Statement } from "../../../lambdas/core/model";
import { runCycle } from "../../../lambdas/core/usecases/run-cycle";
import { alertsCommand, queryCommand } from "../../../lambdas/local/commands";
import { demoConfigJson } from "../../../lambdas/local/demo";
import { type LocalRuntime, openLocalRuntime } from "../../../lambdas/local/local-runtime";
import { type SampleSite, startSampleSite } from "../../../lambdas/local/sample-site";
import type { AlertSink } from "../../../lambdas/ports/alert-sink";
import { startTestDynalite, type TestDynalite } from "../helpers/dynalite";

const GOLDEN = new URL("../../fixtures/e2e/", import.meta.url).pathname;
const STABLE_BASE = "http://sample.test";
/**
 * Statement and alert ids derive from article URLs, so the site needs the same port on every run:
 * one below Linux's ephemeral range (32768 and up), which random ports never take.
 */
const SAMPLE_PORT = 29417;
/** Another test run on this machine may hold the port for its own e2e test: wait for it. */
const PORT_WAIT_MS = 120_000;

async function startSampleSiteOnFixedPort(): Promise<SampleSite> {
  const deadline = Date.now() + PORT_WAIT_MS;
  for (;;) {
    try {
      return await startSampleSite({ port: SAMPLE_PORT });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE" || Date.now() >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

class RecordingSink implements AlertSink {
  readonly name = "recording";
  readonly received: Alert[] = [];
  async deliver(alert: Alert): Promise<void> {
    this.received.push(alert);
  }
}

/** Golden files name the site by a fixed base URL, not by the loopback address it listens on. */
function stable<T>(value: T, baseUrl: string): T {
  return JSON.parse(JSON.stringify(value).replaceAll(baseUrl, STABLE_BASE));
}

function golden(name: string, actual: readonly unknown[]): unknown[] {
  const path = join(GOLDEN, name);
  const text = actual.map((line) => JSON.stringify(line)).join("\n");
  if (process.env.UPDATE_GOLDEN || !existsSync(path)) writeFileSync(path, `${text}\n`);
  return readFileSync(path, "utf8")
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

describe("the demo pipeline, end to end", () => {
  let site: SampleSite;
  let db: TestDynalite;
  let runtime: LocalRuntime;
  let configPath: string;
  const recorder = new RecordingSink();
  const dayCounts: { newItems: number; statements: number; alerts: number }[] = [];

  beforeAll(async () => {
    // Prepare: the sample site, a real dynalite, the demo's config pointed at it
    site = await startSampleSiteOnFixedPort();
    db = await startTestDynalite();
    const dataDir = mkdtempSync(join(tmpdir(), "newsdrift-e2e-"));
    const raw = {
      ...demoConfigJson(site),
      // As in the demo, alerts go out at once.
      alerts: { console: false, jsonl: "alerts.jsonl", settleMinutes: 0 },
      storage: { endpoint: db.endpoint, tableName: db.tableName },
    };
    configPath = join(dataDir, "newsdrift.config.json");
    writeFileSync(configPath, JSON.stringify(raw));
    const config = parseConfig(raw, configPath, (p) => join(dataDir, p));
    let day = 1;
    const clock = { now: () => new Date(Date.parse(`${site.startDate}T22:00:00Z`) + (day - 1) * 86_400_000) };
    runtime = await openLocalRuntime(config, { out: new PassThrough(), clock, sinks: [recorder] });

    // Act: one cycle per simulated day
    for (; day <= site.days; day++) {
      site.setDay(day);
      const report = await runCycle(runtime.deps);
      dayCounts.push({
        newItems: report.counts.newItems,
        statements: report.counts.statements,
        alerts: report.counts.alerts,
      });
    }
  }, PORT_WAIT_MS + 60_000);

  afterAll(async () => {
    await runtime?.close();
    await db?.close();
    await site?.close();
  });

  it("stores exactly the golden statements", async () => {
    // Act
    const statements = await runtime.store.queryStatements({ topic: site.topic.id });
    // Assess
    expect(stable(statements, site.baseUrl)).toEqual(
      golden("statements.jsonl", stable(statements, site.baseUrl)),
    );
    expect(statements.length).toBe(dayCounts.reduce((sum, d) => sum + d.statements, 0));
  });

  it("raises exactly the golden alerts, each delivered once to every sink", async () => {
    // Act
    const alerts = await runtime.store.listAlerts({ topic: site.topic.id });
    const jsonl = readFileSync(runtime.deps.config.alerts.jsonl as string, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Alert);
    // Assess
    expect(stable(alerts, site.baseUrl)).toEqual(golden("alerts.jsonl", stable(alerts, site.baseUrl)));
    expect(new Set(alerts.map((a) => a.id)).size).toBe(alerts.length);
    expect(recorder.received.map((a) => a.id).sort()).toEqual(alerts.map((a) => a.id).sort());
    expect(jsonl.map((a) => a.id).sort()).toEqual(alerts.map((a) => a.id).sort());
    expect(await runtime.store.pendingAlerts()).toEqual([]);
  });

  it("adds nothing when the unchanged feeds are polled again", async () => {
    // Prepare
    const before = recorder.received.length;
    // Act
    const report = await runCycle(runtime.deps);
    // Assess
    expect(report.feeds.map((f) => f.status)).toEqual(site.feeds.map(() => "not-modified"));
    expect(report.counts).toMatchObject({ newItems: 0, statements: 0, alerts: 0 });
    expect(recorder.received.length).toBe(before);
  });

  it("answers the CLI's query and alerts commands from the same store, oldest first", async () => {
    // Prepare
    const stdout = new PassThrough();
    const chunks: Buffer[] = [];
    stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    const io = { stdout, stderr: new PassThrough() };
    // Act
    const statements = await queryCommand(
      configPath,
      { topic: site.topic.id, measure: "patients", json: true },
      io,
    );
    const alerts = await alertsCommand(configPath, { json: true }, io);
    // Assess
    const lines = Buffer.concat(chunks).toString("utf8").trim().split("\n");
    expect(lines).toHaveLength(statements.length + alerts.length);
    expect(statements.every((s) => s.kind === "figure" && s.measure === "patients")).toBe(true);
    const times = statements.map((s) => s.publishedAt);
    expect(times).toEqual([...times].sort());
    expect((JSON.parse(lines[0] ?? "{}") as Statement).id).toBe(statements[0]?.id);
  });
});
