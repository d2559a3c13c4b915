import type { FeedItem } from "../../core/model";
import type { ItemAnalysis, PageFetch } from "../../core/usecases/process-item";

/** A page to analyse; `now` is the caller's clock, so the worker reads no time of its own. */
export interface AnalysisRequest {
  readonly id: number;
  readonly item: FeedItem;
  readonly page: PageFetch;
  readonly now: string;
}

export interface AnalysisReply {
  readonly id: number;
  readonly analysis: ItemAnalysis;
}
