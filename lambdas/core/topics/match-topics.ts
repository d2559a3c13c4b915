// Which tracked topics an article is about. A keyword in the headline is enough; in the body the
// topic must be a subject, not a passing mention: keywords in at least two sentences, or one in
// the lead (the first sentences of the first two paragraphs, where news copy states its subject).
import type { TopicConfig } from "../config";
import type { Article } from "../model";
import { splitParagraphs, splitSentences } from "../statements/sentences";
import { keywordPattern, mentions } from "./keywords";

/** Body sentences that must mention a topic for it to match, outside the lead. */
export const MIN_BODY_SENTENCES = 2;
/** How many paragraphs, and sentences within them, make up the lead. */
export const LEAD_PARAGRAPHS = 2;
export const LEAD_SENTENCES = 3;

interface BodySentence {
  readonly text: string;
  readonly inLead: boolean;
}

function bodySentences(text: string): BodySentence[] {
  const sentences: BodySentence[] = [];
  splitParagraphs(text).forEach((paragraph, paragraphIndex) => {
    for (const sentence of splitSentences(paragraph)) {
      const inLead = paragraphIndex < LEAD_PARAGRAPHS && sentences.length < LEAD_SENTENCES;
      sentences.push({ text: sentence.text, inLead });
    }
  });
  return sentences;
}

function isAbout(title: string, sentences: readonly BodySentence[], topic: TopicConfig): boolean {
  const pattern = keywordPattern(topic.keywords);
  if (mentions(title, pattern)) return true;
  const mentioning = sentences.filter((sentence) => mentions(sentence.text, pattern));
  return mentioning.length >= MIN_BODY_SENTENCES || mentioning.some((sentence) => sentence.inLead);
}

export function matchTopics(article: Article, topics: readonly TopicConfig[]): TopicConfig[] {
  if (topics.length === 0) return [];
  const sentences = bodySentences(article.text);
  return topics.filter((topic) => isAbout(article.title, sentences, topic));
}
