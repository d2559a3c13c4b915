// The bodies of the queue messages between the functions, validated when they are read.
import { z } from "zod";
import type { FeedItem } from "../../core/model";

/** Poller → feed worker: a feed that is due. The worker looks the feed up in its own config. */
export const feedMessageSchema = z.object({ feedUrl: z.string().min(1) });
export type FeedMessage = z.infer<typeof feedMessageSchema>;

/** Feed worker → article processor: one new feed item. */
export const itemMessageSchema = z.object({
  feedUrl: z.string().min(1),
  outlet: z.string().min(1),
  guid: z.string().min(1),
  url: z.string().min(1),
  title: z.string(),
  publishedAt: z.string().nullable(),
  content: z.string(),
}) satisfies z.ZodType<FeedItem>;

/** Parses a message body; a malformed one fails its record, which ends in the dead-letter queue. */
export function parseMessage<T>(schema: z.ZodType<T>, body: string): T {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new Error("message body is not JSON");
  }
  const result = schema.safeParse(json);
  if (!result.success) throw new Error(`unexpected message body: ${z.prettifyError(result.error)}`);
  return result.data;
}
