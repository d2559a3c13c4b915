import { describe, expect, it } from "vitest";
import { decodeText } from "../../../lambdas/core/feed/charset";

const ascii = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === "string" ? [...ascii(part)] : part)));

/** "При" in windows-1251 and in koi8-r. */
const PRI_WINDOWS_1251 = [0xcf, 0xf0, 0xe8];
const PRI_KOI8_R = [0xf0, 0xd2, 0xc9];

describe("decodeText", () => {
  it("prefers a byte order mark over the HTTP charset", () => {
    // Prepare
    const body = bytes([0xef, 0xbb, 0xbf], "<a>", [0xd0, 0x9f], "</a>");

    // Act
    const decoded = decodeText(body, "text/xml; charset=koi8-r", "xml");

    // Assess
    expect(decoded).toEqual({ text: "<a>П</a>", charset: "utf-8" });
  });

  it("decodes UTF-16 with a byte order mark", () => {
    // Prepare
    const body = bytes([0xff, 0xfe], [0x3c, 0, 0x61, 0, 0x3e, 0, 0x1f, 0x04]);

    // Act
    const decoded = decodeText(body, null, "xml");

    // Assess
    expect(decoded).toEqual({ text: "<a>П", charset: "utf-16le" });
  });

  it("prefers the HTTP charset over the XML declaration and removes the declared encoding", () => {
    // Prepare
    const body = bytes('<?xml version="1.0" encoding="koi8-r"?><a>', PRI_WINDOWS_1251, "</a>");

    // Act
    const decoded = decodeText(body, 'application/rss+xml; charset="windows-1251"', "xml");

    // Assess
    expect(decoded).toEqual({ text: '<?xml version="1.0"?><a>При</a>', charset: "windows-1251" });
  });

  it("uses the XML declaration when HTTP gives no charset", () => {
    // Prepare
    const body = bytes("<?xml version='1.0' encoding='KOI8-R' standalone='yes'?><a>", PRI_KOI8_R, "</a>");

    // Act
    const decoded = decodeText(body, "application/xml", "xml");

    // Assess
    expect(decoded).toEqual({ text: "<?xml version='1.0' standalone='yes'?><a>При</a>", charset: "koi8-r" });
  });

  it("falls through an unknown label to the next source", () => {
    // Prepare
    const body = bytes('<?xml version="1.0" encoding="windows-1251"?><a>', PRI_WINDOWS_1251, "</a>");

    // Act
    const decoded = decodeText(body, "text/xml; charset=no-such-charset", "xml");

    // Assess
    expect(decoded.charset).toBe("windows-1251");
    expect(decoded.text).toContain("При");
  });

  it("falls back to windows-1252 when bytes declared as UTF-8 are not UTF-8", () => {
    // Prepare
    const body = bytes('<?xml version="1.0" encoding="utf-8"?><a>caf', [0xe9], "</a>");

    // Act
    const decoded = decodeText(body, "text/xml; charset=utf-8", "xml");

    // Assess
    expect(decoded).toEqual({ text: '<?xml version="1.0"?><a>café</a>', charset: "windows-1252" });
  });

  it("defaults to UTF-8 for XML", () => {
    // Prepare
    const body = bytes("<a>", [0xc3, 0xa9], "</a>");

    // Act
    const decoded = decodeText(body, null, "xml");

    // Assess
    expect(decoded).toEqual({ text: "<a>é</a>", charset: "utf-8" });
  });

  it("reads a <meta charset> in HTML", () => {
    // Prepare
    const body = bytes('<html><head><meta charset="windows-1251"><title>', PRI_WINDOWS_1251, "</title>");

    // Act
    const decoded = decodeText(body, "text/html", "html");

    // Assess
    expect(decoded.charset).toBe("windows-1251");
    expect(decoded.text).toContain("<title>При</title>");
  });

  it("reads an http-equiv Content-Type in HTML", () => {
    // Prepare
    const body = bytes('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r"><p>', PRI_KOI8_R);

    // Act
    const decoded = decodeText(body, null, "html");

    // Assess
    expect(decoded.charset).toBe("koi8-r");
    expect(decoded.text.endsWith("<p>При")).toBe(true);
  });

  it("reads undeclared HTML as UTF-8 when the bytes are valid UTF-8", () => {
    // Prepare
    const body = new TextEncoder().encode("<p>Изюм, café</p>");

    // Act
    const decoded = decodeText(body, "text/html", "html");

    // Assess
    expect(decoded).toEqual({ text: "<p>Изюм, café</p>", charset: "utf-8" });
  });

  it("defaults to windows-1252 for undeclared HTML that is not UTF-8", () => {
    // Prepare
    const body = bytes("<p>caf", [0xe9], "</p>");

    // Act
    const decoded = decodeText(body, "text/html", "html");

    // Assess
    expect(decoded).toEqual({ text: "<p>café</p>", charset: "windows-1252" });
  });
});
