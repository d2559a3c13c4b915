// Page furniture: parts of an extracted page that are not the article. "Most read" and "Related"
// lists (with other stories' headlines and their figures), donation and newsletter appeals,
// photo counters and numbered list items.

/** A short paragraph that heads a list of other stories. */
const LIST_HEADING =
  /^(?:most\s+(?:read|popular|viewed|shared|watched)|related(?:\s+(?:stories|articles|coverage|content|news|topics))?|read\s+more|more\s+on\s+this\s+story|more\s+from\b.*|see\s+also|recommended(?:\s+for\s+you)?|trending(?:\s+now)?|you\s+(?:may|might)\s+also\s+like|top\s+stories|latest\s+(?:news|stories)|editor['’]s\s+picks?)\s*:?\s*$/i;
/** A heading followed on the same line by its list: "Most read: 1. …". */
const INLINE_LIST =
  /^(?:most\s+(?:read|popular|viewed)|related|read\s+more|see\s+also|trending)\s*:?\s+\d{1,2}[.)]\s/i;

// An appeal asks the reader: "Please donate", "Sign up for our newsletter". A news paragraph about a
// donation ("denied that the campaign took a foreign donation") is no appeal.
const APPEAL =
  /\b(?:donate|make\s+a\s+donation|subscribe|subscription|sign\s+up\s+for|newsletter|support\s+(?:our|independent)\s+journalism|become\s+a\s+(?:member|supporter|patron)|advertisement|cookies?\s+policy)\b/i;
const READER = /\b(?:you|your|our|us|please|today|now|here|click)\b/i;
const PHOTO_COUNTER = /^(?:photo|image|picture|slide|gallery)\s*:?\s*\d+\s*(?:of|\/)\s*\d+/i;
const LIST_ITEM = /^\d{1,2}[.)]\s/;

/** A paragraph long enough to be article prose again after a list. */
const PROSE_WORDS = 40;

function wordCount(text: string): number {
  return (text.match(/\S+/g) ?? []).length;
}

/** Whether one paragraph, on its own, is furniture. */
export function isFurnitureParagraph(paragraph: string): boolean {
  return (
    INLINE_LIST.test(paragraph) ||
    PHOTO_COUNTER.test(paragraph) ||
    LIST_ITEM.test(paragraph) ||
    (APPEAL.test(paragraph) && READER.test(paragraph) && wordCount(paragraph) < PROSE_WORDS)
  );
}

/**
 * Keeps the article's own paragraphs (with their index in the input). After a list heading, the
 * short paragraphs that follow are the list's items; a long paragraph ends the list.
 */
export function articleParagraphs(paragraphs: readonly string[]): { text: string; index: number }[] {
  const kept: { text: string; index: number }[] = [];
  let inList = false;
  paragraphs.forEach((text, index) => {
    if (LIST_HEADING.test(text)) {
      inList = true;
      return;
    }
    if (inList && wordCount(text) < PROSE_WORDS) return;
    inList = false;
    if (!isFurnitureParagraph(text)) kept.push({ text, index });
  });
  return kept;
}
