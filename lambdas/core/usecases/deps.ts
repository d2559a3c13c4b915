import type { AlertSink } from "../../ports/alert-sink";
import type { ArticleAnalyzer } from "../../ports/article-analyzer";
import type { Clock } from "../../ports/clock";
import type { HttpFetcher } from "../../ports/http-fetcher";
import type { NewsdriftStore } from "../../ports/store";
import type { Config } from "../config";

/** What every use case is composed with; the CLI and the Lambdas pass different adapters. */
export interface PipelineDeps {
  readonly config: Config;
  readonly store: NewsdriftStore;
  readonly fetcher: HttpFetcher;
  readonly clock: Clock;
  /** Where pages are analysed while earlier items are stored. Default: in this thread. */
  readonly analyzer?: ArticleAnalyzer;
  /**
   * Whether other processes may commit articles at the same time (Lambdas do; the local runner
   * commits one after another). If so, an article's statements are stored before its history is
   * read, and its history is read once more after its alerts are recorded, in case an earlier
   * article was committed meanwhile. If not, a cycle serves statement reads from what it has read
   * and written itself (cycleStore). Default: false.
   */
  readonly commitsOverlap?: boolean;
}

export interface DeliveryDeps {
  readonly store: NewsdriftStore;
  readonly sinks: readonly AlertSink[];
}

/** A failure's message, whatever was thrown. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
