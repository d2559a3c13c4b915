// html-encoding-sniffer 7 ships no types (and @types/html-encoding-sniffer describes v3, without `xml`).
declare module "html-encoding-sniffer" {
  interface SniffOptions {
    /** XML sniffing (BOM, UTF-16 signatures, XML declaration) instead of the HTML algorithm. */
    xml?: boolean;
    transportLayerEncodingLabel?: string;
    /** Returned as given when nothing in the bytes declares an encoding. */
    defaultEncoding?: string;
    maxPrescanBytes?: number;
  }
  /** Returns a WHATWG encoding name, or `defaultEncoding` when nothing is declared. */
  export default function sniffHtmlEncoding(bytes: Uint8Array, options?: SniffOptions): string;
}
