import { createReadStream } from "node:fs";
import { createGunzip } from "node:zlib";
import type { z } from "zod";

/**
 * Reads a JSON Lines file, gzipped or not (by its .gz name), one parsed object at a time.
 * Lines are split on "\n" only: readline would also break on U+2028 inside JSON strings.
 */
export async function* readJsonLines(path: string): AsyncGenerator<unknown> {
  const raw = createReadStream(path);
  const input = path.endsWith(".gz") ? raw.pipe(createGunzip()) : raw;
  input.setEncoding("utf8");
  let pending = "";
  for await (const chunk of input as AsyncIterable<string>) {
    pending += chunk;
    let newline = pending.indexOf("\n");
    while (newline >= 0) {
      const line = pending.slice(0, newline);
      pending = pending.slice(newline + 1);
      if (line.trim()) yield JSON.parse(line);
      newline = pending.indexOf("\n");
    }
  }
  if (pending.trim()) yield JSON.parse(pending);
}

export async function readAllJsonLines(path: string): Promise<unknown[]> {
  const rows: unknown[] = [];
  for await (const row of readJsonLines(path)) rows.push(row);
  return rows;
}

/** The rows that fit `schema`, parsed; `skipped.rows` counts the others, which are left out. */
export async function* validRows<Schema extends z.ZodType>(
  rows: AsyncIterable<unknown>,
  schema: Schema,
  skipped: { rows: number },
): AsyncGenerator<z.infer<Schema>> {
  for await (const raw of rows) {
    const parsed = schema.safeParse(raw);
    if (parsed.success) yield parsed.data;
    else skipped.rows++;
  }
}
