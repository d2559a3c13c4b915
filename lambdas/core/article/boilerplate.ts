// Removes page furniture that Readability keeps: navigation, captions and photo credits, share bars,
// newsletter and donation appeals, related-story lists, author bios, comments and cookie notices.
// Each pass is one walk over the document or the (much smaller) extracted article, so the cleaning
// costs a fraction of Readability's own scoring. Elements are tested in code, not matched by selector
// lists: jsdom's selector engine takes several times longer over a page than a walk. The rules are generic page conventions
// (class names, ARIA roles, the wording of site chrome), never rules for a particular site.

/** Elements that are never article text, removed before Readability scores the page. */
const CHROME_ELEMENTS = new Set(["nav", "aside", "figcaption", "dialog", "button", "select", "textarea"]);
const CHROME_ROLES = new Set(["navigation", "complementary", "dialog", "alertdialog"]);

/** A class or id token naming furniture, as a whole word between `-`/`_` separators. */
const FURNITURE_TOKEN =
  /(?:^|[-_])(?:newsletters?|subscribe|subscription|signup|sign-up|donate|donations?|cookies?|consent|gdpr|share|sharing|sharebar|social-share|social-links|socials|related|recommended|recommendations|most-read|most-popular|mostread|mostpopular|popular-posts|trending|more-stories|author-bio|author-box|author-info|about-author|authorbio|bio-box|comments?|comment-list|disqus|breadcrumbs?|captions?|credits?|wp-caption-text|tags|tag-list|promo|promotion|advert|advertisement|ad-slot|ad-container|adslot|sponsored|outbrain|taboola|print|print-only|byline|bylines|dateline|author|authors|timestamp|published-date|pubdate|post-meta|entry-meta|article-meta|visually-hidden|sr-only|screen-reader-text)(?:$|[-_])/i;
/** A class token naming an image, video or gallery block. */
const MEDIA_TOKEN =
  /(?:^|[-_])(?:image|images|img|photo|photos|picture|figure|media|gallery|slideshow|video)(?:$|[-_])/i;
/** Longer ids are usually made from a heading (`id="sharing-with-a-single-developer"`), not a role. */
const MAX_ID_PARTS = 4;
/** Tokens such as `entry-content-read-more` or `comment-body-text` still name the article itself. */
const CONTENT_TOKEN = /(?:^|[-_])(?:content|body|entry|text|main)(?:$|[-_])/i;

