// The analysis worker thread: analyses one page per message with the config it was started with.
import { parentPort, workerData } from "node:worker_threads";
import type { Config } from "../../core/config";
import { analyzeItem } from "../../core/usecases/process-item";
import type { AnalysisReply, AnalysisRequest } from "./messages";

const config = (workerData as { config: Config }).config;
const port = parentPort;
if (!port) throw new Error("analysis-worker-body runs only as a worker thread");

port.on("message", ({ id, item, page, now }: AnalysisRequest) => {
  const analysis = analyzeItem(item, page, { config, clock: { now: () => new Date(now) } });
  port.postMessage({ id, analysis } satisfies AnalysisReply);
});
port.postMessage("ready");
