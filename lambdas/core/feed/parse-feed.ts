// RSS 0.9x, RSS 1.0 (RDF), RSS 2.0 and Atom text to normalised feed items. Untrusted input: a bad item is
// skipped with a reason, a bad document fails with a FeedParseError saying what it is instead of a feed.
import Parser from "rss-parser";
import type { FeedItem } from "../model";
import { canonicalizeUrl } from "./canonical-url";
import { parseFeedDate } from "./feed-date";
import { collapseWhitespace, htmlToText, tidyPlainText } from "./html-text";
import { prefixCanonicalizer } from "./namespaces";
import { recoverXml } from "./xml-recovery";

export interface ParsedFeed {
  readonly title: string | null;
  /** The entries that are articles newsdrift can fetch: those with an http(s) URL. */
  readonly items: FeedItem[];
  /** The other entries, in document order, with what could be read of them and why they yield no item. */
  readonly skipped: SkippedEntry[];
  /** Repairs, skipped items and bad dates, one sentence each. */
  readonly problems: string[];
}

/** A feed entry that yields no item, most often because it has no link to the article. */
export interface SkippedEntry {
  /** 1-based position among the document's items or entries. */
  readonly position: number;
  /** "" when the entry has none, or when it could not be read at all. */
  readonly title: string;
  readonly guid: string | null;
  readonly publishedAt: string | null;
  /** NO_LINK, NO_HTTP_LINK, or what went wrong reading the entry. */
  readonly reason: string;
}

export interface FeedSource {
  readonly url: string;
  readonly outlet: string;
}

export class FeedParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FeedParseError";
  }
}

/** Problems that start with this say the document was not well-formed XML and was repaired. */
export const NOT_WELL_FORMED = "not well-formed";
/** The entry has no link, permalink GUID or URL id: nothing says where the article is. */
export const NO_LINK = "no link";
/** The entry has a link, but none of its links is an http(s) URL (e.g. `javascript:`, `mailto:`). */
export const NO_HTTP_LINK = "no http(s) link";

/**
 * rss-parser's own handling of these elements throws on a link without attributes or an unparseable Atom
 * date, losing the whole feed; renamed, it leaves them alone and they are read here.
 */
const SHIELDED_ELEMENTS = new Set(["link", "published", "updated"]);
const shielded = (name: string): string => (SHIELDED_ELEMENTS.has(name) ? `newsdrift:${name}` : name);

// Field names are as namespaces.ts renames them: `atom:` is Atom inside RSS (in an Atom feed it is unprefixed).
/** Media RSS titles are the last resort, as in feedparser. */
const TITLE_FIELDS = ["title", "dc:title", "atom:title", "media:title"];
/** RSS <link> text or Atom <link href>; inside RSS, also Atom links. */
const LINK_FIELDS = [shielded("link"), "atom:link"];
const GUID_FIELDS = ["guid", "id", "atom:id"];
/** Where an entry without a usable link may still name its article's URL. */
const URL_FIELDS = ["feedburner:origLink", "dc:identifier"];
/** Richest first. */
const CONTENT_FIELDS = [
  "content:encoded",
  "content",
  "atom:content",
  "summary",
  "atom:summary",
  "description",
  "dc:description",
];
/** Publication dates before modification dates. */
const DATE_FIELDS = [
  "pubDate",
  shielded("published"),
  "atom:published",
  "issued",
  "atom:issued",
  "dc:date",
  "dcterms:issued",
  "dcterms:created",
  "created",
  shielded("updated"),
  "atom:updated",
  "modified",
  "atom:modified",
  "dcterms:modified",
];
const ITEM_FIELDS = [
  ...TITLE_FIELDS,
  ...LINK_FIELDS,
  ...GUID_FIELDS,
  ...URL_FIELDS,
  ...CONTENT_FIELDS,
  ...DATE_FIELDS,
  "$",
];

/** Camel-case names that the lenient parser's case folding would otherwise break. */
const CANONICAL_CASE = new Map(
  [
    "rdf:RDF",
    "pubDate",
    "lastBuildDate",
    "managingEditor",
    "webMaster",
    "skipHours",
    "skipDays",
    "isPermaLink",
    "feedburner:origLink",
  ].map((name) => [name.toLowerCase(), name]),
);

const FEED_ROOTS = new Set(["rss", "rdf", "feed"]);
const PROLOG = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^[>]*(?:\[[\s\S]*?\])?\s*>)*/i;
const ROOT_ELEMENT = /^<([A-Za-z_][\w.:-]*)/;

type RawItem = Record<string, unknown>;
type TextType = "text" | "html";

