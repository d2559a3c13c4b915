// Statements about one topic in one article: figures ("around 450 bodies", attributed) and stances
// (who asserts, hedges or denies the topic's core claim). The headline and the body are read
// separately; the body paragraph by paragraph, sentence by sentence, so that pronouns and the
// place a paragraph is about carry from one sentence to the next. The headline's own framing comes
// from the stance cues when they fire, else from the trained headline classifier when it is sure.
import type { ActorConfig, TopicConfig } from "../config";
import type { Article, FigureStatement, Stance, StanceStatement, Statement } from "../model";
import { OUTLET_ACTOR } from "../model";
import {
  classifyHeadlineStance,
  type HeadlineStance,
  type HeadlineStanceClassifier,
} from "../stance-model/headline-stance";
import { keywordPattern, mentions } from "../topics/keywords";
import {
  type Attribution,
  accusedActor,
  findAttributions,
  isReportSpeaker,
  LEADING_ADVERBIALS,
  type ResolvedSpeaker,
  resolveActor,
  SpeakerTracker,
} from "./attribution";
import {
  claimCallsFake,
  claimHasUnnamedDoer,
  claimSubjectPattern,
  claimVerbPattern,
  claimWordPattern,
  claimWordPatterns,
  withClaimOfFakery,
} from "./claim";
import { articleParagraphs } from "./furniture";
import { matchMeasure, measureTermsPattern } from "./measures";
import { type DetailedQuantity, extractDetailedQuantities } from "./quantities";
import { findQuoteSpans, type Span } from "./quotes";
import { countsOtherThanOneEvent, findPlaces, judgeScope, PlaceFocus, topicPlacesPattern } from "./scope";
import { splitParagraphs, splitSentences } from "./sentences";
import {
  DENIAL_VERB,
  DENIAL_VERB_IN_TEXT,
  DISTANCING_ADVERB,
  findStanceCues,
  hasStanceWordInOtherSense,
  type StanceCue,
} from "./stance-cues";
import { type FigureIdentity, statementId } from "./statement-id";

/**
 * The classifier's confidence from which its headline stance is used. Measured by nested
 * claim-grouped 5-fold cross-validation on Emergent's train split (out-of-fold predictions, as
 * `npm run train` prints them under `atThreshold`): at >= 0.85 it decides 38% of headlines with
 * 0.91 accuracy (precision: asserts 0.87, hedges 0.93, denies 0.94), against 0.812 on all
 * headlines; precision comes first, so most headlines get no framing from it.
 */
