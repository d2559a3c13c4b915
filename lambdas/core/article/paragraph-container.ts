// A second opinion for pages where Readability finds too little: the element that directly holds the
// most paragraph text. Simpler than Readability's scoring, it copes with pages whose article sits in
// a container Readability's class-name weighting rejects.

/** Paragraphs shorter than this are usually labels, bylines or link lines, not article text. */
const MIN_PARAGRAPH_CHARS = 60;

export function bestParagraphContainer(document: Document): Element | null {
  const scores = new Map<Element, number>();
  for (const paragraph of document.querySelectorAll("p, pre, blockquote")) {
    const length = (paragraph.textContent ?? "").trim().length;
    const parent = paragraph.parentElement;
    if (length < MIN_PARAGRAPH_CHARS || !parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + length);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [element, score] of scores) {
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
  }
  return best;
}
