import type { Alert } from "../core/model";

/** Somewhere alerts are delivered: the console, a JSON Lines file, SNS. */
export interface AlertSink {
  readonly name: string;
  /** Delivers one alert. Throws when delivery failed, so the alert stays pending and is retried. */
  deliver(alert: Alert): Promise<void>;
}
