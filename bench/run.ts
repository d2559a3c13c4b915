// `npm run bench`: times each stage on the sample and on a generated set, compares whole article
// processing with bare jsdom + Readability, counts DynamoDB operations per article, runs the
// local runner under load, and runs the extractor inside a 256 MB heap.
// DynamoDB is dynalite in a child process, so storage costs this process what DynamoDB costs a
// Lambda: round trips, not the server's own work. Options: --articles N (generated set, default 200), --load-feeds N (200), --load-items N (50),
// --no-load (skip the load run). Figures go to stdout; copy them into BENCHMARKS.md.
import { execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { setImmediate as nextTurn } from "node:timers/promises";
import { parseArgs } from "node:util";
import { Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";
import { createDynamoDbClient, DynamoDbStore } from "../lambdas/adapters/dynamodb/dynamodb-store";
import { ensureTable } from "../lambdas/adapters/dynamodb/table-schema";
import { NodeHttpFetcher } from "../lambdas/adapters/http/node-http-fetcher";
import { WorkerThreadAnalyzer } from "../lambdas/adapters/worker-thread/worker-thread-analyzer";
import { extractArticle } from "../lambdas/core/article/extract-article";
import { parseHtmlDocument } from "../lambdas/core/article/page-parser";
import { type Config, parseConfig, type TopicConfig } from "../lambdas/core/config";
import { decodeText } from "../lambdas/core/feed/charset";
import { parseFeed } from "../lambdas/core/feed/parse-feed";
import type { FeedItem } from "../lambdas/core/model";
import { extractStatements } from "../lambdas/core/statements/extract-statements";
import { matchTopics } from "../lambdas/core/topics/match-topics";
import type { PageFetch } from "../lambdas/core/usecases/process-item";
import { byPublication, processInOrder, runCycle } from "../lambdas/core/usecases/run-cycle";
import { startSampleSite } from "../lambdas/local/sample-site";
import { ms, peakRssMb, timed } from "./measure";
import {
  startSyntheticSite,
  syntheticArticle,
  syntheticFeed,
  syntheticPage,
  syntheticTopic,
} from "./synthetic-news";

const { values: args } = parseArgs({
  options: {
    articles: { type: "string", default: "200" },
    "load-feeds": { type: "string", default: "200" },
    "load-items": { type: "string", default: "50" },
    "no-load": { type: "boolean", default: false },
  },
});

const clock = { now: () => new Date("2026-01-01T00:00:00Z") };
const silentConsole = new VirtualConsole();
/** Each code path runs over at least this many pages before anything is timed. */
const WARM_UP_PAGES = 200;

interface PageCase {
  readonly item: FeedItem;
  readonly html: string;
}

interface FeedCase {
  readonly body: Uint8Array;
  readonly contentType: string | null;
  readonly url: string;
  readonly outlet: string;
}

function configFor(
  topic: TopicConfig,
  feeds: { url: string; outlet: string }[],
  tableName: string,
  endpoint: string,
): Config {
  return parseConfig(
    {
      feeds,
      topics: [topic],
      network: {
        allowPrivateHosts: true,
        allowedPorts: [80, 443, Number(new URL(feeds[0]?.url ?? "http://x").port) || 80],
        perHostDelayMs: 0,
      },
      storage: { endpoint, tableName },
      alerts: { console: false },
    },
    "bench",
  );
}

/** Counts DynamoDB API calls made through a client. */
function countOperations(client: ReturnType<typeof createDynamoDbClient>): { count: () => number } {
  let operations = 0;
  client.middlewareStack.add(
    (next) => async (args) => {
      operations++;
      return next(args);
    },
    { step: "initialize", name: "countOperations" },
  );
  return { count: () => operations };
}

function bareReadability(html: string, url: string): void {
  const dom = new JSDOM(html, { url, virtualConsole: silentConsole });
  try {
    new Readability(dom.window.document).parse();
  } finally {
    dom.window.close();
  }
}

/** The same, parsed the way the pipeline parses pages: jsdom's DOMParser in one long-lived window. */
function bareReadabilitySharedWindow(html: string, url: string): void {
  new Readability(parseHtmlDocument(html, url)).parse();
}

/** Wall and CPU milliseconds of `work`, CPU counted for this process only. */
async function wallAndCpu(work: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const cpuBefore = process.cpuUsage();
  const [, wall] = await timed(work);
  const cpu = process.cpuUsage(cpuBefore);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

async function stageReport(
  label: string,
  topic: TopicConfig,
  feeds: readonly FeedCase[],
  pages: readonly PageCase[],
  endpoint: string,
) {
  // Warm-up: untimed passes over at least WARM_UP_PAGES pages, so every figure below is steady-state
  // (the worker thread's too: it is a separate isolate, compiled apart from this thread).
  const warmUpPasses = Math.ceil(WARM_UP_PAGES / pages.length);
  const benchConfig = configFor(
    topic,
    feeds.map((f) => ({ url: f.url, outlet: f.outlet })),
    "unused",
    endpoint,
  );
  const analyzer = new WorkerThreadAnalyzer(benchConfig, clock);
  for (let pass = 0; pass < warmUpPasses; pass++) {
    for (const { item, html } of pages) await analyzer.analyze(item, { html });
    for (const { item, html } of pages) {
      const extracted = extractArticle({ html, url: item.url, feedItem: item, minTextLength: 400 });
      extractStatements(
        { ...item, publishedAt: item.publishedAt ?? "2026-01-01T00:00:00Z", text: extracted.text },
        topic,
      );
      bareReadability(html, item.url);
      bareReadabilitySharedWindow(html, item.url);
      await nextTurn();
    }
  }

  const [, feedMs] = await timed(async () => {
    for (const feed of feeds) await parseFeed(decodeText(feed.body, feed.contentType, "xml").text, feed);
  });
  let extractMs = 0;
  let statementMs = 0;
  let statements = 0;
  for (const { item, html } of pages) {
    const [extracted, extracting] = await timed(() =>
      extractArticle({ html, url: item.url, feedItem: item, minTextLength: 400 }),
    );
    const article = {
      url: item.url,
      outlet: item.outlet,
      title: extracted.title,
      publishedAt: item.publishedAt ?? "2026-01-01T00:00:00Z",
      text: extracted.text,
    };
    const [found, matching] = await timed(() =>
      matchTopics(article, [topic]).flatMap((t) => extractStatements(article, t)),
    );
    extractMs += extracting;
    statementMs += matching;
    statements += found.length;
    await nextTurn();
  }

  // Whole processing as a cycle does it (extract + statements + store + compare, analysis running
  // ahead of storage on the worker thread) against bare jsdom + Readability on the same pages; and
  // the same with analysis in this thread. Five rounds of each, alternating, a fresh table per run.
  const rounds = 5;
  const bare = { wall: 0, cpu: 0 };
  const bareSharedWindow = { wall: 0, cpu: 0 };
  const whole = { wall: 0, cpu: 0 };
  const inThread = { wall: 0, cpu: 0 };
  let operations = 0;
  // In publication order, as a cycle processes them.
  const inOrder = [...pages].sort((a, b) => byPublication(a.item, b.item));
  async function* fetched(): AsyncGenerator<readonly [FeedItem, PageFetch]> {
    for (const { item, html } of inOrder) yield [item, { html }] as const;
  }
  let run = 0;
  const processAll = async (withAnalyzer: WorkerThreadAnalyzer | undefined) => {
    const client = createDynamoDbClient({ endpoint, region: "us-east-1" });
    const tableName = `bench-${label.replace(/\W+/g, "-")}-${run++}`;
    await ensureTable(client, tableName);
    const counter = countOperations(client);
    const deps = {
      config: configFor(
        topic,
        feeds.map((f) => ({ url: f.url, outlet: f.outlet })),
        tableName,
        endpoint,
      ),
      store: new DynamoDbStore(client, tableName, clock),
      fetcher: new NodeHttpFetcher(
        parseConfig({ feeds: [{ url: "http://x.org", outlet: "x" }], topics: [topic] }, "bench").network,
      ),
      clock,
      ...(withAnalyzer ? { analyzer: withAnalyzer } : {}),
    };
    const timing = await wallAndCpu(() => processInOrder(fetched(), deps, async () => undefined));
    client.destroy();
    return { timing, operations: counter.count() };
  };
  const add = (total: { wall: number; cpu: number }, round: { wall: number; cpu: number }) => {
    total.wall += round.wall;
    total.cpu += round.cpu;
  };
  // Warm-up of storage too (SDK client, store, dynalite), so whole processing is steady-state like bare.
  await processAll(analyzer);
  await processAll(undefined);
  for (let round = 0; round < rounds; round++) {
    for (const [total, readPage] of [
      [bare, bareReadability],
      [bareSharedWindow, bareReadabilitySharedWindow],
    ] as const) {
      add(
        total,
        await wallAndCpu(async () => {
          for (const { item, html } of pages) {
            readPage(html, item.url);
            await nextTurn();
          }
        }),
      );
    }
    const onWorker = await processAll(analyzer);
    add(whole, onWorker.timing);
    operations += onWorker.operations;
    add(inThread, (await processAll(undefined)).timing);
  }
  await analyzer.close();
  const perPage = (total: number) => total / pages.length;
  console.log(`\n## ${label}: ${feeds.length} feeds, ${pages.length} pages, ${statements} statements`);
  console.log(
    `feed decode + parse:        ${ms(feedMs)} total, ${ms(feedMs / Math.max(feeds.length, 1))} per feed`,
  );
  console.log(`article extraction:         ${ms(perPage(extractMs))} per page`);
  console.log(`topics + statements:        ${ms(perPage(statementMs))} per page`);
  console.log(
    `bare jsdom + Readability:   ${ms(perPage(bare.wall / rounds))} per page (CPU ${ms(perPage(bare.cpu / rounds))})`,
  );
  console.log(
    `whole processing:           ${ms(perPage(whole.wall / rounds))} per page (CPU ${ms(perPage(whole.cpu / rounds))}, both threads)`,
  );
  console.log(`whole / bare, wall time:    ${(whole.wall / bare.wall).toFixed(3)}x (target <= 1.2x)`);
  console.log(`whole / bare, CPU time:     ${(whole.cpu / bare.cpu).toFixed(3)}x`);
  console.log(
    `bare, one shared window:    ${ms(perPage(bareSharedWindow.wall / rounds))} per page (CPU ${ms(perPage(bareSharedWindow.cpu / rounds))}); whole / this: ${(whole.wall / bareSharedWindow.wall).toFixed(3)}x wall, ${(whole.cpu / bareSharedWindow.cpu).toFixed(3)}x CPU`,
  );
  console.log(
    `whole, analysis in-thread:  ${ms(perPage(inThread.wall / rounds))} per page (CPU ${ms(perPage(inThread.cpu / rounds))}), ${(inThread.wall / bare.wall).toFixed(3)}x bare`,
  );
  console.log(`DynamoDB operations:        ${(operations / rounds / pages.length).toFixed(2)} per article`);
}

async function sampleCases(): Promise<{
  topic: TopicConfig;
  feeds: FeedCase[];
  pages: PageCase[];
  close: () => Promise<void>;
}> {
  const site = await startSampleSite();
  site.setDay(site.days);
  const feeds: FeedCase[] = [];
  const pages: PageCase[] = [];
  const seen = new Set<string>();
  for (const feed of site.feeds) {
    const response = await fetch(feed.url);
    const body = new Uint8Array(await response.arrayBuffer());
    const contentType = response.headers.get("content-type");
    feeds.push({ body, contentType, ...feed });
    const parsed = await parseFeed(decodeText(body, contentType, "xml").text, feed);
    for (const item of parsed.items) {
      if (seen.has(item.url)) continue;
      seen.add(item.url);
      const page = await fetch(item.url);
      pages.push({
        item,
        html: decodeText(new Uint8Array(await page.arrayBuffer()), page.headers.get("content-type"), "html")
          .text,
      });
    }
  }
  return { topic: site.topic, feeds, pages, close: () => site.close() };
}

function generatedCases(articles: number): { feeds: FeedCase[]; pages: PageCase[] } {
  const perFeed = 20;
  const feedCount = Math.ceil(articles / perFeed);
  const base = "https://bench.example";
  const feeds = Array.from({ length: feedCount }, (_, f) => ({
    body: new TextEncoder().encode(syntheticFeed(base, f, perFeed)),
    contentType: "application/rss+xml; charset=utf-8",
    url: `${base}/feed/${f}.xml`,
    outlet: `Outlet ${f}`,
  }));
  const pages = Array.from({ length: articles }, (_, i) => {
    const feed = i % feedCount;
    const index = Math.floor(i / feedCount);
    const article = syntheticArticle(feed, index);
    const item: FeedItem = {
      feedUrl: `${base}/feed/${feed}.xml`,
      outlet: `Outlet ${feed}`,
      guid: `${base}${article.path}`,
      url: `${base}${article.path}`,
      title: article.title,
      publishedAt: article.publishedAt,
      content: article.summary,
    };
    return { item, html: syntheticPage(feed, index) };
  });
  return { feeds, pages };
}

async function loadRun(endpoint: string, feedCount: number, items: number) {
  const site = await startSyntheticSite(feedCount, items);
  const tableName = "bench-load";
  const client = createDynamoDbClient({ endpoint, region: "us-east-1" });
  await ensureTable(client, tableName);
  const config = parseConfig(
    {
      feeds: site.feedUrls.map((url, i) => ({ url, outlet: `Outlet ${i}` })),
      topics: [syntheticTopic],
      network: { allowPrivateHosts: true, allowedPorts: [site.port], perHostDelayMs: 0 },
      storage: { endpoint, tableName },
    },
    "bench",
  );
  const clockNow = { now: () => new Date() };
  // As the local runner does it: pages analysed on a worker thread.
  const analyzer = new WorkerThreadAnalyzer(config, clockNow);
  const rssSamples: number[] = [];
  const sampler = setInterval(() => rssSamples.push(Math.round(process.memoryUsage().rss / 1048576)), 1000);
  const [report, wallMs] = await timed(() =>
    runCycle({
      config,
      store: new DynamoDbStore(client, tableName),
      fetcher: new NodeHttpFetcher(config.network),
      clock: clockNow,
      analyzer,
      sinks: [],
      feedConcurrency: 8,
      pagePrefetch: 8,
    }),
  );
  clearInterval(sampler);
  await analyzer.close();
  client.destroy();
  await site.close();
  const quarter = (q: number) =>
    rssSamples[Math.min(rssSamples.length - 1, Math.floor((rssSamples.length * q) / 4))] ?? 0;
  console.log(
    `\n## Load: ${feedCount} feeds x ${items} items through the local runner (one process, 2 cores)`,
  );
  console.log(
    `items processed:            ${report.counts.itemsDone} (${report.counts.itemsFailed} failed), ${report.counts.statements} statements, ${report.counts.alerts} alerts`,
  );
  console.log(
    `wall time:                  ${(wallMs / 1000).toFixed(1)} s, ${(report.counts.itemsDone / (wallMs / 1000)).toFixed(1)} articles/s`,
  );
  console.log(
    `RSS at 25/50/75/100%:        ${quarter(1)} / ${quarter(2)} / ${quarter(3)} / ${quarter(4)} MB; peak ${Math.max(...rssSamples, 0)} MB`,
  );
}

function limitedHeapRun() {
  const output = execFileSync(
    process.execPath,
    [
      "--max-old-space-size=256",
      "--import",
      "tsx",
      new URL("./extract-under-limit.ts", import.meta.url).pathname,
      "300",
    ],
    { encoding: "utf8" },
  );
  const result = JSON.parse(output.trim().split("\n").pop() ?? "{}");
  console.log("\n## Extraction inside a 256 MB heap (--max-old-space-size=256), 300 pages, every 50th ~1 MB");
  console.log(`pages extracted:            ${result.extracted}/${result.pages} in ${result.seconds} s`);
  console.log(
    `peak RSS:                   ${result.peakRssMb} MB; heap in use at the end ${result.heapUsedMb} MB`,
  );
}

/** Starts dynalite in a child process and returns its endpoint and a way to stop it. */
async function startRemoteDynalite(): Promise<{ endpoint: string; close: () => void }> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", new URL("./dynalite-process.ts", import.meta.url).pathname],
    {
      stdio: ["pipe", "pipe", "inherit"],
    },
  );
  const lines = createInterface({ input: child.stdout });
  const [endpoint] = await once(lines, "line");
  return { endpoint: String(endpoint), close: () => child.stdin.end() };
}

const dynalite = await startRemoteDynalite();
try {
  console.log(`# newsdrift benchmark, Node ${process.version}, ${new Date().toISOString()}`);
  const sample = await sampleCases();
  await stageReport("Sample news set", sample.topic, sample.feeds, sample.pages, dynalite.endpoint);
  await sample.close();
  const generated = generatedCases(Number(args.articles));
  await stageReport("Generated set", syntheticTopic, generated.feeds, generated.pages, dynalite.endpoint);
  limitedHeapRun();
  if (!args["no-load"])
    await loadRun(dynalite.endpoint, Number(args["load-feeds"]), Number(args["load-items"]));
  console.log(`\npeak RSS of this process:   ${peakRssMb()} MB`);
} finally {
  dynalite.close();
}
