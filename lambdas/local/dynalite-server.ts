// An in-process dynalite server: the DynamoDB API for local runs and tests, persisted with LevelDB
// under the data directory or kept in memory.
import { mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import type { Server } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { createDynamoDbClient } from "../adapters/dynamodb/dynamodb-store";
import { processIsRunning } from "../adapters/os/process-probe";

interface DynaliteOptions {
  path?: string;
  createTableMs: number;
  deleteTableMs: number;
  updateTableMs: number;
}

interface LevelDatabase {
  open(): Promise<void>;
  close(): Promise<void>;
}

// dynalite ships no type declarations; requiring it lets us type the one factory we use.
const requireHere = createRequire(import.meta.url);
const dynalite = requireHere("dynalite") as (options: DynaliteOptions) => Server;
// The LevelDB package dynalite itself resolves, so the lock probe below opens the store the same way.
const { Level } = createRequire(requireHere.resolve("dynalite"))("level") as {
  Level: new (location: string) => LevelDatabase;
};

/** The data directory's database is open in another process (LevelDB allows one). */
export class LocalDatabaseInUseError extends Error {
  override name = "LocalDatabaseInUseError";
}

export interface DynaliteServer {
  /** e.g. http://127.0.0.1:41234 */
  readonly endpoint: string;
  /** Stops listening and closes the database; safe to call more than once. */
  close(): Promise<void>;
}

export async function startDynalite(options: {
  dataDir: string | null;
  port?: number;
}): Promise<DynaliteServer> {
  if (options.dataDir === null) return listen(undefined, options.port);
  const path = join(options.dataDir, "dynamodb");
  await mkdir(path, { recursive: true });
  // The probe closes the store before dynalite opens it again; the gate keeps another process from
  // probing in between, until this one's dynalite has opened the store and holds its lock.
  const gate = await enterOpeningGate(join(options.dataDir, "dynamodb.opening"));
  try {
    await assertNotLocked(path);
    const server = await listen(path, options.port);
    await ensureStoreOpen(server).catch(async (error: unknown) => {
      await server.close();
      throw error;
    });
    return server;
  } finally {
    await gate.leave();
  }
}

async function listen(path: string | undefined, port = 0): Promise<DynaliteServer> {
  // Table state changes are immediate: nothing waits half a second for CREATING to become ACTIVE.
  const server = dynalite({ path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    const fail = (error: Error) =>
      reject(new Error(`dynalite could not listen on 127.0.0.1:${port}`, { cause: error }));
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", fail);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      // Idle keep-alive sockets from SDK clients would otherwise hold the server open.
      server.closeIdleConnections();
    });
    return closing;
  };
  return { endpoint: `http://127.0.0.1:${address.port}`, close };
}

/**
 * LevelDB allows one open handle per directory. dynalite opens its store lazily and, when the store is
 * locked, throws from inside its request handler and ends the process; checking first gives a clear error.
 */
async function assertNotLocked(path: string): Promise<void> {
  const probe = new Level(path);
  try {
    await probe.open();
  } catch (error) {
    const locked =
      error instanceof Error && (error.cause as { code?: string } | undefined)?.code === "LEVEL_LOCKED";
    if (locked) {
      throw new LocalDatabaseInUseError(
        `the local database ${path} is in use by another process (is newsdrift already running?)`,
        { cause: error },
      );
    }
    throw new Error(`The local database ${path} cannot be opened`, { cause: error });
  }
  await probe.close();
}

/** One request, so that dynalite opens its store (it does so lazily) before the gate is left. */
async function ensureStoreOpen(server: DynaliteServer): Promise<void> {
  const client = createDynamoDbClient({ endpoint: server.endpoint, region: "us-east-1" });
  try {
    await client.send(new ListTablesCommand({ Limit: 1 }));
  } finally {
    client.destroy();
  }
}

const GATE_WAIT_MS = 10_000;
const GATE_RETRY_MS = 50;
/** A clearing left longer than this was left by a process that stopped while clearing. */
const STALE_CLEARING_MS = 5_000;

/**
 * A file created exclusively while a process opens the store. One left by a process that has
 * stopped is removed; one held by a live process is waited for (opening takes milliseconds).
 */
export async function enterOpeningGate(path: string): Promise<{ leave(): Promise<void> }> {
  const deadline = Date.now() + GATE_WAIT_MS;
  for (;;) {
    try {
      await writeFile(path, String(process.pid), { flag: "wx" });
      return { leave: () => rm(path, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = Number(await readFile(path, "utf8").catch(() => ""));
    if (Number.isInteger(holder) && holder > 0 && !processIsRunning(holder)) {
      await clearStaleGate(path, holder);
    } else if (Date.now() >= deadline) {
      throw new LocalDatabaseInUseError(
        `${path} has been held by process ${holder} for ${GATE_WAIT_MS / 1000} s`,
      );
    } else {
      await sleep(GATE_RETRY_MS);
    }
  }
}

/**
 * Removes the gate a stopped process left, one remover at a time (a directory created
 * exclusively): two processes that both saw the stale gate could otherwise each remove the fresh
 * gate the other had just created, and both go on to open the store.
 */
async function clearStaleGate(path: string, stoppedHolder: number): Promise<void> {
  const clearing = `${path}.clearing`;
  try {
    await mkdir(clearing);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    const since = await stat(clearing).then(
      (info) => Date.now() - info.mtimeMs,
      () => 0,
    );
    if (since > STALE_CLEARING_MS) await rm(clearing, { recursive: true, force: true });
    else await sleep(GATE_RETRY_MS);
    return;
  }
  try {
    // Read again under the clearing: another remover may already have replaced it with its own.
    const holder = Number(await readFile(path, "utf8").catch(() => ""));
    if (holder === stoppedHolder) await rm(path, { force: true });
  } finally {
    await rm(clearing, { recursive: true, force: true });
  }
}
