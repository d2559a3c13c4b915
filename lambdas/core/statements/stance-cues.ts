// Stance cues: words that assert, hedge or deny the topic's core claim. Patterns find candidate
// words; refiners then drop those whose sense is another one ("denied a request", "staged a
// protest", "a fake Rolex", "lies beside the river"), in the manner of wanasit/chrono.
import type { Stance } from "../model";
import { LEADING_ADVERBIALS } from "./attribution";

export interface StanceCue {
  readonly stance: Stance;
  readonly start: number;
  readonly end: number;
  /** The cue's words, with any quotation marks inside them read as spaces ("too early  to say"). */
  readonly cue: string;
  /**
   * Distancing words ("alleged", "so-called", "what Ukraine says are") are always the outlet's own
   * wording when they stand outside quotes, even inside reported speech.
   */
  readonly outletWording: boolean;
  /**
   * An active verb whose subject holds the stance ("the ministry denied that"): when that subject is
   * not a speaker the reader can name, the stance is nobody's, never the outlet's.
   */
  readonly speakerVerb: boolean;
  /**
   * Words after a verb of speech and its subject ("the man insists it was not a hoax"): like a
   * speaker verb's, they are the subject's, and nobody's when the reader cannot name it.
   */
  readonly reported: boolean;
}

interface CuePattern {
  readonly stance: Stance;
  readonly pattern: RegExp;
  readonly outletWording: boolean;
}

/** "the decision had nothing to do with …": a subject that is an act, which no one is accused of. */
const DISOWNED_ACT_BEFORE =
  /\b(?:decision|move|change|choice|delay|closure|dismissal|departure|resignation|timing|request|cancellation|postponement|sale|loan|refusal)\s+(?:had|has|have|was|is)\s+$/i;

/** A passive finding ("were found", "was documented"), whose subject is what was found. */
const PASSIVE_FINDING =
  /^(?:were|was|been|are|is|being)\s+(?:found|discovered|uncovered|exhumed|unearthed|documented)$/i;

/** The denying verbs among the cues, by their stems. */
export const DENIAL_VERB = /^(?:den|reject|dismiss|debunk|refut|disput|challeng|contest)/i;

