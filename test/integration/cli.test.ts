// The command line as a user runs it: a separate Node process, its exit code and its messages.
import { mkdtempSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DynamoDbCycleLease } from "../../lambdas/adapters/dynamodb/dynamodb-cycle-lease";
import { type NodeRun, runNode } from "../support/node-process";
import { izyumTopic } from "../support/statements";
import { startTestDynalite, type TestDynalite } from "./helpers/dynalite";

const CLI = join(import.meta.dirname, "..", "..", "bin", "newsdrift.mjs");

function runCli(args: readonly string[]): Promise<NodeRun> {
  return runNode([CLI, ...args], { env: { PATH: process.env.PATH } });
}

describe("newsdrift CLI", () => {
  let db: TestDynalite;
  let dir: string;

  beforeAll(async () => {
    db = await startTestDynalite();
    dir = mkdtempSync(join(tmpdir(), "newsdrift-cli-"));
  });

  afterAll(async () => {
    await db?.close();
  });

  function writeConfig(name: string, config: unknown): string {
    const path = join(dir, name);
    writeFileSync(path, JSON.stringify(config));
    return path;
  }

  const validConfig = () => ({
    feeds: [{ url: "http://127.0.0.1:9/rss.xml", outlet: "Unreachable News" }],
    topics: [izyumTopic],
    storage: { endpoint: db.endpoint, tableName: db.tableName },
  });

  it("lists its commands with --help and exits 0", async () => {
    // Act
    const run = await runCli(["--help"]);

    // Assess
    expect(run.code).toBe(0);
    for (const command of ["run", "query", "alerts", "report", "feeds", "demo"]) {
      expect(run.stdout).toMatch(new RegExp(`^\\s+${command}\\b`, "m"));
    }
  });

  it("exits 2 on an invalid config, naming each wrong field", async () => {
    // Prepare
    const config = writeConfig("invalid.json", {
      ...validConfig(),
      feeds: [{ url: "ftp://example.org/rss", outlet: "X" }],
      pollIntervalMinutes: 0,
    });

    // Act
    const run = await runCli(["run", "--once", "--config", config]);

    // Assess
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("feeds[0].url: must be an http or https URL");
    expect(run.stderr).toContain("pollIntervalMinutes");
  });

  it("exits 2 on a usage mistake: an unknown topic, or an unknown command", async () => {
    // Prepare
    const config = writeConfig("valid.json", validConfig());

    // Act
    const unknownTopic = await runCli(["query", "--config", config, "--topic", "no-such-topic"]);
    const unknownCommand = await runCli(["poll"]);

    // Assess
    expect(unknownTopic.code).toBe(2);
    expect(unknownTopic.stderr).toContain(`unknown topic "no-such-topic"; configured: ${izyumTopic.id}`);
    expect(unknownCommand.code).toBe(2);
    expect(unknownCommand.stderr).toContain("unknown command 'poll'");
  });

  it("exits 1 without running a cycle while another runner holds the table's lease, naming it", async () => {
    // Prepare
    const config = writeConfig("leased.json", validConfig());
    const otherRunner = new DynamoDbCycleLease(db.client, db.tableName);
    let finishOther = () => {};
    const otherCycle = otherRunner.hold(
      () =>
        new Promise<void>((resolve) => {
          finishOther = resolve;
        }),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));

    // Act
    const run = await runCli(["run", "--once", "--config", config]);

    // Assess
    finishOther();
    await otherCycle;
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`another newsdrift runner is running a cycle on table ${db.tableName}`);
    expect(run.stderr).toContain(`process ${process.pid} on ${hostname()}`);
    expect(run.stderr).not.toContain("unexpected fault");
  });
});
