// Defines a vitest suite of seeded fault scenarios; the scenario files split the seeds between them
// so vitest runs them in parallel. Each file starts one dynalite and one site, and runs the baseline once.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FAULT_KINDS, type FaultKind, type FaultRates, NO_FAULTS } from "../../support/fault-injection";
import { startTestDynalite, type TestDynalite } from "../helpers/dynalite";
import { type FaultSite, startFaultSite } from "./fault-site";
import {
  type BaselineComparison,
  compareWithBaseline,
  prepareTables,
  runScenario,
  type ScenarioEnvironment,
  type ScenarioOutcome,
} from "./scenario";

/** Fault profiles the seeds cycle through: each kind alone, then all of them together. */
export const FAULT_PROFILES: readonly { readonly name: string; readonly rates: FaultRates }[] = [
  { name: "throttling", rates: { ...NO_FAULTS, throttle: 0.06 } },
  { name: "timeouts", rates: { ...NO_FAULTS, timeout: 0.06 } },
  { name: "server errors", rates: { ...NO_FAULTS, serverError: 0.06 } },
  { name: "kills", rates: { ...NO_FAULTS, kill: 0.008 } },
  { name: "repeats", rates: { ...NO_FAULTS, repeat: 0.15 } },
  {
    name: "everything",
    rates: { throttle: 0.015, timeout: 0.015, serverError: 0.015, kill: 0.004, repeat: 0.05 },
  },
];

export function faultProfile(seed: number): (typeof FAULT_PROFILES)[number] {
  return FAULT_PROFILES[seed % FAULT_PROFILES.length] as (typeof FAULT_PROFILES)[number];
}

function seedLabel(seed: number): string {
  return `seed-${seed}`;
}

/** Seeds `first` to `last`, inclusive. */
export function seedRange(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

export interface FaultSuiteOptions {
  /**
   * A seed of this file whose faults delay an article, so later ones are first compared without it:
   * the suite shows that their alerts still end as the baseline's, the stale ones withdrawn unsent.
   */
  readonly lateArrivalSeed?: number;
}

export function describeFaultScenarios(
  title: string,
  seeds: readonly number[],
  options: FaultSuiteOptions = {},
): void {
  describe(title, () => {
    let dynalite: TestDynalite;
    let site: FaultSite;
    let env: ScenarioEnvironment;
    let baseline: ScenarioOutcome;
    let workDir: string;
    const totals = new FaultTotals();
    const comparisons = new Map<number, BaselineComparison>();
    const outcomes = new Map<number, ScenarioOutcome>();

    beforeAll(async () => {
      [dynalite, site, workDir] = await Promise.all([
        startTestDynalite(),
        startFaultSite(),
        mkdtemp(join(tmpdir(), "newsdrift-faults-")),
      ]);
      env = { site, client: dynalite.client, workDir };
      await prepareTables(dynalite.client, ["baseline", ...seeds.map(seedLabel)]);
      baseline = await runScenario(env, { seed: 0, rates: NO_FAULTS }, "baseline");
    });

    afterAll(async () => {
      await Promise.all([
        dynalite?.close(),
        site?.close(),
        workDir && rm(workDir, { recursive: true, force: true }),
      ]);
    });

    it("has a baseline with statements and alerts of every kind to lose", () => {
      // Prepare: the baseline ran in beforeAll, without faults
      // Act
      const changes = new Set(baseline.alerts.map((alert) => alert.change));
      // Assess
      expect(baseline.statements.length).toBeGreaterThan(10);
      expect(baseline.alerts.length).toBeGreaterThan(5);
      expect([...changes]).toEqual(
        expect.arrayContaining(["new-measure", "new-actor-stance", "stance-changed"]),
      );
      expect(baseline.jsonlAlerts.map((a) => a.id).sort()).toEqual(baseline.alerts.map((a) => a.id).sort());
      expect(baseline.killedProcesses).toBe(0);
    });

    it.each(seeds.map((seed) => ({ seed, profile: faultProfile(seed).name })))(
      "seed $seed ($profile): nothing lost, nothing sent twice",
      async ({ seed }) => {
        // Prepare
        const scenario = { seed, rates: faultProfile(seed).rates };
        // Act
        const outcome = await runScenario(env, scenario, seedLabel(seed));
        totals.add(outcome);
        outcomes.set(seed, outcome);
        // Assess
        const faults = JSON.stringify(outcome.ledger.countByKind());
        const comparison = compareWithBaseline(outcome, baseline);
        comparisons.set(seed, comparison);
        expect(comparison.problems, `seed ${seed}, faults injected: ${faults}`).toEqual([]);
      },
    );

    const { lateArrivalSeed } = options;
    if (lateArrivalSeed !== undefined) {
      it(`seed ${lateArrivalSeed}: articles compared while an earlier one was delayed end with the baseline's alerts, the stale ones withdrawn unsent`, () => {
        // Prepare: the scenario ran above
        // Act
        const comparison = comparisons.get(lateArrivalSeed);
        const outcome = outcomes.get(lateArrivalSeed);
        // Assess: some articles were compared early, and what they alone raised never went out
        expect(comparison?.problems).toEqual([]);
        expect(comparison?.comparedEarly).toBeGreaterThan(0);
        expect(outcome?.withdrawn).toBeGreaterThan(0);
      });
    }

    it("injected every kind of fault, killed processes and opened at-least-once windows", () => {
      // Prepare: the scenarios above ran and added up what they injected
      // Act
      const { faults, killedProcesses, windows } = totals;
      // Assess
      for (const kind of FAULT_KINDS) expect(faults[kind], kind).toBeGreaterThan(0);
      expect(killedProcesses).toBeGreaterThan(0);
      expect(windows).toBeGreaterThan(0);
    });
  });
}

/** What a file's scenarios injected in total, so a harness that stopped injecting faults is noticed. */
class FaultTotals {
  readonly faults = Object.fromEntries(FAULT_KINDS.map((kind) => [kind, 0])) as Record<FaultKind, number>;
  killedProcesses = 0;
  windows = 0;

  add(outcome: ScenarioOutcome): void {
    for (const [kind, count] of Object.entries(outcome.ledger.countByKind()))
      this.faults[kind as FaultKind] += count;
    this.killedProcesses += outcome.killedProcesses;
    this.windows += [...outcome.ledger.windows.values()].reduce((sum, windows) => sum + windows.length, 0);
  }
}
