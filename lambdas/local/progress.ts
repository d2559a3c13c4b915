import type { Writable } from "node:stream";
import cliProgress from "cli-progress";
import type { CycleCounts } from "../core/usecases/run-cycle";

export interface ProgressDisplay {
  update(counts: Readonly<CycleCounts>): void;
  stop(): void;
}

const FORMAT =
  "{bar} items {value}/{total} | feeds {feedsPolled}/{feedsTotal} ({feedsFailed} failed) | " +
  "extracted {articlesExtracted} | statements {statements} | alerts {alerts}";

/** A live progress bar on a terminal; elsewhere nothing (the cycle summary is printed instead). */
export function createProgressDisplay(stream: Writable & { isTTY?: boolean }): ProgressDisplay {
  if (!stream.isTTY) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    { format: FORMAT, stream: stream as NodeJS.WritableStream, hideCursor: true, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(counts) {
      if (!started) {
        bar.start(Math.max(counts.newItems, 1), 0, counts);
        started = true;
      }
      bar.setTotal(Math.max(counts.newItems, 1));
      bar.update(counts.itemsDone, counts);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

export function summarizeCycle(counts: Readonly<CycleCounts>): string {
  return (
    `cycle done: ${counts.feedsPolled}/${counts.feedsTotal} feeds polled (${counts.feedsFailed} failed), ` +
    `${counts.newItems} new items, ${counts.articlesExtracted} articles extracted, ` +
    `${counts.itemsFailed} items failed, ${counts.statements} statements, ${counts.alerts} alerts`
  );
}
