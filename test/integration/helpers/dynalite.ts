// A real dynalite with the newsdrift table, for integration tests. Start one per test file
// (in beforeAll) and close it in afterAll.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { createDynamoDbClient } from "../../../lambdas/adapters/dynamodb/dynamodb-store";
import { ensureTable } from "../../../lambdas/adapters/dynamodb/table-schema";
import { startDynalite } from "../../../lambdas/local/dynalite-server";

export interface TestDynalite {
  readonly endpoint: string;
  readonly client: DynamoDBClient;
  readonly tableName: string;
  /** Destroys the client, stops dynalite and removes the temporary directory it created. */
  close(): Promise<void>;
}

export interface TestDynaliteOptions {
  /**
   * `"memory"` (default): nothing on disk. `"temp"`: LevelDB in a fresh temporary directory.
   * A path: LevelDB under that data directory, kept on close (to test restarts).
   */
  readonly storage?: "memory" | "temp" | { readonly dataDir: string };
  readonly tableName?: string;
}

export async function startTestDynalite(options: TestDynaliteOptions = {}): Promise<TestDynalite> {
  const storage = options.storage ?? "memory";
  const tableName = options.tableName ?? "newsdrift-test";
  const tempDir = storage === "temp" ? await mkdtemp(join(tmpdir(), "newsdrift-dynalite-")) : null;
  const dataDir = typeof storage === "object" ? storage.dataDir : tempDir;
  const server = await startDynalite({ dataDir });
  const client = createDynamoDbClient({ endpoint: server.endpoint, region: "us-east-1" });
  const close = async (): Promise<void> => {
    client.destroy();
    await server.close();
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  };
  try {
    await ensureTable(client, tableName);
  } catch (error) {
    await close();
    throw error;
  }
  return { endpoint: server.endpoint, client, tableName, close };
}

/** Counts the requests a client sends from now on: call the result for the count so far. */
export function countRequests(client: DynamoDBClient, name: string): () => number {
  let requests = 0;
  client.middlewareStack.add(
    (next) => async (args) => {
      requests++;
      return next(args);
    },
    { step: "initialize", name },
  );
  return () => requests;
}
