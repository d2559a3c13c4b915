// Shared test inputs: the Izyum-like topic and the fixture articles under test/fixtures/statements.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { TopicConfig } from "../../../lambdas/core/config";
import type { Article } from "../../../lambdas/core/model";

const FIXTURES = join(import.meta.dirname, "../../fixtures/statements");

function loadTopic(file: string): TopicConfig {
  return JSON.parse(readFileSync(join(FIXTURES, file), "utf8"));
}

export const izyumTopic: TopicConfig = loadTopic("izyum-topic.json");
/** A fictional fire at a company depot: several-word terms, a company and two services as actors. */
export const lowmoorTopic: TopicConfig = loadTopic("lowmoor-topic.json");

export interface ArticleFixture {
  readonly name: string;
  readonly article: Article;
  /** The fixture's `topic` file, or the Izyum topic when it names none. */
  readonly topic: TopicConfig;
  readonly expected: readonly Record<string, unknown>[];
}

export function loadArticleFixtures(folder: "golden" | "empty"): ArticleFixture[] {
  const directory = join(FIXTURES, folder);
  return readdirSync(directory)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => {
      const parsed = JSON.parse(readFileSync(join(directory, file), "utf8"));
      const topic = parsed.topic ? loadTopic(parsed.topic) : izyumTopic;
      return { name: file, article: parsed.article, topic, expected: parsed.expected ?? [] };
    });
}

export function article(title: string, text: string): Article {
  return {
    url: "https://news.example.test/story",
    outlet: "Example",
    publishedAt: "2022-09-16T12:00:00.000Z",
    title,
    text,
  };
}
