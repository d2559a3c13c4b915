// Sends JSON messages to one SQS queue with SendMessageBatch: at most 10 entries and 256 KiB per
// request, failed entries retried, and an error when some could not be sent (so the caller can
// leave its own state uncommitted and be retried).
import {
  SendMessageBatchCommand,
  type SendMessageBatchRequestEntry,
  type SQSClient,
} from "@aws-sdk/client-sqs";

const MAX_ENTRIES = 10;
/** The classic SQS limit for one message and for a whole batch request. */
export const MAX_BATCH_BYTES = 256 * 1024;
/** Rounds of re-sending entries that SQS reported as failed. */
const MAX_ROUNDS = 3;

export class SqsMessageSender<T> {
  constructor(
    private readonly client: SQSClient,
    private readonly queueUrl: string,
  ) {}

  /** Sends every message; throws when one is too large or could not be sent after retries. */
  async sendAll(messages: readonly T[]): Promise<void> {
    const entries = messages.map((message, index) => ({
      Id: String(index),
      MessageBody: JSON.stringify(message),
    }));
    const tooLarge = entries.find((entry) => Buffer.byteLength(entry.MessageBody) > MAX_BATCH_BYTES);
    if (tooLarge) throw new Error(`message ${tooLarge.Id} is larger than ${MAX_BATCH_BYTES} bytes`);
    for (const batch of batches(entries)) await this.sendBatch(batch);
  }

  private async sendBatch(entries: SendMessageBatchRequestEntry[]): Promise<void> {
    let pending = entries;
    let lastError = "";
    for (let round = 0; round < MAX_ROUNDS && pending.length > 0; round++) {
      const response = await this.client.send(
        new SendMessageBatchCommand({ QueueUrl: this.queueUrl, Entries: pending }),
      );
      const failed = new Set((response.Failed ?? []).map((failure) => failure.Id));
      lastError = (response.Failed ?? []).map((f) => `${f.Code}: ${f.Message ?? "no message"}`).join("; ");
      pending = pending.filter((entry) => failed.has(entry.Id));
    }
    if (pending.length > 0) {
      throw new Error(
        `${pending.length} of ${entries.length} messages could not be sent to SQS: ${lastError}`,
      );
    }
  }
}

/** Groups entries, in order, into batches within the entry and size limits. */
function batches(entries: readonly SendMessageBatchRequestEntry[]): SendMessageBatchRequestEntry[][] {
  const result: SendMessageBatchRequestEntry[][] = [];
  let current: SendMessageBatchRequestEntry[] = [];
  let bytes = 0;
  for (const entry of entries) {
    const size = Buffer.byteLength(entry.MessageBody ?? "");
    if (current.length === MAX_ENTRIES || bytes + size > MAX_BATCH_BYTES) {
      result.push(current);
      current = [];
      bytes = 0;
    }
    current.push(entry);
    bytes += size;
  }
  if (current.length > 0) result.push(current);
  return result;
}