/** "did not deny", "never denied", "refused to reject": a denial word that denies nothing. */
/** A determiner or preposition before a participle that describes the noun after it. */
const ADJECTIVE_BEFORE = /\b(?:the|a|an|by|of|from|for|to|with|its|their|his|her|\d+)\s+$/i;
/** "stopped short of denying", "stops short on Wednesday of denying": no denial made. */
const STOPPED_SHORT_BEFORE = /\bstop(?:s|ped|ping)?\s+short\s+(?:[\p{L}\d]+\s+){0,3}?of\s+$/iu;
const NEGATED_BEFORE = /\b(?:not|never|n['’]t|refused\s+to|declined\s+to|without)\s+(?:\p{L}+ly\s+)?$/iu;

/** The alternatives' sources as one alternation, in order: at the same position an earlier one wins. */
const anyOf = (...alternatives: readonly RegExp[]): string =>
  alternatives.map(({ source }) => source).join("|");
/** A cue pattern: any of the alternatives as whole words, every match, in any case. */
const cueWords = (...alternatives: readonly RegExp[]): RegExp =>
  new RegExp(`\\b(?:${anyOf(...alternatives)})\\b`, "giu");

/** The denying verbs, as the cues, speaker verbs and object verbs spell them. */
const DENIAL_VERB_FORMS =
  /den(?:ied|ies|y|ying)|rejects?|rejected|rejecting|dismiss(?:ed|es|ing)?|debunk(?:s|ed|ing)?|refut(?:e|es|ed|ing)|challeng(?:e|es|ed)|contest(?:s|ed)?|(?<=\b(?:would|will|to)\s+(?:formally\s+|also\s+)?)dispute/u;
/** A denying verb anywhere in a text: "denied reports that …", "rejects claims". */
export const DENIAL_VERB_IN_TEXT = new RegExp(`\\b(?:${DENIAL_VERB_FORMS.source})\\b`, "iu");
/** "confirmed", "accuses", "blamed": verbs that assert the claim as their subject's. */
const CONFIRMS_OR_BLAMES = /confirm(?:ed|s)?|accus(?:ed|es|e|ing)|blam(?:ed|es|ing)/u;
const ADMITS = /admitt?(?:ed|s)|acknowledg(?:ed|es)/u;
const CONCEDES = /conced(?:ed|es)/u;
/** "concluded that", "ruled on Monday that", "concludes in a draft report that". */
const FINDS_THAT =
  /(?:found|finding|concluded|concludes|concluding|established|ruled|ruling|determined)\s+(?:(?:on|in|last|this|earlier)\s+(?:[\p{L}\d'’-]+\s+){1,3}?)?that/u;
/** A penalty or a censure with its reason, as a cue reads it: "bans Okonde for two years over". */
const PENALTY_TOLD =
  /(?:ban|strip|expel|suspend|sack|disqualif|summon|sanction|jail|convict|indict|penali[sz]|punish|condemn|critici[sz]|censur|rebuk|reprimand)\w*\s.+\s(?:over|for)/u;
/** What an author stands by: "stands by its findings", "stood by the report". */
const OWN_WORK =
  /(?:(?:its|their|his|her|the)\s+)?(?:[\p{L}-]+\s+){0,2}(?:findings?|report|reporting|conclusions?|ruling|verdict|assessment|analysis|account|story|claims?|allegations?|results?|tests?|data|figures|evidence)/u;

// Denials, in order: what the claim is called, its agent cleared, the verbs, and standing by oneself.
const CALLED_FAKE =
  /lies|(?:a|an|big|outright)\s+lie|fakes?|faked|staged|staging|provocations?|fabricat(?:ed|ion|ions)|hoax|disinformation|slander|nonsense|not true|never happened/u;
const COPULA_FALSE =
  /(?:is|was|are|were|be|been)\s+["“‘']?(?:[\p{L}-]+\s+){0,3}?(?:false|untrue|baseless|groundless|unfounded)/u;
/** "called reports that it had stuck open 'simply untrue'": the word, whose verb of calling comes before. */
const FALSE_WORD =
  /(?:simply\s+|completely\s+|totally\s+|utterly\s+|entirely\s+|plainly\s+|deeply\s+|fundamentally\s+|seriously\s+)?(?:false|untrue|(?<!\b(?:the|a|an|any)\s+)(?:wrong|incorrect|inaccurate|mistaken|erroneous|flawed))/u;
const FALSE_WORD_ALONE = new RegExp(`^${FALSE_WORD.source}$`, "iu");
/**
 * A verb of calling earlier in the clause: "called the reports …", "…, calling it 'pure speculation'", "and
 * called the accusation fabricated".
 */
const CALLING_BEFORE =
  /\b(?:call(?:s|ed|ing)?|brand(?:s|ed|ing)?|label(?:s|led|ling)?|describ(?:es|ed|ing))\b[^.;:]*$/iu;
const CALLED_SPECULATION =
  /(?:pure|mere|irresponsible|wild|idle)\s+speculation|speculation|(?:is|was|are|were)\s+["“‘']?speculation|as\s+["“‘']?(?:mere\s+|pure\s+|wild\s+|idle\s+)?speculation["”’']?(?=\s*(?:[,.;:!?]|$|and\b|but\b))/u;
const CALLED_BASELESS =
  /baseless|groundless|unfounded|(?:without|no)\s+merit|meritless|misleading|absurd|ridiculous|smear/u;
const CALLED_FICTION =
  /(?:a|pure|complete|total)\s+fiction|fiction|fairy[\s-]?tales?|myths?|fantas(?:y|ies)|fictitious|stunts?|witch[\s-]?hunts?|inventions?/u;
const MADE_A_SCAPEGOAT =
  /(?:look(?:s|ed|ing)?|search(?:es|ed|ing)?)\s+for\s+(?:a\s+)?(?:[\p{L}-]+\s+)?scapegoats?|(?:made|being\s+made)\s+(?:(?:a|the|into\s+a)\s+)?scapegoats?|(?:mak(?:es|ing)|made)\s+(?:[\p{L}'’-]+\s+){1,3}?(?:a|the|their|its)\s+scapegoats?|scapegoat(?:ed|ing)/u;
const CALLED_INVENTED = /(?:was|were|been|is|are)\s+["“‘']?(?:invented|made\s+up|concocted|cooked\s+up)/u;
const NOTHING_FOUND =
  /no\s+(?:[\p{L}-]+\s+){0,3}(?:was|were|has\s+been|have\s+been)\s+(?:found|detected|discovered|uncovered)|found\s+no\s+(?:fault|wrongdoing|evidence\s+of\s+wrongdoing)/u;
const NOT_TO_BLAME =
  /(?:not|never)\s+(?:been\s+)?(?:behind|responsible\s+for|to\s+blame|at\s+fault|the\s+(?:source|cause|problem)\b)|(?:did|does|do|had|has|have|could|would)\s*(?:not|n['’]t|never)\s+(?:cause|caused|start|started|spark|sparked|trigger|triggered|ignite|ignited|order|ordered)|none\s+of\s+(?:[\p{L}\d'’-]+\s+){1,6}?(?:could|can|would|did)\s+(?:have\s+)?(?:caused|cause|started|sparked|triggered)|nothing\s+to\s+do\s+with|no\s+(?:connection|link|role|involvement|part)\s+(?:to|with|in)(?!\s+\p{L}+ing\b)|played\s+no\s+(?:part|role)|clear(?:ed|s)\s+(?:[\p{L}][\p{L}'’-]*\s+){0,3}?(?:of|in|over)/u;
/** Words of gunfire, beside which "fired back" is shooting, not answering a charge. */
const GUNFIRE =
  /\b(?:shots?|shooting|shooter|gun\w*|gunfire|gunman|gunmen|weapons?|rifles?|pistols?|bullets?|rounds)\b/;
/** "fired back at the man", "fired back, killing Pitts": shots returned. */
const SHOT_BACK_AT =
  /\s+back(?:\s+at\s+(?:him|her|them|the\s+(?:man|woman|suspects?|gunm[ae]n|shooters?|officers?|police|attackers?|assailants?|car|vehicle))|\s+(?:twice|once|several\s+times)|,?\s+(?:killing|hitting|wounding|striking|missing)|\s+and\s+(?:killed|hit|wounded|struck|missed))\b/;
const PUSHES_BACK = new RegExp(
  `(?:push(?:ed|es)?|hit(?:s)?|(?<!${GUNFIRE.source}.*)fire[sd]?(?!${SHOT_BACK_AT.source})(?=\\s+back\\b(?!.*${GUNFIRE.source})))\\s+back(?:\\s+(?:at|against))?|disagree(?:s|d)?\\s+(?:\\p{L}+ly\\s+)?with`,
  "u",
);
const CALLED_PERSECUTION = /witch[\s-]?hunts?|vendetta|hatchet\s+job|character\s+assassination/u;
const DEFENDS_AGAINST =
  /defend(?:s|ed|ing)?\s+(?:[^,.;:]{1,60}?\s+)?against\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(?:claims?|allegations?|accusations?|charges?)/u;
/** "stands by its people" denies; "stands by its findings" is the author's assertion. */
const STANDS_BY_OTHERS = new RegExp(`(?:stands?|stood|standing)\\s+by(?!\\s+${OWN_WORK.source}\\b)`, "u");

// Doubts, in order: unproven, undecided, without proof, unverified, unclear, not ruled out, questioned.
const UNPROVEN = /unverified|unconfirmed|unproven|not\s+(?:yet\s+)?proven/u;
const OPEN_MIND = /before\s+(?:blaming|accusing)|(?:keep(?:s|ing)?\s+)?an\s+open\s+mind/u;
const CANNOT_SAY_WHO =
  /(?:unsure|not\s+sure|uncertain)\s+(?:whether|if|who|why|how)|(?:has|have|is|are|was|were)?\s*yet\s+to\s+(?:confirm|verify|establish|determine)|(?:(?:would|will|wo|could|can)\s*(?:not|n['’]t)|cannot)\s+(?:yet\s+)?(?:say|tell|judge)\s+(?:who|why|how|what|where|whether|if)|(?:do|does|did)\s*(?:not|n['’]t)\s+(?:yet\s+)?know\s+(?:who|why|how|what|where)|in\s+no\s+position\s+to\s+(?:say|judge|confirm|determine)/u;
const WITHOUT_PROOF =
  /(?:cannot|(?:could|can|did)\s*(?:not|n['’]t))\s+(?:yet\s+)?prove|no\s+conclusions?|(?:not|n['’]t)\s+(?:yet\s+)?(?:draw|reach)\s+(?:any\s+)?conclusions?|(?:seen|found|is|was)\s+nothing\s+(?:that|to)\s+(?:shows?|suggests?|proves?|indicates?|links?|connects?)|(?:not|no|insufficient)\s+(?:[\p{L}-]+\s+){0,3}?(?:enough|sufficient)\s+(?:evidence|data|proof|information)(?:\s+to\s+(?:confirm|prove|show|support))?|(?:do|does|did)\s*(?:not|n['’]t)\s+know\s+(?:whether|if)|no\s+(?:[\p{L}-]+\s+)?(?:evidence|proof)|no\s+(?:sign|signs|indication)\s+of|not\s+(?:in\s+itself\s+|by\s+itself\s+)?proof|(?:not|no)\s+(?:a\s+)?(?:shred|scrap|single\s+piece|piece|jot|iota)\s+of\s+(?:evidence|proof)|(?:has|have|had)\s*(?:not|n['’]t)\s+(?:yet\s+)?(?:produced|provided|shown|offered|presented|given)\s+(?:a\s+(?:shred|scrap|single\s+piece)\s+of\s+|any\s+)?(?:evidence|proof)/u;
const NOT_VERIFIED =
  /not (?:yet )?(?:been )?(?:independently )?(?:verified|confirmed)|(?:could|can|did|does|do|would|will|wo)\s*(?:not|n['’]t) (?:yet )?(?:be )?(?:independently )?(?:verify|verified|confirm|confirmed)|cannot (?:yet )?(?:be )?(?:independently )?(?:verify|verified|confirm|confirmed)|(?:unable|not\s+(?:yet\s+)?(?:been\s+)?able)\s+to\s+(?:independently\s+)?(?:verify|confirm|say|determine)|(?:could|can|did)\s*(?:not|n['’]t)\s+(?:yet\s+)?(?:determine|establish|say\s+for\s+certain)|not\s+(?:yet\s+)?convinced/u;
const UNCLEAR =
  /unclear\s+(?:whether|if|how|who)|unclear(?=\s*(?:[,.;:!?]|$))|not\s+(?:yet\s+)?(?:clear|known)(?:\s+(?:whether|if)|(?=\s*(?:[,.;:!?'"’”]|$)))|(?:will|would|did)\s*(?:not|n['’]t)\s+prejudge|remains?\s+(?:unclear|unknown)|(?:is|was)\s+(?:still\s+)?unknown/u;
const NOT_RULED_OUT =
  /too\s+(?:early|soon)\s+to\s+(?:say|tell|call|conclude|know|draw\s+conclusions|judge|blame|accuse|point\s+(?:the\s+)?fingers?)|(?:cannot|can\s*not|can['’]t|could\s*not|couldn['’]t)\s+be\s+ruled\s+out|(?:cannot|can\s*not|can['’]t|could\s*not|couldn['’]t|does\s*not|did\s*not|would\s*not|won['’]t)\s+(?:yet\s+)?rule\s+out|(?:has|have|had)\s*(?:not|n['’]t)\s+(?:yet\s+)?ruled\s+out|(?:would|will|wo|could|can)\s*(?:not|n['’]t)\s+(?:say|speculate)\s+(?:whether|if|on\s+whether)|not\s+(?:yet\s+)?(?:been\s+)?(?:established|determined)|wrong\s+to\s+speculate|not\s+(?:yet\s+)?in\s+a\s+position['’"”]?\s+to\s+(?:say|judge|confirm|determine)/u;
/**
 * "questioned" of people questioned by the police: "two men were questioned", "detectives questioned him"; not
 * "the figures were questioned".
 */
const QUESTIONED_NOT_PEOPLE =
  /(?<!(?<!\b(?:reports?|findings?|figures?|claims?|results?|data|numbers?|accounts?|conclusions?|allegations?|stor(?:y|ies)|it|this|that)\s+(?:\p{L}+\s+)?)\b(?:was|were|been|being|be|get|got|is|are)\s+)questioned(?!\s+(?:him|her|them|(?:the\s+|a\s+|two\s+|three\s+|several\s+)?(?:witness(?:es)?|suspects?|drivers?|men|women|man|woman|boys?|girls?|teens?|residents|neighbou?rs|relatives|family\s+members))\b)/u;
/** "questioned", "doubts" (not "no doubt", "beyond doubt"), "disputed". */
const QUESTIONED = new RegExp(
  anyOf(
    /premature|questions/,
    QUESTIONED_NOT_PEOPLE,
    /(?:no\s+longer|not)\s+(?:be\s+)?(?:certain|sure)|(?<!\b(?:no|little|no\s+longer|beyond|without|room\s+for|remov(?:ed|es|e)|dispel(?:led|s)?)\s+["“‘']?(?:any\s+|a\s+|all\s+)?(?:reasonable\s+|remaining\s+)?)doubts?|disput(?:ed|es)/,
  ),
  "u",
);

// The outlet's distance, in order: its adverbs, "appears to show", "suspected", "claims", "what X says are".
/** The adverbs among the outlet's words of distance, as a cue reads them: "reportedly", "allegedly". */
export const DISTANCING_ADVERB = /^(?:allegedly|reportedly|purportedly|supposedly)$/i;
const DISTANCING_WORDS =
  /alleged(?:ly)?|purported(?:ly)?|reportedly|so-called|supposed(?:ly)?|(?:appears?|appeared|seems?|seemed)\s+to\s+show/u;
/** "the suspected arson", "… were suspected.": not "they suspected", nor "suspected measles cases". */
const SUSPECTED =
  /(?<!\b(?:they|he|she|we|I|who|which)\s+)suspected(?=\s*(?:[.,;!?]|$))|(?<!\b(?:they|he|she|we|I|who|which)\s+)suspected(?=\s+\p{Ll})(?!\s+(?:(?!(?:in|of|at|for|over|by|to)\s)[\p{L}-]+\s+){0,3}cases?\b)/u;
/** "claims that …", "the claims": the noun, not "claims responsibility" nor "the insurer's claims chief". */
const CLAIMS_NOUN =
  /claims(?=\s+(?:that|of|about|over|by|made|were|are)\b|\s*(?:$|[.,;:!?'"’”]))|(?<=(?:\b(?:the|these|those|such|their|its|his|her)|['’]s)\s+)claims(?!\s+(?:chief|director|manager|handlers?|department|team|adjusters?|office|officers?|unit|staff|process|desk)\b)/u;
const WHAT_SOMEONE_CALLS =
  /what\s+[\p{L}][\p{L}'’ ]{1,40}?\s+(?:says|say|said|calls|called|describes|described)\s+(?:are|is|were|was|as)/u;

// Assertions, in order: found, confirmed or blamed, penalised, admitted, accepted, found or linked, beyond doubt.
const WAS_FOUND =
  /(?:were|was|been|are|is|being)\s+(?:found|discovered|uncovered|exhumed|unearthed|documented)|discovered|uncovered|exhumed|unearthed|documented/u;
const PENALISED_OVER =
  /charg(?:ed|es|e)\s+(?:[^\s.;:]+\s+){1,10}?(?:with|over)|(?:fin|su)(?:ed|es|e)\s+(?:\S+\s+){1,4}?(?:over|for)|fin(?:ed|es)\s+(?:[^\s.;:,]+\s+){1,5}?(?:[\d.,]+\s+(?:million\s+|billion\s+)?\p{L}+|\p{Sc}[\d.,]+(?:\s+(?:million|billion))?)\s+(?:(?:on|last)\s+\p{L}+\s+)?(?:over|for)|(?:bans?|banned|strips?|stripped|expels?|expelled|suspends?|suspended|sacks?|sacked|disqualif(?:y|ies|ied)|summons|summoned|sanctions?|sanctioned|jails?|jailed|convicts?|convicted|indicts?|indicted|penali[sz]es|penali[sz]ed|punish(?:es|ed)?|condemns?|condemned|critici[sz](?:es|ed)|censures?|censured|rebukes?|rebuked|reprimands?|reprimanded)\s+(?:[^\s.;:]+\s+){1,6}?(?:over|for)(?=\s)/u;
const ACCEPTS =
  /accept(?:s|ed)\s+that|accept(?:s|ed)\s+(?:the\s+)?(?:[\p{L}'’&-]+\s+){0,3}?(?:findings?|conclusions?|report|ruling|verdict)|accept(?:s|ed)(?=\s)/u;
const LINKS_TO =
  /(?:links?|linked|traces?|traced|ties?|tied)\s+(?!to\b)(?:[^\s.;:,]+\s+){1,6}?to|traced\s+to|points?\s+to|pointed\s+to/u;
/** "finds", not "finds no …", "finds nothing". */
const FINDS =
  /finds?(?![\p{L}'’-])(?!\s+["“‘']?(?:no|nothing|little|insufficient|it|that\s+(?:there\s+(?:is|was)\s+)?no)\b)/u;
/** "orders a recall after finding mercury", "orders a resit after confirming leak": the finding a step follows. */
const AFTER_FINDING =
  /(?<=\b(?:after|on|upon)\s+)(?:finding|confirming)(?=\s+\p{L})(?!\s+(?:that|no|nothing|it)\b)/u;
/** A finding leaked before it is made: "Watchdog set to blame calibration error for overdoses, sources say". */
const SET_TO_FIND = /(?:set|expected|poised|due)\s+to\s+(?:blame|find|rule|conclude)/u;
/** A headline's finding with its clause: "Investigators conclude Mirela Dawn was scuttled", "Jury rules Vireo used …". */
const CONCLUDES = /conclude|concludes|concluded|rules(?!\s+(?:out|on|over)\b)/u;
const BEYOND_DOUBT =
  /(?:no|beyond|without)\s+(?:longer\s+)?(?:any\s+|a\s+|room\s+for\s+)?doubt|(?:remov(?:ed|es|e)|dispel(?:led|s)?)\s+["“‘']?(?:any|all)\s+(?:reasonable\s+|remaining\s+)?doubts?|showed signs/u;
const STANDS_BY_OWN_WORK = new RegExp(`(?:stands?|stood|standing)\\s+by\\s+${OWN_WORK.source}`, "u");

const CUES: readonly CuePattern[] = [
  {
    // "neither confirm nor rule out", "would not confirm or deny": listed first, so that the denial
    // and the confirmation inside do not fire on their own.
    stance: "hedges",
    outletWording: false,
    pattern:
      /\b(?:neither\s+confirm(?:s|ed)?\s+nor\s+(?:den(?:y|ies|ied)|rule[sd]?\s+out)|(?:not|n['’]t|never)\s+(?:to\s+)?confirm(?:ed)?\s+or\s+den(?:y|ied))\b/giu,
  },
  {
    stance: "denies",
    outletWording: false,
    pattern: cueWords(
      CALLED_FAKE,
      COPULA_FALSE,
      FALSE_WORD,
      CALLED_SPECULATION,
      CALLED_BASELESS,
      CALLED_FICTION,
      MADE_A_SCAPEGOAT,
      CALLED_INVENTED,
      NOTHING_FOUND,
      NOT_TO_BLAME,
      DENIAL_VERB_FORMS,
      PUSHES_BACK,
      CALLED_PERSECUTION,
      DEFENDS_AGAINST,
      STANDS_BY_OTHERS,
    ),
  },
  {
    stance: "hedges",
    outletWording: true,
    pattern: cueWords(DISTANCING_WORDS, SUSPECTED, CLAIMS_NOUN, WHAT_SOMEONE_CALLS),
  },
  {
    stance: "hedges",
    outletWording: false,
    pattern: cueWords(
      UNPROVEN,
      OPEN_MIND,
      CANNOT_SAY_WHO,
      WITHOUT_PROOF,
      NOT_VERIFIED,
      UNCLEAR,
      NOT_RULED_OUT,
      QUESTIONED,
    ),
  },
  {
    stance: "asserts",
    outletWording: false,
    pattern: cueWords(
      WAS_FOUND,
      CONFIRMS_OR_BLAMES,
      PENALISED_OVER,
      ADMITS,
      CONCEDES,
      ACCEPTS,
      FINDS_THAT,
      LINKS_TO,
      FINDS,
      CONCLUDES,
      SET_TO_FIND,
      AFTER_FINDING,
      BEYOND_DOUBT,
      STANDS_BY_OWN_WORK,
    ),
  },
];

/** Verbs of speech among the cues: their subject holds the stance. */
const SPEAKER_VERB = new RegExp(
  `^(?:${anyOf(
    /before\s+(?:blaming|accusing)/,
    /defend.*/,
    /(?:keep\w*\s+)?an\s+open\s+mind/,
    /(?:unsure|not\s+sure|uncertain)\s.*/,
    /.*yet\s+to\s.*/,
    /.*(?:say|tell|judge|know)\s+(?:who|why|how|what|where)/,
    /.*prove/,
    /in\s+no\s+position.*/,
    /(?:stands?|stood|standing)\s+by.*/,
    DENIAL_VERB_FORMS,
    CONFIRMS_OR_BLAMES,
    ADMITS,
    CONCEDES,
    /accept(?:s|ed)(?:\s+.*)?/,
    FINDS_THAT,
    /finds?/,
    CONCLUDES,
    SET_TO_FIND,
    /finding|confirming/,
    /(?:link|trac(?!ed\s+to$)|point|ties?\s|tied\s).*/,
    /(?:charg|fin|su)(?:ed|es|e)\s+.+\s+(?:with|over|for)/,
    PENALTY_TOLD,
    /clear(?:ed|s)\s.*/,
    /.*rule[ds]?\s+out/,
    /.*(?:say|speculate)\s+(?:whether|if|on\s+whether)/,
    /question(?:s|ed)/,
    /disput(?:ed|es)/,
    /doubt(?:s|ed)?/,
    /(?:could|can|did|does|do|would|will|wo)\s*(?:not|n['’]t) (?:yet )?(?:independently )?(?:verify|confirm)/,
    /cannot (?:yet )?(?:independently )?(?:verify|confirm)/,
    /(?:could|can|did)\s*(?:not|n['’]t)\s+(?:yet\s+)?(?:determine|establish|say\s+for\s+certain)/,
    /not\s+(?:yet\s+)?convinced/,
    /(?:push|hit|fire)\w*\s+back.*/,
    /disagree.*/,
    /not\s+(?:yet\s+)?in\s+a\s+position.*/,
    /(?:unable|not\s+(?:yet\s+)?able)\s+to\s+.*/,
  )})$`,
  "iu",
);

/** Verbs that take the claim as their object, and so deny, doubt or record something else with another. */
const OBJECT_VERB = new RegExp(
  `^(?:${anyOf(DENIAL_VERB_FORMS, /questions|questioned|disputed|disputes|documented/, ADMITS)})$`,
  "iu",
);
/** What the claim is called when it is the object: "denied the reports", "rejected claims". */
const CLAIM_NOUN =
  /^(?:reports?|allegations?|claims?|accusations?|charges?|stor(?:y|ies)|talk|speculation|ideas?|notion|theor(?:y|ies)|insinuations?|accounts?|findings?|conclusions?|stud(?:y|ies)|suggestions?|assertions?|rumou?rs?|versions?|narratives?|responsibility|involvement|wrongdoing|fraud|forgery|rigging|cheating|collusion|bribery|corruption|espionage|spying|plagiarism|doping|tampering|manipulation|complaints?|concerns?|criticisms?|warnings?|results?|data|analysis|tests?|testing|investigation|inquiry|probe|audits?|reviews?|assessments?|verdicts?|rulings?|methodology|handling|conduct|failings?|failures?|negligence|blame|fault|misconduct|cover-?ups?|abuses?|crimes?|breach(?:es)?|violations?|liability|role|part|figures?|numbers?|toll|count|evidence|footage|videos?|photos?|photographs?|images?|pictures?|existence|link|links|authenticity|veracity|accuracy|credibility|reporting|coverage|it|this|them|everything|any|all)$/i;

/** What is asked for, applied for or employed: "denies Kelderan request", "dismisses fundraising chief". */
const OTHER_OBJECT =
  /^(?:requests?|applications?|appeals?|bids?|motions?|offers?|invitations?|proposals?|petitions?|permission|permits?|licen[cs]es?|visas?|access|entry|applicants?|candidates?|chief|director|manager|head|coach|executive|officers?|employees?|staff|workers?|players?|traders?|brokers?|engineers?|drivers?|guards?|nurses?|teachers?|pilots?|managers|directors|executives|coaches|technicians?|scientists?|doctors?|surgeons?|physicians?|clinicians?|researchers?|officials?|analysts?|consultants?|contractors?|inspectors?|auditors?|accountants?|cleaners?)$/i;
/** A claim for money: "rejected a compensation claim", "damages claims". */
const MONEY_CLAIM =
  /\b(?:compensation|damages|insurance|pension|benefits?|expenses|asylum|refund|wage|pay|injury|legal|storm(?:-damage)?|flood(?:-damage)?|warranty)\s+claims?$|\b(?:\d[\d,.]*|number\s+of|hundreds\s+of|thousands\s+of)\s+(?:[\p{L}-]+\s+){0,2}claims$/iu;

/** "players threw the tie", "its pilots ignored warnings": a subject and a verb in the past, no "that". */
const PAST_CLAUSE =
  /^(?!(?:the|a|an)\s+\S+$)(?:[\p{L}'’-]+\s+){1,3}(?:\p{Ll}+-)?(?:\p{Ll}+ed|threw|took|hid|kept|sank|sent|led|left|cut|hit|bought|brought|built|fed|sold|knew|made|gave|lost|ran|stole|fled|paid|spent|broke|caught|dug|fought|shot|told|wrote|drove|rode|won|began)\b(?!\s+by\b)/u;

/** "the company's claim for the cost of …": a claim for money. */
const CLAIM_FOR_MONEY =
  /^\s+for\s+(?:the\s+)?(?:\p{L}+\s+)?(?:cost|costs|compensation|damages|refunds?|payment|expenses|sponsorship|wages|pay|earnings|fees|income|funding|grants?|[$€£¥]|\d)/iu;

/** What may follow the verb directly and still make the claim its object: a clause, a gerund, the end. */
const CLAUSE_OBJECT =
  /^(?:\s*(?:[,.;:!?"'’”)]|$)|\s+(?:that|whether|if|how|why|what|over|about|as\s+to|remain|remains|surround(?:ing)?|linger|persist)\b)/iu;
/** "dismissed as speculation any link": the claim, called something. */
const CALLED_AS = /^\s+as\b/i;
/** "denies it killed fish", "denied they had": a clause without "that". */
const PRONOUN_CLAUSE = /^\s+(?:it|they|he|she|we)\s+(?!(?:and|or|to|for|in|on|at|as)\b)\p{L}+/iu;
/** The claim called something, and what its "that" clause says: "as baseless claims that …". */
const CALLED_CLAIM_THAT =
  /^\s+as\b[^.;:]{0,60}?\b(?:reports?|claims?|allegations?|accusations?|suggestions?|rumou?rs?)\b[^.;:]{0,60}?\bthat\s+([^.;:]*)/iu;
/** A denial word after "dismissed as": "dismissed as baseless", "rejected as 'fake news'". */
const AFTER_DISMISSED_AS =
  /\b(?:den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?|brush(?:es|ed)\s+off)\s+as\s+["“‘']?(?:[\p{L}-]+\s+)?$/iu;

/**
 * "dismissed as baseless a consumer group's claim that it had raised the price of baby formula": the claim a
 * "that" clause states after "dismissed as" must be the story's. `fromAs` starts at "as".
 */
function callsAnotherClaim(fromAs: string, topicWords: readonly RegExp[]): boolean {
  const told = CALLED_CLAIM_THAT.exec(fromAs)?.[1];
  if (!told || topicWords.length === 0) return false;
  const clause = told.slice(0, clauseEndAfter(told, 0));
  return !mentionsTopic(clause, topicWords) || namesAnotherAct(`that ${clause}`, topicWords);
}
/** "denied striking the market": denying an act; not "questions spending on a bridge". */
const GERUND_OBJECT = /^\s+\p{L}+ing\b/u;
/** The object noun phrase, up to a preposition, a clause or punctuation. */
const OBJECT_TOKEN = "(?:\\d[\\d,.]*|[\\p{L}'’-][\\p{L}\\d'’-]*)";
const OBJECT_PHRASE = new RegExp(
  `^\\s+(${OBJECT_TOKEN}(?:\\s+${OBJECT_TOKEN}){0,5}?)(?=\\s+(?:to|for|in|at|on|by|of|from|with|over|about|against|into|around|regarding|concerning|after|before|as|and|but|that|which|who|whose|was|were|is|are|had|has|have|been|would|will)\\b|\\s*[,.;:!?"'’”)]|$)`,
  "iu",
);
/**
 * "confirmed that the hearings will begin", "confirmed as deputy leader": an announcement, not the claim. Not
 * "that it ordered drivers to skip stops so trains would count as on time", a past act, nor "…, and would
 * appeal", the speaker's own plan.
 */
const FUTURE_CLAUSE =
  /^\s+(?:that\s+(?:(?!\p{L}+ed\b|,\s+(?:and|but)\s)[^;]){0,80}?\b(?:will|would|shall|is\s+to|are\s+to|(?:plans?|planned|intends?|intended)\s+to|(?:was|were)\s+going\s+to|(?:is|are|was|were)\s+(?:investigating|examining|reviewing|looking\s+into))\b|as\b)/iu;
/** "denies she will resign", "denied the station would close": a plan, not the claim. */
const FUTURE_WITHOUT_THAT = /^\s+(?:(?!(?:and|but|or)\s)\S+\s+){1,3}?(?:will|would|shall)\s/i;

/** "confirmed it had requested documents": a step of an inquiry, not the claim. */
const PROCEDURE_CLAUSE =
  /^\s+(?:that\s+)?(?:it|they|he|she|we|the\s+[\p{L}-]+)\s+(?:had\s+|has\s+|have\s+|was\s+|is\s+)?(?:requested|received|opened|launched|asked|met|contacted|sent|written|begun|started)\b/iu;
/**
 * "further questions", "the regulator's questions", "refuses to answer fixing questions", "silent on
 * cable questions": the noun, not the verb.
 */
const QUESTIONS_NOUN_BEFORE =
  /(?:\b(?:further|any|more|the|no|many|some|several|serious|reporters['’]?|their|his|her|faces?|facing|raised?|raising)|\p{L}['’]s?)\s+$|\b(?:answer|on|about|over|to|faces?|faced|facing|amid|of|with|sidesteps?|sidestepped|dodges?|dodged|evades?|evaded|deflects?|deflected|ducks?|ducked)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** Words of a plan or a schedule, which a trailing "confirmed" announces. */
const ANNOUNCED_BEFORE = /\b(?:will|would|shall|is\s+to|are\s+to|plans?\s+to|is\s+due|are\s+due|from\s+\d)/i;

/** "confirms new testing rules", "confirm date of station reopening": news announced, not the claim. */
const ANNOUNCED_OBJECT =
  /^\s+(?:(?:the|a|an|its|their)\s+)?(?:[\p{L}-]+\s+)?(?:new|date|dates|plans?|appointment|schedule|details|timetable|deal|agreement|meeting|visit|talks|launch|opening|reopening|closure|nomination|resignation|departure|retirement|probe|investigation|inquiry|consultation|review|hearing|bonus(?:es)?)\b/iu;

/**
 * Whether what follows a verb is the claim: a clause ("denied that …", "confirmed 12 people were
 * killed"), a gerund ("denied striking the market"), nothing ("Moscow denied."), a noun for the
 * claim ("rejected the allegations") or one of the topic's words ("denied the airstrike"). Not "denied
 * a request", "rejected Kestrel's application", "questioned the cost of a bridge".
 */
function hasClaimObject(after: string, topicWords: readonly RegExp[], takesAct: boolean): boolean {
  // "the Office of Rail Standards' finding": a name's "of" does not end the object.
  const object = after.replace(LEADING_ADVERBIALS, "").replace(IN_COURT, "").replace(OF_IN_NAME, "-of-");
  if (takesAct && CALLED_AS.test(object)) return !callsAnotherClaim(object, topicWords);
  if (FUTURE_CLAUSE.test(object) || FUTURE_WITHOUT_THAT.test(object)) return false;
  if (takesAct && (CLAUSE_OBJECT.test(object) || GERUND_OBJECT.test(object) || PRONOUN_CLAUSE.test(object)))
    return !deniesAnotherClaim(object, topicWords);
  if (CLAUSE_OBJECT.test(object)) return true;
  const phrase = OBJECT_PHRASE.exec(object);
  if (!phrase?.[1]) return false;
  const rest = object.slice(phrase[0].length);
  // "rejects claims it was short-staffed", "rejects criticism it ignored warnings": the clause a claim noun
  // opens without "that" must be the story's, as with "that".
  const [noun = "", ...clauseWords] = phrase[1].split(/\s+/);
  const opensClause =
    /^(?:it|they|he|she|we)$/i.test(clauseWords[0] ?? "") ||
    (clauseWords.length > 0 && /^\s+(?:was|were|is|are|had|has|have)\b/i.test(rest));
  if (
    topicWords.length > 0 &&
    opensClause &&
    CLAIM_NOUN.test(noun) &&
    !/^(?:it|this|them|any|all|everything)$/i.test(noun)
  ) {
    const clause = `${clauseWords.join(" ")}${rest.slice(0, clauseEndAfter(rest, 0))}`;
    if (!mentionsTopic(clause, topicWords) || namesAnotherAct(clause, topicWords)) return false;
  }
  // "denied the company was responsible", "denies maintenance lapses led to derailment": a clause
  // without "that", unless its act is another ("denies radiotherapy unit is understaffed").
  if (/^\s+(?:was|were|is|are|had|has|have|been|would|will)\b/i.test(rest)) {
    const clause = `${phrase[1]}${rest.slice(0, clauseEndAfter(rest, 0))}`;
    // "denies Line 4 is behind schedule": a state denied that is neither the story's nor a blame.
    if (
      topicWords.length > 0 &&
      /^\s+(?:was|were|is|are)\s/i.test(rest) &&
      !mentionsTopic(clause, topicWords) &&
      !RESPONSIBLE.test(clause)
    )
      return false;
    return !namesAnotherAct(clause, topicWords);
  }
  if (/^\S+\s+.*\b(?:led|caused|made|left|took|hid|sold|knew|started|sparked)$/i.test(phrase[1])) return true;
  // "Rovers deny players threw Brisk tie": a clause without "that" whose verb is in the past.
  const firstWord = phrase[1].split(/\s+/)[0] ?? "";
  if (takesAct && !CLAIM_NOUN.test(firstWord) && PAST_CLAUSE.test(phrase[1]))
    return !deniesAnotherClaim(object, topicWords);
  // What is owned, not the owner: "Kestrel's application", "the agency's finding"; "the commission's report
  // concluding that" is its report.
  const owned =
    phrase[1]
      .split(/\S+['’]s?\s+/)
      .at(-1)
      ?.replace(TELLING_PARTICIPLE, "")
      .trim() ?? "";
  const head = owned.split(/\s+/).at(-1) ?? "";
  if (
    OTHER_OBJECT.test(head) ||
    MONEY_CLAIM.test(owned) ||
    (/^claims?$/i.test(head) && CLAIM_FOR_MONEY.test(rest)) ||
    // "rejects a record number of storm claims": claims counted are claims lodged.
    (/^numbers?$/i.test(head) && /^\s+of\s+(?:[\p{L}-]+\s+){0,2}claims\b/iu.test(rest))
  )
    return false;
  if (mentionsTopic(owned, topicWords)) return true;
  if (!CLAIM_NOUN.test(head)) return false;
  // "dismisses troop build-up reports", "rejects price-fixing claims": an act named before the claims, which
  // names nothing of the story, is another; not "disputes near-miss findings", a finding about the story.
  if (
    topicWords.length > 0 &&
    !FINDING_NOUN.test(head) &&
    owned
      .split(/\s+/)
      .slice(0, -1)
      .some((word) => ACT_COMPOUND.test(word))
  )
    return false;
  // "denied reports that it was in talks to merge": the claim a "that" or "of" clause states must be
  // the story's.
  // "rejected claims by a riders' union that couriers earn below the minimum wage": whoever made the claim,
  // its clause must be the story's.
  const told = rest.replace(CLAIMED_BY, "");
  if (topicWords.length === 0 || !/^\s+(?:that|of)\b/i.test(told)) return true;
  const clause = told.slice(0, clauseEndAfter(told, 0));
  return (
    !FUTURE_CLAUSE.test(rest) &&
    mentionsTopic(clause, topicWords) &&
    !namesAnotherActOrCause(clause, topicWords)
  );
}

const OF_IN_NAME = /(?<=\p{Lu}\p{L}*)\s+of\s+(?=\p{Lu})/gu;
/** "contest in court the regulator's finding": where, not what, is contested. */
const IN_COURT = /^\s+in\s+(?:court|public|writing)\b/i;
/** "a report concluding that", "a study showing that": a document's participle before what it tells. */
const TELLING_PARTICIPLE =
  /(?<=\b(?:report|study|review|audit|analysis|inquiry|paper|survey|document|dossier|ruling|memo|letter|statement))\s+(?:concluding|finding|showing|saying|stating|claiming|alleging|suggesting)$/i;

/** A finding's noun, which a compound before it describes: "near-miss findings", "crash report". */
const FINDING_NOUN =
  /^(?:findings?|conclusions?|study|studies|ruling|verdict|audit|analysis|review|investigation|inquiry)$/i;

/** A lowercase compound naming an act: "job-cut", "price-fixing", "conflict-of-interest", "build-up", "gouging". */
const ACT_COMPOUND = /^\p{Ll}+(?:-\p{Ll}+)+$|^\p{Ll}{3,}ing$/u;

/**
 * Who made a claim, before its clause: " by a riders' union", " from the teachers' federation"; not a study's
 * author before what the study found ("a study by the Emissions Lab that concluded …").
 */
const CLAIMED_BY =
  /^\s+(?:by|from)(?:\s+(?!\p{L}+ing\b)[\p{L}\d'’&-]+){1,8}?(?=\s+(?:that|of)\b(?!\s+(?:concluded|found|showed|blamed|linked|traced|accused)\b))/iu;

/** "likely", "'probably'": how sure an admission is, which leaves it an admission. */
const ADMITTED_LIKELIHOOD = /\s["“‘']?(?:likely|probably|possibly|may\s+have|might\s+have)["”’']?(?=\s)/giu;

/**
 * "admits technicians skipped SK418 checks", "acknowledges its pipe 'likely' leaked before the explosion": an
 * admitted clause without "that", as with "that".
 */
function admitsAClause(after: string, topicWords: readonly RegExp[]): boolean {
  const object = after.replace(LEADING_ADVERBIALS, "").replace(ADMITTED_LIKELIHOOD, "").trim();
  const clause = object.slice(0, clauseEndAfter(object, 0));
  // "concluded it was the source of the infants' infections": a blame told with a copula.
  if (COPULA_CLAUSE.test(clause) && RESPONSIBLE.test(clause)) return mentionsTopic(clause, topicWords);
  if (!PAST_CLAUSE.test(object) || CLAIM_NOUN.test(object.split(/\s+/)[0] ?? "")) return false;
  return mentionsTopic(clause, topicWords);
}

/** A clause with a copula in the past: "it was the source of …", "the cooling had been to blame". */
const COPULA_CLAUSE = /^(?:[\p{L}'’-]+\s+){1,3}(?:was|were|had\s+been)\s/u;

/** A clause that gives someone the blame without naming what for: "the company was responsible". */
const RESPONSIBLE =
  /\b(?:responsible|to\s+blame|at\s+fault|behind\s+(?:it|this|that|the)|involved|liable|guilty|negligent|culpable|the\s+(?:cause|source|culprit))\b/i;

/** Words of four letters or more that say nothing of what a clause is about. */
const UNSPECIFIC_WORDS = new Set(
  `that this these those there their they them have been were with from into over about which whether would
  could should said says ever never anything something nothing every other some such only also just what when
  where while being itself themselves himself herself`.split(/\s+/),
);
/** How many specific words a denied clause needs before it can be judged to be about something else. */
const SPECIFIC_CLAUSE_WORDS = 4;

/**
 * A denied clause that says enough to be judged and names nothing of the story is another claim: "denies
 * misusing grant money for office refit", "denied that he had asked Belport City for a transfer". A short one
 * ("denied it", "denied that she had ever taken banned substances") may be the claim in other words, so it
 * stands.
 */
function deniesAnotherClaim(object: string, topicWords: readonly RegExp[]): boolean {
  if (topicWords.length === 0) return false;
  const clause = object.slice(0, clauseEndAfter(object, 0));
  const specific = (clause.match(/\p{L}{4,}/gu) ?? []).filter(
    (word) => !UNSPECIFIC_WORDS.has(word.toLowerCase()),
  );
  return (
    (specific.length >= SPECIFIC_CLAUSE_WORDS && !mentionsTopic(clause, topicWords)) ||
    namesAnotherActOrCause(clause, topicWords)
  );
}

/** Doers that are things or forces, not people or bodies: "a sudden tailwind", "a freak wave", "low sales". */
const NATURAL_CAUSE =
  /^(?:wind|winds|tailwind|headwind|gust|gusts|wave|waves|storm|storms|weather|rain|fog|ice|snow|lightning|sales|demand|prices|bug|glitch|fault|failure|surge|heat|heatwave|drought|quake|earthquake|flood|floods|tide|current|currents)$/i;

/**
 * "rejected suggestions that a sudden tailwind had pushed Flight LK307 off the runway": the story's event told with
 * another cause as its doer is an alternative rejected, which the convention reads as no stance.
 */
function isAnotherCause(act: DeniedAct | null, clause: string, topicWords: readonly RegExp[]): boolean {
  return (
    act !== null &&
    NATURAL_CAUSE.test(act.doer) &&
    !mentionsTopic(act.doer, topicWords) &&
    mentionsTopic(clause.slice(clause.indexOf(act.verb)), topicWords)
  );
}

/**
 * Whether a denied clause names an act and what it is done to, neither of them the story's: "delaying blackout
 * compensation", "that it had halved its network maintenance teams". The words around them may be the story's.
 */
function namesAnotherAct(clause: string, topicWords: readonly RegExp[]): boolean {
  return isAnotherAct(deniedAct(clause), topicWords);
}

/** Whether a denied clause names another act, or the story's event with another cause; its act is read once. */
function namesAnotherActOrCause(clause: string, topicWords: readonly RegExp[]): boolean {
  const act = deniedAct(clause);
  return isAnotherAct(act, topicWords) || isAnotherCause(act, clause, topicWords);
}

function isAnotherAct(act: DeniedAct | null, topicWords: readonly RegExp[]): boolean {
  if (
    act === null ||
    [...verbForms(act.verb), act.noun, act.doer].some((word) => mentionsTopic(word, topicWords))
  )
    return false;
  // "denies taking foreign money" in a story of a donation: sums of money are one thing.
  return !(MONEY.test(act.noun) && mentionsTopic(MONEY_WORDS, topicWords));
}

/**
 * The verb as written and its other forms, so that "copying" is the claim's "copied", "cutting" its "cut" and
 * "using" its "used". The claim's verbs are known in the past only.
 */
function verbForms(verb: string): string[] {
  const base = verb.toLowerCase().replace(/(?:ing|ed)$/, "");
  const undoubled = /([^aeiou])\1$/.test(base) ? base.slice(0, -1) : base;
  return [
    verb,
    undoubled,
    `${undoubled}e`,
    `${base}ed`,
    `${undoubled}ed`,
    `${undoubled.replace(/y$/, "i")}ed`,
  ];
}

/** What an inquiry finds none of when it clears someone: "no irregularities were found". */
const WRONG_FOUND =
  /^(?:irregularit(?:y|ies)|anomal(?:y|ies)|discrepanc(?:y|ies)|problems?|defects?|errors?|faults?|traces?|evidence|proof|wrongdoing|fraud|misconduct|violations?|breach(?:es)?|abuses?)$/iu;

/** The words up to the first preposition, conjunction or punctuation: "infection" in " infection near the graves". */
function headNounPhrase(text: string): string {
  const words: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (PHRASE_END.test(word)) break;
    words.push(word);
    if (/[,.;:!?"”)]$/.test(word) || words.length === 4) break;
  }
  return words.join(" ");
}

/** Words that open a denied clause before its verb: "that", a pronoun, auxiliaries. */
const ACT_OPENER =
  /^(?:that|it|they|he|she|we|its|their|is|was|were|are|had|has|have|been|being|having|did|does|would|ever|not|knowingly|deliberately)$/i;
/** A verb's particle: "holding back", "covering up". */
const PARTICLE = /^(?:back|up|out|off|down|away|on)$/i;
/** Words that end the noun an act is done to. */
const PHRASE_END =
  /^(?:to|for|in|at|on|by|of|from|with|over|about|against|into|onto|upon|via|off|out|up|down|so|when|where|if|whether|during|after|before|as|and|but|or|that|which|who|while|because|despite|since|until|than|towards?|near|across|under|behind|beside|between|through|without|within|past|inside|outside|around|along|among|beyond|last|next|this|yesterday|today|earlier|ago)$/i;
/**
 * Verb forms the rule can tell without a tagger: "-ing" and "-ed". Not verbs that report or cause another act
 * ("a report that blamed …", "denied causing"), nor those that call the story fake ("denied the video was staged").
 */
const ACT_VERB =
  /^(?!caus|lead|trigger|blam|accus|alleg|link|show|suggest|conclud|claim|report|stat|stag|fak|fabricat|invent|doctor|forg|exaggerat|photoshop)\p{L}{3,}(?:ing|ed)$/iu;
/** Sums of money: one denied "foreign money" is the story's "donation". */
const MONEY_WORDS =
  "money cash funds fees charges payments donations deposits wages salaries bribes loans grants savings";
const MONEY = new RegExp(`^(?:${MONEY_WORDS.replace(/s\b/g, "s?").split(" ").join("|")})$`, "i");
/** Objects that name no act of their own: "taking part in any fix", "denied any wrongdoing". */
const GENERIC_OBJECT =
  /^(?:anything|everything|wrongdoing|part|role|share|responsibility|blame|illness(?:es)?)$/i;
/** Past forms without "-ed" that name an act: "that it sat on warnings", "that it sent too few officers". */
const IRREGULAR_PAST =
  /^(?:sat|sent|sold|lost|paid|spent|stole|hid|broke|fought|shot|drove|won|began|ran|caught|dug|fled|threw|withheld|bought|built|fed|met|overlooked|struck|swore|wrote)$/i;
/** Participles that name no act of their own, or that the claim's other words tell better. */
const NOT_ACT =
  /^(?:been|got|gotten|done|made|had|taken|given|become|seen|known|come|gone|kept|left|put|let|held|set|brought)$/i;
/** Auxiliaries between a clause's subject and its verb: "an inmate had escaped". */
const AUXILIARY = /^(?:had|has|have|was|were|is|are|been|being|would|did)$/i;
/** A number, which ends a noun phrase: "halted withdrawals two days before". */
const NUMBER =
  /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?)$/i;
/** Words before a noun that say nothing of it. */
const DETERMINER = /^(?:the|a|an|its|their|his|her|any|some|our|two|three|\d[\d,.]*)$/i;

/**
 * The act a denied clause names, the noun it is done to, and who did it where a subject stands before an
 * auxiliary: "delaying blackout compensation" → delaying, compensation; "it had stalled the board's
 * request" → stalled, request; "an inmate had escaped" → escaped, inmate. Null when the clause opens
 * otherwise or names no noun ("denied hiding anything", "denied being involved"). Read from word shapes,
 * not a tagger: compromise tags each topic's claim once, and tagging every denied clause would cost
 * milliseconds a sentence.
 */
/** A denied clause's act: its verb, what it is done to, and who does it. */
interface DeniedAct {
  readonly verb: string;
  readonly noun: string;
  readonly doer: string;
}

function deniedAct(clause: string): DeniedAct | null {
  const words = clause.match(/[\p{L}\d][\p{L}\d'’-]*/gu) ?? [];
  let i = 0;
  while (i < words.length && ACT_OPENER.test(words[i] ?? "")) i++;
  // "that an inmate had escaped": a subject before the verb.
  const subject = ACT_VERB.test(words[i] ?? "") ? null : subjectHead(words, i);
  if (subject) i = subject.end;
  const verb = words[i] ?? "";
  // After "had", any word is the participle: "had sent", "had withheld".
  const afterHad =
    /^(?:had|has|have)$/i.test(words[i - 1] ?? "") && /^\p{Ll}{3,}$/u.test(verb) && !NOT_ACT.test(verb);
  if (!ACT_VERB.test(verb) && !afterHad && !IRREGULAR_PAST.test(verb)) return null;
  i++;
  if (PARTICLE.test(words[i] ?? "")) i++;
  while (i < words.length && DETERMINER.test(words[i] ?? "")) i++;
  const phrase: string[] = [];
  while (
    i < words.length &&
    !PHRASE_END.test(words[i] ?? "") &&
    !NUMBER.test(words[i] ?? "") &&
    phrase.length < 4
  ) {
    const word = words[i++] ?? "";
    // "Velton Aero Services' maintenance approval": what is owned is the noun.
    if (/['’]s?$/.test(word)) phrase.length = 0;
    else phrase.push(word);
  }
  // "skipped track inspections caused the derailment": the first word described a noun; the verb came later.
  if (phrase.slice(1).some((word) => /^\p{L}{3,}ed$/u.test(word))) return null;
  // An act with no object is judged by who did it: "that an inmate had escaped".
  // A name is read whole, as a keyword names it: "holding Teodor Vaskin".
  const name = /^\p{Lu}/u.test(phrase.at(-1) ?? "")
    ? phrase.slice(phrase.findLastIndex((word) => !/^\p{Lu}/u.test(word)) + 1)
    : [];
  const noun = (name.length > 1 ? name.join(" ") : (phrase.at(-1) ?? subject?.noun ?? "")).replace(
    /['’]s?$/,
    "",
  );
  if (noun.length < 3 || UNSPECIFIC_WORDS.has(noun.toLowerCase()) || GENERIC_OBJECT.test(noun)) return null;
  return { verb, noun, doer: subject?.noun ?? "" };
}

/**
 * A clause's subject of up to six words before an auxiliary and its verb ("an inmate had escaped"): its head
 * noun, and where its verb starts. Without the auxiliary the verb may be a participle ("a report published by").
 */
function subjectHead(words: readonly string[], start: number): { noun: string; end: number } | null {
  let head = "";
  let afterPreposition = false;
  let afterAuxiliary = false;
  for (let i = start; i < Math.min(words.length, start + 7); i++) {
    const word = words[i] ?? "";
    if (ACT_VERB.test(word)) return head && afterAuxiliary ? { noun: head, end: i } : null;
    if (/^\p{L}+ly$/u.test(word)) continue;
    afterAuxiliary = AUXILIARY.test(word) || (afterAuxiliary && word.toLowerCase() === "been");
    if (afterAuxiliary || DETERMINER.test(word)) continue;
    // "the crew of Flight SK418 had waited": the head stands before the preposition.
    if (PHRASE_END.test(word)) {
      if (!head) return null;
      afterPreposition = true;
    } else if (!afterPreposition) head = word;
  }
  return null;
}

/**
 * A passive verb's subject is what was denied or recorded: "The accusation that … was rejected by
 * Kestria", "Findings rejected by dairy"; not "The application was rejected by the council".
 */
function hasClaimSubject(before: string, topicWords: readonly RegExp[]): boolean {
  const subject = before.split(/[.;:!?]/).at(-1) ?? "";
  return (
    subject.split(/[^\p{L}'’-]+/u).some((word) => CLAIM_NOUN.test(word)) || mentionsTopic(subject, topicWords)
  );
}

/**
 * A doubt or a confirmation of when, how many, how much or how long, or of what will be: "cannot yet say when",
 * "unsure how many", "too early to say whether fares will rise".
 */
const DETAIL_DOUBTED =
  /^(?:[\p{L}'’]+\s+){0,5}?(?:confirm|say|tell|know|determine|establish|verify|unsure|sure|uncertain)['’"”]?\s+(?:exactly\s+)?(?:when|how\s+(?:many|much|long|often|soon)|(?:whether|if)\s+(?:(?!\p{L}+ed\b)[^,;.]){0,60}?\b(?:will|would|can)\s+(?!have\b))/iu;

/** What is put off, not pushed against: "the final delivery date", "its launch", "the hearing". */
const PUT_OFF_OBJECT =
  /^\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\p{L}-]+\s+){0,2}(?:date|deadline|start|launch|hearing|trial|opening|schedule|timetable|vote|election|decision|release|rollout|publication)s?\b/iu;

/** "staged a protest", "staged the play": the active verb with its own object, not a faked event. */
const STAGED_ACTIVE =
  /^\s+(?:a|an|the|their|its|his|her|our|two|three|several|many|(?:[\p{L}-]+\s+){0,2}(?:rallies|protests?|demonstrations?|exercises|drills|manoeuvres|maneuvers|rehearsals|walkouts|strikes))\b/iu;

/** "the festival will be staged", "a concert was staged": an event put on, not a faked one. */
const STAGED_EVENT_BEFORE =
  /\b(?:festival|concert|play|show|exhibition|event|match|game|performance|protest|rally|march|demonstration|walkout|vigil|ceremony|parade|race|tournament|competition|production|opera|musical|gala|fair|conference|strike|sit-in)s?\b[^.;]{0,80}$/i;

/** "fake news", "fake graves": not "a fake Rolex" or "fake banknotes". */
const FAKE_NOUNS =
  /^\s+(?:news|reports?|stor(?:y|ies)|videos?|footage|photos?|photographs?|images?|pictures?|claims?|evidence|accounts?|graves?|bodies|scenes?)\b/i;

const CLAIMS_LODGED_BEFORE =
  /\b(?:files?|filed|filing|lodge[sd]?|lodging|submit(?:s|ted)?|pursue[sd]?|pursuing|press(?:es|ed|ing)?|register(?:s|ed|ing)?|brace[sd]?\s+for|bracing\s+for|settle[sd]?|pay(?:s|ing)?\s+out\s+on)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

/** A verb then a preposition before "claims": "urges caution over leak claims", "orders inquiry into … claims". */
const CLAIMS_ACTED_ON_BEFORE =
  /\b\p{Ll}+(?:s|es|ed)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:on|over|into|about|of|at|to|against|amid)\s+(?:[\p{L}'’-]+\s+){0,2}$|\b(?:confirm|verify|judge|assess|examine|investigate|probe|review|address|answer)\p{L}*["”’']?\s+(?:[\p{L}'’-]+\s+){0,3}$/u;
/** "a false start", "false positives": nouns that "false" is part of ("a false alarm" still denies). */
const FALSE_NOUN =
  /^\s+(?:starts?|positives?|negatives?|dawn|flags?|economy|bottom|ceiling|teeth|names?|identit(?:y|ies)|pretences|pretenses|sense|hope|modesty|imprisonment|arrest|trail|lead|move|step)\b/i;
const PASSIVE_BEFORE = /\b(?:been|was|were|be|is|are|being)\s+$/i;
/** Nothing after a passive verb but its time, place or the clause's end: "was dismissed on Tuesday." */
const CLAUSE_END_AFTER_PASSIVE =
  /^(?:\s*(?:[,.;:!?"'’”)]|$)|\s+(?:on|in|at|for|after|before|last|this|earlier|later|yesterday|today|as|and|but|because|when)\b)/iu;
/** The few words before a passive auxiliary, back to the clause's start: "school" in "… as school was". */
function passiveSubject(before: string): string {
  const clause =
    before
      .replace(PASSIVE_BEFORE, "")
      .split(/[,;:.!?]|\b(?:and|but|as|when|while|after|because|that|which|who|if)\b/i)
      .at(-1) ?? "";
  return clause.trim().split(/\s+/).slice(-4).join(" ");
}

/** What is lost in a game, a race or a vote: "conceded six goals", "conceded defeat", "conceded the seat". */
const CONCEDED_CONTEST =
  /^\s+(?:(?:\d+|an?|the|another|two|three|four|five|six|seven|eight|nine|ten|late|early|[\p{L}-]+['’]s?)\s+)?(?:goals?|penalt(?:y|ies)|points?|runs?|tries|sets?|games?|matches|match|defeat|seats?|elections?|race|title|ground)\b/iu;
/** The noun a copula calls something, "these products are": not a pronoun such as "these are". */
const COPULA_SUBJECT =
  /\b(?:the|these|those|this|that|its|their|his|her|such)\s+(?:[\p{L}\d-]+\s+)?([\p{L}-]+)\s+(?:is|are|was|were)\s+(?:(?:a|an|all|just|simply|merely)\s+)?$/iu;

/** Words of denial that are nouns: they deny only as what the claim is called. */
const DENIAL_NOUN =
  /^(?:lies|lie|fakes?|hoax|disinformation|slander|nonsense|provocations?|fabrications?|fiction|fairy[\s-]?tales?|myths?|fantas(?:y|ies)|speculation|stunts?|witch[\s-]?hunts?|inventions?)$/i;
/** A quotation opened after a verb of calling: "called the analysis 'speculation dressed up as science'". */
const CALLED_IN_QUOTES =
  /\b(?:call(?:s|ed|ing)?|describ(?:es|ed|ing)|brand(?:s|ed|ing)?|label(?:s|led|ling)?|dismiss(?:es|ed|ing)?)\b[^.;:"“”]{0,140}["“‘']\s*(?:[\p{L}-]+\s+){0,2}$/iu;
/** "These are lies", "a complete hoax", "called it a provocation". */
const CALLED_BEFORE =
  /\b(?:is|was|are|were|be|been|being|a|an|all|pure|complete|total|outright|blatant|utter|big|more|just|nothing\s+but|called|as|these|those|such|spread(?:ing|s)?|tell(?:ing|s)?|told)\s+["“‘']?(?:\p{L}+\s+)?$/iu;
/** What may stand before "a lie" that calls something one. */
const CALLED_A_LIE_BEFORE =
  /\b(?:is|was|are|were|be|been|being|it['’]s|that['’]s|as|but|just|nothing\s+but|(?:called|calls|call|calling|branded|labelled|labeled)(?:\s+(?:it|them|this|that|the\s+\p{L}+))?)\s+$/iu;
/** The noun opening a sentence or a quote: "Lies, he said", "'A provocation.'" */
const OPENING = /(?:^|["'‘“(])\s*(?:an?\s+)?$/iu;
/** "lies.", "lies and": the noun ending its clause; not "lies beside the river". */
const ENDS_CLAUSE = /^\s*(?:[,.;:!?"'’”)]|$|and\b|or\b)/;

/** A doubt that something is not known: "unclear whether", "remains unknown", "do not know who". */
const UNKNOWN =
  /^(?:it\s+)?(?:(?:is|was|remains?|remained)\s+)?(?:still\s+)?(?:unclear|unknown|not\s+(?:yet\s+)?(?:clear|known)|unsure|not\s+sure|uncertain|(?:do|does|did)\s*(?:not|n['’]t)\s+(?:yet\s+)?know)\b/;
/**
 * A question whose own words may not name the story but still ask the claim: "whether they were true" (a
 * pronoun for it), "what brought that bridge down", "were to blame".
 */
const QUESTION_ABOUT_THE_CLAIM =
  /^\s*(?:they|it|this|that|these|those)\s|\b(?:to\s+blame|responsible|caused?|brought|led\s+to|behind|at\s+fault|true|real|genuine|accurate|happened)\b/i;
/** What a claim of blame is about: "the cause remains unclear". */
const CAUSE_NOUN =
  /\b(?:cause|causes|source|origin|culprit|responsibility|who\s+was\s+(?:responsible|behind))\b/i;

/** Who is said to have done it: "gunman", "Baton Rouge shooter", "Shooting Rampage Killer" in a title-case headline. */
export const SUSPECT_ROLE =
  /^(?:gunm[ae]n|shooters?|killers?|attackers?|assailants?|perpetrators?|offenders?|accomplices?|murderers?|robbers?|thie(?:f|ves)|rapists?|bombers?|arsonists?|hijackers?|kidnappers?|abductors?|hackers?|smugglers?|traffickers?|ringleaders?|masterminds?|culprits?|suspects?|getaway\s+driver|gang\s+members?)\b/i;
/** The role named after a word, past up to three capitalised words of a name or a place. */
const roleAfter = (after: string): boolean =>
  SUSPECT_ROLE.test(after.replace(/^\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}/u, ""));

function isCueInThisSense(
  sentence: string,
  cue: string,
  start: number,
  end: number,
  topicWords: readonly RegExp[],
): boolean {
  const before = sentence.slice(Math.max(0, start - 30), start);
  // A window of the next 100 characters, ending on a whole word: a word cut short reads as another noun.
  const after = sentence
    .slice(end, end + 100)
    .replace(/(?<=\s)[\p{L}\d'’-]+$/u, (cut) =>
      /^[\p{L}\d'’-]/u.test(sentence.slice(end + 100)) ? "" : cut,
    );
  const word = cue.toLowerCase();
  // "accuses Halvard of billing fictitious sessions", where "fictitious sessions" names the story.
  if (namesTheStoryAt(sentence, start, end, topicWords)) return false;
  // "the alleged gunman", "his suspected killer Osiel Benitez": the law's caution about who did it, not the
  // outlet's distance from what was done.
  if (/^(?:alleged|suspected|purported)$/.test(word) && roleAfter(after)) return false;
  // "Foul play isn't suspected", "No foul play is suspected": ruled out, not doubted.
  if (
    word === "suspected" &&
    /(?:\b(?:not|never)|n['’]t)\s+(?:\p{L}+\s+)?$|^\s*no\s[^,;]*$/iu.test(sentence.slice(0, start))
  )
    return false;
  // "who was supposed to be watching them": a duty, not hearsay ("was supposed to have fled").
  if (word === "supposed" && /^\s+to\s+(?!have\b)/i.test(after)) return false;
  // "Take The Awards Show Challenge!": a name, not a verb.
  if (/^challenge$/.test(word) && /^C/.test(cue) && /\p{Lu}\p{L}*\s+$/u.test(before)) return false;
  // "what it said were 14 drills" reports the speaker named before, not the outlet's distance from it
  // ("what residents say was a leak").
  if (/^what\s+(?:it|he|she|they|we)\s/.test(word)) return false;
  // The patterns match case-insensitively (with the i flag, \p{Lu} would match lower case too), so the
  // capital a name needs is checked here: "cleared Orbanix of"; not "cleared dozens of homes".
  if (
    /^clear(?:ed|s)\s+(?!(?:him|her|them|it|of|in|over)\b)/.test(word) &&
    !/^[Cc]lear(?:ed|s)\s+\p{Lu}/u.test(cue)
  )
    return false;
  if (DENIAL_VERB.test(word) && (NEGATED_BEFORE.test(before) || STOPPED_SHORT_BEFORE.test(before)))
    return false;
  // "a lawsuit by rejected applicants", "140 confirmed cases": a participle describing a noun.
  if (
    /^(?:rejected|dismissed|denied|disputed|contested|confirmed)$/.test(word) &&
    ADJECTIVE_BEFORE.test(before) &&
    /^\s+\p{L}/u.test(after)
  )
    return false;
  // "We're not accusing anyone", "not blaming the company": an accusation withheld.
  if (/^(?:accus|blam)/.test(word) && (NEGATED_BEFORE.test(before) || STOPPED_SHORT_BEFORE.test(before)))
    return false;
  // "Asked whether the painting was a fake": the word is in a question put to someone.
  if (
    (DENIAL_NOUN.test(word) || /^(?:faked|staged|fabricated|invented|fictitious|bogus)$/.test(word)) &&
    /\b(?:whether|if)\s+[^,.;:!?]{0,80}$/i.test(sentence.slice(Math.max(0, start - 100), start))
  )
    return false;
  // "These are a lie", "called it a lie"; not "built a lie into every engine", an accusation of lying.
  if (/^an?\s+lie$/.test(word)) return CALLED_A_LIE_BEFORE.test(before) || OPENING.test(before);
  // "Asked whether the company disputed the figures": a question put to someone, no stance taken.
  if (SPEAKER_VERB.test(cue) && /\b(?:whether|if)\s+(?:[\p{L}'’-]+\s+){0,4}$/iu.test(before)) return false;
  // "the finds at the site", "failed to find", "did not find", "may find", "whatever the inquiry finds", "too
  // early to link": no finding made.
  if (
    /^(?:finds?|link|trace|point)\b/.test(word) &&
    (ADJECTIVE_BEFORE.test(before) ||
      NEGATED_BEFORE.test(before) ||
      /\b(?:may|might|could|would|will|to|can)\s+$|\b(?:whatever|what|if|whether|until|before)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu.test(
        before,
      ))
  )
    return false;
  // "Okonde banned for two years over …", "a banned substance for …", "were suspended over": the penalised.
  if (
    PENALTY.test(word) &&
    (/^\S+\s+(?:of|over|for|from|after|until|by|as)\b/.test(word) ||
      PASSIVE_BEFORE.test(before) ||
      ADJECTIVE_BEFORE.test(before) ||
      /\p{L}ing\s+$/u.test(before))
  )
    return false;
  // "fined Dinely 400,000 euros for hiding a booking fee": a penalty for what the story is not.
  if (
    PENALTY_GIVEN.test(word) &&
    topicWords.length > 0 &&
    !mentionsTopic(after.slice(0, clauseEndAfter(after, 0)), topicWords)
  )
    return false;
  // "will hear Nadia Korsun's challenge to the result", "a legal challenge": the noun, not the verb.
  if (
    /^challenges?$/.test(word) &&
    /(?:\p{L}['’]s?|\b(?:a|an|the|her|his|its|their|legal|court))\s+$/iu.test(before)
  )
    return false;
  // "the contest had been rigged": the noun, not the verb.
  if (/^contest/.test(word) && ADJECTIVE_BEFORE.test(before)) return false;
  // "described the claims as speculation"; not "dismissed reports … as speculation", the dismissal's own words.
  if (/^as\s/.test(word))
    return /\b(?:describ|call|label|characteri[sz]|brand|portray|paint)\w*\b[^.;:]*$/i.test(
      sentence.slice(Math.max(0, start - 150), start),
    );
  // "31 of whom remain admitted", "were admitted to hospital": admitted as a patient.
  if (/^admitt/.test(word) && /\b(?:was|were|is|are|been|being|be|remain(?:s|ed)?)\s+$/i.test(before))
    return false;
  // "Minister accused of bribery", "Korrin fined over fish deaths": a headline's passive, whose
  // subject is accused, not accusing.
  if (
    /^(?:(?:accus|blam|charg|question)\w*|(?:fin|su)(?:ed|es|e))$/.test(word) &&
    /^\s+(?:of|over|for|on|with|in|about)\b/i.test(after)
  )
    return false;
  // "the decision had nothing to do with the painting": an act disowned, not the claim.
  if (/^nothing\s+to\s+do\s+with$/.test(word.replace(/\s+/g, " ")) && DISOWNED_ACT_BEFORE.test(before))
    return false;
  // "the painting's provenance was documented": a finding about another thing than the story.
  // "was found by the Data Protection Office to have sold …" names who found it; the passive agent rules judge it.
  if (PASSIVE_FINDING.test(word) && topicWords.length > 0 && !/^\s+by\s/i.test(after))
    return mentionsTopic(sentence.slice(Math.max(0, start - 80), end + 100), topicWords);
  // "the commission's finding that …" is a noun; "fined the club after finding that …" a participle.
  if (/^(?:finding|concluding|ruling)\s/.test(word))
    return /(?:,|\b(?:after|while|by|on|upon))\s*$/i.test(before);
  // "damages claims", "insurance claims": claims for money, not doubted words.
  if (word === "claims" && MONEY_CLAIM.test(sentence.slice(Math.max(0, start - 30), end))) return false;
  // "the insurer's claims system", "its claims platform": a noun of an insurer's business, not doubted words.
  if (
    word === "claims" &&
    /^\s+(?:system|server|platform|department|process|processing|handling|handlers?|database|team|office|adjusters?|forms?|portal|software|records|staff|unit)\b/i.test(
      after,
    )
  )
    return false;
  // "nurses file overtime claims", "insurers brace for bridge claims": claims lodged, not doubted.
  if (word === "claims" && CLAIMS_LODGED_BEFORE.test(before)) return false;
  // "Exam board declines to comment on leak claims", "Halcyon hits back at consumer group over Hearth
  // claims": what someone acts on, named by what they are about; not the outlet keeping its distance.
  if (word === "claims" && CLAIMS_ACTED_ON_BEFORE.test(sentence.slice(Math.max(0, start - 80), start)))
    return false;
  // "called the reports 'simply untrue'": a word of calling before it in its clause; not "a false start".
  if (FALSE_WORD_ALONE.test(word))
    return (
      CALLING_BEFORE.test(sentence.slice(Math.max(0, start - 150), start)) &&
      ENDS_CLAUSE.test(after.replace(/^["”’']/u, ""))
    );
  // "a false start", "false positives": a noun of its own, not the claim called false.
  if (/false$/.test(word) && FALSE_NOUN.test(after)) return false;
  // "The siren was a false alarm": an alarm raised for nothing, which the probes found about a side
  // event eight times in nine.
  if (/false$/.test(word) && /^\s+alarm/i.test(after)) return false;
  // "had been pushed back from June to September", "to push back the final delivery date": put off, not a
  // rebuttal.
  if (
    /^push\w*\s+back/.test(word) &&
    (PASSIVE_BEFORE.test(before) || /^\s+(?:from|to|until|by)\b/i.test(after) || PUT_OFF_OBJECT.test(after))
  )
    return false;
  // "stands by PX-9 study", "stood by its finding that …"; not "stands by its decision to close the ward".
  if (
    /^(?:stands?|stood|standing)\s+by/i.test(word) &&
    !/\s(?:findings?|report|conclusions?|ruling|results?|tests?|data|evidence|claims?)$/i.test(word)
  )
    return mentionsTopic(after.slice(0, clauseEndAfter(after, 0)), topicWords);
  // "could not confirm when the cable was last tested", "unsure how many bikes are in use": a doubt about a
  // date or a number, not the claim.
  if (DETAIL_DOUBTED.test(`${word}${after}`)) return false;
  // "unclear whether the leak caused the deaths" doubts the story; "unclear if the couple had attorneys" and
  // "the motive remains unknown" ask something else, which must name the story to doubt it.
  if (UNKNOWN.test(word)) {
    const asked = /(?:whether|if|how|who|why|what|where)$/.test(word)
      ? after
      : /^\s+(?:whether|if|how|who|why|what|where)\b/i.test(after)
        ? after.replace(/^\s+\S+/, "")
        : undefined;
    if (asked !== undefined) {
      const clause = asked.slice(0, clauseEndAfter(asked, 0));
      return mentionsTopic(clause, topicWords) || QUESTION_ABOUT_THE_CLAIM.test(clause);
    }
    // "The motive for the shootings is still unclear": what is unknown is the noun before its "for", "of" or
    // "behind"; in "for reasons that are unclear", the noun "that" stands for.
    const leading = sentence
      .slice(0, start)
      .replace(/\s+(?:still|yet|now|also|somewhat|currently)\s+$/i, " ");
    const antecedent = /(\p{L}+)\s+(?:that|which)\s+(?:is|are|was|were|remains?|remained)\s+$/iu.exec(
      leading,
    )?.[1];
    const subject =
      antecedent ??
      passiveSubject(leading).split(/\s+(?:of|for|behind|between|in|leading|surrounding|about)\s/i)[0] ??
      "";
    return (
      mentionsTopic(subject, topicWords) ||
      CAUSE_NOUN.test(subject) ||
      /^(?:it|this|that|what|how|who|why|where|whether)?$|^(?:what|how|who|why|where|whether)\s/i.test(
        subject,
      )
    );
  }
  // "doubts Brisant can reopen by summer": a doubt about what may come, not the claim.
  if (
    /^doubt/i.test(word) &&
    /^\s+(?:that\s+|whether\s+)?(?:[\p{L}'’-]+\s+){1,4}?(?:can|could|will|would)\s/iu.test(after)
  )
    return false;
  // "conceded six goals", "conceded defeat": a game or a race lost, not a charge admitted.
  if (/^conced/.test(word)) return !CONCEDED_CONTEST.test(after);
  // "These products are fake": a thing called fake that is not the story's.
  if (/^(?:fakes?|hoax(?:es)?)$/.test(word)) {
    const subject = COPULA_SUBJECT.exec(before)?.[1] ?? "";
    if (subject && !CLAIM_NOUN.test(subject) && !mentionsTopic(subject, topicWords)) return false;
  }
  // "found no sign of missing deaths" doubts the story; "no sign of morbillivirus" rules out another cause.
  if (/^no\s+(?:sign|signs|indication)\s/.test(word)) return mentionsTopic(headNounPhrase(after), topicWords);
  // "no bodies were found" denies the story; "no gun was found in the vehicle" is a detail of it.
  const foundNothing = /^no\s+(.+?)\s+(?:was|were|has\s+been|have\s+been)\s+\p{L}+$/iu.exec(word)?.[1];
  if (foundNothing)
    return (
      WRONG_FOUND.test(foundNothing.split(/\s+/).at(-1) ?? "") || mentionsTopic(foundNothing, topicWords)
    );
  // "declined to answer further questions": the noun doubts only what it is about.
  // "has questions to answer": accountability, not doubt.
  if (word === "questions" && /^\s+to\s+answer\b/i.test(after)) return false;
  if (word === "questions" && QUESTIONS_NOUN_BEFORE.test(before))
    return /^\s+(?:about|over|remain|linger|persist|surround)/i.test(after);
  // "blames Kestria for the hack", not "blames a rogue wave for the sinking": a blame that names
  // someone, or the story, is the claim.
  if (/^blam/.test(word)) {
    const object = OBJECT_PHRASE.exec(after.replace(LEADING_ADVERBIALS, ""))?.[1] ?? "";
    return /\p{Lu}/u.test(object) || mentionsTopic(object, topicWords);
  }
  // "confirmed the contamination" names the claim in words of its own; only an announcement is out.
  if (/^confirm/.test(word)) {
    // "The commission will hear the case from 3 March, the league confirmed": an announcement.
    if (/^[^.;:!?]{0,30}[.!]?\s*$/.test(after) && ANNOUNCED_BEFORE.test(sentence.slice(0, start)))
      return false;
    const object = after.replace(LEADING_ADVERBIALS, "");
    return ![FUTURE_CLAUSE, FUTURE_WITHOUT_THAT, ANNOUNCED_OBJECT, PROCEDURE_CLAUSE].some((pattern) =>
      pattern.test(object),
    );
  }
  if (OBJECT_VERB.test(word) && /^\s+by\s/i.test(after.replace(LEADING_ADVERBIALS, "")))
    return hasClaimSubject(sentence.slice(0, start), topicWords);
  // "Bond was denied", "as school was dismissed": what is denied is the subject just before, which must be the
  // claim; not "was denied a visa", an object of its own.
  if (DENIAL_VERB.test(word) && PASSIVE_BEFORE.test(before) && CLAUSE_END_AFTER_PASSIVE.test(after))
    return hasClaimSubject(passiveSubject(before), topicWords);
  if (/^(?:admit|acknowledg)/.test(word) && admitsAClause(after, topicWords)) return true;
  // "Minister accepts fracking caused Kelso quakes"; not "accepts ban".
  if (/^accept(?:s|ed)$/.test(word)) return admitsAClause(after, topicWords);
  // "Inquiry concludes hearings", "the rules of the race": only a finding told as a clause.
  if (/^(?:conclude|concludes|concluded|rules)$/.test(word)) return admitsAClause(after, topicWords);
  if (OBJECT_VERB.test(word)) return hasClaimObject(after, topicWords, DENIAL_VERB.test(word));
  if (word === "staged" || word === "staging")
    return (
      !STAGED_ACTIVE.test(after) && !STAGED_EVENT_BEFORE.test(sentence.slice(Math.max(0, start - 100), start))
    );
  // "dismissed as baseless a claim that it had raised prices": the word calls another claim false.
  if (AFTER_DISMISSED_AS.test(sentence.slice(Math.max(0, start - 40), start))) {
    const asAt = sentence.slice(0, start).lastIndexOf(" as ");
    if (callsAnotherClaim(sentence.slice(asAt), topicWords)) return false;
  }
  if (DENIAL_NOUN.test(word)) {
    const calledInQuotes = CALLED_IN_QUOTES.test(sentence.slice(Math.max(0, start - 200), start));
    // "dismissed as speculation online claims": the dismissal's word, which the verb already gives.
    if (word === "speculation") return calledInQuotes;
    const called =
      (CALLED_BEFORE.test(before) && (ENDS_CLAUSE.test(after) || !/^(?:fakes?)$/.test(word))) ||
      calledInQuotes;
    const opening = OPENING.test(before) && ENDS_CLAUSE.test(after);
    return (
      called ||
      opening ||
      (/^fakes?$/.test(word) && FAKE_NOUNS.test(after)) ||
      (word === "lies" && ENDS_CLAUSE.test(after))
    );
  }
  return true;
}

/** Whether a stance word stands in the sentence in another sense, so that it frames nothing. */
export function hasStanceWordInOtherSense(sentence: string, topicWords: readonly RegExp[] = []): boolean {
  return CUES.some(({ pattern }) =>
    [...sentence.matchAll(pattern)].some(
      (match) =>
        !isCueInThisSense(sentence, match[0], match.index, match.index + match[0].length, topicWords),
    ),
  );
}

/** Whether one of the story's words or names starts where the cue does and runs past it. */
function namesTheStoryAt(
  sentence: string,
  start: number,
  end: number,
  topicWords: readonly RegExp[],
): boolean {
  return topicWords.some((pattern) =>
    [...sentence.matchAll(pattern)].some(
      (match) => match.index === start && match.index + match[0].length > end,
    ),
  );
}

function mentionsTopic(text: string, topicWords: readonly RegExp[]): boolean {
  return topicWords.some((pattern) => {
    pattern.lastIndex = 0;
    return pattern.test(text);
  });
}

/**
 * Cues in text order; where two overlap ("not confirmed" and "confirmed"), the earlier-listed stance
 * wins. `topicWords` (the topic's keywords and terms) let "denied the airstrike" count as denying
 * the claim.
 */
export function findStanceCues(
  sentence: string,
  topicWords: readonly RegExp[] = [],
  claimWords: readonly RegExp[] = [],
): StanceCue[] {
  const cues: StanceCue[] = [...negatedClaims(sentence, claimWords), ...otherCauses(sentence)];
  const storyWords = [...topicWords, ...claimWords];
  // Where the last denial of another claim ends: "denied a report that it planned job cuts".
  let deniedOtherUntil = -1;
  // Headlines quote inside a phrase ("Regulator 'too early' to say", "'cannot yet say' whether"): the cue
  // patterns read the sentence with its quotation marks as spaces, which keeps every position.
  const unquoted = sentence.replace(QUOTATION_MARK, " ");
  for (const { stance, pattern, outletWording } of CUES) {
    for (const match of unquoted.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (cues.some((cue) => start < cue.end && end > cue.start)) continue;
      if (!isCueInThisSense(sentence, match[0], start, end, storyWords)) {
        if (DENIAL_VERB.test(match[0])) deniedOtherUntil = Math.max(deniedOtherUntil, end);
        continue;
      }
      // "three deaths confirmed," is passive, the outlet's own words; "X confirmed that" has a subject.
      // "questions remain over whether …" is the noun, no one's verb.
      // "Park denies" ends on its verb; "three deaths confirmed" ends on a participle, the outlet's.
      // "Quorvel board accepts auditor's findings" ends on the object of a verb in the present.
      const endsOnPresentVerb =
        /(?:ies|es|ts|ms)$|^finds?$|^\p{L}+s\s/iu.test(match[0]) && /^\s*[.!]?\s*$/.test(sentence.slice(end));
      const active =
        SPEAKER_VERB.test(match[0]) &&
        (endsOnPresentVerb ||
          !/^\s*(?:[,.;:!?]|$|by\b|(?:remain|linger|persist)s?\b)/.test(sentence.slice(end))) &&
        /\p{L}/u.test(sentence.slice(0, start));
      // "calling the port's figures false": what is called false, someone calls so.
      const reported =
        !active &&
        (REPORTED_AFTER.test(textBefore(sentence, start)) ||
          CALLED_BY_SOMEONE.test(textBefore(sentence, start)) ||
          FALSE_WORD_ALONE.test(match[0]));
      // "The ministry disputed that figure" denies it; "Death toll disputed" is the outlet's doubt.
      const held = active && /^disput/i.test(match[0]) ? "denies" : stance;
      cues.push({ stance: held, start, end, cue: match[0], outletWording, speakerVerb: active, reported });
    }
  }
  const told = withFindingsOfAnotherCause(
    sentence,
    withFindingsOfTheStory(sentence, withoutCallingsOfAnother(sentence, cues, deniedOtherUntil), claimWords),
  );
  const refined = withAccusedOfLying(
    sentence,
    withDeniedDenials(sentence, withoutDoubtedDenials(sentence, withoutClaimsDenied(sentence, told))),
  );
  return withUncertainty(sentence, withConcessionsOfAnother(sentence, refined, storyWords)).sort(
    (a, b) => a.start - b.start,
  );
}

/**
 * "Investigators' findings point to hull failure, not scuttling": a finding that names another cause and sets the
 * story's aside denies the story, and the finder holds that denial.
 */
function withFindingsOfAnotherCause(sentence: string, cues: readonly StanceCue[]): StanceCue[] {
  const setAside = new Set<StanceCue>();
  const read = cues.map((cue) => {
    if (cue.stance !== "asserts" || !FINDING_THAT.test(cue.cue)) return cue;
    const clauseEnd = clauseEndAfter(sentence, cue.end);
    const otherCause = cues.find(
      (other) => other.start >= cue.end && other.end <= clauseEnd && /^,\s+not\s/i.test(other.cue),
    );
    if (!otherCause) return cue;
    setAside.add(otherCause);
    return { ...cue, stance: "denies" as const };
  });
  return read.filter((cue) => !setAside.has(cue));
}

/** A quotation mark, not an apostrophe inside a word ("didn't", "Ashgrove's"). */
const QUOTATION_MARK = /["“”]|(?<!\p{L})['‘’]|['‘’](?!\p{L})/gu;

/** "…, but insisted that no customer had been signed up", "but says it did not harm pupils": a denial after. */
const BUT_SAYS_NOT =
  /,?\s+but\s+(?:\p{L}+\s+){0,2}?(?:said|says|insisted|insists|maintained|maintains|argued|argues|stressed|stresses|added)\s+(?:that\s+)?[^;]*?(?:\b(?:no|not|never|nothing|none|nobody|only|every)\b|n['’]t\b|\b(?:was|were|is|are)\s+(?:safe|fair|lawful|in\s+order))/iu;

/**
 * "Corran conceded that some paperwork was incomplete, but insisted that no customer had been signed up without
 * agreeing": what is conceded is another thing; the speaker denies the story.
 */
function withConcessionsOfAnother(
  sentence: string,
  cues: readonly StanceCue[],
  storyWords: readonly RegExp[],
): StanceCue[] {
  return cues.flatMap((cue) => {
    if (cue.stance !== "asserts" || !/^(?:admit|acknowledg|conced|accept)/i.test(cue.cue)) return [cue];
    // "but said the crew had not known it was there" denies another thing than the story.
    const denial = BUT_SAYS_NOT.exec(sentence.slice(cue.end));
    if (!denial) return [cue];
    const denied = sentence.slice(cue.end + denial.index).split(/[;:]/)[0] ?? "";
    if (mentionsTopic(denied, storyWords)) return [{ ...cue, stance: "denies" as const }];
    // "acknowledged that a pH meter had been miscalibrated but said the batch never left the factory": a lesser
    // fault conceded, and the rest denied, admits nothing of the story.
    return mentionsTopic(sentence.slice(cue.end, cue.end + denial.index), storyWords) ? [cue] : [];
  });
}

/** A denied clause whose doer is the denier: "that it had banned", "having dismissed". */
const OWN_ACT_DENIED = /^\s*(?:that\s+)?(?:it|he|she|they|we)\s|^\s*\p{L}+ing\s/iu;

/**
 * "Quorvel denied a report that it planned to cut 1,000 jobs, calling it 'pure speculation'": after a
 * denial of another claim, what the speaker calls that claim denies nothing of the story.
 */
function withoutCallingsOfAnother(
  sentence: string,
  cues: readonly StanceCue[],
  deniedUntil: number,
): StanceCue[] {
  if (deniedUntil < 0) return [...cues];
  // "denied that it had banned a candlelit vigil for …": what the speaker denies doing, it does not assert.
  const ownActDeniedUntil = OWN_ACT_DENIED.test(sentence.slice(deniedUntil).replace(LEADING_ADVERBIALS, ""))
    ? clauseEndAfter(sentence, deniedUntil)
    : -1;
  return cues.filter(
    (cue) =>
      !(
        (cue.stance === "asserts" && cue.start >= deniedUntil && cue.start < ownActDeniedUntil) ||
        (cue.stance === "denies" &&
          cue.start >= deniedUntil &&
          CALLING_BEFORE.test(sentence.slice(deniedUntil, cue.start)))
      ),
  );
}

/** "found that", "ruled that", "after concluding that": a finding whose clause follows. */
const FINDING_THAT = new RegExp(
  `^(?:${anyOf(FINDS_THAT, /finds?|conclude|concludes|concluded|rules|finding|confirming/, SET_TO_FIND, /(?:link|trac|point|ties?|tied)\w*\s.*to/)})$`,
  "iu",
);
/**
 * A fine, up to the word before its reason: "fined the club 2 million crowns for". A charge or a suit names its
 * reason in words of its own ("charges cement trio with collusion").
 */
const PENALTY_GIVEN = /^fin(?:e|es|ed)\s.*\s(?:over|for)$/iu;
/** A penalty and its reason: "bans Okonde for two years over", "expels four diplomats over". */
const PENALTY = new RegExp(`^(?:${PENALTY_TOLD.source})$`, "iu");

/**
 * "the health authority found that some patients had been counted twice": a finding asserts the
 * claim only when its clause names the story. Without the story's words every finding stands.
 */
function withFindingsOfTheStory(
  sentence: string,
  cues: readonly StanceCue[],
  claimWords: readonly RegExp[],
): StanceCue[] {
  if (claimWords.length === 0) return [...cues];
  return cues.filter((cue) => {
    if (!FINDING_THAT.test(cue.cue) && !PENALTY.test(cue.cue)) return true;
    const after = sentence.slice(cue.end, clauseEndAfter(sentence, cue.end));
    // "links the asthma cluster to the plant": what is linked is in the cue; "Deaths traced to broken
    // cooling", "…, administrators find": what was found comes before.
    const found = /^traced\s+to$/i.test(cue.cue)
      ? `${sentence.slice(0, cue.start)}${after}`
      : /^(?:link|trac|point|tie)/i.test(cue.cue)
        ? `${cue.cue}${after}`
        : /^\W*$/.test(after)
          ? sentence.slice(0, cue.start)
          : after;
    return mentionsTopic(found, claimWords);
  });
}

/**
 * A verb of speech with a subject, then its words up to the cue, in one clause: "the man insists it
 * was not a hoax". Verbs that are also nouns ("reports", "claims") are left out: "the reports were
 * false" is the outlet's.
 */
const REPORTED_AFTER =
  /\p{L}[\p{L}'’]*,?\s+(?:said|says|sees|saw|insist(?:s|ed)?|maintain(?:s|ed)?|argue[sd]?|vow(?:s|ed)?|swear(?:s)?|swore|stated|declare[sd]|wrote|writes|added|adds|explained|warn(?:s|ed)|caution(?:s|ed)|suggested|finds?|told\s+[\p{L}'’]+)\b(?<!\b(?:is|was|were|are|been|be)\s+\p{L}+)[^,.;:!?"“”]*$/iu;

/** "condemned what she called a provocation": the word of whoever calls it so, never the outlet's. */
const CALLED_BY_SOMEONE =
  /\b(?:call(?:s|ed|ing)?|brand(?:s|ed|ing)?|dubb?(?:s|ed|ing)?|describ(?:es|ed|ing)\s+(?:[\p{L}-]+\s+){0,3}as)\s+(?:it\s+|them\s+|this\s+|that\s+|the\s+[\p{L}-]+\s+)?(?:an?\s+)?["“‘']?(?:[\p{L}-]+\s+)?$/iu;

/**
 * "Experts debunk the claims", "Kurdish forces deny ISIS claims that …", "Pacora calls lawsuit claims
 * 'baseless'": the noun "claims" as what a speaker denies, doubts or calls something names the claim;
 * it is not the outlet distancing itself from it.
 */
const DENIED_BEFORE =
  /\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|debunk(?:s|ed|ing)?|refut(?:e|es|ed|ing)|rebut(?:s|ted|ting)?|shoot(?:s|ing)?\s+down|shot\s+down|cast(?:s|ing)?\s+doubts?\s+(?:on|over)|question(?:s|ed|ing)?|disput(?:e|es|ed|ing)|contest(?:s|ed|ing)?|call(?:s|ed|ing)?|brand(?:s|ed|ing)?)\s+(?:[\p{L}\d'’-]+\s+){0,4}$/iu;

function withoutClaimsDenied(sentence: string, cues: readonly StanceCue[]): StanceCue[] {
  return cues.filter(
    (cue) =>
      !(
        cue.outletWording &&
        /^claims$/i.test(cue.cue) &&
        (DENIED_BEFORE.test(textBefore(sentence, cue.start)) || isCalledFalse(sentence, cue, cues))
      ),
  );
}

/** A denial that calls something false: "are unfounded", "to be baseless", "pure speculation". */
const CALLED_FALSE =
  /(?:false|untrue|baseless|groundless|unfounded|speculation|nonsense|fiction|lies|a\s+lie|absurd|ridiculous|misleading)$/i;

/** "says fraud claims are unfounded", "found the claims that its data were fabricated to be unfounded". */
function isCalledFalse(sentence: string, claims: StanceCue, cues: readonly StanceCue[]): boolean {
  const clauseEnd = clauseEndAfter(sentence, claims.end);
  return cues.some((cue) => cue.start >= claims.end && cue.end <= clauseEnd && CALLED_FALSE.test(cue.cue));
}

/**
 * The 200 characters before a position: the patterns read back from a cue end at it, and a bound
 * keeps them linear on a page's run-on "sentence" of thousands of characters.
 */
function textBefore(sentence: string, position: number): string {
  return sentence.slice(Math.max(0, position - 200), position);
}

/** "Graves may have been found", "the video could be fake". */
const MODAL_BEFORE =
  /\b(?:may|might|could)\s+(?:well\s+|also\s+|possibly\s+)?(?:have\s+)?(?:be\s+|been\s+)?$/i;

/**
 * A claim stated or denied in a question ("Fake or freak?", "is it all a hoax?") or under a modal
 * ("may have been found") is put in doubt: the words hedge. A speaker verb keeps its stance.
 */
function withUncertainty(sentence: string, cues: readonly StanceCue[]): StanceCue[] {
  return cues.map((cue) => {
    if (cue.stance === "hedges" || cue.speakerVerb) return cue;
    const clauseEnd = /[.!?]/.exec(sentence.slice(cue.end));
    const question = clauseEnd?.[0] === "?";
    return question || MODAL_BEFORE.test(textBefore(sentence, cue.start))
      ? { ...cue, stance: "hedges" }
      : cue;
  });
}

/** A denial of a denial: "rejects claims the video was staged", "the video is not fake", "it is no hoax". */
const NOT_BEFORE = /\b(?:not|never|n['’]t|(?:is|was|are|were|be|been)\s+no)\s+(?:a\s+|an\s+)?$/i;

/**
 * "The family rejected claims that the video was staged": denying that the event was faked asserts
 * the claim, so the verb asserts and the inner word drops; "the video is not fake" asserts too.
 */
function withDeniedDenials(sentence: string, cues: readonly StanceCue[]): StanceCue[] {
  const replaced = new Map<StanceCue, StanceCue | null>();
  for (const cue of cues) {
    if (cue.stance !== "denies") continue;
    if (NOT_BEFORE.test(sentence.slice(Math.max(0, cue.start - 12), cue.start)) && !cue.speakerVerb) {
      replaced.set(cue, { ...cue, stance: "asserts" });
      continue;
    }
    if (!cue.speakerVerb || !DENIAL_VERB.test(cue.cue)) continue;
    const clauseEnd = clauseEndAfter(sentence, cue.end);
    // The inner word must say what the clause claims ("that the video was staged"), not describe
    // the denied words ("rejects 'fabricated' claims").
    const inner = cues.filter(
      (other) =>
        other.stance === "denies" &&
        other.start >= cue.end &&
        other.end <= clauseEnd &&
        /\b(?:that|was|were|is|are|been)\b/i.test(sentence.slice(cue.end, other.start)) &&
        // "dismissed allegations that … as 'pure fiction'": what the speaker calls them, not their claim.
        !/\bas\s+["“‘']?(?:\p{L}+\s+){0,3}$/iu.test(sentence.slice(cue.end, other.start)),
    );
    if (inner.length === 0) continue;
    replaced.set(cue, { ...cue, stance: "asserts" });
    for (const other of inner) replaced.set(other, null);
  }
  return withReplacements(cues, replaced);
}

/** The cues with each replaced one swapped for its replacement, or left out where that is null. */
function withReplacements(
  cues: readonly StanceCue[],
  replaced: ReadonlyMap<StanceCue, StanceCue | null>,
): StanceCue[] {
  return cues.flatMap((cue) => {
    const replacement = replaced.get(cue);
    if (replacement === undefined) return [cue];
    return replacement ? [replacement] : [];
  });
}

/**
 * "Aerovista accused the union of spreading lies about AV212": an accusation of lying denies; the
 * inner word is part of it.
 */
function withAccusedOfLying(sentence: string, cues: readonly StanceCue[]): StanceCue[] {
  const replaced = new Map<StanceCue, StanceCue | null>();
  for (const cue of cues) {
    if (!/^accus/i.test(cue.cue)) continue;
    const clauseEnd = clauseEndAfter(sentence, cue.end);
    const inner = cues.filter(
      (other) => other.stance === "denies" && other.start >= cue.end && other.end <= clauseEnd,
    );
    if (inner.length === 0) continue;
    replaced.set(cue, { ...cue, stance: "denies" });
    for (const other of inner) replaced.set(other, null);
  }
  return withReplacements(cues, replaced);
}

/** "There is no outbreak", "not an outbreak", before one of the words that name the story. */
const NO_CLAIM =
  /\b(?:there\s+(?:is|was|has\s+been|had\s+been)\s+no|(?:is|was|are|were)\s+not\s+(?:a|an))\s+/giu;

/** "no evidence that …", "no sign of …": what is missing is support for the story, not the story. */
const NOT_THE_STORY = /^(?:evidence|proof|sign|signs|indication|suggestion|doubt|confirmation)\b/i;

/** The story's own noun denied: "There is no outbreak", "the cases were not an outbreak". */
function negatedClaims(sentence: string, claimWords: readonly RegExp[]): StanceCue[] {
  if (claimWords.length === 0) return [];
  const cues: StanceCue[] = [];
  for (const match of sentence.matchAll(NO_CLAIM)) {
    const start = match.index + match[0].length;
    const next = /^(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+/u.exec(sentence.slice(start))?.[0] ?? "";
    // "there is no evidence that fungicide reached the school": a doubt, read by the hedges.
    if (NOT_THE_STORY.test(next)) continue;
    const wordEnd = claimWordEnd(next, claimWords);
    if (wordEnd === null) continue;
    cues.push(denialCue(sentence, match.index, start + wordEnd, false));
  }
  return cues;
}

/**
 * A denial found by a pattern of its own rather than a cue word. `reported`: the words are a
 * speaker's ("food, not fumes"), nobody's when the rules cannot name one.
 */
export function denialCue(sentence: string, start: number, end: number, reported: boolean): StanceCue {
  return {
    stance: "denies",
    start,
    end,
    cue: sentence.slice(start, end),
    outletWording: false,
    speakerVerb: false,
    reported,
  };
}

/** "food, not fumes", "a hidden flaw, not missed checks": the cause put forward, then the one rejected. */
const CAUSE_NOT_THAT =
  /,\s+not\s+(?:by\s+|from\s+|the\s+|its\s+|their\s+|his\s+|her\s+)?(?![\d]|(?:on|in|at|to|only|just|yet|all|even|least|since|until|because)\b)[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}?(?=\s*,|\s*[.!?]?$|\s+(?:caused|behind|explains?|explained|led|triggered|started|made|was|were|is|are)\b)/gu;
/** Words that make "X, not Y" a cause: "caused by", "behind", "fell ill from", "explains". */
const CAUSAL =
  /\b(?:caus(?:e|ed|es|ing)|behind|(?:ill|sick|poisoned|died)\s+(?:\p{L}+\s+)?from|explains?|explained|reflect(?:s|ed)?|responsible|blame[sd]?|due\s+to|because|led\s+to|triggered|source|point(?:s|ed|ing)?\s+to|traced\s+to|down\s+to|result\s+of)\b/iu;

/**
 * "Hotel says guests fell ill from food, not fumes": whoever names another cause rejects the story's.
 * The stance is the speaker's; with no speaker it is no one's.
 */
function otherCauses(sentence: string): StanceCue[] {
  return [...sentence.matchAll(CAUSE_NOT_THAT)]
    .filter(
      (match) =>
        CAUSAL.test(sentence) ||
        // "drought, not our boreholes, emptied the wells": the other one did it.
        /^\s*,\s+\p{Ll}+ed\b/u.test(sentence.slice(match.index + match[0].length)),
    )
    .map((match) => denialCue(sentence, match.index, match.index + match[0].length, true));
}

/** Where the first of the story's words in the text ends, or null. */
function claimWordEnd(text: string, claimWords: readonly RegExp[]): number | null {
  const ends = claimWords.flatMap((pattern) => {
    pattern.lastIndex = 0;
    const found = pattern.exec(text);
    return found ? [found.index + found[0].length] : [];
  });
  return ends.length > 0 ? Math.min(...ends) : null;
}

/** Doubts whose clause follows them: "no evidence that …", "questioned whether …". */
const DOUBT_OVER_CLAUSE =
  /^(?:no\s+(?:[\p{L}-]+\s+)?evidence|unverified|unclear\s+\w+|question(?:s|ed)|doubts?|disput(?:ed|es))$/iu;
/** How far a clause reaches: to the end of its sentence part, or a participle after a comma (", calling …"). */
const CLAUSE_END = /[;:]|,\s+(?:but|while|though|although|\p{L}+ing)\b/u;

function clauseEndAfter(sentence: string, position: number): number {
  const rest = sentence.slice(position);
  return position + (CLAUSE_END.exec(rest)?.index ?? rest.length);
}

/**
 * "no evidence that the alarm was false", "no evidence the graves were staged": a doubt of a denial
 * takes no side on the claim, so neither cue stands.
 */
function withoutDoubtedDenials(sentence: string, cues: readonly StanceCue[]): StanceCue[] {
  const dropped = new Set<StanceCue>();
  for (const doubt of cues) {
    if (doubt.stance !== "hedges" || !DOUBT_OVER_CLAUSE.test(doubt.cue)) continue;
    const clauseEnd = clauseEndAfter(sentence, doubt.end);
    const denials = cues.filter(
      (cue) => cue.stance === "denies" && cue.start >= doubt.end && cue.end <= clauseEnd,
    );
    const denialWord = /\b(?:false|untrue|fake|hoax)\b/i.test(sentence.slice(doubt.end, clauseEnd));
    if (denials.length === 0 && !denialWord) continue;
    dropped.add(doubt);
    for (const denial of denials) dropped.add(denial);
  }
  return cues.filter((cue) => !dropped.has(cue));
}
