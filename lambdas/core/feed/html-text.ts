// Plain text from the HTML fragments feeds put in titles and descriptions, parsed the way a browser would.
import { decodeHTML } from "entities";
import { type DefaultTreeAdapterTypes, parseFragment } from "parse5";

type Node = DefaultTreeAdapterTypes.ChildNode;

/** Elements that end a paragraph; their text is set apart by a blank line. */
const BLOCK_ELEMENTS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "dd",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "footer",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "tr",
  "ul",
]);
const SKIPPED_ELEMENTS = new Set(["script", "style", "noscript", "template", "head", "title"]);

const PARAGRAPH_BREAK = "\n\n";
const MARKUP = /<[a-zA-Z/!?]/;

/**
 * Paragraphs of plain text separated by a blank line; whitespace inside a paragraph collapsed. Text without
 * tags keeps its own line breaks; in markup, only elements break lines, as in a browser.
 */
export function htmlToText(html: string): string {
  if (!MARKUP.test(html)) return tidyPlainText(decodeHTML(html));
  const parts: string[] = [];
  collectText(parseFragment(html).childNodes, parts);
  return tidyPlainText(parts.join(""));
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function collectText(nodes: readonly Node[], parts: string[]): void {
  for (const node of nodes) {
    if (node.nodeName === "#text" && "value" in node) {
      parts.push(node.value.replace(/\s+/g, " "));
    } else if ("tagName" in node && !SKIPPED_ELEMENTS.has(node.tagName)) {
      if (node.tagName === "br") {
        parts.push("\n");
        continue;
      }
      const isBlock = BLOCK_ELEMENTS.has(node.tagName);
      if (isBlock) parts.push(PARAGRAPH_BREAK);
      collectText(node.childNodes, parts);
      if (isBlock) parts.push(PARAGRAPH_BREAK);
    }
  }
}

/** Keeps paragraph breaks (blank lines) and line breaks, collapses every other run of whitespace. */
export function tidyPlainText(text: string): string {
  return text
    .split(/\n[^\S\n]*\n\s*/)
    .map((paragraph) =>
      paragraph
        .split("\n")
        .map(collapseWhitespace)
        .filter((line) => line !== "")
        .join("\n"),
    )
    .filter((paragraph) => paragraph !== "")
    .join(PARAGRAPH_BREAK);
}
