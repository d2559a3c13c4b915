import { afterEach, describe, expect, it } from "vitest";
import { WorkerThreadAnalyzer } from "../../lambdas/adapters/worker-thread/worker-thread-analyzer";
import { parseConfig } from "../../lambdas/core/config";
import type { FeedItem } from "../../lambdas/core/model";
import { analyzeItem } from "../../lambdas/core/usecases/process-item";

const config = parseConfig(
  {
    feeds: [{ url: "https://harbour.example/feed", outlet: "Harbour Post" }],
    topics: [
      {
        id: "harbour-fire",
        name: "Harbour fire",
        keywords: ["Kelmsby"],
        measures: [{ id: "boats", terms: ["boats", "vessels"] }],
        actors: [{ id: "port", name: "Port authority", aliases: ["port authority"] }],
      },
    ],
  },
  "test.json",
);
const clock = { now: () => new Date("2031-03-04T09:00:00Z") };

function item(n: number): FeedItem {
  return {
    feedUrl: "https://harbour.example/feed",
    outlet: "Harbour Post",
    guid: `harbour-${n}`,
    url: `https://harbour.example/news/${n}`,
    title: "Fire in Kelmsby harbour",
    publishedAt: "2031-03-04T08:00:00.000Z",
    content: "A fire broke out in Kelmsby harbour.",
  };
}

const story = `<!doctype html><html><head><title>Fire in Kelmsby harbour</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Fire in Kelmsby harbour</h1>
${"<p>A fire swept through the marina in Kelmsby overnight. At least 14 boats were destroyed, the port authority said on Tuesday, and crews worked until dawn to keep it from the fuel depot.</p>".repeat(4)}
</article></body></html>`;

/** About 2 MB of sibling elements: far beyond a 64 MB worker heap once jsdom has built it. */
const heapExhausting = `<html><body>${"<div><p>Kelmsby text with many words in it.</p></div>".repeat(40_000)}</body></html>`;

describe("WorkerThreadAnalyzer", () => {
  const opened: WorkerThreadAnalyzer[] = [];
  const open = (maxHeapMb?: number) => {
    const analyzer = new WorkerThreadAnalyzer(config, clock, maxHeapMb ? { maxHeapMb } : {});
    opened.push(analyzer);
    return analyzer;
  };
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((analyzer) => analyzer.close()));
  });

  it("analyses a page exactly as this thread would", async () => {
    // Prepare
    const analyzer = open();
    const inThisThread = analyzeItem(item(1), { html: story }, { config, clock });

    // Act
    const onWorker = await analyzer.analyze(item(1), { html: story });

    // Assess
    expect(onWorker.kind).toBe("extracted");
    expect(onWorker).toStrictEqual(inThisThread);
    expect(onWorker.kind === "extracted" && onWorker.statements.length).toBeGreaterThan(0);
  });

  it("answers pages in the order they were given", async () => {
    // Prepare
    const analyzer = open();
    const items = [1, 2, 3].map(item);

    // Act
    const analyses = await Promise.all([
      analyzer.analyze(items[0] as FeedItem, { html: story }),
      analyzer.analyze(items[1] as FeedItem, { failure: "HTTP 404 Not Found" }),
      analyzer.analyze(items[2] as FeedItem, { transientFailure: "HTTP 503 Service Unavailable" }),
    ]);

    // Assess
    expect(analyses.map((analysis) => [analysis.item.url, analysis.kind])).toEqual([
      [items[0]?.url, "extracted"],
      [items[1]?.url, "extracted"],
      [items[2]?.url, "transient"],
    ]);
  });

  it("fails a page that exhausts the worker's heap alone, and analyses the next on a new worker", async () => {
    // Prepare
    const analyzer = open(64);

    // Act
    const [before, exhausting, after] = await Promise.all([
      analyzer.analyze(item(1), { html: story }),
      analyzer.analyze(item(2), { html: heapExhausting }),
      analyzer.analyze(item(3), { html: story }),
    ]);

    // Assess
    expect(before.kind).toBe("extracted");
    expect(exhausting).toMatchObject({
      kind: "broken",
      item: { url: item(2).url },
      reason: expect.stringMatching(/^extraction failed: the extraction worker failed: .*memory limit/),
      at: clock.now(),
    });
    expect(after.kind).toBe("extracted");
  });

  it("rejects every waiting page when the worker cannot even start", async () => {
    // Prepare: a heap too small to load the extraction code
    const analyzer = open(8);

    // Act
    const outcomes = await Promise.allSettled([
      analyzer.analyze(item(1), { html: story }),
      analyzer.analyze(item(2), { html: story }),
    ]);

    // Assess
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["rejected", "rejected"]);
    expect(outcomes[0]).toMatchObject({ reason: { message: expect.stringMatching(/extraction worker/) } });
  });

  it("refuses pages once closed", async () => {
    // Prepare
    const analyzer = open();
    await analyzer.close();

    // Act
    const analysing = analyzer.analyze(item(1), { html: story });

    // Assess
    await expect(analysing).rejects.toThrow("the extraction worker is closed");
  });
});
