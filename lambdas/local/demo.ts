// `newsdrift demo`: serves the bundled sample news on loopback and runs the pipeline day by day.
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseConfig } from "../core/config";
import type { CommandIo } from "./commands";
import { runOneCycle, writeReport } from "./commands";
import { statementsTable } from "./format-table";
import { openLocalRuntime } from "./local-runtime";
import { type SampleSite, startSampleSite } from "./sample-site";

/** The demo's config: the sample's feeds and topic, on loopback, so private hosts are allowed. */
export function demoConfigJson(site: SampleSite): Record<string, unknown> {
  return {
    dataDir: ".",
    pollIntervalMinutes: 5,
    network: {
      allowPrivateHosts: true,
      allowedPorts: [80, 443, Number(new URL(site.baseUrl).port)],
      perHostDelayMs: 0,
    },
    feeds: site.feeds,
    topics: [site.topic],
    // The demo's days pass in seconds and its articles arrive in order: alerts go out at once.
    alerts: { console: true, jsonl: "alerts.jsonl", settleMinutes: 0 },
  };
}

export async function demoCommand(options: { dataDir: string }, io: CommandIo): Promise<void> {
  const dataDir = resolve(options.dataDir);
  await rm(dataDir, { recursive: true, force: true });
  await mkdir(dataDir, { recursive: true });
  const site = await startSampleSite();
  const configJson = demoConfigJson(site);
  const configPath = join(dataDir, "newsdrift.config.json");
  await writeFile(configPath, `${JSON.stringify(configJson, null, 2)}\n`, "utf8");
  const config = parseConfig(configJson, configPath, (p) => resolve(dataDir, p));
  const runtime = await openLocalRuntime(config, { out: io.stdout });
  try {
    io.stdout.write(
      `newsdrift demo: ${site.feeds.length} feeds from ${site.baseUrl}, topic "${site.topic.name}"\n`,
    );
    for (let dayNumber = 1; dayNumber <= site.days; dayNumber++) {
      site.setDay(dayNumber);
      io.stdout.write(`\n=== Day ${dayNumber} of ${site.days} ===\n`);
      const cycle = await runOneCycle(runtime, io);
      const statements = cycle.items.flatMap((item) => item.statements);
      io.stdout.write(`${statementsTable(statements)}\n`);
    }
    io.stdout.write("\n=== Polling again with nothing new (conditional GETs, nothing repeated) ===\n");
    await runOneCycle(runtime, io);
    const reportPath = await writeReport(
      runtime,
      config,
      site.topic.id,
      join(dataDir, `report-${site.topic.id}.html`),
    );
    const cli = "npm run -s newsdrift --";
    io.stdout.write(
      [
        "",
        "Where everything is stored:",
        `  statements, articles, feed state, alerts: ${runtime.storageDescription}`,
        `  alerts as JSON Lines:                     ${config.alerts.jsonl}`,
        `  HTML report:                              ${reportPath}`,
        `  config used:                              ${configPath}`,
        "Try:",
        `  ${cli} query --config ${configPath} --topic ${site.topic.id}`,
        `  ${cli} alerts --config ${configPath} --json`,
        "",
      ].join("\n"),
    );
  } finally {
    await runtime.close();
    await site.close();
  }
}
