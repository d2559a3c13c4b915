import { existsSync, readFileSync } from "node:fs";
import { appendFile, mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import type { Alert } from "../../core/model";
import type { AlertSink } from "../../ports/alert-sink";

/**
 * Appends each alert as one JSON line. It remembers the ids already in the file, so an alert
 * delivered again after a crash (the outbox retries it) is written only once.
 */
export class JsonLinesAlertSink implements AlertSink {
  readonly name = "jsonl";
  private readonly written: Set<string>;

  constructor(private readonly path: string) {
    this.written = new Set(existsSync(path) ? readIds(readFileSync(path, "utf8")) : []);
  }

  async deliver(alert: Alert): Promise<void> {
    if (this.written.has(alert.id)) return;
    await mkdir(dirname(this.path), { recursive: true });
    await appendFile(this.path, `${JSON.stringify(alert)}\n`, "utf8");
    this.written.add(alert.id);
  }
}

function readIds(text: string): string[] {
  return text.split("\n").flatMap((line) => {
    if (!line.trim()) return [];
    try {
      const id = (JSON.parse(line) as { id?: unknown }).id;
      return typeof id === "string" ? [id] : [];
    } catch {
      // A line torn by a crash mid-write is ignored; its alert is still pending and is rewritten.
      return [];
    }
  });
}
