// A dynalite server in its own process, as DynamoDB is to a Lambda: its work does not run on the
// benchmarked process's thread. Prints the endpoint, and stops when its stdin closes.
import { startDynalite } from "../lambdas/local/dynalite-server";

const server = await startDynalite({ dataDir: null });
process.stdout.write(`${server.endpoint}\n`);
process.stdin.resume();
process.stdin.on("end", () => {
  void server.close().then(() => process.exit(0));
});
