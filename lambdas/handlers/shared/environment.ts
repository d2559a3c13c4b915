// Reads and validates a function's environment once, at cold start.
import { z } from "zod";

/** Set by the Lambda runtime: the region, and the folder the bundle and config file are in. */
const runtimeShape = {
  AWS_REGION: z.string().min(1),
  LAMBDA_TASK_ROOT: z.string().min(1),
};

/** A missing variable is a deployment bug, so it stops the function with every problem named. */
export function readEnvironment<T extends z.ZodRawShape>(variables: T, env: NodeJS.ProcessEnv = process.env) {
  const result = z.object({ ...runtimeShape, ...variables }).safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`invalid Lambda environment: ${problems.join("; ")}`);
  }
  return result.data;
}
