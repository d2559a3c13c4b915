// `npm run -s eval -- <set> <file>`: scores one stage on an external dataset.
// Progress and per-row detail go to stderr; the last line of stdout is one JSON object of metrics.
import { Command } from "commander";
import { readJsonLines } from "./jsonl";

/** Each evaluation set module exports `evaluate(rows)`, returning its metrics object. */
interface EvaluationSet {
  evaluate(rows: AsyncIterable<unknown>, options: { verbose: boolean }): Promise<Record<string, unknown>>;
}

const SETS: Record<string, () => Promise<EvaluationSet>> = {
  newsquant: () => import("./sets/newsquant"),
  emergent: () => import("./sets/emergent"),
  "article-extraction": () => import("./sets/article-extraction"),
  feeds: () => import("./sets/feeds"),
  numbers: () => import("./sets/numbers"),
  incidents: () => import("./sets/incidents"),
  stances: () => import("./sets/stances"),
};

const program = new Command()
  .name("eval")
  .argument("<set>", `one of: ${Object.keys(SETS).join(", ")}`)
  .argument("<file>", "a JSON Lines file (.jsonl or .jsonl.gz)")
  .option("-v, --verbose", "print per-row detail to stderr", false)
  .action(async (set: string, file: string, options: { verbose: boolean }) => {
    const load = SETS[set];
    if (!load)
      return program.error(`unknown set "${set}": use one of ${Object.keys(SETS).join(", ")}`, {
        exitCode: 2,
      });
    const module = await load();
    const metrics = await module.evaluate(readJsonLines(file), options);
    process.stdout.write(`${JSON.stringify(metrics)}\n`);
  });

await program.parseAsync();
