// One URL per article, whichever feed, campaign or share button linked to it.

/** Query parameters that only track the click, never select the content. Compared lowercase. */
const TRACKING_PARAMETERS = new Set([
  "fbclid",
  "gclid",
  "gclsrc",
  "dclid",
  "wbraid",
  "gbraid",
  "msclkid",
  "mc_cid",
  "mc_eid",
  "igshid",
  "_ga",
  "_gl",
  "yclid",
  "twclid",
  "ttclid",
  "li_fat_id",
  "ref_src",
  "ref_url",
  "cmpid",
  "ocid",
  "ncid",
  "_hsenc",
  "_hsmi",
  "mkt_tok",
  "oly_anon_id",
  "oly_enc_id",
  "vero_id",
  "rb_clickid",
]);
const TRACKING_PREFIXES = ["utm_"];

/**
 * Resolves `raw` against `base` and returns the URL without its fragment and tracking parameters, or null
 * when it is not a valid http(s) URL. WHATWG URL already lowercases scheme and host and drops default ports.
 */
export function canonicalizeUrl(raw: string, base?: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  url.hash = "";
  // Filtering the raw query keeps the remaining parameters byte for byte; URLSearchParams would re-encode them.
  const kept = url.search
    .slice(1)
    .split("&")
    .filter((pair) => pair !== "" && !isTrackingParameter(pair));
  // An empty search also drops a bare "?".
  url.search = kept.join("&");
  return url.href;
}

function isTrackingParameter(pair: string): boolean {
  const name = parameterName(pair).toLowerCase();
  return TRACKING_PARAMETERS.has(name) || TRACKING_PREFIXES.some((prefix) => name.startsWith(prefix));
}

function parameterName(pair: string): string {
  const raw = pair.split("=", 1)[0] ?? "";
  try {
    return decodeURIComponent(raw.replaceAll("+", " "));
  } catch {
    return raw;
  }
}
