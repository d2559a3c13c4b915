// Use case: deliver alerts from the outbox to every sink, then mark them delivered.
import type { Alert } from "../model";
import { type DeliveryDeps, describeError, type PipelineDeps } from "./deps";

export interface DeliveryFailure {
  readonly alertId: string;
  readonly sink: string;
  readonly error: string;
}

export interface DeliveryReport {
  readonly delivered: Alert[];
  readonly failures: DeliveryFailure[];
}

const MINUTE_MS = 60_000;
/**
 * A withdrawal leaves alone an alert this close to settling, so a clock a little ahead on the
 * machine that sweeps the outbox cannot have sent what another machine withdraws.
 */
const CLOCK_SKEW_ALLOWANCE_MS = 30_000;

/**
 * Delivers the given alerts, oldest first. An alert is marked delivered only when every sink took
 * it; otherwise it stays pending and is retried by the next sweep. A crash between delivery and
 * marking can repeat a delivery once; sinks that can (JSON Lines) drop a repeat by alert id.
 */
export async function deliverAlerts(deps: DeliveryDeps, alerts: readonly Alert[]): Promise<DeliveryReport> {
  const delivered: Alert[] = [];
  const failures: DeliveryFailure[] = [];
  for (const alert of alerts) {
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

/**
 * Delivers alerts an article has just recorded, at once when `alerts.settleMinutes` is 0;
 * otherwise they wait in the outbox for `sweepOutbox`.
 */
export function deliverRecordedAlerts(
  deps: DeliveryDeps & Pick<PipelineDeps, "config">,
  alerts: readonly Alert[],
): Promise<DeliveryReport> {
  return deps.config.alerts.settleMinutes === 0
    ? deliverAlerts(deps, alerts)
    : Promise.resolve({ delivered: [], failures: [] });
}

/** Delivers every pending alert that has settled: left over by a failure, or held to settle. */
export async function sweepOutbox(
  deps: DeliveryDeps & Pick<PipelineDeps, "config" | "clock">,
): Promise<DeliveryReport> {
  const { settleMinutes } = deps.config.alerts;
  const recordedBefore = settleMinutes === 0 ? undefined : settledBefore(deps.clock.now(), settleMinutes);
  return deliverAlerts(deps, await deps.store.pendingAlerts(recordedBefore));
}

/** Alerts recorded before this time have settled: they may be sent, and are never withdrawn. */
export function settledBefore(now: Date, settleMinutes: number): Date {
  return new Date(now.getTime() - settleMinutes * MINUTE_MS);
}

/** Alerts recorded after this time have not settled and may still be withdrawn. */
export function withdrawableAfter(now: Date, settleMinutes: number): Date {
  return new Date(settledBefore(now, settleMinutes).getTime() + CLOCK_SKEW_ALLOWANCE_MS);
}
