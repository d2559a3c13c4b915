// The config file at synth time: the CLI's loader (same messages), plus what only AWS needs.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import { type Config, ConfigError } from "../lambdas/core/config";
import { SEVERITIES, type Severity } from "../lambdas/core/model";
import { loadConfigFile } from "../lambdas/local/load-config";

/**
 * Loads and validates the config as the CLI does. A schedule runs in whole minutes, so a
 * fractional poll interval (fine locally) is reported the same way as any other config problem.
 */
export async function loadDeployConfig(path: string): Promise<Config> {
  const config = await loadConfigFile(path);
  if (!Number.isInteger(config.pollIntervalMinutes)) {
    throw new ConfigError(path, [
      `pollIntervalMinutes: must be a whole number of minutes on AWS (EventBridge Scheduler), got ${config.pollIntervalMinutes}`,
    ]);
  }
  return config;
}

/** "medium" → ["medium", "high"]: the severities an SMS subscription receives. */
export function severitiesFrom(minimum: Severity): Severity[] {
  return SEVERITIES.slice(SEVERITIES.indexOf(minimum));
}

/** `-c deletionProtection=false` arrives as a string; a boolean from cdk.json is taken as is. */
export function parseBooleanContext(value: unknown, name: string, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (value === true || value === "true") return true;
  if (value === false || value === "false") return false;
  throw new Error(`context ${name} must be true or false, got ${JSON.stringify(value)}`);
}

/** Alert settings that only the stateful stack's subscriptions use. */
const SUBSCRIPTION_FIELDS = ["email", "sms", "smsMinSeverity"] as const;

/**
 * Writes the config the functions bundle, into `outdir`: the file as written, without the
 * subscriptions (`alerts.email`, `alerts.sms`, `alerts.smsMinSeverity`). No subscriber address
 * then ships in a code asset, and changing a subscription leaves the functions, and so the
 * stateless stack, as they are.
 */
export function writeFunctionConfig(configFile: string, outdir: string): string {
  const raw = JSON.parse(readFileSync(configFile, "utf8")) as { alerts?: Record<string, unknown> };
  for (const field of SUBSCRIPTION_FIELDS) delete raw.alerts?.[field];
  mkdirSync(outdir, { recursive: true });
  const path = join(outdir, "newsdrift.function-config.json");
  writeFileSync(path, `${JSON.stringify(raw, null, 2)}\n`);
  return path;
}
