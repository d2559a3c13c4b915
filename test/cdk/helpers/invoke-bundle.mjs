// Runs in a fresh Node process: loads one function bundle from cdk.out the way the Lambda runtime
// does (require the CommonJS index.js) and invokes its handler once per event, in order.
// Usage: node invoke-bundle.mjs <bundle dir> <events.json>; prints one JSON line with the results.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

const [bundleDir, eventsFile] = process.argv.slice(2);
const events = JSON.parse(readFileSync(eventsFile, "utf8"));

const loadStart = performance.now();
const { handler } = createRequire(join(bundleDir, "index.js"))(join(bundleDir, "index.js"));
const initMs = performance.now() - loadStart;

const invocations = [];
for (const [index, event] of events.entries()) {
  const deadline = Date.now() + 60_000;
  const context = {
    functionName: process.env.AWS_LAMBDA_FUNCTION_NAME,
    functionVersion: "$LATEST",
    invokedFunctionArn: `arn:aws:lambda:${process.env.AWS_REGION}:123456789012:function:${process.env.AWS_LAMBDA_FUNCTION_NAME}`,
    memoryLimitInMB: "1024",
    awsRequestId: `request-${index}`,
    logGroupName: `/aws/lambda/${process.env.AWS_LAMBDA_FUNCTION_NAME}`,
    logStreamName: "bundle-test",
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => deadline - Date.now(),
  };
  const start = performance.now();
  const result = await handler(event, context);
  invocations.push({ result: result ?? null, durationMs: performance.now() - start });
}
// SDK keep-alive sockets would hold the process open; the output is complete once written.
process.stdout.write(`\n${JSON.stringify({ initMs, invocations })}\n`, () => process.exit(0));
