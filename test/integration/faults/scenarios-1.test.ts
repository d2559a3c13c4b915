// Seeded fault scenarios 1–68 (see suite.ts); three files so vitest runs them in parallel.
import { describeFaultScenarios, seedRange } from "./suite";

describeFaultScenarios("fault injection, seeds 1–68", seedRange(1, 68), { lateArrivalSeed: 2 });
