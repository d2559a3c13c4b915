// Multi-outlet incidents (SemEval-2018 Task 5, with Gun Violence Archive counts): the whole figure
// pipeline on real news articles, several outlets per incident, against the incident's gold counts.
// `npm run -s eval -- incidents /work/shared/datasets/multi-outlet-incidents-dev.jsonl.gz`
//
// Each incident becomes the topic a user would configure for it: its city (and the neighbourhood or
// county in brackets) as keywords and places, and two measures, `killed` and `injured`, with the
// generic terms of INCIDENT_MEASURES. Each article goes through topic matching and extractStatements
// exactly as in a cycle. A figure is right when the gold count lies in its interval (an "around"
// figure ± 5%, as alerts compare them); an outlet may have written before a victim died, so a
// few "wrong" figures are the news, not the extractor. Scored:
// - figures: precision of every figure statement (what alerts are built on);
// - articles: for each article and measure with a gold count above 0, whether a right figure came out
//   (recall; many articles never write the count as a number: "a man was shot and killed");
// - alerts: the alerts on a figure that differs from an earlier one (refined, higher, lower,
//   contradicts) when the pipeline reads each incident's articles in publication order, and how many
//   of them compare two figures of which one is wrong;
// - stances: the topic also carries the claim a user would write ("A gunman shot and killed 2 people in
//   Ardmore") and the police as an actor, so the stance stage reads real crime reports too. Nobody in them
//   doubts or denies that the shooting happened, so `doubtsOrDenials` counts readings to check: most are
//   side questions ("the motive is unclear"), the law's caution ("the alleged gunman") or other senses
//   ("officers fired back"); `--verbose` prints each.
import { z } from "zod";
import { compareStatements } from "../../lambdas/core/alerts/compare-statements";
import { toInterval } from "../../lambdas/core/alerts/figure-interval";
import type { TopicConfig } from "../../lambdas/core/config";
import type { Article, FigureStatement, Stance, Statement } from "../../lambdas/core/model";
import { extractStatements } from "../../lambdas/core/statements/extract-statements";
import { matchTopics } from "../../lambdas/core/topics/match-topics";

/** The measures a user would track for a shooting; generic terms, the same for every incident. */
export const INCIDENT_MEASURES = [
  { id: "killed", terms: ["killed", "dead", "people killed", "people dead", "deaths", "fatalities"] },
  { id: "injured", terms: ["injured", "wounded", "hurt", "people injured", "people wounded", "people hurt"] },
] as const;

type MeasureId = (typeof INCIDENT_MEASURES)[number]["id"];

const articleSchema = z.object({
  id: z.string(),
  title: z.string(),
  dct: z.string(),
  uri: z.string(),
  outlet: z.string(),
  content: z.string(),
});
const incidentSchema = z.object({
  incident_id: z.string(),
  state: z.string(),
  city_or_county: z.string(),
  num_killed: z.number().int().min(0),
  num_injured: z.number().int().min(0),
  articles: z.array(articleSchema),
});
type Incident = z.infer<typeof incidentSchema>;

/** "Goleta (Isla Vista)" → ["Goleta", "Isla Vista"]; "Polk (county)" → ["Polk County"]. */
export function incidentPlaces(cityOrCounty: string): string[] {
  const match = /^(.*?)\s*\((.*)\)\s*$/.exec(cityOrCounty);
  if (!match?.[1] || !match[2]) return [cityOrCounty.trim()];
  if (/^county$/i.test(match[2])) return [`${match[1]} County`];
  return [match[1], match[2]];
}

/** The police, named as a user tracking any shooting would name them. */
const POLICE_ACTOR = {
  id: "police",
  name: "Police",
  aliases: [
    "police",
    "Police",
    "officers",
    "sheriff",
    "Sheriff",
    "authorities",
    "investigators",
    "detectives",
  ],
};

export function incidentTopic(
  incident: Pick<Incident, "incident_id" | "city_or_county" | "num_killed" | "num_injured">,
): TopicConfig {
  const places = incidentPlaces(incident.city_or_county);
  const harmed =
    incident.num_killed > 0 ? `shot and killed ${incident.num_killed}` : `shot ${incident.num_injured}`;
  return {
    id: `incident-${incident.incident_id}`,
    name: `Shooting in ${places.join(", ")}`,
    claim: `A gunman ${harmed} people in ${places[0]}`,
    keywords: places,
    places,
    measures: INCIDENT_MEASURES.map((measure) => ({ id: measure.id, terms: [...measure.terms] })),
    actors: [POLICE_ACTOR],
  };
}

/** Whether the gold count lies in the figure's interval, read as alerts compare figures. */
export function figureHolds(
  figure: Pick<FigureStatement, "low" | "high" | "qualifier">,
  gold: number,
): boolean {
  const interval = toInterval(figure);
  return interval.low <= gold && gold <= interval.high;
}

interface Tally {
  figures: number;
  rightFigures: number;
  goldArticles: number;
  coveredArticles: number;
}

const emptyTally = (): Tally => ({ figures: 0, rightFigures: 0, goldArticles: 0, coveredArticles: 0 });

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000;
}

