// Seeded fault scenarios 137–204 (see suite.ts); three files so vitest runs them in parallel.
import { describeFaultScenarios, seedRange } from "./suite";

describeFaultScenarios("fault injection, seeds 137–204", seedRange(137, 204));
