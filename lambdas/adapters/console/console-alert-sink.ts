import type { Writable } from "node:stream";
import type { Alert } from "../../core/model";
import type { AlertSink } from "../../ports/alert-sink";

/** Prints one line per alert: severity, change, topic, then the summary. */
export class ConsoleAlertSink implements AlertSink {
  readonly name = "console";

  constructor(private readonly out: Writable) {}

  async deliver(alert: Alert): Promise<void> {
    this.out.write(
      `ALERT [${alert.severity.toUpperCase()}] ${alert.change} (${alert.topic}): ${alert.summary}\n`,
    );
  }
}