/** Parses feed text (already decoded, see decodeText) into items for `feed`. */
export async function parseFeed(text: string, feed: FeedSource): Promise<ParsedFeed> {
  const root = rootElement(text);
  if (!root.hasContainer)
    return { title: null, items: [], skipped: [], problems: [`<${root.name}> has no <channel>: no items`] };
  const problems: string[] = [];
  const recovered = recoverXml(text);
  problems.push(...recovered.repairs.map((repair) => `${NOT_WELL_FORMED}: ${repair}`));
  const raw = await parseLeniently(recovered.text, root, problems);

  const textType: TextType = root.localName === "feed" ? "text" : "html";
  const title = firstText(raw, TITLE_FIELDS, textType);
  const items: FeedItem[] = [];
  const skipped: SkippedEntry[] = [];
  raw.items.forEach((rawItem, index) => {
    const position = index + 1;
    try {
      const entry = normaliseItem(rawItem, feed, textType, (problem) =>
        problems.push(`item ${position}: ${problem}`),
      );
      if ("url" in entry) items.push(entry);
      else skipped.push({ position, ...entry });
    } catch (error) {
      const reason = (error as Error).message;
      problems.push(`item ${position}: skipped: ${reason}`);
      skipped.push({ position, title: "", guid: null, publishedAt: null, reason });
    }
  });
  return { title: title || null, items, skipped, problems };
}

interface RootElement {
  readonly name: string;
  readonly localName: string;
  /** False for RSS without a <channel>, which holds nothing (and which rss-parser cannot read). */
  readonly hasContainer: boolean;
}

/** Says what the document is when it is not a feed, before any XML parser gets a vaguer error. */
function rootElement(text: string): RootElement {
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim() === "") throw new FeedParseError("not a feed: the document is empty");
  const afterProlog = body.slice(PROLOG.exec(body)?.[0].length ?? 0);
  if (/^[{[]/.test(afterProlog))
    throw new FeedParseError("not a feed: the document is JSON, not RSS or Atom XML");
  const name = ROOT_ELEMENT.exec(afterProlog)?.[1];
  if (!name) {
    if (afterProlog === "") throw new FeedParseError("not a feed: the document has no root element");
    throw new FeedParseError("not a feed: the document is not XML (it does not start with an element)");
  }
  const localName = (name.split(":").pop() ?? name).toLowerCase();
  if (localName === "html")
    throw new FeedParseError("not a feed: the document is an HTML page, not RSS or Atom");
  if (!FEED_ROOTS.has(localName)) {
    throw new FeedParseError(
      `not a feed: the root element is <${name}>, expected <rss>, <rdf:RDF> or <feed>`,
    );
  }
  const hasContainer = localName === "feed" || /<(?:[A-Za-z_][\w.-]*:)?channel[\s>/]/i.test(afterProlog);
  return { name, localName, hasContainer };
}

type RawFeed = Parser.Output<RawItem> & RawItem;

/** Strict XML first; a document that is complete but not well-formed is read again by the lenient parser. */
async function parseLeniently(text: string, root: RootElement, problems: string[]): Promise<RawFeed> {
  try {
    return await parseXml(text, root, "strict");
  } catch (strictError) {
    const reason = describeParserError(strictError);
    if (!isXmlSyntaxError(strictError)) throw new FeedParseError(`not a feed: ${reason}`);
    if (!new RegExp(`</${root.name}\\b`, "i").test(text)) {
      throw new FeedParseError(
        `malformed XML: the document ends before </${root.name}> (truncated?); ${reason}`,
      );
    }
    try {
      // A closing root tag cut short after its name ("...</rss") loses nothing; complete it.
      const completed = text.replace(new RegExp(`(</${root.name})\\s*$`, "i"), "$1>");
      const raw = await parseXml(completed, root, "lenient");
      problems.push(`${NOT_WELL_FORMED}: ${reason}; read leniently`);
      return raw;
    } catch {
      throw new FeedParseError(`malformed XML: ${reason}`);
    }
  }
}

function parseXml(text: string, root: RootElement, mode: "strict" | "lenient"): Promise<RawFeed> {
  const lenient = mode === "lenient";
  const canonicalPrefix = prefixCanonicalizer(text, root.localName, lenient);
  // The lenient (sax non-strict) parser upper-cases names; fold them back to the case feeds use.
  const rename = (name: string): string => {
    if (!lenient) return canonicalPrefix(name);
    const lowered = canonicalPrefix(name.toLowerCase());
    return CANONICAL_CASE.get(lowered) ?? lowered;
  };
  const parser = new Parser<RawItem, RawItem>({
    xml2js: {
      strict: !lenient,
      tagNameProcessors: [(name: string) => shielded(rename(name))],
      attrNameProcessors: [rename],
    },
    // An <rss> without a version is read as RSS 2.0, as feedparser does.
    defaultRSS: 2,
    customFields: {
      // rss-parser's types list names only for feed fields, but it copies [from, to, options] the same way.
      feed: TITLE_FIELDS.map((name) => [name, `raw:${name}`, { keepArray: true }]) as unknown as string[],
      item: ITEM_FIELDS.map((name) => [name, `raw:${name}`, { keepArray: true }]),
    },
  });
  return parser.parseString(text);
}

function isXmlSyntaxError(error: unknown): boolean {
  return error instanceof Error && /\nLine: \d+/.test(error.message);
}

/** sax reports "Unexpected close tag\nLine: 3\nColumn: 7\nChar: >" with 0-based numbers; keep it on one line. */
function describeParserError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const [what = message] = message.split("\n");
  const line = /\nLine: (\d+)/.exec(message)?.[1];
  const column = /\nColumn: (\d+)/.exec(message)?.[1];
  return line && column ? `${what} at line ${Number(line) + 1}, column ${Number(column) + 1}` : what;
}

