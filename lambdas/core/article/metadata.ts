// Page metadata read before Readability runs (Readability removes the scripts that hold JSON-LD).

export interface PageMetadata {
  /** og:title or twitter:title, when the page has one. */
  readonly title: string | null;
  /** ISO 8601 UTC, or null when no date on the page parses. */
  readonly publishedAt: string | null;
  /** JSON-LD articleBody as plain text, when the page has one. */
  readonly articleBody: string | null;
}

const TITLE_META = [
  'meta[property="og:title"]',
  'meta[name="twitter:title"]',
  'meta[property="twitter:title"]',
];

/** Date metadata in order of trust; the first one that parses wins. */
const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="sailthru.date"]',
  'meta[name="parsely-pub-date"]',
];

/** Schema.org types whose datePublished/articleBody describe the page's article. */
const ARTICLE_TYPE = /(Article|BlogPosting|Posting|Report|WebPage)$/;

interface JsonLdArticle {
  readonly datePublished: string | null;
  readonly articleBody: string | null;
}

export function readPageMetadata(document: Document): PageMetadata {
  const jsonLd = readJsonLdArticle(document);
  return {
    title: firstMetaContent(document, TITLE_META),
    publishedAt:
      toIsoDate(firstMetaContent(document, DATE_META)) ??
      toIsoDate(jsonLd.datePublished) ??
      toIsoDate(document.querySelector("time[datetime]")?.getAttribute("datetime") ?? null),
    articleBody: jsonLd.articleBody,
  };
}

/** An ISO 8601 UTC timestamp for a date string, or null when it does not parse to a plausible date. */
export function toIsoDate(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  // Date.parse reads ISO 8601 and RFC 2822; a bare number is not a date here.
  if (/^\d+$/.test(text)) return null;
  const time = Date.parse(text);
  if (Number.isNaN(time)) return null;
  const year = new Date(time).getUTCFullYear();
  return year >= 1900 && year <= 9999 ? new Date(time).toISOString() : null;
}

function firstMetaContent(document: Document, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    const content = document.querySelector(selector)?.getAttribute("content")?.trim();
    if (content) return content;
  }
  return null;
}

function readJsonLdArticle(document: Document): JsonLdArticle {
  let datePublished: string | null = null;
  let articleBody: string | null = null;
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    for (const node of jsonLdNodes(script.textContent ?? "")) {
      const type = node["@type"];
      const types = Array.isArray(type) ? type : [type];
      if (!types.some((t) => typeof t === "string" && ARTICLE_TYPE.test(t))) continue;
      if (datePublished === null && typeof node.datePublished === "string")
        datePublished = node.datePublished;
      if (articleBody === null && typeof node.articleBody === "string" && node.articleBody.trim()) {
        articleBody = node.articleBody.trim();
      }
    }
  }
  return { datePublished, articleBody };
}

/** The objects of a JSON-LD block: the top level, arrays and @graph members. Broken JSON gives none. */
function jsonLdNodes(source: string): Record<string, unknown>[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(source);
  } catch {
    return [];
  }
  const nodes: Record<string, unknown>[] = [];
  const pending: unknown[] = [parsed];
  while (pending.length > 0) {
    const value = pending.pop();
    if (Array.isArray(value)) {
      pending.push(...value);
    } else if (typeof value === "object" && value !== null) {
      const node = value as Record<string, unknown>;
      nodes.push(node);
      if (Array.isArray(node["@graph"])) pending.push(...node["@graph"]);
    }
  }
  return nodes;
}
