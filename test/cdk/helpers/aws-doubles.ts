// Wire-level doubles for the bundle test: SNS and SQS answered by a loopback server that records
// each request (the bundled SDK reaches it through AWS_ENDPOINT_URL_SNS / _SQS), and a proxy in
// front of dynalite that counts DynamoDB operations by name.
import { createHash, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, request, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface SqsBatch {
  readonly queueUrl: string;
  readonly bodies: string[];
}

export interface SnsPublish {
  readonly topicArn: string;
  readonly subject: string;
  readonly messageStructure: string;
  readonly message: string;
  readonly attributes: Record<string, string>;
}

export interface AwsDouble {
  readonly endpoint: string;
  readonly sqsBatches: SqsBatch[];
  readonly snsPublishes: SnsPublish[];
  close(): Promise<void>;
}

export async function startAwsDouble(): Promise<AwsDouble> {
  const sqsBatches: SqsBatch[] = [];
  const snsPublishes: SnsPublish[] = [];
  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    const target = req.headers["x-amz-target"];
    if (target === "AmazonSQS.SendMessageBatch") return answerSendMessageBatch(body, sqsBatches, res);
    const form = new URLSearchParams(body);
    if (form.get("Action") === "Publish") return answerPublish(form, snsPublishes, res);
    res
      .writeHead(400, { "content-type": "text/plain" })
      .end(`unexpected request ${String(target)} ${body.slice(0, 200)}`);
  });
  const endpoint = await listen(server);
  return { endpoint, sqsBatches, snsPublishes, close: () => closeServer(server) };
}

function answerSendMessageBatch(body: string, batches: SqsBatch[], res: ServerResponse): void {
  const input = JSON.parse(body) as { QueueUrl: string; Entries: { Id: string; MessageBody: string }[] };
  batches.push({ queueUrl: input.QueueUrl, bodies: input.Entries.map((entry) => entry.MessageBody) });
  const successful = input.Entries.map((entry) => ({
    Id: entry.Id,
    MessageId: randomUUID(),
    // The SDK checks each body's MD5 against the answer.
    MD5OfMessageBody: createHash("md5").update(entry.MessageBody).digest("hex"),
  }));
  res
    .writeHead(200, { "content-type": "application/x-amz-json-1.0" })
    .end(JSON.stringify({ Successful: successful, Failed: [] }));
}

function answerPublish(form: URLSearchParams, publishes: SnsPublish[], res: ServerResponse): void {
  const attributes: Record<string, string> = {};
  for (let index = 1; form.has(`MessageAttributes.entry.${index}.Name`); index++) {
    const name = form.get(`MessageAttributes.entry.${index}.Name`) as string;
    attributes[name] = form.get(`MessageAttributes.entry.${index}.Value.StringValue`) ?? "";
  }
  publishes.push({
    topicArn: form.get("TopicArn") ?? "",
    subject: form.get("Subject") ?? "",
    messageStructure: form.get("MessageStructure") ?? "",
    message: form.get("Message") ?? "",
    attributes,
  });
  res
    .writeHead(200, { "content-type": "text/xml" })
    .end(
      `<PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><PublishResult><MessageId>${randomUUID()}</MessageId></PublishResult><ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata></PublishResponse>`,
    );
}

export interface CountingProxy {
  readonly endpoint: string;
  /** DynamoDB operation name → requests seen since the last reset. */
  readonly counts: Map<string, number>;
  close(): Promise<void>;
}

/** Forwards every request to `target` and counts DynamoDB operations (`x-amz-target`). */
export async function startCountingProxy(target: string): Promise<CountingProxy> {
  const counts = new Map<string, number>();
  const upstream = new URL(target);
  const server = createServer((req, res) => {
    const operation = String(req.headers["x-amz-target"] ?? "unknown").replace(/^DynamoDB_\d+\./, "");
    counts.set(operation, (counts.get(operation) ?? 0) + 1);
    const forward = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        path: req.url,
        method: req.method,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on("error", (error) => res.writeHead(502).end(error.message));
    req.pipe(forward);
  });
  const endpoint = await listen(server);
  return { endpoint, counts, close: () => closeServer(server) };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

export async function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
}