/** Whole short blocks whose wording marks them as furniture rather than article text. */
const FURNITURE_LINES: readonly RegExp[] = [
  // Ads, skip links, script placeholders.
  /^(advert|advertisement|advertising|ad|sponsored( content)?|anzeige|publicidad|publicité|iklan|реклама)$/i,
  /^(caption|close|open|menu|expand|enlarge|next|previous|prev|back to top|view gallery|view all|see all|show more|load more|more photos)\W*$/i,
  /^(skip to (main )?content|skip navigation|loading( content)?|this slideshow requires javascript|media playback is unsupported on your device)\W*$/i,
  // Share bars.
  /^((share|tweet|email|e-mail|print|pin|submit|whatsapp|facebook|twitter|linkedin|reddit|copy link|comments?)\W*){2,}$/i,
  /^(share (this|on)|like this (story|article)\?|share it with)/i,
  // Photo credits and captions.
  /^(photo|photos|image|images|picture|foto|credit|photograph|illustration)( credit)?s?\s*(:|by\b)/i,
  /^(image|media) (copyright|caption)/i,
  /^\(?(photo|image|credit|source)s?:/i,
  /^(image|photo|slide|picture) \d+ (of|\/)[\s/]*\d*/i,
  /^[^.!?]{0,80}[|/(]\s*(getty images|shutterstock|istock(photo)?|alamy|ap photo|afp|reuters|epa|bloomberg|associated press)\W*$/i,
  /^\d+ ?of ?\d+\b/i,
  /^©/,
  // Bylines and affiliate disclosures.
  /^by\s+\p{Lu}[^.!?]{0,60}$/u,
  /\b(affiliate|referral) links?\b|\bmay (earn|receive) (an? )?(small )?(affiliate )?commission\b/i,
  // Newsletters, subscriptions and donation appeals.
  /\b(sign up|signup|subscribe|register)\b.{0,80}\b(newsletters?|emails?|inbox|alerts|updates)\b/i,
  /\b(newsletters?|emails?|inbox)\b.{0,80}\b(sign up|signup|subscribe)\b/i,
  /^(subscribe|sign up|sign in|log in|register)( now| today| here)?\W*$/i,
  /\b(donate|make a (donation|contribution)|support (our|independent|quality) journalism|become a (member|patron|supporter|subscriber))\b/i,
  /^if you (enjoyed|liked|value|appreciate) (this|our)\b/i,
  /\bdelivered (to your inbox|through your letterbox|weekday mornings|every (morning|day|week))\b/i,
  /^get (breaking news|the latest|our)\b.{0,60}\b(alerts|emails|newsletters?)\b/i,
  // A "Read more: <headline>" line.
  /^(read more|related|see also|also read|also on \S+|more on this|watch|listen)\s*[:|»]/i,
  // Comments.
  /^(leave a (comment|reply)|post a comment|add a comment|show comments|view comments|join the (discussion|conversation)|tell us what you think|what do you think\?)/i,
  // Cookies, copyright and tags.
  /\b(uses? cookies|cookie policy|accept (all )?cookies)\b/i,
  /^(copyright|all rights reserved)\b/i,
  /\ball rights reserved\W*$/i,
  /^(tags|filed under|categories|category|topics)\s*:/i,
];

/** Headings of furniture sections: the heading goes, and the list or link block after it. */
const FURNITURE_HEADING =
  /^(related( articles| stories| posts| coverage| content| links)?|read more|more|see also|also read|more from \S.*|more on this( story)?|further reading|you (may|might) (also )?like|recommended( for you| stories| reading)?|most (read|popular|viewed|shared)|popular( now| this week| stories| posts)?|trending( now| stories)?|latest( news| stories)?|recent (articles|posts|stories|news)|more (great )?\S* ?stories|more (news|stories|articles|videos) (from|on|in|about) .*|editors'? picks|top stories|about the (author|writer)|tags|topics|categories|filed under|share( this)?( article| story| post)?|(\d+ )?(comments?|replies))\W*$/i;

/** Words of a date line: "Updated 1:39 am EST, Wednesday, November 20, 2019". */
const DATE_WORD =
  /^(\d+(st|nd|rd|th)?|\d{1,2}:\d{2}(:\d{2})?(am|pm)?|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|am|pm|a\.m|p\.m|est|edt|cst|cdt|pst|pdt|gmt|utc|bst|cet|et|pt|published|updated|posted|modified|last|first|originally|on|at|by|date|time|today|yesterday|ago|hours?|minutes?|mins?|days?)$/i;
/**
 * What makes a line a date rather than, say, a score line: a month with a year or a time, a numeric
 * date, or a publishing verb with a number.
 */
const DATE_EVIDENCE =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b.*\b(\d{4}|\d{1,2}:\d{2})\b|\b\d{1,2}\.?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b(published|updated|posted)\b.*\d/i;
/** A date line may carry a couple of other words, such as an author's name. */
const MAX_OTHER_WORDS_IN_DATE_LINE = 3;

/** Blocks longer than this are article text whatever their wording. */
const MAX_FURNITURE_TEXT = 300;

/** A list whose text is mostly links is navigation or a related-stories list. */
const LINK_LIST_DENSITY = 0.8;
const LINK_LIST_MIN_ITEMS = 3;

/** Never removed by class or id: the containers the article lives in. */
const PROTECTED_TAGS = new Set(["HTML", "BODY", "MAIN", "ARTICLE"]);

/** Only elements holding less than this share of the surrounding text are removed by class or id. */
const MAX_SHARE_REMOVED_BY_CLASS = 0.5;

/** Block elements whose whole text is judged; inline elements are left to their paragraph. */
const TEXT_BLOCKS = new Set(
  "p h1 h2 h3 h4 h5 h6 li dt dd div section header footer blockquote figure table".split(" "),
);

/** Block elements that hold an image, video or gallery when their class says so. */
const MEDIA_BLOCKS = new Set(["div", "figure", "span", "section"]);

/** Removes site chrome from the whole page before Readability chooses the article container. */
export function removePageChrome(document: Document): void {
  for (const element of elementsWhere(document, isChrome)) element.remove();
  const body = document.body;
  if (!body) return;
  removeFurnitureByClass(body);
  removeLinkLists(body);
}

/**
 * Removes furniture left inside the article Readability extracted (with its classes kept), and
 * headings that repeat the article's title.
 */
export function cleanArticleContent(root: Element, title: string | null): void {
  for (const element of elementsWhere(root, isChrome)) element.remove();
  removeFurnitureByClass(root);
  removeFurnitureByText(root);
  removeLinkLists(root);
  removeMediaBlocks(root);
  if (title) removeTitleHeadings(root, title);
}

/** The elements under `root` that pass `test`, in document order (a copy: removing them is safe). */
function elementsWhere(root: Document | Element, test: (element: Element) => boolean): Element[] {
  return Array.from(root.getElementsByTagName("*")).filter(test);
}

function isChrome(element: Element): boolean {
  return (
    CHROME_ELEMENTS.has(element.localName) ||
    CHROME_ROLES.has(element.getAttribute("role") ?? "") ||
    element.getAttribute("aria-hidden") === "true" ||
    element.hasAttribute("hidden")
  );
}

function isDateLine(text: string): boolean {
  if (!DATE_EVIDENCE.test(text)) return false;
  const words = text.split(/[\s,;|/()]+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
  if (words.length > 16) return false;
  const otherWords = words.filter((word) => !DATE_WORD.test(word.replace(/[.:]+$/, ""))).length;
  return otherWords <= MAX_OTHER_WORDS_IN_DATE_LINE && otherWords < words.length / 2;
}

function removeFurnitureByClass(root: Element): void {
  const totalText = textLength(root);
  for (const element of elementsWhere(root, (e) => e.hasAttribute("class") || e.hasAttribute("id"))) {
    if (PROTECTED_TAGS.has(element.tagName) || !root.contains(element)) continue;
    if (!hasFurnitureName(element)) continue;
    if (textLength(element) > MAX_SHARE_REMOVED_BY_CLASS * totalText) continue;
    element.remove();
  }
}

function hasFurnitureName(element: Element): boolean {
  const id = element.id;
  if (id && id.split(/[-_]/).length <= MAX_ID_PARTS && FURNITURE_TOKEN.test(id) && !CONTENT_TOKEN.test(id))
    return true;
  return classWords(element).some((name) => FURNITURE_TOKEN.test(name));
}

/**
 * The class tokens of an element that do not name article content; camelCase is split into words,
 * so `imageEmbedCaption` reads as `image-Embed-Caption`.
 */
function classWords(element: Element): string[] {
  return (element.getAttribute("class") ?? "")
    .replace(/([a-z])([A-Z])/g, "$1-$2")
    .split(/\s+/)
    .filter((name) => name && !CONTENT_TOKEN.test(name));
}

function removeFurnitureByText(root: Element): void {
  for (const element of elementsWhere(root, (e) => TEXT_BLOCKS.has(e.localName))) {
    if (!root.contains(element)) continue;
    const text = normalisedText(element);
    if (text.length === 0 || text.length > MAX_FURNITURE_TEXT) continue;
    if (FURNITURE_HEADING.test(text)) {
      removeLinksAfter(element);
      element.remove();
    } else if (FURNITURE_LINES.some((pattern) => pattern.test(text)) || isDateLine(text)) {
      element.remove();
    }
  }
}

/** Removes the lists and link-only blocks that follow a furniture heading. */
function removeLinksAfter(heading: Element): void {
  for (let next = heading.nextElementSibling; next !== null; next = heading.nextElementSibling) {
    const isList = next.tagName === "UL" || next.tagName === "OL";
    if (!isList && linkDensity(next) <= LINK_LIST_DENSITY) return;
    next.remove();
  }
}

function removeLinkLists(root: Element): void {
  for (const list of elementsWhere(root, (e) => e.localName === "ul" || e.localName === "ol")) {
    if (!root.contains(list)) continue;
    if (list.children.length < LINK_LIST_MIN_ITEMS) continue;
    if (linkDensity(list) > LINK_LIST_DENSITY) list.remove();
  }
}

/** An image, video or gallery block with only a little text: the text is its caption and credit. */
function removeMediaBlocks(root: Element): void {
  for (const element of elementsWhere(
    root,
    (e) => MEDIA_BLOCKS.has(e.localName) && e.hasAttribute("class"),
  )) {
    if (!root.contains(element) || !classWords(element).some((name) => MEDIA_TOKEN.test(name))) continue;
    if (normalisedText(element).length <= MAX_FURNITURE_TEXT) element.remove();
  }
}

function removeTitleHeadings(root: Element, title: string): void {
  const normalisedTitle = comparable(title);
  if (!normalisedTitle) return;
  for (const heading of elementsWhere(root, (e) => /^h[1-3]$/.test(e.localName))) {
    const text = comparable(heading.textContent ?? "");
    if (text && (normalisedTitle.includes(text) || text.includes(normalisedTitle))) heading.remove();
  }
}

/** Lowercase letters and digits only, for comparing a heading with the title. */
function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

function linkDensity(element: Element): number {
  const total = textLength(element);
  if (total === 0) return 0;
  let linked = 0;
  for (const link of element.getElementsByTagName("a")) linked += textLength(link);
  return linked / total;
}

function textLength(element: Element): number {
  return (element.textContent ?? "").replace(/\s+/g, "").length;
}

function normalisedText(element: Element): string {
  return (element.textContent ?? "").replace(/\s+/g, " ").trim();
}
