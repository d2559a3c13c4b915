// Use case: deliver alerts from the outbox to every sink, then mark them delivered.
import type { Alert } from "../model";
import { type DeliveryDeps, describeError } from "./deps";

export interface DeliveryFailure {
  readonly alertId: string;
  readonly sink: string;
  readonly error: string;
}

export interface DeliveryReport {
  readonly delivered: Alert[];
  readonly failures: DeliveryFailure[];
}

/**
 * Delivers the given alerts (or, without them, every pending alert in the outbox), oldest first.
 * An alert is marked delivered only when every sink took it; otherwise it stays pending and is
 * retried on the next call. A crash between delivery and marking can repeat a delivery once;
 * sinks that can (JSON Lines) drop a repeat by alert id.
 */
export async function deliverAlerts(deps: DeliveryDeps, alerts?: readonly Alert[]): Promise<DeliveryReport> {
  const toDeliver = alerts ?? (await deps.store.pendingAlerts());
  const delivered: Alert[] = [];
  const failures: DeliveryFailure[] = [];
  for (const alert of toDeliver) {
    let allTookIt = true;
    for (const sink of deps.sinks) {
      try {
        await sink.deliver(alert);
      } catch (error) {
        allTookIt = false;
        failures.push({ alertId: alert.id, sink: sink.name, error: describeError(error) });
      }
    }
    if (allTookIt) {
      await deps.store.markAlertDelivered(alert);
      delivered.push(alert);
    }
  }
  return { delivered, failures };
}