export const HEADLINE_CLASSIFIER_THRESHOLD = 0.85;
/** A refusal to comment or a concession: "won't speculate", "declines to comment", "does not dispute". */
const DECLINES_OR_CONCEDES =
  /\b(?:(?:won['’]t|will\s+not|wouldn['’]t|would\s+not|(?:does|did|do)\s*(?:not|n['’]t)|declines?\s+to|declined\s+to|refuses?\s+to|refused\s+to)\s+(?:speculate|comment|say|dispute|contest))\b/iu;
/**
 * Someone just before an adverb of distance: "Benitez", "the 16-year-old", "Teen,", "Pulliam, who then"; not
 * "were", "was".
 */
const DOER_BEFORE =
  /(?:\b(?:he|she|they|who)|\p{Lu}[\p{L}'’-]+|\b(?:man|woman|boy|girl|teen|teenager|suspects?|gunman|shooter|father|mother|son|daughter|husband|wife|\d+-year-old)),?\s+(?:(?:had|has|have|did)\s+)?(?:(?:then|later|also|subsequently)\s+)?$/u;
/** The charge an arrest is for: "arrested for allegedly killing", "held after allegedly fatally shooting". */
const CHARGED_ACT = { before: /\b(?:for|after|of)\s+$/i, after: /^\s+(?:\p{L}+ly\s+)?\p{L}+ing\b/u };
/** A passive that names its doer: "was allegedly wounded by a 15-year-old boy", "shot allegedly by Nixon". */
const BY_THE_DOER_AFTER = /^\s+(?:[\p{L}-]+\s+){0,2}?by\s/u;

/** "…, the board's interim report, which ": the noun phrase a relative pronoun stands for. */
const RELATIVE_BEFORE = /((?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+),?\s+(?:which|who|that)\s+(?:\p{L}+ly\s+)?$/u;

/**
 * Verbs that only report words, whose words can tell the claim; "rejected", "questions" and
 * "accused" carry a stance of their own, which the cue rules judge.
 */
const SAYING =
  /^(?:said|says|say|told|tells|tell|added|adds|insisted|insists|insist|stated|states|wrote|writes|declared|declares|explained|noted|maintained|argued|according to|:)$/i;

/** "the board's interim report, which blamed …": words about someone's claim, not the claim told. */
const OWNED_CLAIM =
  /['’]s?\s+(?:[\p{L}-]+\s+){0,2}(?:report|findings?|conclusions?|inquiry|investigation|statement|claims?|allegations?|accusations?|ruling|study|account)\b/iu;

/**
 * Words that keep a clause from stating anything: negation, modals, conditions, plans, inquiries,
 * "unrelated to", "ruled out".
 */
const UNSTATED =
  /n['’]t\b|\b(?:not|never|no|nothing|nobody|none|may|might|could|would|will|shall|should|whether|if|unless|plans?|planned|intends?|investigat\w*|(?:inquir(?:y|ies)|inquests?)\s+into|examin\w*|review\w*|looking\s+into|hearings|(?<=\b(?:a|the|its|their|court|next|first|public|disciplinary|appeal|preliminary|final)\s+)hearing|postpone\w*|adjourn\w*|reschedul\w*|unrelated|rul(?:e|es|ed|ing)\s+out)\b|\?/i;

/** Words with which the accused admits what it tells: "had likely", "we are sorry", "expressed deep regret". */
const ADMISSION_WORDS =
  /\b(?:likely|probably|almost\s+certainly|sorry|regret\w*|apologi[sz]\w*|our\s+fault|got\s+(?:it|this)\s+wrong|mistakes?)\b/i;

/** "Corran's own review confirms …", "an internal inquiry": the accused's own findings. */
const OWN_REVIEW = /\b(?:review|inquiry|investigation|audit|report)\b/i;
/** Words that set the accused's version against the claim: "every run it billed had been driven", "not us". */
const OWN_VERSION =
  /\b(?:not|never|no|none|nothing|only|every|all|purely|simply|entirely|rather\s+than|instead\s+of)\b/i;

/** "so that late trains would count as on time": a purpose's modal, which leaves the act done. */
const PURPOSE_MODAL = /\bso(?:\s+that)?\s+(?:[\p{L}'’-]+\s+){1,6}?(?:would|could|might)\b/giu;

/** ", a target that was never made public": what an appositive says of a noun, not of the claim. */
const APPOSITIVE_RELATIVE = /,\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:that|which|who)\s+[^,;]*/gu;

/** Whether words leave the claim unstated: negated, to come, asked, under inquiry or ruled out. */
function leavesUnstated(words: string): boolean {
  return UNSTATED.test(words.replace(PURPOSE_MODAL, " ").replace(APPOSITIVE_RELATIVE, " "));
}

/**
 * Words before a verb that make the clause someone's report, finding or penalty rather than the
 * outlet's statement: "ruled that", "after finding", "saying", "fined for concealing".
 */
const REPORTED_BEFORE =
  /\b(?:that|says?|said|saying|told|tells|found|finds|finding|ruled|rules|ruling|concluded|concludes|concluding|alleges?|alleged|alleging|admits?|admitted|admitting|accepted|accepts|acknowledged|acknowledges|claims?|claimed|claiming|insists?|insisted|accused|accusing|for)\s/i;

/**
 * Words that make a sentence repeating the claim's words something else than the outlet stating it: a
 * penalty ("Hallen Aero fined over counterfeit parts"), a blame with no one named ("Botulism poisonings blamed
 * on garlic jars"), someone's call or question ("Fire chief urges caution on e-bike link"), a label or an
 * insinuation before a colon.
 */
const NOT_A_STATEMENT =
  /:|\b(?:fined|sued|charged|suspended|sanctioned|penali[sz]ed|jailed|convicted|ordered|urges?|urged|warns?|warned|called|demanded|asks?|asked|questioned|blamed)\b/i;

/**
 * Words that keep the outlet from stating what its sentence says: it reports or doubts it
 * ("believed killed", "Batmobile stolen - reports"), or calls it a rumour or a hoax.
 */
const OUTLET_DISTANCING =
  /\b(?:believed|possibly|probably|likely|seemingly|apparently|reportedly|allegedly|purportedly|suspected|feared|fears?|thinks?|thought|appears?|appeared|seems?|seemed|rumou?r\w*|reports?|hoax\w*|fake\w*|wants?|wanted|(?:court|inquiry|inquest|tribunal|trial|jury|hearing)\s+(?:hears|heard|(?:is|was)\s+told))\b/i;

/** "after the board ", "because the regulator ": the subject of a clause of time or cause, before its verb. */
const SUBORDINATE_SUBJECT_BEFORE =
  /\b(?:after|when|since|because|before|while|until|once)\s+((?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)\s+$/iu;

/** A finding, report or claim whose author the sentence names. */
const FINDING_NOUN =
  "(?:findings?|reports?|conclusions?|claims?|allegations?|accusations?|ruling|study|lawsuit|verdict|assessment|audit|analysis)";
/** What tells a finding: "that …", "concluding …", "which found …". */
const TOLD_FINDING =
  "(?=,?\\s+(?:that|concluding|which\\s+(?:found|concluded|said|blamed)|finding|blaming)\\b)";
/** "the Environment Ministry's finding that", "a Health Inspectorate report that", "Krell's claim that". */
const OWNED_FINDING = new RegExp(
  `^\\s+(?:(?:the|a|an)\\s+)?((?:[\\p{Lu}][\\p{L}'’-]*\\s+){0,4}[\\p{Lu}][\\p{L}'’-]*|(?:the|its)\\s+(?:[\\p{L}-]+\\s+){0,2}[\\p{L}-]+)(?:['’]s?)?\\s+(?:[\\p{L}-]+\\s+){0,2}?${FINDING_NOUN}${TOLD_FINDING}`,
  "u",
);
/** "as false", "as 'pure fiction'": what a denial calls the finding before naming it. */
const CALLED_AS_FIRST =
  /^\s+as\s+["“‘']?[\p{L}-]+(?:\s+[\p{L}-]+)?["”’']?(?=\s+(?:(?:the|a|an|its)\b|\p{Lu}))/u;
/** "a report by the Civilian Oversight Board that", "a claim by Krell Attractions that". */
const FINDING_BY = new RegExp(
  `^\\s+(?:(?:the|a|an)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?${FINDING_NOUN}\\s+(?:by|from)\\s+((?:the\\s+)?(?:[\\p{L}'’-]+\\s+){0,4}?[\\p{L}'’-]+)${TOLD_FINDING}`,
  "iu",
);

/** Words that keep a negated clause from denying: modals, conditions, questions. */
const MODAL_OR_QUESTION = /\b(?:may|might|could|would|will|whether|if|unless)\b|\?/i;
/** "the boiler had never leaked": the story's thing as the subject of a negated act. */
const NEGATION_AFTER =
  /^\s+(?:(?:had|has|have|was|were|is|are|did|does|do)\s+)?(?:never|not|n['’]t)\s+\p{L}+ed\b/iu;
/** A negation up to three words before: "had never leaked", "no check was ever skipped", "nothing reached". */
const NEGATION_BEFORE =
  /(?:\bnot\s+(?!to\s)|\b(?:never|no|nothing|nobody|none|cannot)\s+|n['’]t\s+)(?:[\p{L}'’-]+\s+){0,3}$/iu;

/**
 * Blaming, or pointing to, a cause: what is blamed follows, up to "for", "as" or the clause's end. "had been the
 * work of a criminal gang" names a culprit too.
 */
const BLAMES_ANOTHER =
  /\b(?:blam(?:es|ed|ing)|(?:was|were|had\s+been)\s+the\s+work\s+of|points?\s+(?:the\s+finger\s+)?(?:to|at)|pointed\s+(?:the\s+finger\s+)?(?:to|at)|pointing\s+(?:the\s+finger\s+)?(?:to|at))\s+([^,.;:]{2,80}?)(?=\s+(?:for|as|not)\b|[,.;:]|$)/giu;

/**
 * The words before a position in its own clause: after the last comma, semicolon or subordinating word ("…,
 * after Hollin billed the city" gives "Hollin"), so that a "for" or "that" of an earlier clause reports nothing
 * of it. "it emerged that" states what it introduces as the outlet's own.
 */
function ownClauseBefore(sentence: string, position: number): string {
  const before = sentence.slice(0, position);
  const opener =
    /.*(?:[,;]|\b(?:after|since|when|before|because|as|while|until|it\s+(?:emerged|was\s+revealed)\s+that))\s/isu.exec(
      before,
    );
  return opener ? before.slice(opener[0].length) : before;
}

/** A verb the rules read outside the cue patterns, as a cue whose subject holds the stance. */
function verbCue(stance: Stance, start: number, end: number, text: string): StanceCue {
  return { stance, start, end, cue: text, outletWording: false, speakerVerb: true, reported: false };
}

/** "apologises for hiding patients", "apologised to Ketterin over planted drugs": what is apologised for. */
const APOLOGY_FOR =
  /(?<!\b(?:not|never|n['’]t|refus\p{L}*\s+to|declin\p{L}*\s+to|without)\s+)\bapologi[sz](?:e|es|ed|ing)\b(?:\s+to\s+[^,.;:]{1,60}?)?\s+(?:for|over)\s+([^,.;:!?]+)/iu;

/** The subject a verb follows directly: "Vessland's competition regulator formally" before "charged". */
const CLAUSE_SUBJECT_BEFORE = /(?:^|[,;:]\s*)((?:[\p{L}\d'’.-]+\s+){0,5}[\p{L}\d'’.-]+)\s+(?:\p{L}+ly\s+)?$/u;
/** Sources the reader is not told: "two people familiar with the findings", "sources", "an insider". */
const UNNAMED_SOURCE =
  /^(?:(?:two|three|several|some|\d+|an?)\s+)?(?:people|persons?|sources?|insiders?)\b(?!\s+(?:at|from|in|for)\s+\p{Lu})/iu;
/** Verbs that call a claim something: "called the reports 'fantasy'", "dismissed them as lies". */
const CALLING_VERB = "(?:call(?:s|ed)|dismiss(?:es|ed)|brand(?:s|ed)|label(?:s|led)|describ(?:es|ed))";
/** The words before a verb of calling, and the verb: "Hospital management dismissed the report as". */
const CALLING_VERB_BEFORE = new RegExp(`^(.*?)\\b(?:${CALLING_VERB}|reject(?:s|ed))\\b[^.;:"“”]*$`, "u");
/** "The trust apologised on Friday and": a sentence's subject, its first verb, and "and" before a second. */
const COORDINATED_SUBJECT_BEFORE =
  /^((?:[\p{L}\d'’.-]+\s+){0,5}?[\p{L}\d'’.-]+)\s+\p{Ll}+(?:ed|es|s)\b[^,;:"“”]{0,60}?\s+and\s+(?:\p{L}+ly\s+)?$/u;
/** "Korrin fined record sum over fish deaths": a headline's past participle is a passive. */
const HEADLINE_PASSIVE = /^(?:fined|sued|charged)\b/i;
const PASSIVE_SUBJECT_BEFORE = /\b(?:was|were|been|be|is|are|being|get|got|gets)\s+(?:\p{L}+ly\s+)?$/iu;

interface TopicContext {
  readonly topic: TopicConfig;
  /** The claim as a sentence, or the topic's name where it has none. */
  readonly claim: string;
  readonly keywords: RegExp;
  readonly places: RegExp;
  readonly terms: RegExp;
  /** Keywords that name the story rather than a place or an actor: "mass graves", "chlorine". */
  readonly claimKeywords: RegExp;
  /** The past forms of the claim's verbs: "dumped" for "Corvo Star dumped oily waste". */
  readonly claimVerbs: RegExp;
  /** The claim's words besides names, in any inflection: what a denied clause may name the claim by. */
  readonly claimWords: RegExp;
  /** The claim's words that name what the story is about, as a keyword does ("algorithm", "radioactive"). */
  readonly claimSubject: RegExp;
  /** One pattern per word of the claim, to count how much of it a clause repeats. */
  readonly claimWordPatterns: readonly RegExp[];
  /** The claim is itself negated ("checks that were never carried out"). */
  readonly claimNegated: boolean;
  /** The claim is of something kept out of sight ("left deaths out of the published results", "concealed cracks"). */
  readonly claimOmits: boolean;
  /** The last word of each keyword that names the story: "fee" for "hidden fee", "records" for "maintenance records". */
  readonly keywordHeads: RegExp;
  /** The actor the claim accuses, the first one it names ("Orbanix" in "Orbanix power unit caused …"). */
  readonly accused: ActorConfig | null;
  /** The claim's own negated verb ("never carried" in "checks that were never carried out"), if any. */
  readonly claimNegation: RegExp;
  /** The claim is itself that something is fake ("The Salt Harvest is a forgery"). */
  readonly claimCallsFake: boolean;
  /** The claim's doer is someone unnamed ("A gunman shot …"). */
  readonly claimHasUnnamedDoer: boolean;
}

interface ReadingState {
  readonly tracker: SpeakerTracker;
  readonly focus: PlaceFocus;
  /** Whether the paragraph's last sentence read denied a claim that is not the story's. */
  readonly denial: { ofAnotherClaim: boolean };
}

/** "a second dumping site", "separate leak": another thing of a kind, up to three words. */
const ANOTHER_OF_ITS_KIND =
  /^\s*(?:(?:an?|the)\s+)?(?:another|second|third|separate|further|fresh)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/iu;
/** What a sentence calls a claim named before: "called the reports 'fantasy'", "dismissed them as lies". */
const CALLED_BACK = new RegExp(
  `\\b${CALLING_VERB}\\s+(?:(?:the|those|these|such|that|this)\\s+(?:reports?|claims?|allegations?|accusations?|suggestions?|stor(?:y|ies)|accounts?)|it|them)\\b`,
  "iu",
);

/** Words in title case, as a book, a film or a painting is named: "The Lamplighter's Daughter", "Neon Tide". */
function isTitle(words: string): boolean {
  const parts = words.split(/\s+/);
  return (
    parts.length <= 6 &&
    parts.every(
      (part, i) => /^\p{Lu}/u.test(part) || (i > 0 && /^(?:of|the|a|an|and|in|on|to|for)$/.test(part)),
    )
  );
}

/** The words inside a quotation, without its marks. */
function quotedWords(sentence: string, quote: Span): string {
  return sentence
    .slice(quote.start, quote.end)
    .replace(/^["“”„'‘’]+|["“”„'‘’]+$/g, "")
    .trim();
}

interface StanceCandidate {
  readonly actor: string;
  readonly stance: Stance;
  readonly sentence: string;
  readonly inHeadline: boolean;
  readonly order: number;
}

interface ResolvedAttribution {
  readonly attribution: Attribution;
  readonly speaker: ResolvedSpeaker | null;
}

/**
 * Per article, at most one stance per actor for the headline and one for the body. When an actor
 * takes several, the strongest departure from plain assertion wins (denies, then hedges, then
 * asserts) — one "alleged" makes an outlet's framing hedged however often it writes "were found" —
 * and among equals the first sentence that expresses it.
 */
const STANCE_PRIORITY: Record<Stance, number> = { denies: 0, hedges: 1, asserts: 2 };

/** Who says the words from `position` to `end`: the nearest speaker whose reported content covers them. */
function speakerAt(
  position: number,
  attributions: readonly ResolvedAttribution[],
  end = position + 1,
): ResolvedAttribution | null {
  const covering = attributions.filter(
    ({ attribution }) => position >= attribution.content.start && end <= attribution.content.end,
  );
  const distance = ({ attribution }: ResolvedAttribution) =>
    Math.min(Math.abs(position - attribution.verbStart), Math.abs(position - attribution.verbEnd));
  return covering.sort((a, b) => distance(a) - distance(b))[0] ?? null;
}

/** The speaker of a quotation: its attribution in the sentence, or the last speaker named before it. */
function quoteSpeaker(
  quote: Span,
  attributions: readonly ResolvedAttribution[],
  state: ReadingState,
): ResolvedSpeaker | null {
  const attributed = speakerAt(quote.start, attributions, quote.end - 1);
  if (attributed) return attributed.speaker;
  return state.tracker.lastSpeaker;
}

/**
 * The actor named closest to the end of a phrase: "Tovalin" in "Minister blames Tovalin, which rejects …";
 * "the board's interim report" is still the board's.
 */
function nearestActorIn(phrase: string, state: ReadingState): string | null {
  const words = phrase.split(/\s+/);
  for (let start = words.length - 1; start >= 0; start--) {
    const actor = state.tracker.actorIn(words.slice(start).join(" "));
    if (actor) return actor;
  }
  return null;
}

function quoteAt(quotes: readonly Span[], position: number): Span | null {
  return quotes.find((quote) => position > quote.start && position < quote.end) ?? null;
}

/** The figure a quantity gives: "rose from 400 to 450 bodies" is 450 now. */
function figureBounds(quantity: DetailedQuantity): Pick<FigureStatement, "low" | "high" | "qualifier"> {
  if (quantity.change && quantity.qualifier === "range") {
    const reached = quantity.change === "up" ? quantity.high : quantity.low;
    return { low: reached, high: reached, qualifier: "exact" };
  }
  return { low: quantity.low, high: quantity.high, qualifier: quantity.qualifier };
}

function isCount(quantity: DetailedQuantity): boolean {
  const value = quantity.low ?? quantity.high ?? quantity.value;
  return Number.isInteger(value) && value > 0;
}

/** A figure read from a sentence, with what it counts, before the sentence's figures are weighed together. */
interface FigureReading {
  readonly figure: FigureIdentity;
  /** "seven more victims", "another 40 people": a count added to others, not one of its own. */
  readonly adds: boolean;
}

/**
 * An added count ("Divers recovered another 5 bodies, bringing the total to 31") is a change, not
 * a figure: compared with a toll it would raise a false alert. It is a count of its own only right
 * after a count of another measure ("Two people are dead and another two were injured"; "16 people
 * had been confirmed dead. Another 3 remain missing."). `previousMeasure` is the measure of the
 * article's figure before this sentence.
 */
function withoutIncrements(
  readings: readonly FigureReading[],
  previousMeasure: string | null,
): FigureReading[] {
  return readings.filter((reading, index) => {
    const before = index > 0 ? readings[index - 1]?.figure.measure : previousMeasure;
    return !reading.adds || (before != null && before !== reading.figure.measure);
  });
}

/**
 * One sentence that gives one source's measure two different counts ("14 dead …; 2 suspects
 * killed", "two officers wounded and three others injured") counts parts or different events, and
 * neither is the event's count. Counts from different sources stay: they are what alerts compare.
 * So do added counts ("Two people died and another two were injured").
 */
function withoutRivalCounts(readings: readonly FigureReading[]): FigureIdentity[] {
  const keyOf = ({ figure }: FigureReading) => JSON.stringify([figure.measure, figure.source]);
  const bounds = new Map<string, Set<string>>();
  for (const reading of readings) {
    if (reading.adds) continue;
    const seen = bounds.get(keyOf(reading)) ?? new Set<string>();
    seen.add(JSON.stringify([reading.figure.low, reading.figure.high]));
    bounds.set(keyOf(reading), seen);
  }
  return readings
    .filter((reading) => reading.adds || (bounds.get(keyOf(reading))?.size ?? 0) <= 1)
    .map((reading) => reading.figure);
}

function addsToOthers(sentence: string, quantity: DetailedQuantity): boolean {
  return /^more\b/i.test(quantity.unitPhrase) || /\banother\s+$/i.test(sentence.slice(0, quantity.start));
}

class StatementCollector {
  readonly figures = new Map<string, FigureStatement>();
  /** The measure of the last figure read, for an added count in the next sentence. */
  private lastFigureMeasure: string | null = null;
  readonly stances: StanceCandidate[] = [];
  /** Actors the headline has speak or act ("Inspectors say …", "Authority cannot yet confirm …"). */
  private readonly headlineSpeakers = new Set<string>();

  private readonly articleYear: number | null;
  private readonly topicWords: readonly RegExp[];

  constructor(
    private readonly article: Article,
    private readonly context: TopicContext,
  ) {
    const year = Number.parseInt(article.publishedAt.slice(0, 4), 10);
    this.articleYear = Number.isFinite(year) ? year : null;
    this.topicWords = [context.keywords, context.terms, context.claimWords];
  }

  readSentence(sentence: string, inHeadline: boolean, topical: boolean, state: ReadingState): void {
    const quotes = findQuoteSpans(sentence);
    state.tracker.noteMentions(sentence);
    const found = findAttributions(sentence, quotes);
    const attributions = found
      .filter((attribution) => !attribution.onlyForActor || state.tracker.namesActor(attribution.speaker))
      .map((attribution) => ({
        attribution,
        speaker: state.tracker.resolve(attribution.speaker, attribution.appositive),
      }));
    this.readFigures(sentence, inHeadline, quotes, attributions, state);
    // "Pentagon: …", "…, dad says": a speaker the rules do not name still makes the words someone's.
    // A title in quotation marks ("'The Lamplighter's Daughter'") is a name, no one's words.
    const ownWords = quotes.every((quote) => isTitle(quotedWords(sentence, quote))) && found.length === 0;
    if (topical) this.readStances(sentence, inHeadline, ownWords, quotes, attributions, state);
    if (attributions.length === 0) state.tracker.followSubject(sentence);
  }

  /**
   * The headline's framing by the classifier, when the cues gave the outlet none and the
   * classifier is confident: the outlet's when the headline speaks in its own voice; the
   * speaker's, judged on the quoted words alone, when it quotes an actor ("Kremlin: 'lies'").
   * A headline that attributes its claim without quoting ("…, officials say") gives no one's.
   */
  readHeadlineFraming(headline: string, classify: HeadlineStanceClassifier, state: ReadingState): void {
    if (this.stances.some((stance) => stance.inHeadline && stance.actor === OUTLET_ACTOR)) return;
    if (!this.inScope(headline, 0, state)) return;
    // "Fake Rolex seller jailed", "Kestrel does not deny leak": the classifier would read the word
    // the cue rules set aside.
    if (hasStanceWordInOtherSense(headline, this.topicWords)) return;
    // "Suspected measles case at hospital a false alarm": an alarm raised for nothing, which the cue rules
    // set aside too (stance-cues.ts); the classifier would read "false" as a denial.
    if (/\bfalse\s+alarms?\b/i.test(headline)) return;
    // "Halvorsen won't speculate on cause", "Solberg does not dispute timing of share sale": declining to comment
    // and conceding deny nothing, though the classifier reads their negation as a denial.
    if (DECLINES_OR_CONCEDES.test(headline)) return;
    // "Cardiset maker dismisses concealment reports": someone's verb, though the rules cannot name them.
    if (findStanceCues(headline, this.topicWords).some((cue) => cue.speakerVerb || cue.reported)) return;
    const quotes = findQuoteSpans(headline);
    const attributions = findAttributions(headline, quotes);
    // "Did Brisant gamble away its customers' money?", "Is Goldmere's 'pure' honey really pure?": a yes-or-no
    // question about the story, in any of the claim's words, questions it.
    if (attributions.length === 0 && STORY_QUESTION.test(headline) && this.namesClaim(headline)) {
      this.addStance(OUTLET_ACTOR, "hedges", headline);
      return;
    }
    if (quotes.length === 0 && attributions.length === 0) {
      // The outlet's framing of the claim, in a headline that names the story or what it counts:
      // "St Brigid's founder honoured with statue" names only a place.
      if (!mentions(headline, this.context.claimKeywords) && !mentions(headline, this.context.terms)) return;
      // "Did Peakline ignore the warnings?": a headline that asks about the story questions it.
      if (/\?\s*$/.test(headline)) this.addStance(OUTLET_ACTOR, "hedges", headline);
      else
        this.addClassified(
          OUTLET_ACTOR,
          classify(headline, { claim: this.context.claim, url: this.article.url }),
          headline,
        );
      return;
    }
    const [quote] = quotes;
    const attribution = attributions.find(
      ({ content }) => quote && quote.start >= content.start && quote.end <= content.end,
    );
    const actorId = attribution
      ? state.tracker.resolve(attribution.speaker, attribution.appositive)?.actorId
      : null;
    if (!quote || !actorId || this.stances.some((stance) => stance.inHeadline && stance.actor === actorId))
      return;
    // The URL is the outlet's, not the speaker's.
    this.addClassified(
      actorId,
      classify(quotedWords(headline, quote), { claim: this.context.claim }),
      headline,
    );
  }

  /** Whether the words name the claim: a keyword of the story, a measure's term, or the claim's own words. */
  private namesClaim(words: string): boolean {
    const { claimKeywords, terms, claimWords, claimSubject, claimVerbs } = this.context;
    return [claimKeywords, terms, claimWords, claimSubject, claimVerbs].some((pattern) =>
      mentions(words, pattern),
    );
  }

  /**
   * Only a denial. Emergent has no class for a headline that takes no side, so the classifier calls
   * such headlines asserting ("Judge schedules Crestline Fire trial for next spring") or, as
   * Emergent's "observing" reports without taking a side, hedging. On four stance probes its
   * assertions were wrong 10 times in 13, its doubts 4 times in 5; its denials 1 time in 3.
   */
  private addClassified(actor: string, result: HeadlineStance, headline: string): void {
    if (result.confidence < HEADLINE_CLASSIFIER_THRESHOLD || result.stance !== "denies") return;
    this.addStance(actor, result.stance, headline);
  }

  private addStance(actor: string, stance: Stance, headline: string): void {
    this.stances.push({ actor, stance, sentence: headline, inHeadline: true, order: this.stances.length });
  }

  private inScope(sentence: string, position: number, state: ReadingState): boolean {
    const verdict = judgeScope(sentence, position, this.context.places, this.articleYear);
    return verdict === "topic" || (verdict === "unplaced" && state.focus.isOnTopic);
  }

  private readFigures(
    sentence: string,
    inHeadline: boolean,
    quotes: readonly Span[],
    attributions: readonly ResolvedAttribution[],
    state: ReadingState,
  ): void {
    const read: FigureReading[] = [];
    for (const quantity of extractDetailedQuantities(sentence)) {
      const measure = matchMeasure(sentence, quantity, this.context.topic.measures);
      if (!measure || quantity.isChangeAmount || !isCount(quantity)) continue;
      if (
        !this.inScope(sentence, quantity.numberStart, state) ||
        countsOtherThanOneEvent(sentence, quantity.numberStart)
      )
        continue;
      const quote = quoteAt(quotes, quantity.numberStart);
      const attributed = quote ? null : speakerAt(quantity.numberStart, attributions);
      const speaker = quote ? quoteSpeaker(quote, attributions, state) : (attributed?.speaker ?? null);
      // Quoted words with nobody to attribute them to are not the outlet's: leave them out.
      if (quote && !speaker) continue;
      if (attributed && this.isEarlierReport(attributed)) continue;
      const figure: FigureIdentity = {
        topic: this.context.topic.id,
        url: this.article.url,
        kind: "figure" as const,
        inHeadline,
        sentence: this.shown(sentence, inHeadline),
        measure: measure.measure,
        term: measure.term,
        ...figureBounds(quantity),
        source: speaker ? (speaker.actorId ?? speaker.written) : null,
      };
      read.push({ figure, adds: addsToOthers(sentence, quantity) });
    }
    for (const fields of withoutRivalCounts(withoutIncrements(read, this.lastFigureMeasure))) {
      const id = statementId(fields);
      this.figures.set(id, { ...this.common(fields.sentence, inHeadline), ...fields, id });
      this.lastFigureMeasure = fields.measure;
    }
  }

  /**
   * "Watchdog fines Olsson campaign over printing costs", "accused Dunmore Athletic of …": a charge or a
   * finding against a party the topic does not name, neither an actor, nor in its keywords, places or
   * claim, is another case.
   */
  private chargesAnotherParty(sentence: string, cue: StanceCue): boolean {
    // "League clears Kellmouth United over …" clears another party as a charge would charge one.
    if (!CHARGING.test(cue.cue) || (cue.stance !== "asserts" && !/^clear/i.test(cue.cue))) return false;
    const charged = CHARGED_NAME.exec(`${cue.cue.replace(CHARGING, "")}${sentence.slice(cue.end)}`)?.[1];
    if (!charged) return false;
    const { topic } = this.context;
    return (
      resolveActor(charged, topic.actors) === null &&
      !mentions(charged, this.context.keywords) &&
      !mentions(charged, this.context.places) &&
      !this.context.claim.includes(charged.split(/\s+/)[0] ?? charged)
    );
  }

  /**
   * "Ad watchdog rules Brisa's ocean plastic claims misleading", "rejected Quorvel's explanation": calling the
   * accused's own claims, figures or denials false asserts the story against them.
   */
  private deniesTheAccusedsWords(sentence: string, cue: StanceCue): boolean {
    const { accused } = this.context;
    if (!accused || cue.stance !== "denies") return false;
    const owner = DENIAL_VERB.test(cue.cue)
      ? OWNED_WORDS_AFTER.exec(sentence.slice(cue.end, cue.end + 100))?.[1]
      : OWNED_WORDS_BEFORE.exec(sentence.slice(Math.max(0, cue.start - 100), cue.start))?.[1];
    return owner !== undefined && resolveActor(owner, [accused]) !== null;
  }

  private readStances(
    sentence: string,
    inHeadline: boolean,
    ownWords: boolean,
    quotes: readonly Span[],
    attributions: readonly ResolvedAttribution[],
    state: ReadingState,
  ): void {
    const cued = new Set<string>();
    // Whose a cue's stance is in this sentence: its quotation's speaker, its verb's subject or the outlet.
    const actorOf = (cue: StanceCue) => this.cueActor(sentence, cue, quotes, attributions, state, inHeadline);
    const cues = findStanceCues(sentence, this.topicWords, [
      this.context.claimKeywords,
      this.context.claimVerbs,
      this.context.claimWords,
      this.context.keywordHeads,
    ]);
    const read = (this.context.claimCallsFake ? withClaimOfFakery(sentence, cues) : cues)
      .filter((cue) => !this.describesWhatTheClaimDenies(sentence, cue))
      .map((cue) =>
        this.deniesTheAccusedsWords(sentence, cue) ? { ...cue, stance: "asserts" as const } : cue,
      );
    // "Barsovia denied reports that it had moved warships. Spokesman Drezin called the reports 'fantasy'": after a
    // denial of another claim, what the next sentence calls "the reports" is that claim.
    const callsBackToAnother =
      state.denial.ofAnotherClaim &&
      CALLED_BACK.test(sentence) &&
      !this.topicWords.some((words) => mentions(sentence, words));
    state.denial.ofAnotherClaim =
      DENIAL_VERB_IN_TEXT.test(sentence) && !read.some((cue) => cue.stance === "denies");
    for (const cue of read) {
      if (callsBackToAnother && cue.stance === "denies") continue;
      if (!this.inScope(sentence, cue.start, state) || this.namesEarlierEvent(sentence.slice(cue.end)))
        continue;
      if (this.chargesAnotherParty(sentence, cue)) continue;
      if (cue.outletWording && !inHeadline && this.distancesFromAnotherThing(sentence, cue, state)) continue;
      if (cue.outletWording && this.distancesFromTheDoer(sentence, cue)) continue;
      const actor = actorOf(cue);
      // The accused blaming someone or pointing elsewhere is read below, as a denial; accusing someone is no
      // assertion. What the accused confirms is a fact of its own ("has confirmed that the frigate used
      // sonar", "the hospital confirmed the settlements") unless it admits it or its own review found it.
      if (
        actor &&
        actor === this.context.accused?.id &&
        cue.stance === "asserts" &&
        (/^(?:blam|accus|point|link|trac|tie)/i.test(cue.cue) ||
          (/^confirm/i.test(cue.cue) &&
            !ADMISSION_WORDS.test(sentence) &&
            !OWN_REVIEW.test(sentence.slice(0, cue.start))))
      )
        continue;
      if (actor) {
        cued.add(actor);
        this.stances.push({ actor, stance: cue.stance, sentence, inHeadline, order: this.stances.length });
        const author = cue.speakerVerb ? this.findingAuthor(sentence.slice(cue.end), state) : null;
        if (author && author !== actor) this.addUncued(cued, author, "asserts", sentence, inHeadline);
      } else if (inHeadline && cue.speakerVerb && !HEADLINE_PASSIVE.test(cue.cue)) {
        // "Authority cannot yet confirm …": a headline drops the article; its lead names the speaker.
        const subject = state.tracker.actorIn(sentence.slice(0, cue.start));
        if (subject) this.headlineSpeakers.add(subject);
      }
    }
    const blamer = this.accusedBlamingAnother(sentence, state, inHeadline, actorOf);
    if (blamer) this.addUncued(cued, blamer, "denies", sentence, inHeadline);
    for (const { attribution, speaker } of attributions) {
      const actor = speaker?.actorId;
      // "Reyn denies tax evasion": a stance verb the rules set aside is not carried from the lead.
      if (inHeadline && actor && SAYING.test(attribution.verb)) this.headlineSpeakers.add(actor);
      if (!actor || cued.has(actor) || !SAYING.test(attribution.verb)) continue;
      if (!this.inScope(sentence, attribution.content.start, state)) continue;
      const stance = this.spokenStance(
        sentence.slice(attribution.content.start, attribution.content.end),
        actor,
        state,
      );
      if (stance) this.addUncued(cued, actor, stance, sentence, inHeadline);
    }
    this.readSayingClause(sentence, inHeadline, cued, attributions, state);
    const apologiser = this.apologiserForTheStory(sentence, state, actorOf);
    if (apologiser) this.addUncued(cued, apologiser, "asserts", sentence, inHeadline);
    if (ownWords && cues.length === 0 && this.statesTheClaim(sentence, state))
      this.stances.push({
        actor: OUTLET_ACTOR,
        stance: "asserts",
        sentence,
        inHeadline,
        order: this.stances.length,
      });
  }

  /**
   * "Smith had reportedly gone through several surgeries": in the body, an adverb of distance in a sentence that
   * names neither the story nor any of its actors keeps its distance from something else.
   */
  private distancesFromAnotherThing(sentence: string, cue: StanceCue, state: ReadingState): boolean {
    return (
      DISTANCING_ADVERB.test(cue.cue) &&
      ![...this.topicWords, this.context.claimWords, this.context.claimVerbs].some((words) =>
        mentions(sentence, words),
      ) &&
      !state.tracker.actorIn(sentence)
    );
  }

  /**
   * "Benitez allegedly shot Jose", "a man suspected of shooting two officers": where the claim's doer is someone
   * unnamed, the law's caution over who did it is no distance from what was done ("five were reportedly shot").
   */
  private distancesFromTheDoer(sentence: string, cue: StanceCue): boolean {
    if (!this.context.claimHasUnnamedDoer) return false;
    const after = sentence.slice(cue.end);
    if (/^suspected$/i.test(cue.cue)) return /^\s+(?:of|in)\s/i.test(after);
    // "arrested for suspected involvement in a drive-by shooting": a person's part in it.
    if (/^(?:alleged|suspected)$/i.test(cue.cue) && /^\s+(?:involvement|connection|role|link)\b/i.test(after))
      return true;
    if (!DISTANCING_ADVERB.test(cue.cue) || /^\s+(?:been|be|being)\b/i.test(after)) return false;
    const before = sentence.slice(0, cue.start);
    return (
      DOER_BEFORE.test(before) ||
      (CHARGED_ACT.before.test(before) && CHARGED_ACT.after.test(after)) ||
      BY_THE_DOER_AFTER.test(after)
    );
  }

  /**
   * "Orbanix blames agency software upload for satellite's loss", "Corvalis points to frost": the actor
   * the claim accuses, blaming something that is not itself, denies the claim.
   */
  private accusedBlamingAnother(
    sentence: string,
    state: ReadingState,
    inHeadline: boolean,
    actorOf: (cue: StanceCue) => string | null,
  ): string | null {
    const accused = this.context.accused;
    if (!accused || /\?\s*$/.test(sentence)) return null;
    // "The club blamed cold weather": in the body, a cause of something the sentence does not say is the story.
    if (!inHeadline && !this.topicWords.some((words) => mentions(sentence, words))) return null;
    for (const match of sentence.matchAll(BLAMES_ANOTHER)) {
      const blamed = match[1] ?? "";
      if (resolveActor(blamed, [accused]) || !this.inScope(sentence, match.index, state)) continue;
      const cue = verbCue("denies", match.index, match.index + match[0].length - blamed.length, match[0]);
      if (actorOf(cue) === accused.id) return accused.id;
    }
    return null;
  }

  /**
   * "Mereford General apologises for hiding patients from waiting list", "minister apologises to Ketterin
   * over planted drugs": whoever apologises for the story's act, told by the claim's verb or two of its
   * words, admits it. Not "apologises for the loss of its freighter", nor "apologises to families".
   */
  private apologiserForTheStory(
    sentence: string,
    state: ReadingState,
    actorOf: (cue: StanceCue) => string | null,
  ): string | null {
    const apology = APOLOGY_FOR.exec(sentence);
    if (!apology || !this.inScope(sentence, apology.index, state)) return null;
    const apologisedFor = apology[1] ?? "";
    const claimWordsNamed = this.context.claimWordPatterns.filter((pattern) =>
      mentions(apologisedFor, pattern),
    );
    if (!mentions(apologisedFor, this.context.claimVerbs) && claimWordsNamed.length < 2) return null;
    const verbEnd = apology.index + (/^\S+/.exec(apology[0])?.[0].length ?? 0);
    return actorOf(verbCue("asserts", apology.index, verbEnd, apology[0]));
  }

  /**
   * "Oil dumped by the Corvo Star reaches Brevik beaches", "weeks after officers deleted footage of the
   * Dorsey Street shooting": a sentence of the outlet's own that names the story and uses the claim's
   * verb, or repeats most of its words ("Cyanide from Redgate mine killed Sella fish"), states the claim,
   * when nothing in it negates, doubts or takes a stance, and the verb is not in
   * words it reports ("after finding that its fans had racially abused …", "fined for concealing …").
   * The caller has found no quotation, speaker or stance cue in the sentence.
   */
  private statesTheClaim(sentence: string, state: ReadingState): boolean {
    const namesStory =
      mentions(sentence, this.context.claimKeywords) || mentions(sentence, this.context.claimSubject);
    if (!namesStory || leavesUnstated(this.withoutTheClaimsNegation(sentence))) return false;
    if (OUTLET_DISTANCING.test(sentence)) return false;
    // "Team 5 source: …", "…: CNN": a label that is not the story's is someone's.
    const colonLabel = /^([^:]{1,40}):\s|:\s*((?:\S+\s*){1,3})$/.exec(sentence);
    if (colonLabel && !mentions(colonLabel[1] ?? colonLabel[2] ?? "", this.context.keywords)) return false;
    for (const match of sentence.matchAll(this.context.claimVerbs)) {
      if (REPORTED_BEFORE.test(ownClauseBefore(sentence, match.index))) continue;
      if (this.inScope(sentence, match.index, state) && !this.namesEarlierEvent(sentence.slice(match.index)))
        return true;
    }
    return (
      !REPORTED_BEFORE.test(sentence) &&
      !NOT_A_STATEMENT.test(sentence) &&
      this.repeatsMostOfTheClaim(sentence) &&
      this.inScope(sentence, 0, state) &&
      !this.namesEarlierEvent(sentence)
    );
  }

  /**
   * "rejected the Environment Ministry's finding that oil … came from its tanker", "disputed a report by
   * the board concluding that …": whoever denies or doubts a finding that states the claim leaves its
   * author asserting it. The finding must be told ("that …", "concluding …"), not only named.
   */
  private findingAuthor(afterCue: string, state: ReadingState): string | null {
    // "rejected as false the patients' group's claims that …": what the finding is called comes first.
    const object = afterCue.replace(LEADING_ADVERBIALS, "").replace(CALLED_AS_FIRST, "");
    const finding = OWNED_FINDING.exec(object) ?? FINDING_BY.exec(object);
    if (!finding?.[1]) return null;
    // "Veltra's claim that tritium came from hospital waste rather than its plant" denies the story.
    // ", and would ask for an independent review" goes on with the speaker's own words.
    const told = /^[^;:]*?(?=,\s+(?:and|but)\s|[;:]|$)/.exec(object.slice(finding[0].length))?.[0] ?? "";
    if (leavesUnstated(told) || /\b(?:rather\s+than|instead\s+of)\b/i.test(told)) return null;
    return state.tracker.actorIn(finding[1]);
  }

  /**
   * "Inspectors say hotel boiler leaked carbon monoxide" over "A faulty boiler … leaked carbon monoxide
   * into guest rooms, the Health Inspectorate said": a headline sums up its lead, so an actor the
   * headline has speak, and whose stance there the rules could not read, holds the stance the lead
   * gives it.
   */
  carryLeadStances(lead: ReadonlySet<string>): void {
    const inHeadline = new Set(this.stances.filter((s) => s.inHeadline).map((s) => s.actor));
    const carried = this.stances.filter(
      (s) =>
        !s.inHeadline &&
        lead.has(s.sentence) &&
        this.headlineSpeakers.has(s.actor) &&
        !inHeadline.has(s.actor),
    );
    for (const { actor, stance } of carried)
      this.stances.push({
        actor,
        stance,
        sentence: this.article.title.trim(),
        inHeadline: true,
        order: this.stances.length,
      });
  }

  /**
   * "cleared Brannock of negligence over the 2021 collapse of a stadium roof", "denies carrying too many
   * passengers on a 2021 crossing": a stance whose object is dated before the article is about
   * another event, and so is one whose object is another of the story's kind ("finds a second dumping site").
   */
  private namesEarlierEvent(afterCue: string): boolean {
    const object = /^[^.;:!?]{0,100}/.exec(afterCue)?.[0] ?? "";
    // A year that names the thing ("the 2021 collapse", "Marrenburg's 2023 tender"), not a date of the
    // claim itself ("in 2015", "since 2021").
    const year =
      /(?:^|\b(?:the|a|an|its|their|his|her|over|of|on|into|about|[\p{L}]+['’]s))\s+((?:1[89]|20)\d\d)\s+\p{L}/u.exec(
        object,
      )?.[1];
    if (this.articleYear !== null && year !== undefined && Number(year) < this.articleYear) return true;
    // "finds a second dumping site", "confirms separate leak at Orlick hospital": another of the story's kind.
    const another = ANOTHER_OF_ITS_KIND.exec(object)?.[1];
    return another !== undefined && this.topicWords.some((words) => mentions(another, words));
  }

  /**
   * "Coromart said the listeria-contaminated cheese had come straight from Brightfield Dairy's plant",
   * "Fire marshal: Pacora power line sparked Crestline Fire", "Maritime authority says Corvo Star
   * dumped oil": an actor who tells the story with another of the topic's actors in it, or with the
   * claim's verb, asserts the claim, though no cue word says so. Words that
   * are negated, modal, conditional, future or a question state nothing; the cue rules read those.
   */
  private tellsTheClaim(words: string, speaker: string, state: ReadingState): boolean {
    if (
      (!mentions(words, this.context.claimKeywords) && !mentions(words, this.context.claimWords)) ||
      leavesUnstated(this.withoutTheClaimsNegation(words)) ||
      OWNED_CLAIM.test(words)
    )
      return false;
    // "its boiler cannot leak carbon monoxide": the claim told negated, which denies it.
    if (this.namesEarlierEvent(words) || this.negatesTheClaim(words)) return false;
    return (
      state.tracker.actorsNamedIn(words).some((actor) => actor !== speaker) ||
      mentions(words, this.context.claimVerbs) ||
      this.repeatsMostOfTheClaim(words)
    );
  }

  /**
   * "The ministry fined Halvard Care on Friday, saying the operator had charged for sessions that never took
   * place": a participle of speech after a comma gives the sentence's subject the words that follow.
   */
  private readSayingClause(
    sentence: string,
    inHeadline: boolean,
    cued: Set<string>,
    attributions: readonly ResolvedAttribution[],
    state: ReadingState,
  ): void {
    const saying = SAYING_CLAUSE.exec(sentence);
    if (!saying) return;
    // "…, Halcyon Devices said on Wednesday, adding that …": the speaker named before goes on speaking.
    const spoken = attributions.filter(({ attribution }) => attribution.verbEnd <= saying.index).at(-1);
    const actor = spoken ? (spoken.speaker?.actorId ?? null) : state.tracker.subjectActor(sentence);
    if (!actor || cued.has(actor) || !this.inScope(sentence, saying.index, state)) return;
    const stance = this.spokenStance(saying[1] ?? "", actor, state);
    if (stance) this.addUncued(cued, actor, stance, sentence, inHeadline);
  }

  /** Records an actor's stance in a sentence unless the actor already holds one there. */
  private addUncued(
    cued: Set<string>,
    actor: string,
    stance: Stance,
    sentence: string,
    inHeadline: boolean,
  ): void {
    if (cued.has(actor)) return;
    cued.add(actor);
    this.stances.push({ actor, stance, sentence, inHeadline, order: this.stances.length });
  }

  /**
   * The stance of words a speaker gives with no cue of their own: the story's thing called sound denies, the
   * claim told asserts, the claim negated denies.
   */
  private spokenStance(words: string, speaker: string, state: ReadingState): Stance | null {
    const sound = this.callsTheStorySound(words);
    // The accused tells the claim in its own words only to admit it ("had likely invoiced sessions that were
    // never delivered, and apologised"); otherwise its words are its own version ("every run it billed had
    // been driven").
    const admits = speaker !== this.context.accused?.id || ADMISSION_WORDS.test(words);
    if (!sound && this.tellsTheClaim(words, speaker, state))
      return admits ? "asserts" : OWN_VERSION.test(words) ? "denies" : null;
    return sound || this.negatesTheClaim(words) ? "denies" : null;
  }

  /**
   * "its batteries are safe", "the count was fair", "all doses were within safe limits", "keepers followed
   * every rule": the story's thing called sound, which denies the claim against it.
   */
  private callsTheStorySound(words: string): boolean {
    const sound = SOUND.exec(words);
    if (!sound || NEGATION.test(words.slice(Math.max(0, sound.index - 12), sound.index + sound[0].length)))
      return false;
    // "the footage was genuine" vouches for the evidence, which supports the claim.
    const subject = words.slice(0, sound.index);
    return !EVIDENCE.test(subject) && this.topicWords.some((pattern) => mentions(subject, pattern));
  }

  /**
   * The words without a negation the claim itself makes: "billed for dialysis that was never given" tells a
   * claim of sessions "that never took place".
   */
  private withoutTheClaimsNegation(words: string): string {
    if (!this.context.claimNegated) return words;
    return words.replace(this.context.claimNegation, " ").replace(NEGATED_RELATIVE, "$1 ");
  }

  /**
   * "billed for dialysis that never happened", where the claim is of sessions "that never took place": the
   * claim's own negation, describing a noun, denies nothing.
   */
  private describesWhatTheClaimDenies(sentence: string, cue: StanceCue): boolean {
    return (
      this.context.claimNegated &&
      cue.stance === "denies" &&
      NEVER_HAPPENED.test(cue.cue) &&
      RELATIVE_BEFORE.test(sentence.slice(0, cue.start))
    );
  }

  /** Words that repeat at least three of the claim's words and two in five of them: the claim in other order. */
  private repeatsMostOfTheClaim(words: string): boolean {
    // "all required engine checks had been completed" repeats a claim that they "were never carried out".
    if (this.context.claimNegated && !NEGATION.test(words)) return false;
    const patterns = this.context.claimWordPatterns;
    const repeated = patterns.filter((pattern) => mentions(words, pattern)).length;
    return repeated >= MIN_CLAIM_WORDS_REPEATED && repeated >= patterns.length * MIN_CLAIM_SHARE_REPEATED;
  }

  /**
   * "The company maintained that the original boiler had never leaked", "said no check was ever
   * skipped": an actor who tells the claim negated, in its own words or by its verb, denies it.
   */
  private negatesTheClaim(words: string): boolean {
    // "checks that were never carried out": words that repeat the claim's own negation tell it.
    if (MODAL_OR_QUESTION.test(words) || this.context.claimNegation.test(words)) return false;
    // "Nine deaths do not appear in the published results" tells a claim that they were left out.
    if (this.context.claimOmits && NOT_SHOWN.test(words)) return false;
    return [this.context.claimVerbs, this.context.claimWords].some((pattern) =>
      [...words.matchAll(pattern)].some(
        (match) =>
          NEGATION_BEFORE.test(words.slice(Math.max(0, match.index - 40), match.index)) ||
          // "routes its ploughs never cleared" tells a negated claim.
          (!this.context.claimNegated && NEGATION_AFTER.test(words.slice(match.index + match[0].length))),
      ),
    );
  }

  /**
   * "The Courier reported on Monday that 120 …", "Earlier reports put the figure at 120": a figure
   * from an outlet's earlier report is no fresh statement by anyone, often one being corrected.
   */
  private isEarlierReport({ attribution, speaker }: ResolvedAttribution): boolean {
    if (!attribution.isPastReport || speaker?.actorId) return false;
    return isReportSpeaker(attribution.speaker, this.article.outlet);
  }

  /** Quoted words are the speaker's; distancing words outside quotes are the outlet's. */
  private cueActor(
    sentence: string,
    cue: StanceCue,
    quotes: readonly Span[],
    attributions: readonly ResolvedAttribution[],
    state: ReadingState,
    inHeadline: boolean,
  ): string | null {
    const quote = quoteAt(quotes, cue.start);
    // "Hospital management dismissed the report as 'baseless'", "Sundrell, which has called the claims lies,": the
    // word is what the calling verb's subject called it, quoted or not.
    if (
      !cue.speakerVerb &&
      !speakerAt(quote?.start ?? cue.start, attributions, (quote?.end ?? cue.end) - 1)
    ) {
      const caller = this.callerBefore(sentence.slice(0, quote?.start ?? cue.start), state);
      if (caller) return caller;
    }
    if (quote) {
      const speaker = quoteSpeaker(quote, attributions, state)?.actorId;
      if (speaker) return speaker;
      // "Hospital 'cannot confirm' overdoses": a headline's quotation after a name, with no verb, is the name's.
      const before = sentence.slice(0, quote.start);
      return inHeadline && attributions.length === 0 && HEADLINE_NAME.test(before)
        ? state.tracker.actorIn(before)
        : null;
    }
    if (cue.outletWording) {
      // "Morvania on Essel gas claims: '…'": the noun names what a headline's speaker speaks on, no one's distance.
      if (
        /^claims$/i.test(cue.cue) &&
        attributions.some(({ attribution }) => attribution.verb === ":" && cue.end <= attribution.verbStart)
      )
        return null;
      // "Hopebridge said the claims by its former director were 'pure fiction'": in reported speech the
      // noun is the speaker's word.
      const reporter = /^claims$/i.test(cue.cue) ? speakerAt(cue.start, attributions) : undefined;
      return reporter ? (reporter.speaker?.actorId ?? null) : OUTLET_ACTOR;
    }
    // "the board's interim report, which blamed worn rails": the verb of a relative clause is its
    // antecedent's, not the sentence's speaker's.
    const antecedent = RELATIVE_BEFORE.exec(sentence.slice(Math.max(0, cue.start - 200), cue.start));
    if (cue.speakerVerb && antecedent) return nearestActorIn(antecedent[1] ?? "", state);
    // "a day after the board found that …": a verb in a clause of time or cause has that clause's subject.
    const clauseSubject = SUBORDINATE_SUBJECT_BEFORE.exec(
      sentence.slice(Math.max(0, cue.start - 120), cue.start),
    );
    if (cue.speakerVerb && clauseSubject) return state.tracker.actorIn(clauseSubject[1] ?? "");
    const byVerb = attributions.find(
      ({ attribution }) => cue.start < attribution.verbEnd && cue.end > attribution.verbStart,
    );
    const speaker = byVerb ?? speakerAt(cue.start, attributions);
    // "Inspectors … concluded it was the source, two people familiar with the findings said": what unnamed
    // sources tell of an actor's finding is the actor's; any other speaker's words are the speaker's.
    const unnamedSource =
      !byVerb && cue.speakerVerb && UNNAMED_SOURCE.test(speaker?.attribution.speaker ?? "");
    if (speaker && !(unnamedSource && !speaker.speaker?.actorId)) return speaker.speaker?.actorId ?? null;
    // "The directorate filed charges against Korrin, accusing the company of …", "fined the club after
    // concluding that …": a participle after a comma or a preposition has the sentence's subject.
    if (
      cue.speakerVerb &&
      /(?:,|\b(?:after|while|by|on|upon|yesterday|today)|\b(?:on|last|this|earlier)\s+\p{L}+)\s*$/iu.test(
        sentence.slice(0, cue.start),
      ) &&
      /ing\b/i.test(cue.cue)
    ) {
      return state.tracker.subjectActor(sentence);
    }
    // "Exam board apologises, admits paper got out early": in a headline, a second verb after a comma has
    // the first one's subject.
    const headlineSubject = HEADLINE_SUBJECT.exec(sentence)?.[1];
    const sharedSubject =
      inHeadline && cue.speakerVerb && headlineSubject && /,\s*$/.test(sentence.slice(0, cue.start))
        ? state.tracker.actorIn(headlineSubject)
        : null;
    if (sharedSubject) return sharedSubject;
    // "The regulator formally charged Kelderan with …": a verb that is no verb of speech has the subject
    // of its clause; not a passive's ("Kelderan was charged on Monday with …").
    if (cue.speakerVerb && !(inHeadline && HEADLINE_PASSIVE.test(cue.cue))) {
      const before = sentence.slice(Math.max(0, cue.start - 120), cue.start);
      const subject = PASSIVE_SUBJECT_BEFORE.test(before)
        ? undefined
        : CLAUSE_SUBJECT_BEFORE.exec(before)?.[1];
      const actor = subject ? state.tracker.actorIn(subject) : null;
      if (actor) return actor;
      // "The trust apologised on Friday and acknowledged that …": a second verb has the first one's subject.
      const firstSubject = COORDINATED_SUBJECT_BEFORE.exec(sentence.slice(0, cue.start))?.[1];
      const coordinated = firstSubject ? state.tracker.actorIn(firstSubject) : null;
      if (coordinated) return coordinated;
    }
    // "The head of the polling station, Olga Petrenko, denied …", "The man insists it was not a hoax":
    // a speaker the reader could not name still holds the verb's stance, and the words it reports;
    // they are not the outlet's.
    return cue.speakerVerb || cue.reported ? null : OUTLET_ACTOR;
  }

  /** The subject of the last verb of calling in the text: "Hospital management" in "Hospital management dismissed …". */
  private callerBefore(text: string, state: ReadingState): string | null {
    const calling = CALLING_VERB_BEFORE.exec(text.slice(-120));
    if (!calling) return null;
    const before = calling[1] ?? "";
    const antecedent = RELATIVE_BEFORE.exec(before.replace(/\s+(?:has|have|had)\s+$/, " "));
    if (antecedent) return nearestActorIn(antecedent[1] ?? "", state);
    const subject = CLAUSE_SUBJECT_BEFORE.exec(before)?.[1];
    return subject ? state.tracker.actorIn(subject) : null;
  }

  /** The sentence a statement shows: the whole headline for any of its clauses. */
  private shown(sentence: string, inHeadline: boolean): string {
    return inHeadline ? this.article.title.trim() : sentence;
  }

  private common(sentence: string, inHeadline: boolean) {
    return {
      topic: this.context.topic.id,
      outlet: this.article.outlet,
      url: this.article.url,
      title: this.article.title,
      publishedAt: this.article.publishedAt,
      sentence,
      inHeadline,
    };
  }

  statements(): Statement[] {
    const chosen = new Map<string, StanceCandidate>();
    for (const candidate of this.stances) {
      const key = `${candidate.actor}\u0000${candidate.inHeadline}`;
      const current = chosen.get(key);
      if (!current || STANCE_PRIORITY[candidate.stance] < STANCE_PRIORITY[current.stance])
        chosen.set(key, candidate);
    }
    const stances = [...chosen.values()]
      .sort((a, b) => a.order - b.order)
      .map((candidate): StanceStatement => {
        const fields = {
          topic: this.context.topic.id,
          url: this.article.url,
          kind: "stance" as const,
          inHeadline: candidate.inHeadline,
          sentence: this.shown(candidate.sentence, candidate.inHeadline),
          actor: candidate.actor,
          stance: candidate.stance,
        };
        return {
          ...this.common(fields.sentence, candidate.inHeadline),
          ...fields,
          id: statementId(fields),
        };
      });
    return [...this.figures.values(), ...stances];
  }
}

/** A negation anywhere in the words: a negated claim is repeated only with one. */
const NEGATION = /n['’]t\b|\b(?:not|never|no|without|nothing|none)\b/i;
/** A claim that something was kept out of sight. */
const OMISSION_CLAIM =
  /\b(?:left\s+(?:[\p{L}'’-]+\s+){0,4}out|omitted|omit|concealed|hid|hidden|withheld|suppressed|covered\s+up|failed\s+to\s+(?:report|disclose|publish|mention|include|record))\b/iu;
/** Something told as not shown: "do not appear in", "were never reported", "missing from". */
const NOT_SHOWN =
  /(?:\b(?:not|never)|n['’]t)\s+(?:been\s+|be\s+)?(?:appear|report|includ|disclos|publish|mention|list|record)\w*|\bmissing\s+from\b/iu;
/** A relative clause negated: "that was never given", "which did not take place", "runs its trucks never made". */
const NEGATED_RELATIVE =
  /\b(that|which|(?:its|their|his|her)\s+\p{L}+)\s+(?:(?:was|were|had|have|has|did|do|does)\s+)?(?:been\s+)?(?:never|not|n['’]t)\s+/giu;
/** A headline's subject, before its first verb in the present: "Exam board" in "Exam board apologises, …". */
const HEADLINE_SUBJECT = /^([^,;:]+?)\s+\p{Ll}+s\b/u;
/** ", saying the operator had charged …", "… but says no water escaped": speech with no subject of its own. */
const SAYING_CLAUSE =
  /(?:,\s+(?:saying|adding|arguing|insisting|noting|stating)|,?\s+but\s+(?:says|said|insists|insisted|maintains|maintained))\s+(?:that\s+)?([^;]+)$/iu;
/** Something called sound: safe, fair, lawful, in order, within limits, done by the rules. */
const SOUND =
  /\b(?:(?:is|was|were|are|been|be|remains?|remained)\s+(?:(?:entirely|completely|perfectly|always|all|fully)\s+)?(?:safe|in\s+order|lawful|legal|fair|genuine|accurate|proper|correct|within\s+(?:\p{L}+\s+){0,2}limits)|acted\s+(?:properly|correctly)|followed\s+(?:every|all)\s+(?:the\s+)?(?:rules?|procedures?|protocols?)|complied\s+with|compl(?:y|ies)\s+with|met\s+(?:all\s+)?(?:the\s+)?(?:legal\s+)?(?:requirements|rules|standards))\b/iu;
/** What shows a claim: footage, documents, records. */
const EVIDENCE =
  /\b(?:footage|videos?|photos?|photographs?|images?|pictures?|documents?|emails?|records?|recordings?|data|evidence|samples?|tests?|logs?)\b/i;
/** A denial that something took place at all. */
const NEVER_HAPPENED = /^never\s+happened$/i;
/** A yes-or-no question, or who did it: not "Will Brisant reopen?" or "Where can customers claim refunds?". */
const STORY_QUESTION = /^(?:did|is|was|were|are|has|have|had|could|can|does|do|who)\b[^?]*\?\s*$/i;

// How much of the claim a speaker's words must repeat to tell it without its verb or another actor.
const MIN_CLAIM_WORDS_REPEATED = 3;
const MIN_CLAIM_SHARE_REPEATED = 0.4;

/** What someone said: claims, figures, a label, a denial. */
const OWNED_WORDS =
  "(?:claims?|labels?|labelling|marketing|advertising|adverts?|statements?|accounts?|figures|books|denials?|version|assurances?|explanations?|defen[cs]e)";
/** A headline's opening name before a quotation, and nothing else: "Hospital", "Quorvel Group", "Halvorn organisers". */
const HEADLINE_NAME =
  /^\s*(?:the\s+)?(?:\p{Lu}[\p{L}'’&.-]*\s+){0,3}\p{Lu}[\p{L}'’&.-]*(?:\s+(?:organisers|organizers|ministry|agency|regulator|watchdog|authority|board|council|union|police|force|federation|group|lab|inspectorate|office|maker|operator|firm|company|chief|boss))?\s*$/u;
/** A name ("Brisa", "Quorvel Group") or "the company": whose words they are. */
const OWNER = "the\\s+\\p{Ll}+|(?:the\\s+)?\\p{Lu}[\\p{L}&-]*(?:\\s+\\p{Lu}[\\p{L}&-]*){0,3}";
/** "Brisa's ocean plastic claims were misleading": the owner, before the words called false. */
const OWNED_WORDS_BEFORE = new RegExp(
  `(${OWNER})['’]s?\\s+(?:[\\p{L}'‘’“”"-]+\\s+){0,2}?${OWNED_WORDS}\\b[^.;:]*$`,
  "u",
);
/** "rejected Quorvel's explanation": the owner, right after the denying verb. */
const OWNED_WORDS_AFTER = new RegExp(
  `^\\s+(${OWNER})['’]s?\\s+(?:[\\p{L}'‘’“”"-]+\\s+){0,2}?${OWNED_WORDS}\\b`,
  "u",
);

/** Verbs that charge someone or find against them: the party follows them. */
const CHARGING =
  /^(?:accus\p{L}*|fin(?:e[sd]?|ds?)|found|conclud\p{L}*|rul(?:es|ed)|strip\p{L}*|sue[sd]?|charg\p{L}*|condemn\p{L}*|critici[sz]\p{L}*|censur\p{L}*|rebuk\p{L}*|reprimand\p{L}*|clear(?:ed|s))/iu;
/**
 * The party charged, when it is a name: "Olsson campaign", "Dunmore Athletic", "found on Friday that the Wexley
 * Teachers' Fund …"; not "the company".
 */
const CHARGED_NAME =
  /^\s+(?:(?:on|in|last|this|earlier)\s+(?:[\p{L}\d'’-]+\s+){1,3}?)?(?:that\s+)?(?:the\s+|an?\s+)?(?:\p{Ll}[\p{L}-]*\s+(?:app|company|firm|group|operator|platform|maker|retailer|bank|lender|chain|developer)\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})/u;

/** "never carried" for "checks that were never carried out"; never matches when the claim has none. */
function claimNegationPattern(claim: string): RegExp {
  const negatedAs = (adverb: string, word: string) =>
    new RegExp(`\\b(?:not|never|n['’]t)\\s+(?:been\\s+|be\\s+)?${adverb}${word}\\b`, "iu");
  const negated = /\b(?:not|never)\s+(?:been\s+|be\s+)?(\p{L}{3,})/iu.exec(claim)?.[1];
  if (negated) return negatedAs("", negated);
  // "gave marks … without reading them": "the scripts were never read" tells the claim.
  const without = /\bwithout\s+(\p{L}{2,}?)(?:ing)\b/iu.exec(claim)?.[1];
  if (without) return negatedAs("", `${without.replace(/y$/, "")}\\p{L}*`);
  // "improperly sterilised endoscopes", "unlicensed clinics": "never properly sterilised" and "not licensed" tell
  // the claim too; "not sterilised by the hospital" still denies it.
  const faulted = /\b(?:improperly|inadequately|insufficiently|incorrectly|poorly)\s+(\p{L}{3,})/iu.exec(
    claim,
  )?.[1];
  if (faulted) return negatedAs("(?:properly|adequately|sufficiently|correctly|fully)\\s+", faulted);
  const unprefixed = /\bun(\p{Ll}{4,}(?:ed|d))\b/u.exec(claim)?.[1];
  return unprefixed ? negatedAs("", unprefixed) : /(?!)/;
}

function topicContext(topic: TopicConfig): TopicContext {
  const claim = topic.claim ?? topic.name;
  return {
    topic,
    claim,
    keywords: keywordPattern(topic.keywords),
    places: topicPlacesPattern(topic),
    terms: measureTermsPattern(topic.measures),
    claimKeywords: keywordPattern(claimKeywordsOf(topic)),
    claimVerbs: claimVerbPattern(claim),
    claimWords: claimWordPattern(topic),
    claimSubject: claimSubjectPattern(topic),
    claimWordPatterns: claimWordPatterns(topic),
    claimNegated: NEGATION.test(claim),
    claimOmits: OMISSION_CLAIM.test(claim),
    keywordHeads: keywordPattern(keywordHeadsOf(topic)),
    accused: accusedActor(claim, topic.actors),
    claimCallsFake: claimCallsFake(claim),
    claimHasUnnamedDoer: claimHasUnnamedDoer(claim),
    claimNegation: claimNegationPattern(claim),
  };
}

/** The topic's keywords that are neither one of its places nor an actor's name or alias. */
function claimKeywordsOf(topic: TopicConfig): string[] {
  const named = new Set(
    [...(topic.places ?? []), ...topic.actors.flatMap((actor) => [actor.name, ...actor.aliases])].map(
      (name) => name.trim().toLowerCase(),
    ),
  );
  return topic.keywords.filter((keyword) => !named.has(keyword.trim().toLowerCase()));
}

/** The last word of each claim keyword of more than one word, when it is a common noun: "fee" for "hidden fee". */
function keywordHeadsOf(topic: TopicConfig): string[] {
  return claimKeywordsOf(topic).flatMap((keyword) => {
    const words = keyword.trim().split(/\s+/);
    const head = words.at(-1) ?? "";
    return words.length > 1 && /^\p{Ll}[\p{L}-]{2,}$/u.test(head) ? [head] : [];
  });
}

export function extractStatements(
  article: Article,
  topic: TopicConfig,
  classifyHeadline: HeadlineStanceClassifier = classifyHeadlineStance,
): Statement[] {
  const context = topicContext(topic);
  const collector = new StatementCollector(article, context);
  const isTopical = (text: string) =>
    mentions(text, context.keywords) || mentions(text, context.terms) || mentions(text, context.claimSubject);

  const paragraphs = articleParagraphs(splitParagraphs(article.text));
  const headline = article.title.trim();
  const headlineIsTopical = isTopical(headline);
  if (headline) {
    const headlineState = {
      tracker: new SpeakerTracker(topic.actors),
      focus: new PlaceFocus(context.places),
      denial: { ofAnotherClaim: false },
    };
    // "Korrin rejects Tarn study" over a lead that names the fish kill: a headline sums up its lead.
    const leadIsTopical = paragraphs[0] !== undefined && isTopical(paragraphs[0].text);
    // "Inspectors blame boiler; maker rejects finding": each clause of a headline has its own speaker.
    // "park denies" after the semicolon is "Park denies": a headline's clause opens like a headline.
    const sumsUpTheStory = headlineIsTopical || leadIsTopical;
    for (const clause of headline
      .split(/\s*;\s+/)
      .map((part) => part.charAt(0).toUpperCase() + part.slice(1)))
      collector.readSentence(clause, true, sumsUpTheStory, headlineState);
    // "Was the Brisk rout a fix?" over a lead that names the match-fixing: the headline's framing is the story's.
    if (sumsUpTheStory) collector.readHeadlineFraming(headline, classifyHeadline, headlineState);
  }

  // A sentence concerns the topic when its paragraph names it (a keyword or a measure term), or
  // when it continues the previous paragraph, or the lead its headline, that did without moving to
  // another place.
  const state = {
    tracker: new SpeakerTracker(topic.actors),
    focus: new PlaceFocus(context.places),
    denial: { ofAnotherClaim: false },
  };
  let previousIsTopical = headlineIsTopical;
  const lead = new Set<string>();
  for (const paragraph of paragraphs) {
    state.focus.startParagraph();
    state.denial.ofAnotherClaim = false;
    const namesTopic = isTopical(paragraph.text);
    const topical: boolean =
      namesTopic || (previousIsTopical && findPlaces(paragraph.text, context.places).length === 0);
    for (const { text } of splitSentences(paragraph.text)) {
      if (paragraph === paragraphs[0]) lead.add(text);
      collector.readSentence(text, false, topical, state);
      state.focus.update(text);
    }
    previousIsTopical = topical;
  }
  collector.carryLeadStances(lead);
  return collector.statements();
}
