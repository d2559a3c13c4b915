// Turns fetched bytes into text: BOM, then the HTTP charset, then the document's own declaration, then a default.
import sniffHtmlEncoding from "html-encoding-sniffer";

export interface DecodedText {
  readonly text: string;
  /** The WHATWG name of the encoding used, e.g. `utf-8`, `windows-1251`, `koi8-r`. */
  readonly charset: string;
}

export type DocumentKind = "xml" | "html";

const BYTE_ORDER_MARKS: readonly { readonly bytes: readonly number[]; readonly encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: "utf-8" },
  { bytes: [0xff, 0xfe], encoding: "utf-16le" },
  { bytes: [0xfe, 0xff], encoding: "utf-16be" },
];

/** WHATWG default for HTML without a declaration ("all other locales"); every byte maps, so it never fails. */
const LAST_RESORT = "windows-1252";

const CHARSET_PARAMETER = /;\s*charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^;\s]+))/i;
const XML_DECLARATION_ENCODING = /^(\s*<\?xml\b[^>]*?)\s+encoding\s*=\s*(["'])[^"']*\2/;

/**
 * Decodes a feed (`xml`) or page (`html`). Declared encodings are tried in order of precedence; a label
 * TextDecoder does not know, or bytes that are not valid in the declared encoding, fall through to the
 * next source, ending like feedparser with windows-1252, which accepts any bytes.
 */
export function decodeText(bytes: Uint8Array, contentType: string | null, kind: DocumentKind): DecodedText {
  const bomEncoding = byteOrderMarkEncoding(bytes);
  if (bomEncoding) return finish(new TextDecoder(bomEncoding).decode(bytes), bomEncoding, kind);

  const declared = [charsetParameter(contentType), declaredInDocument(bytes, kind)];
  // Undeclared HTML that is valid UTF-8 is almost certainly UTF-8 (browsers would guess from the
  // locale; a server-side reader cannot), so it is tried before the windows-1252 last resort.
  const fallback = ["utf-8"];
  for (const encoding of new Set([...declared, ...fallback].map(whatwgEncoding))) {
    if (!encoding) continue;
    const text = decodeStrictly(bytes, encoding);
    if (text !== null) return finish(text, encoding, kind);
  }
  return finish(new TextDecoder(LAST_RESORT).decode(bytes), LAST_RESORT, kind);
}

function byteOrderMarkEncoding(bytes: Uint8Array): string | null {
  const mark = BYTE_ORDER_MARKS.find((bom) => bom.bytes.every((byte, index) => bytes[index] === byte));
  return mark?.encoding ?? null;
}

function charsetParameter(contentType: string | null): string | null {
  const match = contentType?.match(CHARSET_PARAMETER);
  return match ? (match[1] ?? match[2] ?? match[3] ?? null) : null;
}

/** The XML declaration's encoding (xml) or a `<meta>` charset in the first 1024 bytes (html). */
function declaredInDocument(bytes: Uint8Array, kind: DocumentKind): string | null {
  // An empty default makes the sniffer say "nothing declared" instead of guessing.
  const sniffed = sniffHtmlEncoding(bytes, { xml: kind === "xml", defaultEncoding: "" });
  return sniffed === "" ? null : sniffed;
}

/** The canonical name TextDecoder uses for a label, or null for an unknown or unsupported label. */
function whatwgEncoding(label: string | null): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

function decodeStrictly(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Drops the declaration's encoding, which no longer describes the text, so XML parsers do not re-decode. */
function finish(text: string, charset: string, kind: DocumentKind): DecodedText {
  return { text: kind === "xml" ? text.replace(XML_DECLARATION_ENCODING, "$1") : text, charset };
}
