import { Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";
import { blockText } from "./text";

export function extractMainText(
  html: string,
  url: string,
): { title: string | null; publishedAt: string | null; text: string } | null {
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  try {
    const article = new Readability(dom.window.document, { serializer: (node) => node }).parse();
    if (!article?.content) return null;
    return { title: article.title ?? null, publishedAt: null, text: blockText(article.content) };
  } finally {
    dom.window.close();
  }
}
