import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig, parseConfigText } from "../../../lambdas/core/config";

const minimal = {
  feeds: [{ url: "https://example.org/world/rss", outlet: "Example Times" }],
  topics: [{ id: "izyum-mass-graves", name: "Mass graves near Izyum", keywords: ["Izyum"] }],
};

function problemsOf(raw: unknown): readonly string[] {
  try {
    parseConfig(raw, "test.json");
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("parseConfig", () => {
  it("applies documented defaults", () => {
    // Prepare: the smallest valid config
    // Act
    const config = parseConfig(minimal, "test.json");
    // Assess
    expect(config.dataDir).toBe(".newsdrift");
    expect(config.pollIntervalMinutes).toBe(5);
    expect(config.network.allowPrivateHosts).toBe(false);
    expect(config.network.maxFeedBytes).toBe(2 * 1024 * 1024);
    expect(config.alerts).toMatchObject({
      console: true,
      jsonl: null,
      smsMinSeverity: "high",
      settleMinutes: 10,
    });
    expect(config.topics[0]?.measures).toEqual([]);
  });

  it("resolves relative paths with the given resolver", () => {
    // Prepare
    const raw = { ...minimal, dataDir: "data", alerts: { jsonl: "alerts.jsonl" } };
    // Act
    const config = parseConfig(raw, "test.json", (p) => `/configs/${p}`);
    // Assess
    expect(config.dataDir).toBe("/configs/data");
    expect(config.alerts.jsonl).toBe("/configs/alerts.jsonl");
  });

  it.each([
    [
      { ...minimal, feeds: [{ url: "ftp://example.org/rss", outlet: "X" }] },
      "feeds[0].url: must be an http or https URL",
    ],
    [{ ...minimal, feeds: [] }, "feeds: must list at least one feed"],
    [
      { ...minimal, topics: [{ ...minimal.topics[0], id: "Bad Id" }] },
      "topics[0].id: must be lowercase letters, digits and hyphens",
    ],
    [{ ...minimal, topics: [{ ...minimal.topics[0], claim: " " }] }, "topics[0].claim: must not be empty"],
    [{ ...minimal, pollIntervalMinutes: 0 }, "pollIntervalMinutes: Too small"],
    [{ ...minimal, alerts: { sms: ["555-0100"] } }, "alerts.sms[0]: must be an E.164 phone number"],
    [{ ...minimal, alerts: { settleMinutes: -5 } }, "alerts.settleMinutes: Too small"],
    [{ ...minimal, alerts: { settleMinutes: 2.5 } }, "alerts.settleMinutes: Invalid input: expected int"],
    [{ ...minimal, extra: true }, '(top level): Unrecognized key: "extra"'],
    [
      { ...minimal, topics: [{ ...minimal.topics[0], actors: [{ id: "outlet", name: "X" }] }] },
      "topics[0].actors[0].id: `outlet` is reserved",
    ],
    [
      { ...minimal, feeds: [minimal.feeds[0], minimal.feeds[0]] },
      'feeds[1].url: duplicate url "https://example.org/world/rss"',
    ],
  ])("names the field and the problem (%#)", (raw, expected) => {
    // Prepare: a config with one mistake
    // Act
    const problems = problemsOf(raw);
    // Assess
    expect(problems.some((p) => p.startsWith(expected))).toBe(true);
  });

  it("reports a JSON syntax error as a config error", () => {
    // Prepare
    const text = '{ "feeds": [ }';
    // Act
    const parse = () => parseConfigText(text, "broken.json");
    // Assess
    expect(parse).toThrow(ConfigError);
    expect(parse).toThrow(/broken.json: invalid config\n {2}- \(file\): not valid JSON/);
  });
});
