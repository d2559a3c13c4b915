// Repairs the well-formedness errors feeds commonly have, where feedparser also recovers, so that a strict
// XML parser reads the rest of the feed as written.
import { decodeHTML, decodeHTMLStrict } from "entities";

export interface RecoveredXml {
  readonly text: string;
  /** What was repaired, in words; empty when the text was already fine in these respects. */
  readonly repairs: string[];
}

/** Characters XML 1.0 forbids even as character references: C0 controls (but tab, LF, CR), U+FFFE/U+FFFF, lone surrogates. */
const INVALID_CHARACTERS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding the control characters XML forbids is the point.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** CDATA sections, comments and the doctype are copied unchanged: `&` means nothing special there. */
const VERBATIM_SECTIONS =
  /(<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<!--[\s\S]*?(?:-->|$)|<!DOCTYPE[^[>]*(?:\[[\s\S]*?\])?\s*>)/i;
const AMPERSAND = /&(?:(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z_][\w.-]*);)?/g;
const ENTITY_DECLARATION = /<!ENTITY\s+([A-Za-z_][\w.-]*)\s+(["'])([^"']*)\2\s*>/g;
const XML_PREDEFINED = new Set(["amp", "lt", "gt", "quot", "apos"]);

interface RepairCounts {
  invalidCharacters: number;
  bareAmpersands: number;
  htmlEntities: Set<string>;
  unknownEntities: number;
}

/** Removes invalid characters and turns bare `&`, HTML named entities and doctype entities into valid XML. */
export function recoverXml(input: string): RecoveredXml {
  const counts: RepairCounts = {
    invalidCharacters: 0,
    bareAmpersands: 0,
    htmlEntities: new Set(),
    unknownEntities: 0,
  };
  const withoutInvalid = input.replace(INVALID_CHARACTERS, () => {
    counts.invalidCharacters++;
    return "";
  });
  const declared = declaredEntities(withoutInvalid);
  const text = withoutInvalid
    .split(VERBATIM_SECTIONS)
    .map((segment, index) => (index % 2 === 1 ? segment : repairAmpersands(segment, declared, counts)))
    .join("");

  const repairs: string[] = [];
  if (counts.invalidCharacters > 0) {
    repairs.push(`removed ${counts.invalidCharacters} character(s) not allowed in XML`);
  }
  if (counts.bareAmpersands > 0) repairs.push(`escaped ${counts.bareAmpersands} bare '&'`);
  if (counts.htmlEntities.size > 0) {
    repairs.push(`converted HTML entities not defined in XML: ${[...counts.htmlEntities].join(" ")}`);
  }
  if (counts.unknownEntities > 0)
    repairs.push(`kept ${counts.unknownEntities} unknown entity reference(s) as text`);
  return { text, repairs };
}

/** `<!ENTITY name "value">` from the internal subset: the XML parser used does not expand them itself. */
function declaredEntities(text: string): Map<string, string> {
  const doctype = /<!DOCTYPE[^[>]*\[([\s\S]*?)\]\s*>/i.exec(text);
  const entities = new Map<string, string>();
  for (const [, name, , value] of doctype?.[1]?.matchAll(ENTITY_DECLARATION) ?? []) {
    if (name && value !== undefined) entities.set(name, value);
  }
  return entities;
}

function repairAmpersands(
  segment: string,
  declared: ReadonlyMap<string, string>,
  counts: RepairCounts,
): string {
  return segment.replace(AMPERSAND, (whole, reference: string | undefined) => {
    if (reference === undefined) {
      counts.bareAmpersands++;
      return "&amp;";
    }
    if (reference.startsWith("#")) return repairCharacterReference(whole, reference, counts);
    if (XML_PREDEFINED.has(reference)) return whole;
    const value = declared.get(reference);
    if (value !== undefined) return value;
    const decoded = decodeHTMLStrict(whole);
    if (decoded !== whole) {
      counts.htmlEntities.add(whole);
      return characterReferences(decoded);
    }
    counts.unknownEntities++;
    return `&amp;${reference};`;
  });
}

/** Keeps valid references; maps &#128;–&#159; to windows-1252 as HTML does; drops references to forbidden characters. */
function repairCharacterReference(whole: string, reference: string, counts: RepairCounts): string {
  const codePoint =
    reference[1] === "x" || reference[1] === "X"
      ? Number.parseInt(reference.slice(2), 16)
      : Number(reference.slice(1));
  if (codePoint >= 0x80 && codePoint <= 0x9f) {
    counts.htmlEntities.add(whole);
    return characterReferences(decodeHTML(whole));
  }
  if (codePoint > 0x10ffff || String.fromCodePoint(codePoint).replace(INVALID_CHARACTERS, "") === "") {
    counts.invalidCharacters++;
    return "";
  }
  return whole;
}

function characterReferences(text: string): string {
  return [...text].map((character) => `&#${character.codePointAt(0)};`).join("");
}
