// Quoted spans: words inside quotes are the speaker's, not the outlet's.

export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Double quotes (straight or curly) pair up in order; a quote left open runs to the end of the
 * text, as when a quotation continues into the next paragraph. Single quotes count only as a pair
 * that opens after a space or bracket and closes before punctuation or a space, so apostrophes
 * ("Izyum's", "don't") are never taken for quotes.
 */
export function findQuoteSpans(text: string): Span[] {
  const spans: Span[] = [];
  const doubleQuote = /["“”„]/g;
  let open: number | null = null;
  for (const match of text.matchAll(doubleQuote)) {
    const at = match.index;
    const mark = match[0];
    if (open === null) {
      // A closing curly quote cannot open a span.
      if (mark !== "”") open = at;
    } else if (mark !== "“" && mark !== "„") {
      spans.push({ start: open, end: at + 1 });
      open = null;
    }
  }
  if (open !== null) spans.push({ start: open, end: text.length });

  const singleQuote = /(?<=^|[\s([{—–-])['‘]([^'‘’\n]+?)['’](?=$|[\s.,;:!?)\]}—–-])/g;
  for (const match of text.matchAll(singleQuote)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!spans.some((span) => start >= span.start && end <= span.end)) spans.push({ start, end });
  }
  return spans.sort((a, b) => a.start - b.start);
}

export function isInside(spans: readonly Span[], position: number): boolean {
  return spans.some((span) => position > span.start && position < span.end);
}
