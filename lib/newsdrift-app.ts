// The whole deployment: both stacks, checked by cdk-nag (AwsSolutions) with any finding failing synth.
import { type App, Validations } from "aws-cdk-lib";
import { AwsSolutionsChecks } from "cdk-nag";
import type { Config } from "../lambdas/core/config";
import { writeFunctionConfig } from "./deploy-config";
import { acknowledgeFindings } from "./nag-acknowledgements";
import { StatefulStack } from "./stateful-stack";
import { StatelessStack } from "./stateless-stack";

export interface NewsdriftAppProps {
  readonly config: Config;
  /** The validated config file; each function bundles it without the subscriptions. */
  readonly configFile: string;
  readonly deletionProtection: boolean;
}

export interface NewsdriftStacks {
  readonly stateful: StatefulStack;
  readonly stateless: StatelessStack;
}

export function addNewsdriftStacks(app: App, props: NewsdriftAppProps): NewsdriftStacks {
  const description = "newsdrift: monitors how outlets report figures and stances, alerts on drift";
  const stateful = new StatefulStack(app, "NewsdriftStateful", {
    description: `${description} (table and alert topic, retained)`,
    config: props.config,
    deletionProtection: props.deletionProtection,
  });
  const stateless = new StatelessStack(app, "NewsdriftStateless", {
    description: `${description} (schedule, functions, queues)`,
    config: props.config,
    configFile: writeFunctionConfig(props.configFile, app.outdir),
    table: stateful.table,
    alertTopic: stateful.alertTopic,
  });
  acknowledgeFindings(stateless);
  // A failed validation report, warnings included, fails `cdk synth`.
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { stateful, stateless };
}
