// Builds the newsdrift app for tests, as bin/app.ts does, from a config file.
import { fileURLToPath } from "node:url";
import { App } from "aws-cdk-lib";
import { loadDeployConfig } from "../../../lib/deploy-config";
import { addNewsdriftStacks, type NewsdriftStacks } from "../../../lib/newsdrift-app";

export const FIXTURE_CONFIG = fileURLToPath(
  new URL("../../fixtures/cdk/newsdrift.config.json", import.meta.url),
);

export interface TestAppOptions {
  readonly configFile?: string;
  /** Run esbuild (slow); otherwise the functions get placeholder code. */
  readonly bundling?: boolean;
  readonly outdir?: string;
  readonly deletionProtection?: boolean;
}

export async function buildTestApp(options: TestAppOptions = {}): Promise<{ app: App } & NewsdriftStacks> {
  const configFile = options.configFile ?? FIXTURE_CONFIG;
  const app = new App({
    ...(options.outdir ? { outdir: options.outdir } : {}),
    context: {
      // As in cdk.json: the stateless stack imports the table and topic through CloudFormation exports.
      "@aws-cdk/core:defaultCrossStackReferences": "strong",
      ...(options.bundling ? {} : { "aws:cdk:bundling-stacks": [] }),
    },
  });
  const config = await loadDeployConfig(configFile);
  const stacks = addNewsdriftStacks(app, {
    config,
    configFile,
    deletionProtection: options.deletionProtection ?? true,
  });
  return { app, ...stacks };
}
