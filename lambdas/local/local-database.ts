// The embedded database of a data directory, for one command. LevelDB lets one process open it, so
// `run`, which keeps it open for hours, serves it to the other commands: it writes its server's
// loopback endpoint into the data directory, and a reading command that finds the database in use
// connects to that server instead of failing.
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { processIsRunning } from "../adapters/os/process-probe";
import { LocalDatabaseInUseError, startDynalite } from "./dynalite-server";

/** How a command opens the database when another process may hold it. */
export type DatabaseAccess =
  /** Open it, or fail with LocalDatabaseInUseError. */
  | "own"
  /** Open it, waiting a little for a short command to finish, and serve it to other commands (`run`). */
  | "serve"
  /** Use the server of the `run` that holds it, if one does; else open it. */
  | "share";

export interface LocalDatabase {
  readonly endpoint: string;
  /** The process id of the `run` whose server this is, when it is not this process's own. */
  readonly servedBy: number | null;
  close(): Promise<void>;
}

const SERVER_FILE = "dynamodb-server.json";
// How long a command waits for the database while another holds it without serving it: a reading
// command holds it for a second or two.
const WAIT_MS: Record<DatabaseAccess, number> = { own: 0, share: 5_000, serve: 15_000 };
const RETRY_MS = 250;

interface ServerRecord {
  readonly endpoint: string;
  readonly pid: number;
}

export async function openLocalDatabase(
  dataDir: string,
  access: DatabaseAccess,
  waitMs = WAIT_MS[access],
): Promise<LocalDatabase> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      const server = await startDynalite({ dataDir });
      if (access !== "serve") return { endpoint: server.endpoint, servedBy: null, close: server.close };
      const record: ServerRecord = { endpoint: server.endpoint, pid: process.pid };
      // Written whole under another name, then renamed: a reader never sees half a file.
      const written = join(dataDir, `${SERVER_FILE}.${process.pid}`);
      await writeFile(written, `${JSON.stringify(record)}\n`)
        .then(() => rename(written, join(dataDir, SERVER_FILE)))
        .catch(async (error: unknown) => {
          await server.close();
          throw error;
        });
      return {
        endpoint: server.endpoint,
        servedBy: null,
        close: async () => {
          await rm(join(dataDir, SERVER_FILE), { force: true });
          await server.close();
        },
      };
    } catch (error) {
      if (!(error instanceof LocalDatabaseInUseError)) throw error;
      const running = access === "share" ? await runningServer(dataDir) : null;
      if (running) return { endpoint: running.endpoint, servedBy: running.pid, close: async () => {} };
      if (Date.now() >= deadline) throw error;
      await sleep(RETRY_MS);
    }
  }
}

/** The server a live `run` advertises for the data directory, if any. */
async function runningServer(dataDir: string): Promise<ServerRecord | null> {
  let record: Partial<ServerRecord>;
  try {
    record = JSON.parse(await readFile(join(dataDir, SERVER_FILE), "utf8")) as Partial<ServerRecord>;
  } catch {
    return null;
  }
  const { endpoint, pid } = record;
  if (typeof endpoint !== "string" || !isLoopbackServer(endpoint) || !Number.isInteger(pid)) return null;
  return processIsRunning(pid as number) ? { endpoint, pid: pid as number } : null;
}

/** Only a plain http://127.0.0.1:<port> address, as this module writes it, is followed. */
function isLoopbackServer(endpoint: string): boolean {
  try {
    const url = new URL(endpoint);
    return (
      url.protocol === "http:" &&
      url.hostname === "127.0.0.1" &&
      url.port !== "" &&
      url.username === "" &&
      url.password === "" &&
      url.pathname === "/" &&
      url.search === "" &&
      url.hash === ""
    );
  } catch {
    return false;
  }
}
