// Headline features for the stance model: hashed word unigrams plus named cue features, read against the claim
// and the article's address when the caller has them.
// Hashing keeps the committed weights small and the feature space fixed without a vocabulary file.
// Tried and dropped, none raising claim-grouped cross-validated accuracy beyond noise: the claim's words, word
// bigrams (all, or only those with a function or cue word), words before a colon, the first and last three words,
// words in a negation's scope, cue-word pairs, Hyland's hedge lexicon, stemmed cue matching, more hash buckets,
// character 3-5-grams, word shapes, cue-cue conjunctions, belief-verb, forecast-verb, "unverified" and
// report-framing cue lists, the outlet, every URL path word, cue words in the URL, part-of-speech tags, and
// masking the claim's own words (see EVALUATION.md, Emergent).

/** Number of buckets word unigrams are hashed into. */
export const HASH_BUCKETS = 1 << 13;

// Unigrams are scaled to this total length so that a long headline's words do not drown the cues.
const UNIGRAM_NORM = 0.5;

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
  /** The lowercased words joined by single spaces and padded with a space at both ends. */
  readonly padded: string;
}

/** Matches any of the phrases as whole words in a HeadlineView's `padded` text. */
const phrases = (list: string): RegExp => new RegExp(`\\b(?:${list.trim().replace(/\s*\|\s*/g, "|")})\\b`);

// Hedging (Ferreira & Vlachos's hedging list, extended with headline attribution and speculation words).
// Verbs in these lists match in every inflection: "officials say" and "a reported leak" hedge as "says" does.
const HEDGE =
  phrases(`reportedly | allegedly | alleged | apparently | purportedly | purported | supposedly | possibly |
  possible | likely | unconfirmed | rumou?rs? | rumou?red | speculation | may | might | could | would |
  suspect(?:s|ed)? | believed | tipped | expected | predicted | report(?:s|ed|ing)? | claim(?:s|ed|ing)? |
  say | says | said | according | sources? | accus(?:es|ed|ing) | alleg(?:es|ing) | suggest(?:s|ed)? |
  appear(?:s|ed)? | seem(?:s|ed)? | if`);
const STRONG_HEDGE =
  phrases(`reportedly | allegedly | alleged | purportedly | purported | supposedly | unconfirmed |
  unverified | rumou?rs? | rumou?red | speculation | speculated | seemingly | apparently | possibly | probably |
  perhaps | likely`);
const MODAL = phrases("may | might | could | would | should | can");
const PLAN =
  phrases(`plan(?:s|ned)? | planning | in talks | eyed | eyes | consider(?:s|ed|ing)? | set to | poised | expected |
  tipped | predict(?:s|ed|ing)? | forecast(?:s|ing)? | estimat(?:es?|ed|ing) | pegs | aim(?:s|ed|ing)? | mull(?:s|ed|ing)? |
  weigh(?:s|ed|ing)? | coming | working on | leak | leaked | leaks`);
const HEDGE_PHRASE =
  phrases(`in talks | in discussions | eyed | eyes | eye | suspect(?:s|ed)? | fear(?:s|ed)? | purport(?:s|ed)? |
  trying to | tries to | appears? to | appeared to | identified by | named by | said to | believed to | thought to |
  set to | expected to | likely to | planning | consider(?:s|ed|ing) | mull(?:s|ed|ing) | weigh(?:s|ed|ing) |
  seek(?:s|ing)? | hint(?:s|ed|ing)? | signal(?:s|ed|ing)? | suggest(?:s|ed|ing)? | indicat(?:es?|ed|ing) | may have |
  might have | could have | possible | potential | potentially | questions? | mystery | speculat\\w+`);
const SOURCE =
  phrases(`report | reports | reported | source | sources | insider | insiders | analyst | analysts |
  media | officials? | police | paper | wsj | nyt | cnbc | bloomberg | reuters | cnn | bbc | ap | afp | says | said |
  claims? | claimed | claiming | according`);
const REPORTING_VERB =
  phrases(`say | says | said | claim(?:s|ed|ing)? | tell | tells | told | report(?:s|ed|ing)? | accus(?:e|es|ed|ing) |
  alleg(?:e|es|ed|ing) | insist(?:s|ed|ing)? | warn(?:s|ed|ing)? | according`);

