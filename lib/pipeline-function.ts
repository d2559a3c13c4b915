// One pipeline Lambda: a CommonJS esbuild bundle for Node 24 on arm64, its own log group with
// retention, a role that can write only to that log group, and the validated config file (plus
// any files the bundled code reads at run time) copied next to the bundle.
import { join } from "node:path";
import { type Duration, RemovalPolicy } from "aws-cdk-lib";
import { type IRole, Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { Architecture, Runtime } from "aws-cdk-lib/aws-lambda";
import { NodejsFunction, OutputFormat } from "aws-cdk-lib/aws-lambda-nodejs";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import { Construct } from "constructs";
import { BUNDLED_CONFIG_FILE } from "../lambdas/handlers/shared/contract";

export const LOG_RETENTION = RetentionDays.ONE_MONTH;

export interface BundledFile {
  /** Absolute path on the synth machine. */
  readonly from: string;
  /** File name in the bundle folder (the task root), where the bundled code requires it as `./<to>`. */
  readonly to: string;
}

export interface PipelineFunctionProps {
  readonly entry: string;
  readonly description: string;
  readonly memorySize: number;
  readonly timeout: Duration;
  readonly configFile: string;
  readonly environment: Record<string, string>;
  readonly extraFiles?: readonly BundledFile[];
}

export class PipelineFunction extends Construct {
  readonly function: NodejsFunction;
  readonly role: IRole;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: PipelineFunctionProps) {
    super(scope, id);
    this.logGroup = new LogGroup(this, "Logs", {
      retention: LOG_RETENTION,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const role = new Role(this, "Role", {
      assumedBy: new ServicePrincipal("lambda.amazonaws.com"),
      description: `newsdrift ${id}: writes its own logs; other grants are added per resource`,
    });
    this.logGroup.grantWrite(role);
    this.role = role;

    const files: BundledFile[] = [
      { from: props.configFile, to: BUNDLED_CONFIG_FILE },
      ...(props.extraFiles ?? []),
    ];
    this.function = new NodejsFunction(this, "Function", {
      entry: props.entry,
      handler: "handler",
      description: props.description,
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize,
      timeout: props.timeout,
      role,
      logGroup: this.logGroup,
      // Stack traces point into the TypeScript sources.
      environment: { NODE_OPTIONS: "--enable-source-maps", ...props.environment },
      bundling: {
        format: OutputFormat.CJS,
        target: "node24",
        minify: true,
        sourceMap: true,
        // Local esbuild, never Docker; and everything bundled (the pinned AWS SDK included), so a
        // bundle runs as it is, in Lambda or in a plain `node` process in the bundle test.
        // Files required by path at run time stay outside the bundle; afterBundling copies them in.
        forceDockerBundling: false,
        externalModules: (props.extraFiles ?? []).map((file) => `./${file.to}`),
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          afterBundling: (_inputDir, outputDir) =>
            files.map((file) => `cp ${shellQuote(file.from)} ${shellQuote(join(outputDir, file.to))}`),
        },
      },
    });
  }
}

function shellQuote(path: string): string {
  return `'${path.replaceAll("'", `'\\''`)}'`;
}
