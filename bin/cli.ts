// The newsdrift command line. Exit codes: 0 done, 2 bad config or usage, 1 the database or its cycle
// lease is held by another process, or an unexpected fault.
import { Command, CommanderError, Option } from "commander";
import { ConfigError } from "../lambdas/core/config";
import {
  alertsCommand,
  type CommandIo,
  feedsCommand,
  queryCommand,
  reportCommand,
  runCommand,
  UsageError,
} from "../lambdas/local/commands";
import { demoCommand } from "../lambdas/local/demo";
import { LocalDatabaseInUseError } from "../lambdas/local/dynalite-server";
import { CycleLeaseError } from "../lambdas/ports/cycle-lease";

const io: CommandIo = { stdout: process.stdout, stderr: process.stderr };
const configOption = () => new Option("-c, --config <file>", "config file (JSON)").makeOptionMandatory();

const program = new Command()
  .name("newsdrift")
  .description("Follow one story across outlets: figures, stances, and alerts when they drift.")
  .exitOverride()
  .showHelpAfterError();

program
  .command("run")
  .description("poll the feeds: one cycle with --once, else one every pollIntervalMinutes until Ctrl-C")
  .addOption(configOption())
  .option("--once", "run a single cycle and exit", false)
  .action((options: { config: string; once: boolean }) => runCommand(options.config, options, io));

program
  .command("query")
  .description("stored statements on a topic, oldest first")
  .addOption(configOption())
  .requiredOption("-t, --topic <id>", "topic id")
  .option("--outlet <name>", "only this outlet")
  .option("--measure <id>", "only figures of this measure")
  .option("--since <iso>", "only statements published at or after this time")
  .option("--json", "one JSON statement per line", false)
  .action(
    async (options: {
      config: string;
      topic: string;
      outlet?: string;
      measure?: string;
      since?: string;
      json: boolean;
    }) => {
      await queryCommand(options.config, options, io);
    },
  );

program
  .command("alerts")
  .description("stored alerts, oldest first")
  .addOption(configOption())
  .option("-t, --topic <id>", "only this topic")
  .option("--json", "one JSON alert per line", false)
  .action(async (options: { config: string; topic?: string; json: boolean }) => {
    await alertsCommand(options.config, options, io);
  });

program
  .command("report")
  .description("write a self-contained HTML report for a topic")
  .addOption(configOption())
  .requiredOption("-t, --topic <id>", "topic id")
  .requiredOption("-o, --out <file>", "the HTML file to write")
  .action(async (options: { config: string; topic: string; out: string }) => {
    await reportCommand(options.config, options, io);
  });

program
  .command("feeds")
  .description("feed health: failures in a row, last error, last success, items seen")
  .addOption(configOption())
  .option("--json", "one JSON object per feed", false)
  .action((options: { config: string; json: boolean }) => feedsCommand(options.config, options, io));

program
  .command("demo")
  .description("serve the bundled sample news on loopback and run the pipeline over it, day by day")
  .option("--data-dir <dir>", "where the demo stores its data", ".newsdrift/demo")
  .action((options: { dataDir: string }) => demoCommand(options, io));

try {
  await program.parseAsync();
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else if (error instanceof ConfigError || error instanceof UsageError) {
    process.stderr.write(`newsdrift: ${error.message}\n`);
    process.exitCode = 2;
  } else if (error instanceof CycleLeaseError || error instanceof LocalDatabaseInUseError) {
    process.stderr.write(`newsdrift: ${error.message}\n`);
    process.exitCode = 1;
  } else {
    process.stderr.write(
      `newsdrift: unexpected fault: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  }
}
