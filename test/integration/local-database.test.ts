// A data directory's embedded database across commands: `run` serves it, reading commands use
// that server, and nobody opens it twice.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../lambdas/core/config";
import { queryCommand } from "../../lambdas/local/commands";
import { LocalDatabaseInUseError } from "../../lambdas/local/dynalite-server";
import { openLocalDatabase } from "../../lambdas/local/local-database";
import { openLocalRuntime } from "../../lambdas/local/local-runtime";
import { izyumTopic } from "../support/statements";

const freshDataDir = () => mkdtempSync(join(tmpdir(), "newsdrift-local-db-"));

/** The id of a process that has already exited. */
function exitedPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], {
    encoding: "utf8",
  });
  return Number(child.stdout);
}

describe("the local database of a data directory", () => {
  it("is served by the command that serves it to a command that shares it", async () => {
    // Prepare
    const dataDir = freshDataDir();
    const served = await openLocalDatabase(dataDir, "serve");

    // Act
    const shared = await openLocalDatabase(dataDir, "share");

    // Assess
    expect(shared.endpoint).toBe(served.endpoint);
    expect(shared.servedBy).toBe(process.pid);
    await shared.close();
    await served.close();
    expect(existsSync(join(dataDir, "dynamodb-server.json"))).toBe(false);
  });

  it("refuses a command that would own it while another holds it, with a clear error", async () => {
    // Prepare
    const dataDir = freshDataDir();
    const served = await openLocalDatabase(dataDir, "serve");

    // Act
    const owned = openLocalDatabase(dataDir, "own");

    // Assess
    await expect(owned).rejects.toThrow(LocalDatabaseInUseError);
    await expect(owned).rejects.toThrow(/is in use by another process \(is newsdrift already running\?\)/);
    await served.close();
  });

  it("is opened afresh by a sharing command once the serving one has closed it", async () => {
    // Prepare
    const dataDir = freshDataDir();
    const served = await openLocalDatabase(dataDir, "serve");
    await served.close();

    // Act
    const shared = await openLocalDatabase(dataDir, "share");

    // Assess
    expect(shared.servedBy).toBeNull();
    expect(shared.endpoint).not.toBe(served.endpoint);
    await shared.close();
  });

  it("ignores a server left advertised by a process that has exited", async () => {
    // Prepare
    const dataDir = freshDataDir();
    const owner = await openLocalDatabase(dataDir, "own");
    writeFileSync(
      join(dataDir, "dynamodb-server.json"),
      JSON.stringify({ endpoint: owner.endpoint, pid: exitedPid() }),
    );

    // Act
    const shared = openLocalDatabase(dataDir, "share", 300);

    // Assess
    await expect(shared).rejects.toThrow(LocalDatabaseInUseError);
    await owner.close();
  });

  it("follows an advertised address only to a plain 127.0.0.1 server", async () => {
    // Prepare
    const dataDir = freshDataDir();
    const owner = await openLocalDatabase(dataDir, "own");
    const port = new URL(owner.endpoint).port;
    writeFileSync(
      join(dataDir, "dynamodb-server.json"),
      JSON.stringify({ endpoint: `http://127.0.0.1:${port}@storage.example/`, pid: process.pid }),
    );

    // Act
    const shared = openLocalDatabase(dataDir, "share", 300);

    // Assess
    await expect(shared).rejects.toThrow(LocalDatabaseInUseError);
    await owner.close();
  });

  it("lets `query` read what a running `run` stores, through its server", async () => {
    // Prepare
    const dataDir = freshDataDir();
    const configPath = join(dataDir, "newsdrift.config.json");
    const raw = {
      dataDir: ".",
      feeds: [{ url: "https://a.example/rss", outlet: "A News" }],
      topics: [izyumTopic],
    };
    writeFileSync(configPath, JSON.stringify(raw));
    const config = parseConfig(raw, configPath, (path) => join(dataDir, path));
    const running = await openLocalRuntime(config, { out: new PassThrough(), database: "serve" });
    const statement = {
      id: "held-1",
      kind: "figure" as const,
      topic: izyumTopic.id,
      outlet: "A News",
      url: "https://a.example/izyum",
      title: "Graves near Izyum",
      publishedAt: "2022-09-16T10:00:00.000Z",
      sentence: "Investigators said they had found at least 440 graves.",
      inHeadline: false,
      measure: "graves",
      term: "graves",
      low: 440,
      high: null,
      qualifier: "at-least" as const,
      source: null,
    };
    await running.store.recordFindings({ statements: [statement], alerts: [] });
    const stdout = new PassThrough();

    // Act
    const statements = await queryCommand(
      configPath,
      { topic: izyumTopic.id, json: true },
      { stdout, stderr: new PassThrough() },
    );

    // Assess
    expect(statements.map((s) => s.id)).toEqual(["held-1"]);
    await running.close();
  });
});
