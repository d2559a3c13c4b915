// The article extraction stage: page HTML in, article text out, the feed's own content when the page
// gives nothing usable. Never throws: every failure becomes a fallback with a reason in plain words.
import { Readability } from "@mozilla/readability";
import type { ExtractedArticle } from "../model";
import { cleanArticleContent, removePageChrome } from "./boilerplate";
import { readPageMetadata, toIsoDate } from "./metadata";
import { refusePage } from "./page-guard";
import { parseHtmlDocument } from "./page-parser";
import { bestParagraphContainer } from "./paragraph-container";
import { blockText } from "./text";

export interface ExtractArticleInput {
  /** Already decoded text of the page. */
  readonly html: string;
  /** The page URL (base for relative links). */
  readonly url: string;
  readonly feedItem: {
    readonly title: string;
    readonly publishedAt: string | null;
    readonly content: string;
  };
  /** Shorter extracted text falls back to the feed content. */
  readonly minTextLength: number;
}

export interface MainText {
  readonly title: string | null;
  /** ISO 8601 UTC from the page's metadata, or null. */
  readonly publishedAt: string | null;
  /** Paragraphs separated by a blank line. */
  readonly text: string;
}

type PageExtraction =
  | { readonly ok: true; readonly page: MainText }
  | { readonly ok: false; readonly reason: string };

/**
 * Below this many characters (Readability's own threshold for giving up) its pick is doubted, and the
 * JSON-LD articleBody or the page's densest block of paragraphs is used instead when it is longer.
 */
const DOUBTFUL_TEXT_LENGTH = 500;

export function extractArticle(input: ExtractArticleInput): ExtractedArticle {
  const extraction = extractPage(input.html, input.url);
  const page = extraction.ok ? extraction.page : null;
  const title = input.feedItem.title.trim() || page?.title?.trim() || "";
  const publishedAt = toIsoDate(input.feedItem.publishedAt) ?? page?.publishedAt ?? null;
  if (!extraction.ok) return feedContent(input, title, publishedAt, extraction.reason);
  const { text } = extraction.page;
  if (text.length < input.minTextLength) {
    const reason =
      text.length === 0
        ? "page has no article text"
        : `extracted text too short (${text.length} < ${input.minTextLength} characters)`;
    return feedContent(input, title, publishedAt, reason);
  }
  return { title, publishedAt, text, method: "readability", fallbackReason: null };
}

/** The main text of a page, as the benchmark measures it; null when nothing usable was found. */
export function extractMainText(html: string, url: string): MainText | null {
  const extraction = extractPage(html, url);
  return extraction.ok && extraction.page.text.length > 0 ? extraction.page : null;
}

function feedContent(
  input: ExtractArticleInput,
  title: string,
  publishedAt: string | null,
  reason: string,
): ExtractedArticle {
  const text = input.feedItem.content.trim();
  const fallbackReason = text ? reason : `${reason}; the feed item has no content either`;
  return { title, publishedAt, text, method: "feed-content", fallbackReason };
}

function extractPage(html: string, url: string): PageExtraction {
  if (typeof html !== "string") return { ok: false, reason: "page is not text" };
  const refusal = refusePage(html);
  if (refusal) return { ok: false, reason: refusal };
  let document: Document;
  try {
    document = parseHtmlDocument(html, url);
  } catch (error) {
    return { ok: false, reason: `page could not be parsed: ${(error as Error).message}` };
  }
  try {
    return readArticle(document);
  } catch (error) {
    return { ok: false, reason: `article extraction failed: ${(error as Error).message}` };
  }
}

function readArticle(document: Document): PageExtraction {
  const metadata = readPageMetadata(document);
  removePageChrome(document);
  const article = new Readability(document, { serializer: (node) => node, keepClasses: true }).parse();
  const title = article?.title?.trim() || metadata.title;
  const publishedAt = metadata.publishedAt ?? toIsoDate(article?.publishedTime);
  // The serializer hands back Readability's own article element.
  const content = article?.content as Element | null | undefined;
  let text = "";
  let readabilityFoundLittle = true;
  if (content) {
    readabilityFoundLittle = (content.textContent ?? "").trim().length < DOUBTFUL_TEXT_LENGTH;
    cleanArticleContent(content, title);
    text = blockText(content);
  }
  if (readabilityFoundLittle) {
    // When Readability gives up it restores the page, so the paragraphs are still in the document.
    const alternatives = [articleBodyText(document, metadata.articleBody), containerText(document, title)];
    text = alternatives.reduce(
      (best, candidate) => (candidate.length > best.length ? candidate : best),
      text,
    );
  }
  if (!article && text.length === 0) return { ok: false, reason: "readability found no article" };
  return { ok: true, page: { title: title ?? null, publishedAt, text } };
}

function containerText(document: Document, title: string | null): string {
  const container = bestParagraphContainer(document);
  if (!container) return "";
  cleanArticleContent(container, title);
  return blockText(container);
}

/** JSON-LD articleBody is plain text with line breaks, or sometimes HTML. */
function articleBodyText(document: Document, articleBody: string | null): string {
  if (!articleBody) return "";
  if (!/<[a-z][^>]*>/i.test(articleBody)) {
    return articleBody
      .split(/\n\s*/)
      .map((line) => line.replace(/\s+/g, " ").trim())
      .filter(Boolean)
      .join("\n\n");
  }
  const holder = document.createElement("div");
  holder.innerHTML = articleBody;
  return blockText(holder);
}