/** The entry's item, or, when it has no usable link, what could be read of it and why it is skipped. */
function normaliseItem(
  raw: RawItem,
  feed: FeedSource,
  textType: TextType,
  report: (problem: string) => void,
): FeedItem | Omit<SkippedEntry, "position"> {
  const title = collapseWhitespace(firstText(raw, TITLE_FIELDS, textType) ?? "");
  const label = title ? `"${title.slice(0, 80)}"` : "(untitled)";
  const guid = collapseWhitespace(firstText(raw, GUID_FIELDS, "text") ?? "") || null;
  const link = itemUrl(raw, feed.url);
  if ("reason" in link) {
    report(`skipped ${label}: ${link.reason}`);
    // The date of an entry that is skipped anyway is no further problem.
    return { title, guid, publishedAt: publicationDate(raw, () => {}), reason: link.reason };
  }
  return {
    feedUrl: feed.url,
    outlet: feed.outlet,
    guid: guid ?? link.url,
    url: link.url,
    title,
    publishedAt: publicationDate(raw, (problem) => report(`${label}: ${problem}`)),
    content: firstText(raw, CONTENT_FIELDS, textType, "paragraphs") ?? "",
  };
}

interface LinkCandidate {
  readonly href: string;
  readonly base: string;
}

/**
 * The article's URL, resolved and canonical: the alternate link (an HTML one first), else the URL another
 * field gives (FeedBurner's original link, a permalink GUID, an Atom id or Dublin Core identifier that is
 * an http(s) URL, an RDF item's about URI, a GUID that is an http(s) URL though not marked a permalink),
 * else another alternate link (e.g. to a PDF). Without one, says whether the entry had a link at all.
 */
function itemUrl(raw: RawItem, feedUrl: string): { url: string } | { reason: string } {
  const itemAttributes = raw["raw:$"] as Record<string, string> | undefined;
  const itemBase = resolveBase(itemAttributes?.["xml:base"], feedUrl);
  const links = LINK_FIELDS.flatMap((field) => values(raw, `raw:${field}`)).flatMap((node) => {
    const link = alternateLink(node);
    return link ? [{ ...link, base: resolveBase(attributesOf(node)?.["xml:base"], itemBase) }] : [];
  });
  const guids = values(raw, "raw:guid").map((node) => {
    const isPermaLink = attributesOf(node)?.isPermaLink?.trim().toLowerCase();
    return {
      text: nodeValue(node).trim(),
      isPermaLink: isPermaLink !== "false",
      saysPermaLink: isPermaLink === "true",
    };
  });
  const absolute = (text: string): LinkCandidate[] =>
    /^https?:\/\//i.test(text) ? [{ href: text, base: itemBase }] : [];
  const texts = (field: string): string[] =>
    values(raw, `raw:${field}`).map((node) => nodeValue(node).trim());
  const about = raw["rdf:about"];
  const candidates: LinkCandidate[] = [
    ...links.filter((link) => link.isHtml),
    ...texts("feedburner:origLink").map((href) => ({ href, base: itemBase })),
    ...guids.filter((guid) => guid.isPermaLink).flatMap((guid) => absolute(guid.text)),
    ...["id", "atom:id", "dc:identifier"].flatMap(texts).flatMap(absolute),
    ...(typeof about === "string" ? absolute(about.trim()) : []),
    ...guids.filter((guid) => !guid.isPermaLink).flatMap((guid) => absolute(guid.text)),
    ...links.filter((link) => !link.isHtml),
  ].filter((candidate) => candidate.href !== "");
  for (const candidate of candidates) {
    const url = canonicalizeUrl(candidate.href, candidate.base);
    if (url) return { url };
  }
  const hadLink = candidates.length > 0 || guids.some((guid) => guid.saysPermaLink && guid.text !== "");
  return { reason: hadLink ? NO_HTTP_LINK : NO_LINK };
}

const ALTERNATE_RELS = new Set(["alternate", "http://www.iana.org/assignments/relation/alternate"]);
const HTML_TYPES = new Set(["text/html", "application/xhtml+xml"]);

