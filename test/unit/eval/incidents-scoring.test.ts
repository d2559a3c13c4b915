import { describe, expect, it } from "vitest";
import { evaluate, figureHolds, incidentPlaces } from "../../../eval/sets/incidents";

async function* rowsOf(...rows: unknown[]): AsyncGenerator<unknown> {
  yield* rows;
}

describe("multi-outlet incidents evaluation", () => {
  it("reads the incident's place, its neighbourhood and a county", () => {
    // Prepare
    const written = ["Ardmore", "Goleta (Isla Vista)", "Polk (county)"];

    // Act
    const places = written.map(incidentPlaces);

    // Assess
    expect(places).toEqual([["Ardmore"], ["Goleta", "Isla Vista"], ["Polk County"]]);
  });

  it("holds a figure right when the gold count lies in its interval", () => {
    // Prepare
    const figures = [
      { low: 4, high: 4, qualifier: "exact" as const },
      { low: 3, high: null, qualifier: "at-least" as const },
      { low: 100, high: 100, qualifier: "approx" as const },
      { low: 5, high: 5, qualifier: "exact" as const },
    ];

    // Act
    const verdicts = figures.map((figure) => figureHolds(figure, 4));

    // Assess
    expect(verdicts).toEqual([true, true, false, false]);
  });

  it("scores figures, articles, the alerts two outlets' figures raise and the stances read", async () => {
    // Prepare: an invented incident, 1 killed and 3 injured; the second outlet gets the injured wrong and keeps
    // its distance from the shooting
    const incident = {
      incident_id: "1",
      state: "Nowhere",
      city_or_county: "Brackton",
      num_killed: 1,
      num_injured: 3,
      articles: [
        {
          id: "a",
          title: "Shooting in Brackton",
          dct: "2016-05-01",
          uri: "https://first.example/a",
          outlet: "first.example",
          content: "One man was killed and three others were wounded in a shooting in Brackton on Sunday.",
        },
        {
          id: "b",
          title: "Brackton shooting",
          dct: "2016-05-02",
          uri: "https://second.example/b",
          outlet: "second.example",
          content:
            "Police in Brackton said 1 man died. Eight people were wounded in the shooting in Brackton. The man was reportedly shot in Brackton.",
        },
      ],
    };

    // Act
    const metrics = await evaluate(rowsOf(incident), { verbose: false });

    // Assess
    expect(metrics).toMatchObject({
      figures: 3,
      precision: 0.667,
      perMeasure: {
        killed: { figures: 1, precision: 1, articleRecall: 0.5 },
        injured: { figures: 2, precision: 0.5, articleRecall: 0.5 },
      },
      alerts: { figureAlerts: 1, onWrongFigure: 1 },
      stances: { outlet: { asserts: 0, hedges: 1, denies: 0 }, doubtsOrDenials: 1 },
      incidents: 1,
      articles: 2,
      matchedArticles: 2,
    });
  });
});
