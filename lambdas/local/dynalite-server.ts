// An in-process dynalite server: the DynamoDB API for local runs and tests, persisted with LevelDB
// under the data directory or kept in memory.
import { mkdir } from "node:fs/promises";
import type { Server } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { join } from "node:path";

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
  let path: string | undefined;
  if (options.dataDir !== null) {
    path = join(options.dataDir, "dynamodb");
    await mkdir(path, { recursive: true });
    await assertNotLocked(path);
  }
  // Table state changes are immediate: nothing waits half a second for CREATING to become ACTIVE.
  const server = dynalite({ path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    const fail = (error: Error) =>
      reject(new Error(`dynalite could not listen on 127.0.0.1:${options.port ?? 0}`, { cause: error }));
    server.once("error", fail);
    server.listen(options.port ?? 0, "127.0.0.1", () => {
      server.off("error", fail);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      // Idle keep-alive sockets from SDK clients would otherwise hold the server open.
      server.closeIdleConnections();
    });
    return closing;
  };
  return { endpoint: `http://127.0.0.1:${port}`, close };
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
