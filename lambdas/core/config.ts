// The newsdrift config: one schema, validated once, shared by the CLI, the CDK app and the Lambdas.
import { z } from "zod";

const slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, "must be lowercase letters, digits and hyphens, e.g. izyum-mass-graves");
const nonEmpty = z.string().trim().min(1, "must not be empty");
const httpUrl = z.url({ protocol: /^https?$/, error: "must be an http or https URL" });
const e164 = z.string().regex(/^\+[1-9]\d{6,14}$/, "must be an E.164 phone number such as +15555550100");

const measureSchema = z.strictObject({
  id: slug,
  terms: z.array(nonEmpty).min(1, "must list at least one term"),
});

const actorSchema = z.strictObject({
  id: slug.refine((id) => id !== "outlet", "`outlet` is reserved for an outlet's own framing"),
  name: nonEmpty,
  aliases: z.array(nonEmpty).default([]),
});

export const topicSchema = z.strictObject({
  id: slug,
  name: nonEmpty,
  /**
   * The core claim as a sentence ("Corvo Star dumped oily waste in Sorrel Bay"); defaults to the name.
   * Its past-tense verbs let a plain statement of the claim count as asserting it, its other words
   * name the story as keywords do, and a claim that something is fake turns "fake" into asserting it.
   */
  claim: nonEmpty.optional(),
  keywords: z.array(nonEmpty).min(1, "must list at least one keyword"),
  /** Words that must appear near a figure for it to belong to this topic; defaults to the keywords. */
  places: z.array(nonEmpty).optional(),
  measures: z.array(measureSchema).default([]),
  actors: z.array(actorSchema).default([]),
});

const feedSchema = z.strictObject({
  url: httpUrl,
  outlet: nonEmpty,
});

const severitySchema = z.enum(["low", "medium", "high"]);

const networkSchema = z.strictObject({
  /** Allow feeds and pages on loopback, private and link-local addresses (tests and demos only). */
  allowPrivateHosts: z.boolean().default(false),
  /** Ports that URLs may use besides the scheme defaults. */
  allowedPorts: z.array(z.number().int().min(1).max(65535)).default([80, 443]),
  userAgent: nonEmpty.default("newsdrift/0.1 (+https://github.com/newsdrift/newsdrift; news monitoring)"),
  connectTimeoutMs: z.number().int().positive().default(5_000),
  timeoutMs: z.number().int().positive().default(20_000),
  maxFeedBytes: z
    .number()
    .int()
    .positive()
    .default(2 * 1024 * 1024),
  maxPageBytes: z
    .number()
    .int()
    .positive()
    .default(5 * 1024 * 1024),
  /** Pause between two requests to the same host. */
  perHostDelayMs: z.number().int().min(0).default(1_000),
  maxRedirects: z.number().int().min(0).max(5).default(5),
  respectRobotsTxt: z.boolean().default(true),
});

const alertsSchema = z.strictObject({
  console: z.boolean().default(true),
  /** JSON Lines file that receives every alert; relative to the config file. */
  jsonl: nonEmpty.nullable().default(null),
  email: z.array(z.email("must be an email address")).default([]),
  sms: z.array(e164).default([]),
  smsMinSeverity: severitySchema.default("high"),
  /**
   * How long a recorded alert waits in the outbox before it is sent. An article that arrives late
   * within this window (its feed or page failed for a cycle, or Lambdas processed articles out of
   * order) makes later articles be compared again, and their alerts that no longer hold are
   * withdrawn unsent. 0 sends at once. At most a day.
   */
  settleMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .default(10),
});

const storageSchema = z.strictObject({
  /** A DynamoDB-API endpoint; when unset locally, an embedded dynalite server is started. */
  endpoint: httpUrl.optional(),
  tableName: nonEmpty.default("newsdrift"),
  region: nonEmpty.default("us-east-1"),
});

const extractionSchema = z.strictObject({
  /** Extracted page text shorter than this falls back to the feed item's content. */
  minTextLength: z.number().int().min(0).default(400),
});

const feedHealthSchema = z.strictObject({
  /** Consecutive failures after which a feed is disabled. */
  disableAfterFailures: z.number().int().positive().default(10),
  /** How long a disabled feed waits before it is re-checked. */
  recheckAfterMinutes: z.number().int().positive().default(360),
});

export const configSchema = z
  .strictObject({
    dataDir: nonEmpty.default(".newsdrift"),
    pollIntervalMinutes: z.number().positive().default(5),
    network: networkSchema.default(networkSchema.parse({})),
    feeds: z.array(feedSchema).min(1, "must list at least one feed"),
    topics: z.array(topicSchema).min(1, "must list at least one topic"),
    alerts: alertsSchema.default(alertsSchema.parse({})),
    storage: storageSchema.default(storageSchema.parse({})),
    extraction: extractionSchema.default(extractionSchema.parse({})),
    feedHealth: feedHealthSchema.default(feedHealthSchema.parse({})),
  })
  .superRefine((config, ctx) => {
    reportDuplicates(
      config.feeds.map((feed) => feed.url),
      ["feeds"],
      "url",
      ctx,
    );
    reportDuplicates(
      config.topics.map((topic) => topic.id),
      ["topics"],
      "id",
      ctx,
    );
    config.topics.forEach((topic, index) => {
      reportDuplicates(
        topic.measures.map((m) => m.id),
        ["topics", index, "measures"],
        "id",
        ctx,
      );
      reportDuplicates(
        topic.actors.map((a) => a.id),
        ["topics", index, "actors"],
        "id",
        ctx,
      );
    });
  });

function reportDuplicates(
  values: readonly string[],
  path: (string | number)[],
  field: string,
  ctx: z.RefinementCtx,
): void {
  const seen = new Set<string>();
  values.forEach((value, index) => {
    if (seen.has(value))
      ctx.addIssue({
        code: "custom",
        path: [...path, index, field],
        message: `duplicate ${field} "${value}"`,
      });
    seen.add(value);
  });
}

export type Config = z.infer<typeof configSchema>;
export type TopicConfig = Config["topics"][number];
export type MeasureConfig = TopicConfig["measures"][number];
export type ActorConfig = TopicConfig["actors"][number];
export type FeedConfig = Config["feeds"][number];
export type NetworkConfig = Config["network"];

export class ConfigError extends Error {
  constructor(
    readonly source: string,
    readonly problems: readonly string[],
  ) {
    super(`${source}: invalid config\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Formats a path like `topics[0].measures[1].id`. */
function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === "number") return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, "");
}

/**
 * Validates parsed JSON and returns the config with defaults applied.
 * `resolvePath` turns relative paths (dataDir, alerts.jsonl) into absolute ones.
 */
export function parseConfig(
  raw: unknown,
  source: string,
  resolvePath: (p: string) => string = (p) => p,
): Config {
  const result = configSchema.safeParse(raw);
  if (!result.success) {
    throw new ConfigError(
      source,
      result.error.issues.map((issue) => {
        const where = formatPath(issue.path) || "(top level)";
        return `${where}: ${issue.message}`;
      }),
    );
  }
  const config = result.data;
  return {
    ...config,
    dataDir: resolvePath(config.dataDir),
    alerts: {
      ...config.alerts,
      jsonl: config.alerts.jsonl === null ? null : resolvePath(config.alerts.jsonl),
    },
  };
}

/** Parses config text (JSON), reporting a syntax error as a config error. */
export function parseConfigText(text: string, source: string, resolvePath?: (p: string) => string): Config {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(source, [`(file): not valid JSON: ${(error as Error).message}`]);
  }
  return parseConfig(raw, source, resolvePath);
}
