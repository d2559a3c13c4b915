import type { FeedItem } from "../core/model";
import type { ItemAnalysis, PageFetch } from "../core/usecases/process-item";

/**
 * Turns a fetched page into its analysis (extraction, topics, statements): CPU work that needs
 * no storage, so it can run beside the storage of earlier items. A page that breaks the analysis
 * comes back as a `broken` analysis with its reason; it rejects only when it cannot analyse at all.
 */
export interface ArticleAnalyzer {
  analyze(item: FeedItem, page: PageFetch): Promise<ItemAnalysis>;
}
