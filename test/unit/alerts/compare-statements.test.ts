import { describe, expect, it } from "vitest";
import { compareStatements } from "../../../lambdas/core/alerts/compare-statements";
import { figure, izyumTopic, stance } from "../../support/statements";

describe("compareStatements: figures", () => {
  it("reports the first figure for a measure as new-measure, once per article", () => {
    // Prepare
    const headline = figure({ id: "h", inHeadline: true });
    const body = figure({ id: "b" });
    // Act
    const alerts = compareStatements([headline, body], [], izyumTopic);
    // Assess
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({
      change: "new-measure",
      severity: "medium",
      measure: "graves",
      previous: null,
    });
    expect(alerts[0]?.current.id).toBe("h");
    expect(alerts[0]?.summary).toBe(
      'Example Times reported 440 graves on 2022-09-16, the first figure for "graves" in Mass graves near Izyum.',
    );
  });

  it("never alerts on an identical figure", () => {
    // Prepare
    const earlier = figure({ id: "e", outlet: "Daily Post", publishedAt: "2022-09-15T08:00:00Z" });
    const current = figure({ id: "c" });
    // Act
    const alerts = compareStatements([current], [earlier], izyumTopic);
    // Assess
    expect(alerts).toEqual([]);
  });

  it("compares with the latest earlier figure from any outlet and names both outlets and dates", () => {
    // Prepare
    const older = figure({
      id: "o",
      outlet: "Daily Post",
      publishedAt: "2022-09-14T08:00:00Z",
      low: 100,
      high: 100,
    });
    const latest = figure({
      id: "l",
      outlet: "Daily Post",
      publishedAt: "2022-09-15T08:00:00Z",
      qualifier: "at-least",
      low: 440,
      high: null,
    });
    const current = figure({ id: "c", outlet: "The Independent", qualifier: "approx", low: 450, high: 450 });
    // Act
    const alerts = compareStatements([current], [latest, older], izyumTopic);
    // Assess
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ change: "refined", severity: "low", outlet: "The Independent" });
    expect(alerts[0]?.previous?.id).toBe("l");
    expect(alerts[0]?.summary).toBe(
      "The Independent reported around 450 graves on 2022-09-16, refining at least 440 graves reported by Daily Post on 2022-09-15.",
    );
  });

  it("also alerts on a revision of the outlet's own earlier figure", () => {
    // Prepare
    const own = figure({
      id: "own",
      outlet: "The Independent",
      publishedAt: "2022-09-14T08:00:00Z",
      low: 300,
      high: 300,
    });
    const other = figure({
      id: "other",
      outlet: "Daily Post",
      publishedAt: "2022-09-15T08:00:00Z",
      low: 440,
      high: 440,
    });
    const current = figure({ id: "c", outlet: "The Independent", low: 1300, high: 1300 });
    // Act
    const alerts = compareStatements([current], [own, other], izyumTopic);
    // Assess
    expect(alerts.map((a) => [a.change, a.previous?.id])).toEqual([
      ["contradicts", "other"],
      ["contradicts", "own"],
    ]);
    expect(alerts[1]?.summary).toContain(
      "reported by its own earlier report (The Independent) on 2022-09-14",
    );
  });

  it("ignores earlier figures of other measures", () => {
    // Prepare
    const bodies = figure({
      id: "b",
      measure: "bodies",
      term: "bodies",
      publishedAt: "2022-09-15T08:00:00Z",
      low: 450,
      high: 450,
    });
    const graves = figure({ id: "g" });
    // Act
    const alerts = compareStatements([graves], [bodies], izyumTopic);
    // Assess
    expect(alerts.map((a) => a.change)).toEqual(["new-measure"]);
  });

  it("gives the same ids for the same inputs", () => {
    // Prepare
    const earlier = figure({ id: "e", publishedAt: "2022-09-15T08:00:00Z", low: 400, high: 400 });
    const current = figure({ id: "c" });
    // Act
    const first = compareStatements([current], [earlier], izyumTopic);
    const second = compareStatements([current], [earlier], izyumTopic);
    // Assess
    expect(first.map((a) => a.id)).toEqual(second.map((a) => a.id));
    expect(first[0]?.id).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe("compareStatements: stances", () => {
  it("reports an actor's first stance, then a changed one, and stays quiet when it holds", () => {
    // Prepare
    const first = stance({
      id: "s1",
      stance: "hedges",
      publishedAt: "2022-09-15T08:00:00Z",
      outlet: "Daily Post",
    });
    const changed = stance({ id: "s2", stance: "denies" });
    const same = stance({ id: "s3", stance: "hedges" });
    // Act
    const initial = compareStatements([first], [], izyumTopic);
    const afterChange = compareStatements([changed], [first], izyumTopic);
    const unchanged = compareStatements([same], [first], izyumTopic);
    // Assess
    expect(initial.map((a) => [a.change, a.actor])).toEqual([["new-actor-stance", "kremlin"]]);
    expect(afterChange.map((a) => [a.change, a.severity])).toEqual([["stance-changed", "high"]]);
    expect(afterChange[0]?.summary).toBe(
      "Example Times reported on 2022-09-16 that Kremlin denies the reports; earlier, Daily Post reported on 2022-09-15 that Kremlin questions the reports.",
    );
    expect(unchanged).toEqual([]);
  });

  it("flags an outlet whose own framing differs from most other outlets", () => {
    // Prepare
    const framing = (id: string, outlet: string, s: "asserts" | "hedges") =>
      stance({ id, outlet, actor: "outlet", stance: s, publishedAt: "2022-09-15T08:00:00Z" });
    const earlier = [
      framing("a", "A News", "asserts"),
      framing("b", "B News", "asserts"),
      framing("c", "C News", "hedges"),
    ];
    const current = stance({ id: "d", outlet: "D News", actor: "outlet", stance: "hedges" });
    // Act
    const alerts = compareStatements([current], earlier, izyumTopic);
    // Assess
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ change: "diverges", actor: "outlet", severity: "medium" });
    expect(alerts[0]?.summary).toContain("most other outlets (A News, B News) assert the reports");
  });

  it("does not call a framing divergent without a strict majority of at least two other outlets", () => {
    // Prepare
    const one = stance({
      id: "a",
      outlet: "A News",
      actor: "outlet",
      stance: "asserts",
      publishedAt: "2022-09-15T08:00:00Z",
    });
    const split = stance({
      id: "b",
      outlet: "B News",
      actor: "outlet",
      stance: "denies",
      publishedAt: "2022-09-15T08:00:00Z",
    });
    const current = stance({ id: "c", outlet: "C News", actor: "outlet", stance: "hedges" });
    // Act
    const withOne = compareStatements([current], [one], izyumTopic);
    const withTie = compareStatements([current], [one, split], izyumTopic);
    // Assess
    expect(withOne).toEqual([]);
    expect(withTie).toEqual([]);
  });
});
