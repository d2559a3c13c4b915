// The cycle lease keeps two runners from running cycles on one table at once (their cycle views would
// miss each other's statements), against a real dynalite.
import { hostname } from "node:os";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DynamoDbCycleLease } from "../../lambdas/adapters/dynamodb/dynamodb-cycle-lease";
import { ensureTable } from "../../lambdas/adapters/dynamodb/table-schema";
import { parseConfig } from "../../lambdas/core/config";
import { runOneCycle } from "../../lambdas/local/commands";
import { openLocalRuntime } from "../../lambdas/local/local-runtime";
import { CycleLeaseError } from "../../lambdas/ports/cycle-lease";
import { izyumTopic } from "../support/statements";
import { startTestDynalite, type TestDynalite } from "./helpers/dynalite";

/** Work that finishes when the test says so, and says when it has started (the lease is held then). */
function heldWork(): { run: () => Promise<string>; started: Promise<void>; finish: () => void } {
  let finish = () => {};
  let markStarted = () => {};
  const started = new Promise<void>((resolve) => {
    markStarted = resolve;
  });
  const done = new Promise<string>((resolve) => {
    finish = () => resolve("done");
  });
  return {
    run: () => {
      markStarted();
      return done;
    },
    started,
    finish,
  };
}

describe("DynamoDbCycleLease", () => {
  let db: TestDynalite;
  let tables = 0;

  beforeAll(async () => {
    db = await startTestDynalite();
  });

  afterAll(async () => {
    await db?.close();
  });

  /** A fresh table, so that each test starts with no lease. */
  async function freshTable(): Promise<string> {
    const tableName = `lease-${++tables}`;
    await ensureTable(db.client, tableName);
    return tableName;
  }

  it("refuses a second runner while the first holds the lease, naming the holder, and lets it in after", async () => {
    // Prepare
    const table = await freshTable();
    const first = new DynamoDbCycleLease(db.client, table);
    const second = new DynamoDbCycleLease(db.client, table);
    const work = heldWork();
    const firstCycle = first.hold(work.run);
    await work.started;
    let secondRan = false;

    // Act
    const refused = second.hold(async () => {
      secondRan = true;
    });

    // Assess
    await expect(refused).rejects.toThrow(CycleLeaseError);
    await expect(refused).rejects.toThrow(`process ${process.pid} on ${hostname()}`);
    expect(secondRan).toBe(false);
    work.finish();
    await expect(firstCycle).resolves.toBe("done");
    await expect(second.hold(async () => "second")).resolves.toBe("second");
  });

  it("releases the lease when the work fails, and passes the failure on", async () => {
    // Prepare
    const table = await freshTable();
    const first = new DynamoDbCycleLease(db.client, table);
    const second = new DynamoDbCycleLease(db.client, table);

    // Act
    const failed = first.hold(async () => {
      throw new Error("feed store unreachable");
    });

    // Assess
    await expect(failed).rejects.toThrow("feed store unreachable");
    await expect(second.hold(async () => "second")).resolves.toBe("second");
  });

  it("lets another runner take a lease that has lapsed, and tells the first it lost it", async () => {
    // Prepare
    const table = await freshTable();
    let now = Date.parse("2031-04-02T10:00:00Z");
    const clock = { now: () => new Date(now) };
    const first = new DynamoDbCycleLease(db.client, table, { clock, durationMs: 60_000 });
    const second = new DynamoDbCycleLease(db.client, table, { clock, durationMs: 60_000 });
    const work = heldWork();
    const firstCycle = first.hold(work.run);
    await work.started;
    now += 61_000;

    // Act
    const secondCycle = second.hold(async () => "second");

    // Assess
    await expect(secondCycle).resolves.toBe("second");
    work.finish();
    await expect(firstCycle).rejects.toThrow(/lapsed during the cycle/);
  });

  it("replaces at once a lease left by a process of this host that has stopped", async () => {
    // Prepare
    const table = await freshTable();
    const crashed = new DynamoDbCycleLease(db.client, table);
    const work = heldWork();
    const crashedCycle = crashed.hold(work.run);
    await work.started;
    const restarted = new DynamoDbCycleLease(db.client, table, { isRunningHere: () => false });

    // Act
    const restartedCycle = restarted.hold(async () => "restarted");

    // Assess
    await expect(restartedCycle).resolves.toBe("restarted");
    work.finish();
    await expect(crashedCycle).rejects.toThrow(CycleLeaseError);
  });

  it("does not replace a lease held from another machine, whose process it cannot see", async () => {
    // Prepare
    const table = await freshTable();
    const elsewhere = new DynamoDbCycleLease(db.client, table, { processSpace: "another-machine" });
    const work = heldWork();
    const otherCycle = elsewhere.hold(work.run);
    await work.started;
    const here = new DynamoDbCycleLease(db.client, table, { isRunningHere: () => false });

    // Act
    const refused = here.hold(async () => "here");

    // Assess
    await expect(refused).rejects.toThrow(CycleLeaseError);
    work.finish();
    await expect(otherCycle).resolves.toBe("done");
  });

  it("renews the lease while the work runs, past its duration", async () => {
    // Prepare
    const table = await freshTable();
    // Renewed every 667 ms: without renewal the lease would have lapsed 1.5 s before the second try.
    const first = new DynamoDbCycleLease(db.client, table, { durationMs: 2000 });
    const second = new DynamoDbCycleLease(db.client, table, { durationMs: 2000 });
    const firstCycle = first.hold(() => new Promise((resolve) => setTimeout(() => resolve("done"), 4500)));
    await new Promise((resolve) => setTimeout(resolve, 3500));

    // Act
    const refused = second.hold(async () => "second");

    // Assess
    await expect(refused).rejects.toThrow(CycleLeaseError);
    await expect(firstCycle).resolves.toBe("done");
  });

  it("keeps a local runner on the same endpoint from starting a cycle while another runs one", async () => {
    // Prepare
    const table = await freshTable();
    const config = parseConfig(
      {
        feeds: [{ url: "http://127.0.0.1:9/rss.xml", outlet: "Unreachable News" }],
        topics: [izyumTopic],
        network: { allowPrivateHosts: true, timeoutMs: 1000 },
        storage: { endpoint: db.endpoint, tableName: table },
      },
      "test",
    );
    const otherRunner = new DynamoDbCycleLease(db.client, table);
    const work = heldWork();
    const otherCycle = otherRunner.hold(work.run);
    await work.started;
    const runtime = await openLocalRuntime(config, { out: new PassThrough() });
    const stderr = new PassThrough();

    // Act
    const refused = runOneCycle(runtime, { stdout: new PassThrough(), stderr });

    // Assess
    await expect(refused).rejects.toThrow(/another newsdrift runner is running a cycle on table lease-\d+/);
    expect(await runtime.store.listFeedStates()).toEqual([]);
    work.finish();
    await otherCycle;
    await runtime.close();
  });
});
