// The SQS and SNS adapters the functions use, against SDK-level doubles (aws-sdk-client-mock).
import { PublishCommand, SNSClient } from "@aws-sdk/client-sns";
import { SendMessageBatchCommand, SQSClient } from "@aws-sdk/client-sqs";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, describe, expect, it } from "vitest";
import { SnsAlertSink } from "../../lambdas/adapters/sns/sns-alert-sink";
import { MAX_BATCH_BYTES, SqsMessageSender } from "../../lambdas/adapters/sqs/sqs-message-sender";
import type { Alert, FigureStatement } from "../../lambdas/core/model";

const QUEUE_URL = "https://sqs.us-east-1.amazonaws.com/123456789012/items";
const sqs = mockClient(SQSClient);
const sns = mockClient(SNSClient);

afterEach(() => {
  sqs.reset();
  sns.reset();
});

function entriesSent(): string[][] {
  return sqs
    .commandCalls(SendMessageBatchCommand)
    .map((call) => (call.args[0].input.Entries ?? []).map((entry) => entry.MessageBody as string));
}

describe("SqsMessageSender", () => {
  it("sends in batches of at most 10 messages, in order", async () => {
    // Prepare
    sqs.on(SendMessageBatchCommand).resolves({ Successful: [], Failed: [] });
    const sender = new SqsMessageSender<{ n: number }>(new SQSClient({}), QUEUE_URL);

    // Act
    await sender.sendAll(Array.from({ length: 23 }, (_, n) => ({ n })));

    // Assess
    expect(entriesSent().map((batch) => batch.length)).toEqual([10, 10, 3]);
    expect(
      entriesSent()
        .flat()
        .map((body) => JSON.parse(body).n),
    ).toEqual(Array.from({ length: 23 }, (_, n) => n));
  });

  it("starts a new batch before a batch would exceed the size limit", async () => {
    // Prepare
    sqs.on(SendMessageBatchCommand).resolves({ Successful: [], Failed: [] });
    const sender = new SqsMessageSender<{ text: string }>(new SQSClient({}), QUEUE_URL);
    const large = "x".repeat(MAX_BATCH_BYTES / 3);

    // Act
    await sender.sendAll([{ text: large }, { text: large }, { text: large }, { text: "small" }]);

    // Assess
    expect(entriesSent().map((batch) => batch.length)).toEqual([2, 2]);
  });

  it("re-sends the entries SQS reports as failed", async () => {
    // Prepare
    sqs
      .on(SendMessageBatchCommand)
      .resolvesOnce({ Failed: [{ Id: "1", Code: "InternalError", SenderFault: false }] })
      .resolves({ Failed: [] });
    const sender = new SqsMessageSender<string>(new SQSClient({}), QUEUE_URL);

    // Act
    await sender.sendAll(["a", "b", "c"]);

    // Assess
    expect(entriesSent()).toEqual([['"a"', '"b"', '"c"'], ['"b"']]);
  });

  it("throws when entries still fail after retries, so the caller does not commit", async () => {
    // Prepare
    sqs
      .on(SendMessageBatchCommand)
      .resolves({ Failed: [{ Id: "0", Code: "KmsThrottled", Message: "slow down", SenderFault: false }] });
    const sender = new SqsMessageSender<string>(new SQSClient({}), QUEUE_URL);

    // Act
    const sending = sender.sendAll(["a", "b"]);

    // Assess
    await expect(sending).rejects.toThrow(
      "1 of 2 messages could not be sent to SQS: KmsThrottled: slow down",
    );
    expect(entriesSent()).toHaveLength(3);
  });

  it("refuses a message larger than SQS accepts, sending nothing", async () => {
    // Prepare
    const sender = new SqsMessageSender<string>(new SQSClient({}), QUEUE_URL);

    // Act
    const sending = sender.sendAll(["fine", "y".repeat(MAX_BATCH_BYTES)]);

    // Assess
    await expect(sending).rejects.toThrow(`message 1 is larger than ${MAX_BATCH_BYTES} bytes`);
    expect(entriesSent()).toEqual([]);
  });
});

describe("SnsAlertSink", () => {
  const figure: FigureStatement = {
    id: "f1",
    kind: "figure",
    topic: "lake-dam-breach",
    outlet: "Example Daily",
    url: "https://news.example.org/varn",
    title: "Varn dam: evacuation",
    publishedAt: "2031-04-03T10:30:00Z",
    sentence: "About 300 residents were evacuated.",
    inHeadline: false,
    measure: "evacuated",
    term: "residents",
    low: 300,
    high: 300,
    qualifier: "approx",
    source: null,
  };
  const alert: Alert = {
    id: "a1",
    topic: "lake-dam-breach",
    kind: "figure",
    change: "new-measure",
    severity: "medium",
    outlet: "Example Daily",
    url: figure.url,
    publishedAt: figure.publishedAt,
    measure: "evacuated",
    current: figure,
    previous: null,
    summary: "Example Daily reported around 300 residents.",
  };

  it("publishes once with a JSON message per protocol, a subject and the filterable attributes", async () => {
    // Prepare
    sns.on(PublishCommand).resolves({ MessageId: "m1" });
    const sink = new SnsAlertSink(new SNSClient({}), "arn:aws:sns:us-east-1:123456789012:alerts");

    // Act
    await sink.deliver(alert);

    // Assess
    const calls = sns.commandCalls(PublishCommand);
    expect(calls).toHaveLength(1);
    const input = calls[0]?.args[0].input;
    expect(input?.TopicArn).toBe("arn:aws:sns:us-east-1:123456789012:alerts");
    expect(input?.MessageStructure).toBe("json");
    expect(input?.Subject).toBe("newsdrift MEDIUM: lake-dam-breach - Example Daily first figure");
    expect(Object.keys(JSON.parse(input?.Message ?? "{}")).sort()).toEqual(["default", "email", "sms"]);
    expect(input?.MessageAttributes).toEqual({
      topic: { DataType: "String", StringValue: "lake-dam-breach" },
      kind: { DataType: "String", StringValue: "figure" },
      severity: { DataType: "String", StringValue: "medium" },
      outlet: { DataType: "String", StringValue: "Example Daily" },
    });
  });

  it("fails the delivery when SNS refuses, so the alert stays pending", async () => {
    // Prepare
    sns.on(PublishCommand).rejects(new Error("Invalid parameter: TopicArn"));
    const sink = new SnsAlertSink(new SNSClient({}), "arn:aws:sns:us-east-1:123456789012:gone");

    // Act
    const delivering = sink.deliver(alert);

    // Assess
    await expect(delivering).rejects.toThrow("Invalid parameter: TopicArn");
  });
});