/** Nobody in these reports doubts or denies that the shooting happened, so each of these is a reading to check. */
function doubtsOrDenials(counts: Record<string, Record<Stance, number>>): number {
  return Object.values(counts).reduce((sum, { hedges, denies }) => sum + hedges + denies, 0);
}

function toArticle(article: z.infer<typeof articleSchema>): Article {
  return {
    url: article.uri,
    outlet: article.outlet,
    title: article.title,
    publishedAt: new Date(`${article.dct}T12:00:00Z`).toISOString(),
    text: article.content,
  };
}

export async function evaluate(
  rows: AsyncIterable<unknown>,
  options: { verbose: boolean },
): Promise<Record<string, unknown>> {
  const tallies: Record<MeasureId, Tally> = { killed: emptyTally(), injured: emptyTally() };
  let incidents = 0;
  let articles = 0;
  let matchedArticles = 0;
  let figureAlerts = 0;
  let alertsOnWrongFigure = 0;
  const stanceCounts: Record<string, Record<Stance, number>> = {};
  const started = performance.now();
  for await (const row of rows) {
    const incident = incidentSchema.parse(row);
    const topic = incidentTopic(incident);
    const gold: Record<MeasureId, number> = { killed: incident.num_killed, injured: incident.num_injured };
    const earlier: Statement[] = [];
    const ordered = incident.articles
      .map(toArticle)
      .sort((a, b) => a.publishedAt.localeCompare(b.publishedAt));
    incidents += 1;
    for (const article of ordered) {
      articles += 1;
      const matched = matchTopics(article, [topic]).length > 0;
      if (matched) matchedArticles += 1;
      const statements = matched ? extractStatements(article, topic) : [];
      const figures = statements.filter((s): s is FigureStatement => s.kind === "figure");
      for (const measure of INCIDENT_MEASURES) {
        const tally = tallies[measure.id];
        const mine = figures.filter((figure) => figure.measure === measure.id);
        const right = mine.filter((figure) => figureHolds(figure, gold[measure.id]));
        tally.figures += mine.length;
        tally.rightFigures += right.length;
        if (gold[measure.id] > 0) {
          tally.goldArticles += 1;
          if (right.length > 0) tally.coveredArticles += 1;
        }
        if (options.verbose) {
          for (const figure of mine) {
            const verdict = figureHolds(figure, gold[measure.id]) ? "ok   " : "WRONG";
            process.stderr.write(
              `${verdict} ${incident.incident_id} ${measure.id}=${gold[measure.id]} [${figure.low},${figure.high}] ${figure.qualifier}: ${figure.sentence}\n`,
            );
          }
        }
      }
      for (const statement of statements) {
        if (statement.kind !== "stance") continue;
        const counts = stanceCounts[statement.actor] ?? { asserts: 0, hedges: 0, denies: 0 };
        counts[statement.stance] += 1;
        stanceCounts[statement.actor] = counts;
        if (options.verbose)
          process.stderr.write(
            `STANCE ${incident.incident_id} ${statement.actor} ${statement.stance} ${statement.inHeadline ? "headline" : "body"}: ${statement.sentence}\n`,
          );
      }
      for (const alert of compareStatements(statements, earlier, topic)) {
        const { current, previous } = alert;
        if (current.kind !== "figure" || previous?.kind !== "figure") continue;
        figureAlerts += 1;
        const goldCount = gold[current.measure as MeasureId];
        const onWrong = !figureHolds(current, goldCount) || !figureHolds(previous, goldCount);
        if (onWrong) alertsOnWrongFigure += 1;
        if (options.verbose) {
          process.stderr.write(
            `ALERT ${onWrong ? "WRONG" : "ok   "} ${incident.incident_id} ${current.measure}=${goldCount} ${alert.change}: [${previous.low},${previous.high}] ${previous.sentence} => [${current.low},${current.high}] ${current.sentence}\n`,
          );
        }
      }
      earlier.push(...statements);
    }
  }
  const all = Object.values(tallies).reduce(
    (sum, tally) => ({
      figures: sum.figures + tally.figures,
      rightFigures: sum.rightFigures + tally.rightFigures,
      goldArticles: sum.goldArticles + tally.goldArticles,
      coveredArticles: sum.coveredArticles + tally.coveredArticles,
    }),
    emptyTally(),
  );
  const summary = (tally: Tally) => ({
    figures: tally.figures,
    precision: ratio(tally.rightFigures, tally.figures),
    articleRecall: ratio(tally.coveredArticles, tally.goldArticles),
  });
  return {
    ...summary(all),
    perMeasure: { killed: summary(tallies.killed), injured: summary(tallies.injured) },
    alerts: { figureAlerts, onWrongFigure: alertsOnWrongFigure },
    stances: { ...stanceCounts, doubtsOrDenials: doubtsOrDenials(stanceCounts) },
    incidents,
    articles,
    matchedArticles,
    msPerArticle: Math.round((performance.now() - started) / Math.max(1, articles)),
  };
}
