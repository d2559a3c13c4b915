// Each cdk-nag finding that is accepted, on the construct it concerns, with its specific reason.
import { Stack, Validations } from "aws-cdk-lib";
import type { CfnFunction } from "aws-cdk-lib/aws-lambda";
import type { StatelessStack } from "./stateless-stack";

export function acknowledgeFindings(stateless: StatelessStack): void {
  const poller = stateless.poller.function;
  const pollerLogicalId = Stack.of(poller).getLogicalId(poller.node.defaultChild as CfnFunction);
  Validations.of(stateless).acknowledge({
    id: `AwsSolutions-IAM5[Resource::<${pollerLogicalId}.Arn>:*]`,
    reason:
      "EventBridge Scheduler's role may invoke only the poller function; the LambdaInvoke target adds ':*' " +
      "so that the same grant covers the poller's versions and aliases. No other function is reachable.",
  });
}
