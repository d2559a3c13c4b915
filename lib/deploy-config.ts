// The config file at synth time: the CLI's loader (same messages), plus what only AWS needs.

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
