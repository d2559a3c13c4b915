// The fault-injection harness itself: its plan is reproducible, and each fault kind does what the
// scenarios rely on, against the real store (dynalite), a real fetcher on loopback and real sinks.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DynamoDbStore } from "../../lambdas/adapters/dynamodb/dynamodb-store";
import { NodeHttpFetcher } from "../../lambdas/adapters/http/node-http-fetcher";
import { configSchema } from "../../lambdas/core/config";
import type { Alert, FeedState } from "../../lambdas/core/model";
import { deliverAlerts } from "../../lambdas/core/usecases/deliver-alerts";
import { FetchError } from "../../lambdas/ports/http-fetcher";
import { startTestDynalite, type TestDynalite } from "../integration/helpers/dynalite";
import {
  alertKey,
  type CallIdentity,
  FAULT_KINDS,
  type FaultKind,
  FaultLedger,
  FaultPlan,
  type FaultRates,
  FaultyProcess,
  KillSignal,
  mulberry32,
  NO_FAULTS,
  RecordingAlertSink,
  unexplainedDuplicates,
} from "../support/fault-injection";
import { figure } from "../support/statements";

/** Rates that make every call meet `kind` (the rates must stay below 1 in total). */
function always(kind: FaultKind): FaultRates {
  const key = kind === "server-error" ? "serverError" : kind;
  return { ...NO_FAULTS, [key]: 0.999_999 };
}

/** The first seed whose plan gives each listed call the listed fault (null: none). */
function seedWhere(rates: FaultRates, wanted: readonly [CallIdentity, FaultKind | null][]): number {
  for (let seed = 1; seed < 10_000; seed++) {
    const plan = new FaultPlan(seed, rates);
    if (wanted.every(([call, fault]) => plan.decide(call) === fault)) return seed;
  }
  throw new Error("no seed gives that plan");
}

function call(adapter: string, operation: string, key: string, occurrence = 0, process = 1): CallIdentity {
  return { process, adapter, operation, key, occurrence };
}

function feedState(feedUrl: string): FeedState {
  return {
    feedUrl,
    etag: '"v1"',
    lastModified: null,
    lastPolledAt: "2031-05-12T06:00:00.000Z",
    lastSuccessAt: "2031-05-12T06:00:00.000Z",
    lastError: null,
    consecutiveFailures: 0,
    itemsSeen: 3,
    nextAttemptAt: null,
    disabledUntil: null,
  };
}

function alert(id: string): Alert {
  const current = figure({ id: `${id}-figure` });
  return {
    id,
    topic: current.topic,
    kind: "figure",
    change: "new-measure",
    severity: "medium",
    outlet: current.outlet,
    url: current.url,
    publishedAt: current.publishedAt,
    measure: current.measure,
    current,
    previous: null,
    summary: `Example Times reported 440 graves, the first figure for graves (${id}).`,
  };
}

describe("mulberry32", () => {
  it("gives the same sequence for the same seed and another for another seed", () => {
    // Prepare
    const draw = (seed: number) => {
      const next = mulberry32(seed);
      return Array.from({ length: 5 }, () => next());
    };
    // Act
    const [first, again, other] = [draw(42), draw(42), draw(43)];
    // Assess
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
    for (const value of [...first, ...other]) expect(value >= 0 && value < 1).toBe(true);
  });
});

describe("FaultPlan", () => {
  const rates: FaultRates = { throttle: 0.1, timeout: 0.1, serverError: 0.1, kill: 0.05, repeat: 0.1 };
  const calls = Array.from({ length: 2_000 }, (_, i) =>
    call(i % 2 ? "store" : "fetcher", `op${i % 7}`, `key${i}`, i % 3),
  );

  it("gives the same plan for the same seed, whatever order the calls come in", () => {
    // Prepare
    const plan = new FaultPlan(7, rates);
    // Act
    const inOrder = calls.map((c) => plan.decide(c));
    const reversed = [...calls]
      .reverse()
      .map((c) => new FaultPlan(7, rates).decide(c))
      .reverse();
    const otherSeed = calls.map((c) => new FaultPlan(8, rates).decide(c));
    // Assess
    expect(reversed).toEqual(inOrder);
    expect(otherSeed).not.toEqual(inOrder);
  });

  it("injects each kind at about its rate, and only the kinds a call allows", () => {
    // Prepare
    const plan = new FaultPlan(11, rates);
    // Act
    const decisions = calls.map((c) => plan.decide(c));
    const readDecisions = calls.map((c) => plan.decide(c, ["throttle"]));
    // Assess
    for (const kind of FAULT_KINDS) {
      const share = decisions.filter((d) => d === kind).length / calls.length;
      expect(share, kind).toBeGreaterThan(kind === "kill" ? 0.03 : 0.07);
      expect(share, kind).toBeLessThan(kind === "kill" ? 0.07 : 0.13);
    }
    expect(new Set(readDecisions)).toEqual(new Set(["throttle", null]));
  });

  it("refuses rates that add up to 1 or more", () => {
    // Prepare
    const tooMuch = { ...NO_FAULTS, throttle: 0.5, kill: 0.5 };
    // Act
    const create = () => new FaultPlan(1, tooMuch);
    // Assess
    expect(create).toThrow(/less than 1/);
  });
});

