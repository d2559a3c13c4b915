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
