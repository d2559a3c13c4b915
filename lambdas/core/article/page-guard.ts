// Cheap checks on the raw page text before it is parsed. jsdom's parser and Readability both slow down
// sharply with nesting depth (100,000 nested divs take minutes to parse), and binary or non-HTML
// bodies waste a parse, so such pages are refused up front with a reason.

/** Pages larger than this are not parsed (the fetcher's own limit is the same by default). */
export const MAX_HTML_CHARS = 5 * 1024 * 1024;
/** Real pages nest well under 100 elements deep; Readability takes seconds per page near 1,000. */
export const MAX_NESTING_DEPTH = 400;

const SNIFF_CHARS = 4096;
/** Share of control or replacement characters above which the text is taken for binary. */
const MAX_BINARY_SHARE = 0.05;

/** Elements that never contain others, and elements whose end tag is optional (so often left open). */
const NON_NESTING = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
  "p",
  "li",
  "dt",
  "dd",
  "td",
  "th",
  "tr",
  "thead",
  "tbody",
  "tfoot",
  "option",
  "optgroup",
  "colgroup",
  "rt",
  "rp",
]);
/** Elements whose content is raw text, skipped so that markup inside scripts is not counted. */
const RAW_TEXT_ELEMENTS = ["script", "style", "textarea", "title", "xmp", "noscript", "template"] as const;
type RawTextElement = (typeof RAW_TEXT_ELEMENTS)[number];
const RAW_TEXT: ReadonlySet<string> = new Set(RAW_TEXT_ELEMENTS);
const RAW_TEXT_END = Object.fromEntries(
  RAW_TEXT_ELEMENTS.map((name) => [name, new RegExp(`</${name}\\s*>`, "gi")]),
) as Record<RawTextElement, RegExp>;

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^>]*?(\/?)>/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: detecting control characters is the point
const BINARY_CHARACTER = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f\ufffd]/g;
const HTML_MARKER =
  /<(!doctype|html|head|body|meta|title|p|div|article|main|section|span|a|h[1-6]|br|table)[\s>/]/i;

/** Why the page cannot be parsed, or null when it can. */
export function refusePage(html: string): string | null {
  if (html.trim().length === 0) return "page is empty";
  if (html.length > MAX_HTML_CHARS) {
    return `page is too large (${megabytes(html.length)} MB > ${megabytes(MAX_HTML_CHARS)} MB)`;
  }
  const head = html.slice(0, SNIFF_CHARS);
  const binary = head.match(BINARY_CHARACTER)?.length ?? 0;
  if (binary > MAX_BINARY_SHARE * head.length || head.includes("\u0000"))
    return "page is not HTML (binary content)";
  if (!HTML_MARKER.test(html)) return "page is not HTML (no markup found)";
  const depth = nestingDepth(html);
  if (depth > MAX_NESTING_DEPTH)
    return `page nests elements too deeply (${depth} > ${MAX_NESTING_DEPTH} levels)`;
  return null;
}

/**
 * An estimate of the element nesting depth from the tags alone: open tags of elements that contain
 * others count up, end tags count down. It stops counting once past the limit.
 */
export function nestingDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match !== null; match = TAG.exec(html)) {
    const [, closing, rawName, selfClosing] = match;
    const name = (rawName ?? "").toLowerCase();
    if (closing) {
      if (!NON_NESTING.has(name)) depth = Math.max(0, depth - 1);
      continue;
    }
    if (RAW_TEXT.has(name)) {
      const end = RAW_TEXT_END[name as RawTextElement];
      end.lastIndex = TAG.lastIndex;
      TAG.lastIndex = end.exec(html) === null ? html.length : end.lastIndex;
      continue;
    }
    if (selfClosing || NON_NESTING.has(name)) continue;
    depth++;
    if (depth > deepest) {
      deepest = depth;
      if (deepest > MAX_NESTING_DEPTH) break;
    }
  }
  return deepest;
}

function megabytes(chars: number): string {
  return (chars / (1024 * 1024)).toFixed(1);
}
