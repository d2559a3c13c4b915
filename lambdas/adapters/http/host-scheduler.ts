// Politeness: one request at a time per host, and a pause between two requests to the same host.

export type Sleep = (ms: number) => Promise<void>;

export class HostScheduler {
  /** The end of the last task queued per host; the next task for that host starts after it. */
  private readonly queues = new Map<string, Promise<void>>();
  private readonly lastFinishedAt = new Map<string, number>();

  constructor(
    private readonly delayMs: number,
    private readonly sleep: Sleep,
    private readonly now: () => number = Date.now,
  ) {}

  /** Runs `task` once the host is free and `delayMs` has passed since its previous request ended. */
  run<T>(host: string, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(host) ?? Promise.resolve();
    const result = previous.then(async () => {
      const finishedAt = this.lastFinishedAt.get(host);
      const wait = finishedAt === undefined ? 0 : finishedAt + this.delayMs - this.now();
      if (wait > 0) await this.sleep(wait);
      try {
        return await task();
      } finally {
        this.lastFinishedAt.set(host, this.now());
      }
    });
    const settled = result.then(
      () => undefined,
      () => undefined,
    );
    this.queues.set(host, settled);
    // Forget an idle host's queue so the map does not grow with every host ever fetched.
    void settled.then(() => {
      if (this.queues.get(host) === settled) this.queues.delete(host);
    });
    return result;
  }
}
