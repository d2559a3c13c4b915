// Quoted spans: words inside quotes are the speaker's, not the outlet's.

export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Double quotes (straight or curly) pair up in order; a quote left open runs to the end of the
 * text, as when a quotation continues into the next paragraph, and a quote closed before any
 * opened began in an earlier sentence. Single quotes count only as a pair
 * that opens after a space or bracket and closes before punctuation or a space, so apostrophes
 * ("Izyum's", "don't") are never taken for quotes, and may stand inside one.
 */
export function findQuoteSpans(text: string): Span[] {
  const spans: Span[] = [];
  const doubleQuote = /["“”„]/g;
  let open: number | null = null;
  for (const match of text.matchAll(doubleQuote)) {
    const at = match.index;
    const mark = match[0];
    if (open === null) {
      // A closing mark before any opening one ends a quotation begun in an earlier sentence: '…
      // It is a fabrication."'. A closing curly quote cannot open a span.
      if (spans.length === 0 && closes(text, at, mark)) spans.push({ start: 0, end: at + 1 });
      else if (mark !== "”") open = at;
    } else if (mark !== "“" && mark !== "„") {
      spans.push({ start: open, end: at + 1 });
      open = null;
    }
  }
  if (open !== null) spans.push({ start: open, end: text.length });

  // An apostrophe between letters stays inside: "'… for the bureau's own failures,' she said".
  const singleQuote =
    /(?<=^|[\s([{—–-])['‘]((?:[^'‘’\n]|(?<=\p{L})['’](?=\p{L}))+?)['’](?=$|[\s.,;:!?)\]}—–-])/gu;
  for (const match of text.matchAll(singleQuote)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!spans.some((span) => start >= span.start && end <= span.end)) spans.push({ start, end });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Whether a double quote mark closes: a curly one, or a straight one after words and before a space or the end. */
function closes(text: string, at: number, mark: string): boolean {
  if (mark === "”") return true;
  if (mark !== '"') return false;
  return /[\p{L}\p{N}.,!?;:]/u.test(text[at - 1] ?? " ") && /^(?:\s|$)/.test(text.slice(at + 1, at + 2));
}

export function isInside(spans: readonly Span[], position: number): boolean {
  return spans.some((span) => position > span.start && position < span.end);
}
