// Headline features for the stance model: hashed word n-grams plus named cue features.
// Hashing keeps the committed weights small and the feature space fixed without a vocabulary file.

/** Number of buckets word n-grams are hashed into. */
export const HASH_BUCKETS = 1 << 13;

/** A sparse feature vector: parallel arrays of feature index and value, indices ascending. */
export interface SparseVector {
  readonly indices: readonly number[];
  readonly values: readonly number[];
}

interface HeadlineView {
  /** The headline as written, whitespace collapsed. */
  readonly text: string;
  /** Lowercased word tokens, apostrophes kept inside words ("didn't"). */
  readonly words: readonly string[];
  readonly wordSet: ReadonlySet<string>;
  /** The lowercased headline with single spaces between words, padded with a space at both ends. */
  readonly padded: string;
}

const HEDGE_WORDS = [
  "reportedly",
  "allegedly",
  "alleged",
  "apparently",
  "purportedly",
  "supposedly",
  "possibly",
  "possible",
  "likely",
  "unconfirmed",
  "rumor",
  "rumors",
  "rumour",
  "rumours",
  "rumored",
  "rumoured",
  "speculation",
  "may",
  "might",
  "could",
  "would",
  "suspected",
  "believed",
  "tipped",
  "expected",
  "predicted",
  "report",
  "reports",
  "claim",
  "claims",
  "claimed",
  "says",
  "said",
  "according",
  "sources",
  "source",
  "accuses",
  "suggests",
  "appears",
  "seems",
  "if",
];
const DENIAL_WORDS = [
  "hoax",
  "hoaxes",
  "fake",
  "faked",
  "fakes",
  "false",
  "falsely",
  "debunk",
  "debunks",
  "debunked",
  "myth",
  "satire",
  "satirical",
  "fabricated",
  "fabrication",
  "denies",
  "deny",
  "denied",
  "denial",
  "refutes",
  "refuted",
  "dismisses",
  "dismissed",
  "rejects",
  "untrue",
  "bogus",
  "doubt",
  "doubts",
  "not",
  "no",
  "never",
  "nothing",
  "isn't",
  "aren't",
  "wasn't",
  "weren't",
  "didn't",
  "doesn't",
  "don't",
  "won't",
  "hasn't",
  "haven't",
  "can't",
  "fact-check",
  "misleading",
  "prank",
  "spoof",
  "parody",
  "joke",
  "fiction",
];
const ASSERTION_WORDS = [
  "confirms",
  "confirmed",
  "confirm",
  "officially",
  "finally",
  "revealed",
  "reveals",
  "shows",
  "proves",
  "proof",
  "video",
  "watch",
  "photos",
  "dies",
  "dead",
  "killed",
  "arrested",
  "found",
];

const HEDGE_SET = new Set(HEDGE_WORDS);
const DENIAL_SET = new Set(DENIAL_WORDS);
const ASSERTION_SET = new Set(ASSERTION_WORDS);

/** A named binary cue and its test on the headline. */
interface Cue {
  readonly name: string;
  readonly test: (headline: HeadlineView) => boolean;
}

const hasAny = (words: readonly string[], set: ReadonlySet<string>): boolean => words.some((w) => set.has(w));

