// ArticleAnalyzer on a worker thread: extraction and statements run on another core while the
// main thread fetches pages and stores earlier items, and a page that exhausts the worker's heap
// takes down only the worker: its item fails alone and a new worker takes the rest.
import { Worker } from "node:worker_threads";
import type { Config } from "../../core/config";
import type { FeedItem } from "../../core/model";
import { describeError } from "../../core/usecases/deps";
import type { ItemAnalysis, PageFetch } from "../../core/usecases/process-item";
import type { ArticleAnalyzer } from "../../ports/article-analyzer";
import type { Clock } from "../../ports/clock";
import type { AnalysisReply, AnalysisRequest } from "./messages";

export interface WorkerThreadAnalyzerOptions {
  /** The worker's heap limit (old generation), in MB. Default 1024. */
  readonly maxHeapMb?: number;
}

interface Job {
  readonly request: AnalysisRequest;
  readonly resolve: (analysis: ItemAnalysis) => void;
  readonly reject: (error: Error) => void;
}

/** Analyses one page at a time on one worker thread; close it when done. */
export class WorkerThreadAnalyzer implements ArticleAnalyzer {
  private worker: Worker | null = null;
  /** True once the current worker has loaded its code: a failure before that is not a page's fault. */
  private ready = false;
  private running: Job | null = null;
  private readonly queue: Job[] = [];
  private nextId = 0;
  private closed = false;

  constructor(
    private readonly config: Config,
    private readonly clock: Clock,
    private readonly options: WorkerThreadAnalyzerOptions = {},
  ) {}

  analyze(item: FeedItem, page: PageFetch): Promise<ItemAnalysis> {
    if (this.closed) return Promise.reject(new Error("the extraction worker is closed"));
    return new Promise((resolve, reject) => {
      const request = { id: this.nextId++, item, page, now: this.clock.now().toISOString() };
      this.queue.push({ request, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private dispatch(): void {
    if (this.running || this.closed) return;
    const job = this.queue.shift();
    if (!job) return;
    this.running = job;
    try {
      this.currentWorker().postMessage(job.request);
    } catch (error) {
      this.running = null;
      job.reject(new Error(`the extraction worker could not start: ${describeError(error)}`));
    }
  }

  private currentWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL("./analysis-worker.mjs", import.meta.url), {
      workerData: { config: this.config },
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb ?? 1024 },
    });
    this.ready = false;
    worker.on("message", (reply: AnalysisReply | "ready") => {
      if (reply === "ready") this.ready = true;
      else this.finish(reply);
    });
    worker.on("error", (error) => this.lose(worker, `the extraction worker failed: ${describeError(error)}`));
    worker.on("exit", (code) => this.lose(worker, `the extraction worker exited with code ${code}`));
    this.worker = worker;
    return worker;
  }

  private finish({ id, analysis }: AnalysisReply): void {
    const job = this.running;
    if (job?.request.id !== id) return;
    this.running = null;
    job.resolve(analysis);
    this.dispatch();
  }

  /**
   * A worker lost while analysing a page: that page broke it, so its item is recorded as broken and
   * the queued items go to a new worker. A worker lost before it was ready cannot analyse anything:
   * every waiting item is rejected as a fault.
   */
  private lose(worker: Worker, reason: string): void {
    if (this.worker !== worker) return;
    this.worker = null;
    void worker.terminate();
    const job = this.running;
    this.running = null;
    if (!this.ready) {
      for (const waiting of [job, ...this.queue.splice(0)]) waiting?.reject(new Error(reason));
      return;
    }
    job?.resolve({
      kind: "broken",
      item: job.request.item,
      reason: `extraction failed: ${reason}`,
      at: this.clock.now(),
    });
    this.dispatch();
  }
}
