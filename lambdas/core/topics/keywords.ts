// Whole-word, case-insensitive keyword patterns that also accept inflected and possessive forms:
// "Izyum" matches "Izyum's", "Izyum’s" and "Izyums'"; "mass grave" matches "mass graves".

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A global, Unicode-aware pattern for any of the keywords. */
export function keywordPattern(keywords: readonly string[]): RegExp {
  const alternatives = keywords
    .map((keyword) => keyword.trim())
    .filter((keyword) => keyword.length > 0)
    .sort((a, b) => b.length - a.length)
    .map((keyword) => keyword.split(/\s+/).map(escapeRegExp).join("\\s+"));
  if (alternatives.length === 0) return /(?!)/g;
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?:e?s)?(?:['’]s?)?(?![\\p{L}\\p{N}])`,
    "giu",
  );
}

export function mentions(text: string, pattern: RegExp): boolean {
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}
