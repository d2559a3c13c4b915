// What outlives a teardown: the statements table and the alert topic with its subscriptions.
import { CfnOutput, RemovalPolicy, Stack, type StackProps } from "aws-cdk-lib";
import { AttributeType, Billing, type ITableV2, TableV2 } from "aws-cdk-lib/aws-dynamodb";
import { type ITopic, SubscriptionFilter, Topic } from "aws-cdk-lib/aws-sns";
import { EmailSubscription, SmsSubscription } from "aws-cdk-lib/aws-sns-subscriptions";
import type { Construct } from "constructs";
import {
  GLOBAL_INDEXES,
  type KeyAttribute,
  PARTITION_KEY,
  SORT_KEY,
  TTL_ATTRIBUTE,
} from "../lambdas/adapters/dynamodb/table-schema";
import type { Config } from "../lambdas/core/config";
import { severitiesFrom } from "./deploy-config";

/**
 * On-demand capacity with a ceiling: a runaway loop is throttled (and retried by the SDK) instead
 * of billed. The pipeline needs a few writes per second at most (see the README's cost estimate).
 */
export const MAX_WRITE_REQUEST_UNITS = 100;
export const MAX_READ_REQUEST_UNITS = 200;

export interface StatefulStackProps extends StackProps {
  readonly config: Config;
  readonly deletionProtection: boolean;
}

export class StatefulStack extends Stack {
  readonly table: ITableV2;
  readonly alertTopic: ITopic;

  constructor(scope: Construct, id: string, props: StatefulStackProps) {
    super(scope, id, props);
    this.table = new TableV2(this, "Table", {
      partitionKey: attribute(PARTITION_KEY),
      sortKey: attribute(SORT_KEY),
      globalSecondaryIndexes: GLOBAL_INDEXES.map((index) => ({
        indexName: index.indexName,
        partitionKey: attribute(index.partitionKey),
        sortKey: attribute(index.sortKey),
      })),
      billing: Billing.onDemand({
        maxReadRequestUnits: MAX_READ_REQUEST_UNITS,
        maxWriteRequestUnits: MAX_WRITE_REQUEST_UNITS,
      }),
      timeToLiveAttribute: TTL_ATTRIBUTE,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: props.deletionProtection,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    // No display name: SNS would prefix it to every SMS and break the 140-byte budget.
    const topic = new Topic(this, "AlertTopic", { enforceSSL: true });
    topic.applyRemovalPolicy(RemovalPolicy.RETAIN);
    for (const address of props.config.alerts.email) topic.addSubscription(new EmailSubscription(address));
    const smsSeverities = severitiesFrom(props.config.alerts.smsMinSeverity);
    for (const number of props.config.alerts.sms) {
      topic.addSubscription(
        new SmsSubscription(number, {
          filterPolicy: { severity: SubscriptionFilter.stringFilter({ allowlist: smsSeverities }) },
        }),
      );
    }
    this.alertTopic = topic;

    new CfnOutput(this, "TableName", {
      value: this.table.tableName,
      description: "Item explorer and PartiQL",
    });
    new CfnOutput(this, "AlertTopicArn", {
      value: topic.topicArn,
      description: "Where alerts are published",
    });
  }
}

const ATTRIBUTE_TYPES: Record<KeyAttribute["type"], AttributeType> = { S: AttributeType.STRING };

function attribute(key: KeyAttribute): { name: string; type: AttributeType } {
  return { name: key.name, type: ATTRIBUTE_TYPES[key.type] };
}
