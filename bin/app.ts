// `npx cdk synth|deploy -c config=path/to/newsdrift.config.json`: validates the config file as the
// CLI does, then builds both stacks. Environment-agnostic: no account, no lookups.
import { resolve } from "node:path";
import { App } from "aws-cdk-lib";
import { ConfigError } from "../lambdas/core/config";
import { loadDeployConfig, parseBooleanContext } from "../lib/deploy-config";
import { addNewsdriftStacks } from "../lib/newsdrift-app";

const app = new App();
const configFile = resolve(String(app.node.getContext("config")));
try {
  const config = await loadDeployConfig(configFile);
  const deletionProtection = parseBooleanContext(
    app.node.tryGetContext("deletionProtection"),
    "deletionProtection",
    true,
  );
  addNewsdriftStacks(app, { config, configFile, deletionProtection });
  app.synth();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