describe("fault wrappers", () => {
  let dynalite: TestDynalite;
  let realStore: DynamoDbStore;
  let server: Server;
  let requests: string[];
  let baseUrl: string;
  let fetcher: NodeHttpFetcher;

  beforeAll(async () => {
    dynalite = await startTestDynalite();
    realStore = new DynamoDbStore(dynalite.client, dynalite.tableName);
    requests = [];
    server = createServer((request, response) => {
      requests.push(request.url ?? "");
      response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end("<p>hello</p>");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    baseUrl = `http://127.0.0.1:${port}`;
    fetcher = new NodeHttpFetcher(
      configSchema.shape.network.parse({
        allowPrivateHosts: true,
        allowedPorts: [port],
        perHostDelayMs: 0,
        respectRobotsTxt: false,
      }),
    );
  });

  afterAll(async () => {
    await dynalite?.close();
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
  });

  function processWith(rates: FaultRates, seed = 1): { process: FaultyProcess; ledger: FaultLedger } {
    const ledger = new FaultLedger();
    return { process: new FaultyProcess(new FaultPlan(seed, rates), 1, ledger), ledger };
  }

  it("throttling: throws the SDK's throttling error before the write", async () => {
    // Prepare
    const { process, ledger } = processWith(always("throttle"));
    const store = process.store(realStore);
    // Act
    const write = store.putFeedState(feedState("https://throttled.example/feed"));
    // Assess
    await expect(write).rejects.toMatchObject({
      name: "ProvisionedThroughputExceededException",
      $fault: "client",
    });
    await expect(store.getFeedState("x")).rejects.toMatchObject({ name: "ThrottlingException" });
    expect(await realStore.getFeedState("https://throttled.example/feed")).toBeNull();
    expect(ledger.countByKind().throttle).toBe(2);
  });

  it("store timeout: the write happens, then a TimeoutError is thrown", async () => {
    // Prepare
    const { process } = processWith(always("timeout"));
    const state = feedState("https://timeout.example/feed");
    // Act
    const write = process.store(realStore).putFeedState(state);
    // Assess
    await expect(write).rejects.toMatchObject({ name: "TimeoutError" });
    expect(await realStore.getFeedState(state.feedUrl)).toEqual(state);
  });

  it("store 5xx: throws the SDK's InternalServerError before the write", async () => {
    // Prepare
    const { process } = processWith(always("server-error"));
    // Act
    const write = process.store(realStore).recordFindings({ statements: [], alerts: [alert("alert-5xx")] });
    // Assess
    await expect(write).rejects.toMatchObject({ name: "InternalServerError", $fault: "server" });
    expect(await realStore.pendingAlerts()).not.toContainEqual(expect.objectContaining({ id: "alert-5xx" }));
  });

  it("repeat: a store write goes through twice, as a retried request whose first answer was lost", async () => {
    // Prepare
    const { process, ledger } = processWith(always("repeat"));
    // Act
    const recorded = await process
      .store(realStore)
      .recordFindings({ statements: [], alerts: [alert("alert-repeated")] });
    // Assess: the second write finds the first one's alert, which keeps its state
    expect(recorded).toEqual([]);
    expect((await realStore.pendingAlerts()).filter((a) => a.id === "alert-repeated")).toHaveLength(1);
    expect(ledger.countByKind().repeat).toBe(1);
  });

  it("records each statement history read, as the caller saw it", async () => {
    // Prepare
    const { process, ledger } = processWith(NO_FAULTS);
    const store = process.store(realStore);
    await store.recordFindings({
      statements: [figure({ id: "history-early", publishedAt: "2022-09-15T10:00:00.000Z" })],
      alerts: [],
    });
    // Act
    await store.queryStatements({ topic: "izyum-mass-graves", before: "2022-09-16T00:00:00.000Z" });
    // Assess
    expect(ledger.historyReads).toEqual([
      {
        topic: "izyum-mass-graves",
        before: "2022-09-16T00:00:00.000Z",
        statementIds: ["history-early"],
        complete: true,
      },
    ]);
  });

  it("records a newest-first history read that stopped early as incomplete", async () => {
    // Prepare
    const { process, ledger } = processWith(NO_FAULTS);
    const store = process.store(realStore);
    await store.recordFindings({
      statements: [
        figure({ id: "newest-first-old", topic: "newest-first", publishedAt: "2022-09-14T10:00:00.000Z" }),
        figure({ id: "newest-first-new", topic: "newest-first", publishedAt: "2022-09-15T10:00:00.000Z" }),
      ],
      alerts: [],
    });
    // Act
    for await (const _statement of store.statementsNewestFirst("newest-first", "2022-09-16T00:00:00.000Z"))
      break;
    // Assess
    expect(ledger.historyReads).toEqual([
      {
        topic: "newest-first",
        before: "2022-09-16T00:00:00.000Z",
        statementIds: ["newest-first-new"],
        complete: false,
      },
    ]);
  });

  it("fetcher faults: 429, timeout and 503 as FetchErrors, without a request", async () => {
    // Prepare
    const url = `${baseUrl}/page`;
    const before = requests.length;
    const fetchWith = (kind: FaultKind) =>
      processWith(always(kind)).process.fetcher(fetcher).fetch({ url, purpose: "page" });
    // Act
    const results = await Promise.allSettled([
      fetchWith("throttle"),
      fetchWith("timeout"),
      fetchWith("server-error"),
    ]);
    // Assess
    const errors = results.map((result) => (result.status === "rejected" ? result.reason : null));
    for (const error of errors) expect(error).toBeInstanceOf(FetchError);
    expect(errors.map((e) => [e.code, e.httpStatus])).toEqual([
      ["http-status", 429],
      ["timeout", null],
      ["http-status", 503],
    ]);
    expect(requests.length).toBe(before);
  });

  it("plans the same faults for a site on another port", async () => {
    // Prepare
    const rates = { ...NO_FAULTS, throttle: 0.5 };
    const faultsFor = async (origin: string) => {
      const { process, ledger } = processWith(rates, 3);
      const wrapped = process.fetcher(fetcher);
      const paths = Array.from({ length: 12 }, (_, i) => `/page-${i}`);
      await Promise.allSettled(
        paths.map((path) => wrapped.fetch({ url: `${origin}${path}`, purpose: "page" })),
      );
      return ledger.events.map((event) => `${event.key} ${event.fault}`).sort();
    };
    // Act
    const [here, elsewhere] = [await faultsFor(baseUrl), await faultsFor("http://127.0.0.1:1")];
    // Assess
    expect(here.length).toBeGreaterThan(0);
    expect(elsewhere).toEqual(here);
  });

  it("fetcher repeat: the request is sent twice and the answer returned", async () => {
    // Prepare
    const before = requests.length;
    const { process } = processWith(always("repeat"));
    // Act
    const result = await process.fetcher(fetcher).fetch({ url: `${baseUrl}/twice`, purpose: "page" });
    // Assess
    expect(result.status).toBe("ok");
    expect(requests.slice(before)).toEqual(["/twice", "/twice"]);
  });

  it("kill: from the killing call on, every wrapped adapter of the process throws and does nothing", async () => {
    // Prepare
    const rates = { ...NO_FAULTS, kill: 0.5 };
    const state = feedState("https://killed.example/feed");
    // Call keys leave out the origin, so the plan does not depend on the loopback port.
    const seed = seedWhere(rates, [[call("store", "getFeedState", "/feed"), "kill"]]);
    const { process } = processWith(rates, seed);
    const recorder = new RecordingAlertSink();
    const before = requests.length;
    // Act
    const kill = process.store(realStore).getFeedState(state.feedUrl);
    await expect(kill).rejects.toBeInstanceOf(KillSignal);
    const afterwards = await Promise.allSettled([
      process.store(realStore).putFeedState(state),
      process.fetcher(fetcher).fetch({ url: `${baseUrl}/after-kill`, purpose: "page" }),
      process.sink(recorder).deliver(alert("alert-after-kill")),
    ]);
    // Assess
    expect(process.killed).toBe(true);
    for (const result of afterwards)
      expect(result).toMatchObject({ status: "rejected", reason: expect.any(KillSignal) });
    expect(await realStore.getFeedState(state.feedUrl)).toBeNull();
    expect(requests.length).toBe(before);
    expect(recorder.deliveries.size).toBe(0);
  });

  it("sink repeat: delivered twice to the sink, and the ledger explains the second delivery", async () => {
    // Prepare
    const { process, ledger } = processWith(always("repeat"));
    const recorder = new RecordingAlertSink();
    // Act
    await process.sink(recorder).deliver(alert("alert-sink-repeat"));
    // Assess
    expect(recorder.deliveries.get("alert-sink-repeat")).toBe(2);
    expect(ledger.allowedDeliveries("recorder", "alert-sink-repeat")).toBe(2);
    expect(unexplainedDuplicates(recorder, ledger)).toEqual([]);
  });

  it("sink timeout: the sink got the alert, then a TimeoutError is thrown", async () => {
    // Prepare
    const { process } = processWith(always("timeout"));
    const recorder = new RecordingAlertSink();
    // Act
    const delivery = process.sink(recorder).deliver(alert("alert-sink-timeout"));
    // Assess
    await expect(delivery).rejects.toMatchObject({ name: "TimeoutError" });
    expect(recorder.deliveries.get("alert-sink-timeout")).toBe(1);
  });

  describe("at-least-once windows", () => {
    const rates = { ...NO_FAULTS, kill: 0.3, throttle: 0.3 };

    async function deliverOnce(id: string, wanted: [CallIdentity, FaultKind | null][]) {
      const seed = seedWhere(rates, wanted);
      const ledger = new FaultLedger();
      const process = new FaultyProcess(new FaultPlan(seed, rates), 1, ledger);
      const recorder = new RecordingAlertSink();
      await realStore.recordFindings({ statements: [], alerts: [alert(id)] });
      await deliverAlerts({ store: process.store(realStore), sinks: [process.sink(recorder)] }, [
        alert(id),
      ]).catch(() => undefined);
      process.finish();
      return { ledger, recorder };
    }

    it("a kill between delivery and marking opens a window", async () => {
      // Prepare
      const wanted: [CallIdentity, FaultKind | null][] = [
        [call("sink:recorder", "deliver", alertKey(alert("alert-window-kill"))), null],
        [call("store", "markAlertDelivered", alertKey(alert("alert-window-kill"))), "kill"],
      ];
      // Act
      const { ledger, recorder } = await deliverOnce("alert-window-kill", wanted);
      // Assess
      expect(recorder.deliveries.get("alert-window-kill")).toBe(1);
      expect(ledger.windows.get("alert-window-kill")).toEqual([{ process: 1, cause: "kill" }]);
      expect(ledger.allowedDeliveries("recorder", "alert-window-kill")).toBe(2);
    });

    it("a throttled marking opens a window", async () => {
      // Prepare
      const wanted: [CallIdentity, FaultKind | null][] = [
        [call("sink:recorder", "deliver", alertKey(alert("alert-window-throttle"))), null],
        [call("store", "markAlertDelivered", alertKey(alert("alert-window-throttle"))), "throttle"],
      ];
      // Act
      const { ledger } = await deliverOnce("alert-window-throttle", wanted);
      // Assess
      expect(ledger.windows.get("alert-window-throttle")).toEqual([{ process: 1, cause: "store-fault" }]);
      expect(ledger.unmarkedWithoutFault).toEqual([]);
    });

    it("a delivery marked without a fault opens none", async () => {
      // Prepare
      const wanted: [CallIdentity, FaultKind | null][] = [
        [call("sink:recorder", "deliver", alertKey(alert("alert-window-none"))), null],
        [call("store", "markAlertDelivered", alertKey(alert("alert-window-none"))), null],
      ];
      // Act
      const { ledger, recorder } = await deliverOnce("alert-window-none", wanted);
      // Assess
      expect(ledger.windows.size).toBe(0);
      expect(await realStore.pendingAlerts()).not.toContainEqual(
        expect.objectContaining({ id: "alert-window-none" }),
      );
      recorder.deliveries.set("alert-window-none", 2);
      expect(unexplainedDuplicates(recorder, ledger)).toEqual([
        { alertId: "alert-window-none", deliveries: 2, allowed: 1 },
      ]);
    });

    it("a delivered alert left unmarked without any fault is reported", async () => {
      // Prepare
      const ledger = new FaultLedger();
      const process = new FaultyProcess(new FaultPlan(1, NO_FAULTS), 4, ledger);
      // Act: delivered, but the caller never marks it
      await process.sink(new RecordingAlertSink()).deliver(alert("alert-forgotten"));
      process.finish();
      // Assess
      expect(ledger.unmarkedWithoutFault).toEqual([{ process: 4, alertId: "alert-forgotten" }]);
    });
  });
});
