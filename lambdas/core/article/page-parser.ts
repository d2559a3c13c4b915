// Parses page HTML into a jsdom Document without building a jsdom window for each page.
import { JSDOM, VirtualConsole } from "jsdom";

/**
 * Building a jsdom window installs every DOM interface on a new global: about 7 ms, as long as
 * parsing and reading a typical article page. So pages are parsed by jsdom's own DOMParser in one
 * window kept for the life of the process (or worker). A DOMParser document has scripting disabled
 * and no browsing context, so it runs no scripts and loads no resources, exactly as a scriptless
 * `new JSDOM(html)`; it has no window of its own, so there is nothing to close: it is freed like any
 * other object once the page is read, even inside a synchronous loop.
 */
let parserWindow: JSDOM | null = null;

/** Parses `html` as a document whose URL (the base for relative links) is `url`. */
export function parseHtmlDocument(html: string, url: string): Document {
  // An empty virtual console: page CSS errors are not worth printing.
  parserWindow ??= new JSDOM("", { virtualConsole: new VirtualConsole() });
  // The document takes its URL from the window's; jsdom rejects an invalid one, and then the page
  // is parsed with links left relative.
  parserWindow.reconfigure({ url: URL.canParse(url) ? url : "about:blank" });
  return new parserWindow.window.DOMParser().parseFromString(html, "text/html");
}
