// Page metadata read before Readability runs (Readability removes the scripts that hold JSON-LD).

export interface PageMetadata {
  /** og:title or twitter:title, when the page has one. */
  readonly title: string | null;
  /** ISO 8601 UTC, or null when no date on the page parses. */
  readonly publishedAt: string | null;
  /** JSON-LD articleBody as plain text, when the page has one. */
  readonly articleBody: string | null;
}

/** `<meta>` keys as `attribute=value`: `property="og:title"` is `property=og:title`. */
const TITLE_META = ["property=og:title", "name=twitter:title", "property=twitter:title"];

/** Date metadata in order of trust; the first one that parses wins. */
const DATE_META = [
  "property=article:published_time",
  "name=article:published_time",
  "property=og:published_time",
  "itemprop=datePublished",
  "name=datePublished",
  "name=pubdate",
  "name=publishdate",
  "name=publish-date",
  "name=date",
  "name=dc.date",
  "name=DC.date.issued",
  "name=sailthru.date",
  "name=parsely-pub-date",
];

/** Schema.org types whose datePublished/articleBody describe the page's article. */
const ARTICLE_TYPE = /(Article|BlogPosting|Posting|Report|WebPage)$/;

interface JsonLdArticle {
  readonly datePublished: string | null;
  readonly articleBody: string | null;
}

export function readPageMetadata(document: Document): PageMetadata {
  const jsonLd = readJsonLdArticle(document);
  const meta = metaContents(document);
  const firstMetaContent = (keys: readonly string[]) =>
    keys.map((key) => meta.get(key)).find((content) => content !== undefined) ?? null;
  return {
    title: firstMetaContent(TITLE_META),
    publishedAt:
      toIsoDate(firstMetaContent(DATE_META)) ??
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

/**
 * Each `<meta>` content by `attribute=value` key (property, name, itemprop), the first non-empty one
 * per key: one pass over the page instead of a selector query per key.
 */
function metaContents(document: Document): Map<string, string> {
  const contents = new Map<string, string>();
  for (const meta of document.getElementsByTagName("meta")) {
    const content = meta.getAttribute("content")?.trim();
    if (!content) continue;
    for (const attribute of ["property", "name", "itemprop"]) {
      const value = meta.getAttribute(attribute);
      const key = `${attribute}=${value}`;
      if (value && !contents.has(key)) contents.set(key, content);
    }
  }
  return contents;
}

function readJsonLdArticle(document: Document): JsonLdArticle {
  let datePublished: string | null = null;
  let articleBody: string | null = null;
  for (const script of document.getElementsByTagName("script")) {
    if (script.getAttribute("type")?.trim().toLowerCase() !== "application/ld+json") continue;
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
