// Seeded fault scenarios 69–136 (see suite.ts); three files so vitest runs them in parallel.
import { describeFaultScenarios, seedRange } from "./suite";

describeFaultScenarios("fault injection, seeds 69–136", seedRange(69, 136));