/**
 * RSS writes the URL as text, Atom as `href`; Atom links other than `alternate` are not the article, and an
 * alternate that says it is not HTML (audio, PDF) is a poorer one.
 */
function alternateLink(node: unknown): { href: string; isHtml: boolean } | null {
  const attributes = attributesOf(node);
  if (attributes?.href !== undefined) {
    if (!ALTERNATE_RELS.has((attributes.rel ?? "alternate").trim().toLowerCase())) return null;
    const type = (attributes.type ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
    return { href: attributes.href.trim(), isHtml: type === "" || HTML_TYPES.has(type) };
  }
  const text = nodeValue(node).trim();
  return text ? { href: text, isHtml: true } : null;
}

function resolveBase(xmlBase: string | undefined, base: string): string {
  if (!xmlBase) return base;
  try {
    return new URL(xmlBase, base).href;
  } catch {
    return base;
  }
}

function publicationDate(raw: RawItem, report: (problem: string) => void): string | null {
  const unparsed: string[] = [];
  for (const field of DATE_FIELDS) {
    for (const node of values(raw, `raw:${field}`)) {
      const text = nodeValue(node).trim();
      if (!text) continue;
      const date = parseFeedDate(text);
      if (date) return date;
      unparsed.push(text);
    }
  }
  report(unparsed.length > 0 ? `unparseable date "${unparsed[0]?.slice(0, 60)}"` : "no publication date");
  return null;
}

function firstText(
  raw: RawItem,
  fields: readonly string[],
  defaultType: TextType,
  shape: "line" | "paragraphs" = "line",
): string | null {
  for (const field of fields) {
    for (const node of values(raw, `raw:${field}`)) {
      const text = textOf(node, defaultType);
      if (text) return shape === "line" ? collapseWhitespace(text) : text;
    }
  }
  return null;
}

/**
 * Plain text of a text construct: Atom says in `type` (and Atom 0.3 in `mode`) whether it is text, escaped
 * HTML or inline XHTML; RSS does not say, and its text is commonly HTML.
 */
function textOf(node: unknown, defaultType: TextType): string {
  const attributes = attributesOf(node);
  const type = (attributes?.type ?? "").toLowerCase();
  if (hasChildElements(node)) return tidyPlainText(inlineXmlText(node));
  const value = isBase64(attributes) ? decodeBase64(nodeValue(node)) : nodeValue(node);
  const isHtml = type === "" ? defaultType === "html" : /html/.test(type);
  return isHtml ? htmlToText(value) : tidyPlainText(value);
}

/** xml2js keeps inline XHTML as nested objects; their text, with block elements as paragraphs. */
function inlineXmlText(node: unknown): string {
  if (typeof node === "string") return node;
  if (typeof node !== "object" || node === null) return "";
  const parts = [(node as { _?: unknown })._ ?? ""];
  for (const [name, children] of Object.entries(node)) {
    if (name === "_" || name === "$" || !Array.isArray(children) || /^(?:\w+:)?(?:script|style)$/i.test(name))
      continue;
    const isBlock = /^(?:\w+:)?(?:p|div|li|h[1-6]|blockquote|br|tr|pre)$/i.test(name);
    for (const child of children)
      parts.push(isBlock ? `\n\n${inlineXmlText(child)}\n\n` : inlineXmlText(child));
  }
  return parts.join(" ");
}

/** Atom 0.3 says `mode="base64"`; Atom 1.0 base64-encodes any type that is neither text nor XML. */
function isBase64(attributes: Record<string, string> | undefined): boolean {
  if (attributes?.mode === "base64") return true;
  const type = attributes?.type?.toLowerCase();
  if (!type || ["text", "html", "xhtml"].includes(type)) return false;
  return type.includes("/") && !type.startsWith("text/") && !/[/+]xml$/.test(type);
}

function hasChildElements(node: unknown): node is Record<string, unknown> {
  return (
    typeof node === "object" && node !== null && Object.keys(node).some((key) => key !== "_" && key !== "$")
  );
}

function decodeBase64(text: string): string {
  try {
    return new TextDecoder().decode(Uint8Array.from(atob(text.replace(/\s+/g, "")), (c) => c.charCodeAt(0)));
  } catch {
    return text;
  }
}

function nodeValue(node: unknown): string {
  if (typeof node === "string") return node;
  const text = (node as { _?: unknown } | null)?._;
  return typeof text === "string" ? text : "";
}

function attributesOf(node: unknown): Record<string, string> | undefined {
  return typeof node === "object" && node !== null ? (node as { $?: Record<string, string> }).$ : undefined;
}

function values(raw: RawItem, field: string): unknown[] {
  const value = raw[field];
  return Array.isArray(value) ? value : [];
}
