// Plain text of a DOM subtree with paragraph breaks. Element.textContent glues blocks together and
// innerText is not implemented by jsdom, so this walks the tree itself: iteratively, because pages can
// nest deeper than the call stack allows.

/** Elements that start and end a paragraph of the output. */
const BLOCK_ELEMENTS = new Set([
  "ADDRESS",
  "ARTICLE",
  "ASIDE",
  "BLOCKQUOTE",
  "BR",
  "CAPTION",
  "DD",
  "DETAILS",
  "DIV",
  "DL",
  "DT",
  "FIELDSET",
  "FIGCAPTION",
  "FIGURE",
  "FOOTER",
  "FORM",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "HEADER",
  "HR",
  "LI",
  "MAIN",
  "NAV",
  "OL",
  "P",
  "PRE",
  "SECTION",
  "SUMMARY",
  "TABLE",
  "TBODY",
  "TFOOT",
  "THEAD",
  "TR",
  "UL",
]);

/** Elements whose text is never article text. */
const SKIPPED_ELEMENTS = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "SVG",
  "svg",
  "IFRAME",
  "OBJECT",
]);

const TABLE_CELLS = new Set(["TD", "TH"]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * The text of `root`: one paragraph per block element, separated by a blank line,
 * whitespace inside a paragraph collapsed to single spaces.
 */
export function blockText(root: Node): string {
  const paragraphs: string[] = [];
  let current = "";
  const flush = (): void => {
    const paragraph = current.replace(/\s+/g, " ").trim();
    if (paragraph) paragraphs.push(paragraph);
    current = "";
  };
  // Each entry is a node to enter, or null marking the end of a block element.
  const stack: (Node | null)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined) break;
    if (node === null) {
      flush();
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      current += node.nodeValue ?? "";
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node !== root) continue;
    const name = node.nodeName;
    if (SKIPPED_ELEMENTS.has(name)) continue;
    if (BLOCK_ELEMENTS.has(name)) {
      flush();
      stack.push(null);
    } else if (TABLE_CELLS.has(name)) {
      current += " ";
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push(child);
    }
  }
  flush();
  return paragraphs.join("\n\n");
}
