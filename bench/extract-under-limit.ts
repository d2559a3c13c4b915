// Runs the extraction stage over many generated pages and a few very large ones, inside a
// heap limit given by the parent (--max-old-space-size=256), and reports peak memory.
import { setImmediate as nextTurn } from "node:timers/promises";
import { extractArticle } from "../lambdas/core/article/extract-article";
import { peakRssMb } from "./measure";
import { syntheticArticle, syntheticPage } from "./synthetic-news";

const pages = Number(process.argv[2] ?? 300);
const HUGE_PARAGRAPHS = 18_000;
const start = Date.now();
let extracted = 0;
for (let i = 0; i < pages; i++) {
  const feed = i % 20;
  const item = Math.floor(i / 20);
  const article = syntheticArticle(feed, item);
  // Every 50th page is close to the 5 MB page limit.
  const html =
    i % 50 === 49
      ? syntheticPage(feed, item).replace(
          "</article>",
          `${"<p>Filler paragraph about the weather in the region. </p>".repeat(HUGE_PARAGRAPHS)}</article>`,
        )
      : syntheticPage(feed, item);
  const result = extractArticle({
    html,
    url: `https://example.org${article.path}`,
    feedItem: { title: article.title, publishedAt: article.publishedAt, content: article.summary },
    minTextLength: 400,
  });
  if (result.method === "readability") extracted++;
  // jsdom frees a closed window only after the event loop turns, as it does between pipeline
  // items (each awaits network and storage I/O); a tight synchronous loop would pile windows up.
  await nextTurn();
}
const heap = process.memoryUsage();
process.stdout.write(
  `${JSON.stringify({ pages, extracted, seconds: (Date.now() - start) / 1000, peakRssMb: peakRssMb(), heapUsedMb: Math.round(heap.heapUsed / 1048576) })}\n`,
);
