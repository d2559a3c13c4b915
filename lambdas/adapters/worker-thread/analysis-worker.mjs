// Entry of an analysis worker thread: registers tsx in this thread (hooks do not cross threads),
// then runs the TypeScript worker body.
import { register } from "tsx/esm/api";

register();
await import("./analysis-worker-body.ts");
