// Publishes each alert once to an SNS topic, with a text per protocol (email, SMS, default) and
// message attributes that subscription filter policies match on.
import { type MessageAttributeValue, PublishCommand, type SNSClient } from "@aws-sdk/client-sns";
import { alertNotification } from "../../core/alerts/notification-text";
import type { TopicConfig } from "../../core/config";
import type { Alert } from "../../core/model";
import type { AlertSink } from "../../ports/alert-sink";

/** The message attributes every alert carries; SMS subscriptions filter on `severity`. */
export const ALERT_ATTRIBUTES = ["topic", "kind", "severity", "outlet"] as const;

export class SnsAlertSink implements AlertSink {
  readonly name = "sns";

  constructor(
    private readonly client: SNSClient,
    private readonly topicArn: string,
    /** Topic names for the message texts; an alert of an unknown topic is named by its id. */
    private readonly topics: readonly TopicConfig[] = [],
  ) {}

  async deliver(alert: Alert): Promise<void> {
    const notification = alertNotification(
      alert,
      this.topics.find((topic) => topic.id === alert.topic),
    );
    await this.client.send(
      new PublishCommand({
        TopicArn: this.topicArn,
        Subject: notification.subject,
        MessageStructure: "json",
        Message: JSON.stringify({
          default: notification.default,
          email: notification.email,
          sms: notification.sms,
        }),
        MessageAttributes: Object.fromEntries(
          ALERT_ATTRIBUTES.map((name): [string, MessageAttributeValue] => [
            name,
            { DataType: "String", StringValue: alert[name] },
          ]),
        ),
      }),
    );
  }
}
