import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { JsonLinesAlertSink } from "../../../lambdas/adapters/file/jsonl-alert-sink";
import { compareStatements } from "../../../lambdas/core/alerts/compare-statements";
import { figure, izyumTopic } from "../../support/statements";

describe("JsonLinesAlertSink", () => {
  it("writes each alert once, also across a restart", async () => {
    // Prepare
    const path = join(mkdtempSync(join(tmpdir(), "newsdrift-jsonl-")), "nested", "alerts.jsonl");
    const [alert] = compareStatements([figure({ id: "c" })], [], izyumTopic);
    if (!alert) throw new Error("expected an alert");
    // Act
    await new JsonLinesAlertSink(path).deliver(alert);
    const restarted = new JsonLinesAlertSink(path);
    await restarted.deliver(alert);
    // Assess
    const lines = readFileSync(path, "utf8").trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? "")).toEqual(alert);
  });
});