// Refuting (Ferreira & Vlachos's refuting list, extended with negations and debunking vocabulary).
const DENIAL = phrases(`hoax | hoaxes | fakes? | faked | false | falsely | debunk(?:s|ed|ing)? | myth |
  satire | satirical | fabricated | fabrication | deny | denies | denied | denying | denial | refut(?:es|ed|ing)? |
  dismiss(?:es|ed|ing)? | reject(?:s|ed|ing)? | untrue | bogus | doubts? | not | no | never | nothing | isn't |
  aren't | wasn't | weren't | didn't | doesn't | don't | won't | hasn't | haven't | can't | fact check | misleading |
  prank | spoof | parody | joke | fiction`);
const STRONG_DENIAL =
  phrases(`hoax | hoaxes | hoaxer | fake | faked | false | falsely | debunk\\w* | myth | satire |
  satirical | fabricat\\w* | rubbish | bullshit | bs | nonsense | untrue | bogus | doctored | photoshopp?ed |
  photoshop | made (?:it|this|that|them) up | make up | made up | exaggerated | inaccurate | erroneous |
  misinformation | disinformation | propaganda | staged | stunt | trolled | fooled | prank | spoof | parody | nope |
  retracts? | retracted`);
const REBUTTAL = new RegExp(
  `${
    phrases(`den(?:y|ies|ied) | refut\\w+ | rebuff\\w* | reject\\w* | dismiss\\w* | shoots? down | shot down | kills? |
    quash\\w* | squash\\w* | scotch\\w* | puts? to rest | laughs? off | slams? | bust\\w* | dispel\\w* | disput\\w+ |
    contradict\\w* | calls? | casts? doubt | doubts?`).source
  }.*${phrases("rumou?rs? | claims? | reports? | story | stories | speculation | allegations? | theory").source}`,
);
const NOT_TRUE = phrases("(?:not|isn't|wasn't|aren't) (?:true|real|genuine|happening|a thing)");
const NO_EVIDENCE = phrases("no (?:evidence|proof|truth|sign)");
const ALIVE_OR_SAFE = phrases("alive | safe | fine | well | record straight");

const ASSERTION =
  phrases(`confirm(?:s|ed|ing)? | officially | finally | reveal(?:s|ed|ing)? | show(?:s|n|ed|ing)? |
  prove(?:s|d|n)? | proof | video | watch | photos | dies | dead | killed | arrested | found`);

const QUESTION_OPENERS = new Set(
  "is are was were did does do has have can could will would should".split(" "),
);
// Words after which "to" is an ordinary infinitive or preposition rather than headline future ("X to buy Y").
const NOT_FUTURE_BEFORE_TO = new Set(
  `want wants going tries trying set plans planning able has have refuses how due back down up way returns return goes
  go comes heads moves moving close used next according thanks prior home`.split(/\s+/),
);
const NOT_FUTURE_AFTER_TO = new Set("the a an his her their its be this that me us you him them".split(" "));

const COLON_PREFIX = /^[^:]{2,40}:\s/;
const ROLE_COLON_PREFIX =
  /^(\S+\s)?(congressman|congresswoman|senator|sen|rep|lawmaker|official|officials|police|report|reports|source|sources|analyst|expert|experts|witness|eyewitness|study|wsj|nyt|wapo|cnn|bbc|ap|afp|reuters|bloomberg|poll|insider|exclusive)s?:/i;

function hasHeadlineFuture(words: readonly string[]): boolean {
  return words.some(
    (word, i) =>
      word === "to" &&
      i > 0 &&
      i + 1 < words.length &&
      !NOT_FUTURE_BEFORE_TO.has(words[i - 1] ?? "") &&
      !NOT_FUTURE_AFTER_TO.has(words[i + 1] ?? "") &&
      /^[a-z]/.test(words[i + 1] ?? ""),
  );
}

/** A named binary cue and its test on the headline, and on the claim where the caller gives one. */
interface Cue {
  readonly name: string;
  readonly test: (headline: HeadlineView, claim?: HeadlineView) => boolean;
}

const attributes = (view: HeadlineView): boolean =>
  REPORTING_VERB.test(view.padded) || SOURCE.test(view.padded);

const firstWords = (h: HeadlineView, count: number): string => ` ${h.words.slice(0, count).join(" ")} `;

