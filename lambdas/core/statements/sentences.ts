// Paragraph and sentence splitting. Intl.Segmenter finds sentence boundaries; its English rules
// also break after abbreviations ("Gen. Smith") and after a closing quote that is followed by
// its attribution ('"It is fake." Peskov said.'), so those splits are repaired here.

export interface SentenceSpan {
  readonly text: string;
  /** Offset of the sentence in the text it was split from. */
  readonly start: number;
  readonly end: number;
}

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/** Paragraphs are separated by a blank line; single line breaks stay inside a paragraph. */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\r?\n[ \t]*\r?\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, " ").trim())
    .filter((paragraph) => paragraph.length > 0);
}

/**
 * Titles, ranks, months and "approx." are followed by a name or a number, never by a sentence end
 * in news copy; "No." likewise precedes a number.
 */
const NON_FINAL_ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "gen",
  "lt",
  "col",
  "maj",
  "capt",
  "cpt",
  "sgt",
  "cpl",
  "adm",
  "cmdr",
  "gov",
  "sen",
  "rep",
  "rev",
  "st",
  "mt",
  "ft",
  "jr",
  "sr",
  "pres",
  "supt",
  "insp",
  "det",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "approx",
  "est",
  "vs",
  "no",
  "nos",
  "fig",
  "e.g",
  "i.e",
  "cf",
  "ca",
  "c",
]);

const WEEKDAY_OR_LOWER = /^(?:[a-z\d]|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)/;

/** Words that open a sentence and are never a surname: "… with hepatitis C. The hospital said …". */
const SENTENCE_OPENER =
  /^(?:The|A|An|It|Its|He|She|They|We|I|His|Her|Their|This|That|These|Those|There|In|On|At|But|And|When|After|Before|However)\b/;

function endsWithNonFinalAbbreviation(segment: string, next: string): boolean {
  const match = /(?:^|[\s("“])((?:[A-Za-z]\.)*[A-Za-z]+)\.\s*$/.exec(segment);
  if (!match?.[1]) return false;
  const word = match[1];
  // A single capital letter is an initial, as in "Dmitry S. Peskov"; after a lower-case word and before a
  // word that opens sentences it is a letter that names something: "hepatitis C. The hospital said …".
  if (/^[A-Z]$/.test(word))
    return !(/\p{Ll}+\s+[A-Z]\.\s*$/u.test(segment) && SENTENCE_OPENER.test(next.trimStart()));
  return NON_FINAL_ABBREVIATIONS.has(word.toLowerCase());
}

/** "2 p.m. Monday" is one sentence; "at 2 p.m. The next day" is two. */
function endsWithClockAbbreviation(segment: string, next: string): boolean {
  return /\b[ap]\.m\.\s*$/i.test(segment) && WEEKDAY_OR_LOWER.test(next.trimStart());
}

/** A short sentence that only names who spoke: `Peskov said.`, `the spokesman told reporters.` */
const ATTRIBUTION_ONLY =
  /^[\p{L}\p{N}'’ .,-]{1,80}?\b(?:said|says|added|told (?:reporters|journalists|[A-Z][\p{L}]+)|wrote|claimed|insisted|stated|explained|noted)\.?\s*$/u;

function endsWithClosingQuote(segment: string): boolean {
  return /[.!?]["”’']\s*$/.test(segment);
}

/** Sentences of one paragraph, with offsets into it. */
export function splitSentences(paragraph: string): SentenceSpan[] {
  const merged: { start: number; end: number }[] = [];
  for (const { segment, index } of segmenter.segment(paragraph)) {
    const previous = merged.at(-1);
    if (previous) {
      const previousText = paragraph.slice(previous.start, previous.end);
      const repair =
        endsWithNonFinalAbbreviation(previousText, segment) ||
        endsWithClockAbbreviation(previousText, segment) ||
        (endsWithClosingQuote(previousText) && ATTRIBUTION_ONLY.test(segment.trim()));
      if (repair) {
        previous.end = index + segment.length;
        continue;
      }
    }
    merged.push({ start: index, end: index + segment.length });
  }
  return merged
    .map(({ start, end }) => {
      const raw = paragraph.slice(start, end);
      const leading = raw.length - raw.trimStart().length;
      const text = raw.trim();
      return { text, start: start + leading, end: start + leading + text.length };
    })
    .filter((sentence) => sentence.text.length > 0);
}
