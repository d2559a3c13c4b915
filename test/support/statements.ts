// Builders for statements in tests: only the fields a test cares about need to be given.
import type { TopicConfig } from "../../lambdas/core/config";
import type { FeedItem, FigureStatement, StanceStatement } from "../../lambdas/core/model";

export const izyumTopic: TopicConfig = {
  id: "izyum-mass-graves",
  name: "Mass graves near Izyum",
  keywords: ["Izyum", "Izium"],
  measures: [
    { id: "bodies", terms: ["bodies", "victims", "corpses", "dead"] },
    { id: "graves", terms: ["graves", "burial sites"] },
  ],
  actors: [
    { id: "kremlin", name: "Kremlin", aliases: ["Kremlin", "Peskov", "Putin"] },
    { id: "ukraine", name: "Ukrainian authorities", aliases: ["Zelensky", "Ukrainian officials"] },
  ],
};

export function figure(overrides: Partial<FigureStatement> & Pick<FigureStatement, "id">): FigureStatement {
  return {
    kind: "figure",
    topic: izyumTopic.id,
    outlet: "Example Times",
    url: `https://example.org/${overrides.id}`,
    title: "Graves found near Izyum",
    publishedAt: "2022-09-16T10:00:00Z",
    sentence: "Investigators found 440 graves near Izyum.",
    inHeadline: false,
    measure: "graves",
    term: "graves",
    low: 440,
    high: 440,
    qualifier: "exact",
    source: null,
    ...overrides,
  };
}

export function stance(overrides: Partial<StanceStatement> & Pick<StanceStatement, "id">): StanceStatement {
  return {
    kind: "stance",
    topic: izyumTopic.id,
    outlet: "Example Times",
    url: `https://example.org/${overrides.id}`,
    title: "Graves found near Izyum",
    publishedAt: "2022-09-16T10:00:00Z",
    sentence: "The Kremlin called the reports lies.",
    inHeadline: false,
    actor: "kremlin",
    stance: "denies",
    ...overrides,
  };
}

/** A feed item on the Izyum topic whose feed text is the whole article (`text`). */
export function izyumFeedItem(outlet: string, publishedAt: string, text: string): FeedItem {
  const url = `https://${outlet.replace(/\W/g, "").toLowerCase()}.example/${publishedAt}`;
  return {
    feedUrl: "https://a.example/rss",
    outlet,
    guid: url,
    url,
    title: "Graves near Izyum",
    publishedAt,
    content: text,
  };
}