// Ferreira & Vlachos's cheap features (question mark, hedging and refuting word lists, with an early-position
// variant standing in for their root-verb distance) and the framings outlets hedge with: "Source: claim",
// "claim, report says", "claim - Agency".
export const CUES: readonly Cue[] = [
  { name: "question-mark", test: (h) => h.text.includes("?") },
  { name: "ends-with-question", test: (h) => /\?\W*$/.test(h.text) },
  { name: "starts-with-question-word", test: (h) => QUESTION_OPENERS.has(h.words[0] ?? "") },
  { name: "attribution-colon-prefix", test: (h) => COLON_PREFIX.test(h.text) },
  {
    name: "attribution-colon-suffix",
    test: (h) => /:\s*[^:]{2,40}$/.test(h.text) && !COLON_PREFIX.test(h.text),
  },
  { name: "role-colon-prefix", test: (h) => ROLE_COLON_PREFIX.test(h.text) },
  {
    name: "dash-suffix",
    test: (h) => /\s[-–—]{1,2}\s?[\p{L} .&']{2,30}$/u.test(h.text) || /\s-[A-Z]{2,}$/.test(h.text),
  },
  {
    name: "says-at-end",
    test: (h) => /\b(says?|said|claims?|reports?|according to [\w .'-]+)\W*$/i.test(h.text),
  },
  { name: "quoted-text", test: (h) => /["“”‘’']\w[^"“”]*\w["“”’']/.test(h.text) },
  { name: "hedge-word", test: (h) => HEDGE.test(h.padded) },
  { name: "hedge-word-early", test: (h) => HEDGE.test(firstWords(h, 4)) },
  { name: "strong-hedge", test: (h) => STRONG_HEDGE.test(h.padded) },
  { name: "modal", test: (h) => MODAL.test(h.padded) },
  { name: "plan-words", test: (h) => PLAN.test(h.padded) },
  { name: "hedge-phrase", test: (h) => HEDGE_PHRASE.test(h.padded) },
  { name: "source-words", test: (h) => SOURCE.test(h.padded) },
  { name: "reporting-verb", test: (h) => REPORTING_VERB.test(h.padded) },
  { name: "headline-future", test: (h) => hasHeadlineFuture(h.words) },
  { name: "denial-word", test: (h) => DENIAL.test(h.padded) },
  { name: "denial-word-early", test: (h) => DENIAL.test(firstWords(h, 4)) },
  { name: "strong-denial", test: (h) => STRONG_DENIAL.test(h.padded) },
  { name: "rebuttal", test: (h) => REBUTTAL.test(h.padded) },
  { name: "no-comma-prefix", test: (h) => /^no[,.!:]\s/i.test(h.text) },
  { name: "not-true", test: (h) => NOT_TRUE.test(h.padded) },
  { name: "no-evidence", test: (h) => NO_EVIDENCE.test(h.padded) },
  { name: "alive-or-safe", test: (h) => ALIVE_OR_SAFE.test(h.padded) },
  { name: "hedge-and-denial", test: (h) => HEDGE.test(h.padded) && DENIAL.test(h.padded) },
  { name: "assertion-word", test: (h) => ASSERTION.test(h.padded) },
  { name: "no-cue", test: (h) => !HEDGE.test(h.padded) && !DENIAL.test(h.padded) && !h.text.includes("?") },
  { name: "all-caps-word", test: (h) => /\b[A-Z]{4,}\b/.test(h.text) && h.text !== h.text.toUpperCase() },
  { name: "long-headline", test: (h) => h.words.length > 14 },
  { name: "short-headline", test: (h) => h.words.length < 6 },
  // "ISIS leader killed, officials say" attributes what the claim states as fact; where the claim itself reports
  // ("Paper says Apple will …"), a headline that says so too only repeats it. Without a claim, any attribution.
  { name: "attributes-beyond-claim", test: (h, claim) => attributes(h) && !(claim && attributes(claim)) },
];

/** The cue names in feature order: recorded in the weights file so stale weights are detected. */
export const CUE_NAMES: readonly string[] = CUES.map((cue) => cue.name);

/** Total number of features: the hash buckets, then the cues, then one constant bias feature. */
export const FEATURE_COUNT = HASH_BUCKETS + CUES.length + 1;
const BIAS_INDEX = FEATURE_COUNT - 1;

// Letters and digits make words; straight and curly apostrophes stay inside them ("didn't").
const WORD_PATTERN = /[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu;

/** What the model reads besides the headline's words; each part is optional. */
export interface HeadlineContext {
  /** The claim the headline is read against, as a sentence or the topic's name. */
  readonly claim?: string;
  /** The article's address: its path often keeps the outlet's first headline ("…/hoax-claims-debunked"). */
  readonly url?: string;
}

function viewWords(words: readonly string[], text: string): HeadlineView {
  return { text, words, padded: ` ${words.join(" ")} ` };
}

function viewHeadline(headline: string): HeadlineView {
  // "No. 1" is a number, not a negation.
  const text = headline
    .replace(/\s+/g, " ")
    .replace(/\bno\.\s?(?=\d)/gi, "number ")
    .trim();
  const words = (text.toLowerCase().match(WORD_PATTERN) ?? []).map((word) => word.replace(/’/g, "'"));
  return viewWords(words, text);
}

const CUE_WORD_LISTS = [HEDGE, STRONG_HEDGE, MODAL, DENIAL, STRONG_DENIAL];
const isCueWord = (word: string): boolean => CUE_WORD_LISTS.some((list) => list.test(` ${word} `));

/**
 * The headline with the cue words it shares with the claim blanked, as Ferreira & Vlachos align negations:
 * in "Hong Kong protesters mimic Ferguson's 'hands up, don't shoot'" the "don't" is the claim's, not a denial.
 */
function withoutClaimCueWords(headline: HeadlineView, claim: HeadlineView): HeadlineView {
  const claimWords = new Set(claim.words);
  const words = headline.words.map((word) => (claimWords.has(word) && isCueWord(word) ? "_" : word));
  return viewWords(words, headline.text);
}

// Path segments that name the site's layout, not the story.
const URL_FURNITURE = new Set(
  "www com html htm shtml php asp aspx jsp cfm story stories news article articles index amp".split(" "),
);

/**
 * The words of the URL's path that the headline lacks: slugs keep the outlet's first headline and section
 * ("/weird-news/worlds-oldest-burger-man-claims-5173952"). Letters only, so ids and dates drop out.
 */
function urlOnlyWords(url: string | undefined, headline: HeadlineView): string[] {
  if (!url || !URL.canParse(url)) return [];
  const headlineWords = new Set(headline.words);
  return new URL(url).pathname
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((word) => word.length > 2 && !URL_FURNITURE.has(word) && !headlineWords.has(word));
}

/**
 * The word with a final -s, -es, -ed or -ing cut off, so that "denies"/"denied" or "rumours"/"rumoured" share
 * a unigram weight. Deliberately cruder than a Porter stemmer: it only merges inflections, and leaves words of
 * four letters or fewer ("news", "says", "is") alone. Cues keep matching the words as written.
 */
function stripInflection(word: string): string {
  return word.length > 4 ? word.replace(/(?:ing|ed|es|s)$/, "") : word;
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

// URL words get their own hashes, so "claims" in a slug and in a headline weigh apart.
const URL_WORD_PREFIX = "url:";

/** The model's feature vector for one headline, read against its claim and URL where given. */
export function headlineFeatures(headline: string, context: HeadlineContext = {}): SparseVector {
  const view = viewHeadline(headline);
  const claim = context.claim ? viewHeadline(context.claim) : undefined;
  const cueView = claim ? withoutClaimCueWords(view, claim) : view;
  const buckets = new Set(view.words.map((word) => hashToBucket(stripInflection(word))));
  for (const word of urlOnlyWords(context.url, view))
    buckets.add(hashToBucket(`${URL_WORD_PREFIX}${stripInflection(word)}`));
  const unigramValue = buckets.size > 0 ? UNIGRAM_NORM / Math.sqrt(buckets.size) : 0;
  const values = new Map<number, number>();
  for (const bucket of buckets) values.set(bucket, unigramValue);
  CUES.forEach((cue, i) => {
    if (cue.test(cueView, claim)) values.set(HASH_BUCKETS + i, 1);
  });
  values.set(BIAS_INDEX, 1);
  const indices = [...values.keys()].sort((a, b) => a - b);
  return { indices, values: indices.map((index) => values.get(index) ?? 0) };
}
