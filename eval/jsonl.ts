import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";

/** Reads a JSON Lines file, gzipped or not (by its .gz name), one parsed object at a time. */
export async function* readJsonLines(path: string): AsyncGenerator<unknown> {
  const raw = createReadStream(path);
  const input = path.endsWith(".gz") ? raw.pipe(createGunzip()) : raw;
  for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    if (line.trim()) yield JSON.parse(line);
  }
}

export async function readAllJsonLines(path: string): Promise<unknown[]> {
  const rows: unknown[] = [];
  for await (const row of readJsonLines(path)) rows.push(row);
  return rows;
}