// Ferreira & Vlachos's cheap features (question mark, hedging and refuting word lists) and the
// framing patterns outlets use to hedge: "Source: claim", "claim, report says", "Report: claim".
export const CUES: readonly Cue[] = [
  { name: "question-mark", test: (h) => h.text.includes("?") },
  { name: "ends-with-question", test: (h) => /\?\W*$/.test(h.text) },
  { name: "starts-with-question-word", test: (h) => /^(is|are|was|were|did|does|do|has|have|can|could|will|would|should)\b/.test(h.words[0] ?? "") },
  { name: "attribution-colon-prefix", test: (h) => /^[^:]{2,40}:\s/.test(h.text) },
  { name: "attribution-colon-suffix", test: (h) => /:\s*[^:]{2,40}$/.test(h.text) && !/^[^:]{2,40}:\s/.test(h.text) },
  { name: "says-at-end", test: (h) => /\b(says?|said|claims?|reports?|according to [\w .'-]+)\W*$/i.test(h.text) },
  { name: "quoted-text", test: (h) => /["“”‘’']\w[^"“”]*\w["“”’']/.test(h.text) },
  { name: "hedge-word", test: (h) => hasAny(h.words, HEDGE_SET) },
  { name: "hedge-word-early", test: (h) => hasAny(h.words.slice(0, 4), HEDGE_SET) },
  { name: "denial-word", test: (h) => hasAny(h.words, DENIAL_SET) },
  { name: "denial-word-early", test: (h) => hasAny(h.words.slice(0, 4), DENIAL_SET) },
  { name: "assertion-word", test: (h) => hasAny(h.words, ASSERTION_SET) },
  { name: "no-comma-prefix", test: (h) => /^no[,.!]\s/i.test(h.text) },
  { name: "not-true", test: (h) => /\b(not|isn't|wasn't|aren't) (true|real|genuine|happening|a thing)\b/.test(h.padded) },
  { name: "no-evidence", test: (h) => /\bno (evidence|proof|truth|sign)\b/.test(h.padded) },
  { name: "hedge-and-denial", test: (h) => hasAny(h.words, HEDGE_SET) && hasAny(h.words, DENIAL_SET) },
  ...(process.env.MORE ? [
  { name: "to-future", test: (h: HeadlineView) => /\b(?<!(want|wants|going|tries|trying|set|plans|planning|able|has|have|refuses|how|due|back|down|up|way|returns|return|goes|go|comes|heads|moves|moving|close|set|used|next|according|thanks|due|prior|up|home))\s?to (?!(the|a|an|his|her|their|its|be|this|that|me|us|you|him|them)\b)[a-z]/.test(h.padded) },
  { name: "dash-suffix", test: (h: HeadlineView) => /\s[-–—]{1,2}\s?[\p{L} .&']{2,30}$/u.test(h.text) || /\s-[A-Z]{2,}$/.test(h.text) },
  { name: "all-caps-word", test: (h: HeadlineView) => /\b[A-Z]{4,}\b/.test(h.text) && h.text !== h.text.toUpperCase() },
  { name: "exclamation", test: (h: HeadlineView) => h.text.includes("!") },
  { name: "strong-hedge", test: (h: HeadlineView) => hasAny(h.words, new Set(["reportedly","allegedly","alleged","purportedly","purported","supposedly","unconfirmed","unverified","rumor","rumors","rumour","rumours","rumored","rumoured","speculation","speculated","seemingly","apparently","possibly","probably","perhaps","likely"])) },
  { name: "modal", test: (h: HeadlineView) => hasAny(h.words, new Set(["may","might","could","would","should","can"])) },
  { name: "plan-words", test: (h: HeadlineView) => /\b(plans?|planning|in talks|eyed|eyes|considering|considers|set to|poised|expected|tipped|predicts?|forecasts?|estimates?|pegs|aims?|mulls|weighs|rumou?red|coming|working on|leak|leaked|leaks)\b/.test(h.padded) },
  { name: "source-words", test: (h: HeadlineView) => /\b(report|reports|reported|source|sources|insider|insiders|analyst|analysts|media|officials?|police|paper|wsj|nyt|cnbc|bloomberg|reuters|cnn|bbc|ap|afp|says|said|claims?|claimed|claiming|according)\b/.test(h.padded) },
  { name: "long-headline", test: (h: HeadlineView) => h.words.length > 14 },
  { name: "short-headline", test: (h: HeadlineView) => h.words.length < 6 },
  ] : []),
  ...(process.env.MORE2 ? [
  { name: "strong-denial", test: (h: HeadlineView) => /\b(hoax|hoaxes|hoaxer|fake|faked|false|falsely|debunk\w*|myth|satire|satirical|fabricat\w*|rubbish|bullshit|bs|nonsense|untrue|bogus|doctored|photoshopped|photoshop|made (it|this|that|them) up|make up|made up|exaggerated|inaccurate|erroneous|misinformation|trolled|fooled|prank|spoof|parody|nope|retracts?|retracted)\b/.test(h.padded) },
  { name: "rebuttal-verb", test: (h: HeadlineView) => /\b(den(y|ies|ied)|refut\w+|rebuff\w*|reject\w*|dismiss\w*|shoots? down|shot down|kills?|quash\w*|squash\w*|scotch\w*|puts? to rest|laughs? off|slams?|bust\w*|dispel\w*|disput\w+|contradict\w*|calls?|casts? doubt|doubts?)\b.*\b(rumou?rs?|claims?|reports?|story|stories|speculation|allegations?|theory)\b/.test(h.padded) },
  { name: "alive-safe", test: (h: HeadlineView) => /\b(alive|safe|fine|well|record straight)\b/.test(h.padded) },
  { name: "role-colon-prefix", test: (h: HeadlineView) => /^(\S+\s)?(congressman|congresswoman|senator|sen|rep|lawmaker|official|officials|police|report|reports|source|sources|analyst|expert|experts|witness|eyewitness|study|wsj|nyt|wapo|cnn|bbc|ap|afp|reuters|bloomberg|poll|insider|exclusive)s?:/i.test(h.text) },
  ] : []),
  ...(process.env.MORE3 ? [
  { name: "hedge-phrase", test: (h: HeadlineView) => /\b(in talks|in discussions|eyed|eyes|eye|suspects?|suspected|fears?|feared|purports?|purported|trying to|tries to|appears? to|appeared to|identified by|named by|said to|believed to|thought to|set to|expected to|likely to|planning|considering|mulls|mulling|weighs|weighing|seeks?|seeking|hints?|hinted|signals?|suggests?|indicates?|may have|might have|could have|possible|potential|potentially|questions?|mystery|speculat\w+)\b/.test(h.padded) },
  { name: "reporting-verb", test: (h: HeadlineView) => /\b(say|says|said|claim|claims|claimed|tell|tells|told|report|reports|reported|reporting|accuse|accuses|accused|allege|alleges|insist|insists|warn|warns|according)\b/.test(h.padded) },
  ] : []),
  { name: "no-cue", test: (h) => !hasAny(h.words, HEDGE_SET) && !hasAny(h.words, DENIAL_SET) && !h.text.includes("?") },
];

/** Total number of features: the hash buckets, then the cues, then one constant bias feature. */
export const FEATURE_COUNT = HASH_BUCKETS + CUES.length + 1;
const BIAS_INDEX = FEATURE_COUNT - 1;

// Straight and curly apostrophes stay inside words; everything else that is not a letter or digit splits.
const WORD_PATTERN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

function viewHeadline(headline: string): HeadlineView {
  const text = headline.replace(/\s+/g, " ").trim();
  const words = (text.toLowerCase().match(WORD_PATTERN) ?? []).map((w) => w.replace(/’/g, "'"));
  return { text, words, wordSet: new Set(words), padded: ` ${words.join(" ")} ` };
}

/** FNV-1a over UTF-16 code units: a fixed, dependency-free string hash. */
function hashToBucket(term: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) {
    hash ^= term.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % HASH_BUCKETS;
}

const h_text_holder = { t: "" };
function wordNgrams(words: readonly string[]): string[] {
  const padded = ["<s>", ...words, "</s>"];
  const grams = words.map((w) => `w:${w}`);
  for (let i = 0; i + 1 < padded.length; i++) grams.push(`b:${padded[i]} ${padded[i + 1]}`);
  if (process.env.CHAR) for (const w of words) { const x = `<${w}>`; for (let n = 3; n <= 5; n++) for (let i = 0; i + n <= x.length; i++) grams.push(`c:${x.slice(i, i + n)}`); }
  if (process.env.TRI) for (let i = 0; i + 2 < padded.length; i++) grams.push(`t:${padded[i]} ${padded[i + 1]} ${padded[i+2]}`);
  if (process.env.COLW) { const m = /^([^:]{2,40}):\s/.exec(h_text_holder.t); if (m) for (const w of m[1]!.toLowerCase().split(/\W+/)) if (w) grams.push(`pre:${w}`); }
  if (process.env.STEM) for (const w of words) grams.push(`s:${w.replace(/(ingly|edly|ing|ed|ly|es|s)$/, "")}`);
  if (process.env.NOBI) return grams.filter(g => !g.startsWith("b:"));
  return grams;
}

/** The model's feature vector for one headline. */
export function headlineFeatures(headline: string, claim?: string): SparseVector {
  const view = viewHeadline(headline);
  h_text_holder.t = view.text;
  const counts = new Map<number, number>();
  for (const gram of wordNgrams(view.words)) counts.set(hashToBucket(gram), 1);
  if (claim && process.env.CLAIMW) for (const w of viewHeadline(claim).words) counts.set(hashToBucket(`claim:${w}`), 1);
  if (claim && process.env.CLAIMX) { const cw = viewHeadline(claim).words.filter(w => w.length > 3); const ov = cw.filter(w => view.wordSet.has(w)).length / Math.max(1, cw.length); counts.set(hashToBucket(`ov:${Math.min(4, Math.floor(ov * 5))}`), 1); if (viewHeadline(claim).wordSet.has("will")) counts.set(hashToBucket("claim-will"), 1); }
  // Scale n-grams to unit length so long headlines do not outweigh the cues.
  const ngramScale = process.env.RAW ? Number(process.env.RAW) : (counts.size > 0 ? Number(process.env.K ?? 1) / Math.sqrt(counts.size) : 0);
  for (const [index, value] of counts) counts.set(index, value * ngramScale);
  CUES.forEach((cue, i) => {
    if (cue.test(view)) counts.set(HASH_BUCKETS + i, 1);
  });
  counts.set(BIAS_INDEX, 1);
  const indices = [...counts.keys()].sort((a, b) => a - b);
  return { indices, values: indices.map((i) => counts.get(i) ?? 0) };
}
