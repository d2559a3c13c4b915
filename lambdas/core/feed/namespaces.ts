// A feed may bind any prefix to a namespace: .NET writes Atom elements inside RSS as `a10:updated`, some RSS
// 1.0 feeds write `rss:item`, and an Atom feed may be `atom:feed` throughout. Names are read under one prefix
// per known namespace, so that the normalisation looks for one name (`atom:updated`, `item`, `entry`).

/** Namespace URI (compared lowercase, as feedparser does) to the prefix its elements are read under. */
const CANONICAL_PREFIXES = new Map<string, string>([
  ["http://www.w3.org/2005/atom", "atom"],
  ["http://purl.org/atom/ns#", "atom"],
  ["http://purl.org/dc/elements/1.1/", "dc"],
  ["http://purl.org/dc/terms/", "dcterms"],
  ["http://purl.org/rss/1.0/modules/content/", "content"],
  ["http://rssnamespace.org/feedburner/ext/1.0", "feedburner"],
  ["http://search.yahoo.com/mrss/", "media"],
  ["http://search.yahoo.com/mrss", "media"],
  ["http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdf"],
  // The feed formats' own elements are read unprefixed.
  ["http://purl.org/rss/1.0/", ""],
  ["http://backend.userland.com/rss2", ""],
  ["http://my.netscape.com/rdf/simple/0.9/", ""],
]);
const ATOM_NAMESPACES = new Set(["http://www.w3.org/2005/atom", "http://purl.org/atom/ns#"]);
const DECLARATION = /\sxmlns:([A-Za-z_][\w.-]*)\s*=\s*(["'])([^"']*)\2/g;

/**
 * Renames `prefix:local` to the canonical prefix of the namespace the document binds `prefix` to; names with
 * an unknown or undeclared prefix are left alone. Atom elements are read unprefixed in an Atom document (its
 * own format) and as `atom:` elsewhere. Where a prefix is bound more than once, the first binding counts.
 * `caseInsensitive` matches prefixes whatever their case, for the lenient parser's case-folded names.
 */
export function prefixCanonicalizer(
  text: string,
  rootLocalName: string,
  caseInsensitive: boolean,
): (name: string) => string {
  const renames = new Map<string, string>();
  for (const [, prefix = "", , uri = ""] of text.matchAll(DECLARATION)) {
    const key = caseInsensitive ? prefix.toLowerCase() : prefix;
    const namespace = uri.trim().toLowerCase();
    const canonical =
      ATOM_NAMESPACES.has(namespace) && rootLocalName === "feed" ? "" : CANONICAL_PREFIXES.get(namespace);
    if (canonical !== undefined && !renames.has(key)) renames.set(key, canonical);
  }
  return (name) => {
    const colon = name.indexOf(":");
    if (colon <= 0) return name;
    const prefix = name.slice(0, colon);
    const canonical = renames.get(caseInsensitive ? prefix.toLowerCase() : prefix);
    if (canonical === undefined) return name;
    const local = name.slice(colon + 1);
    return canonical === "" ? local : `${canonical}:${local}`;
  };
}
