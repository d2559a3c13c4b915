/** What a fetch is for: it selects the size limit and the content types accepted. */
export type FetchPurpose = "feed" | "page";

export interface FetchRequest {
  readonly url: string;
  readonly purpose: FetchPurpose;
  /** Validators from the previous response, for a conditional GET. */
  readonly etag?: string | null;
  readonly lastModified?: string | null;
}

export interface FetchedResource {
  readonly status: "ok";
  /** The URL after redirects. */
  readonly url: string;
  readonly httpStatus: number;
  /** The Content-Type header as sent, or null. */
  readonly contentType: string | null;
  /** The body after content decoding (gzip, brotli), within the size limit. */
  readonly body: Uint8Array;
  readonly etag: string | null;
  readonly lastModified: string | null;
}

export interface NotModified {
  readonly status: "not-modified";
  readonly url: string;
}

export type FetchResult = FetchedResource | NotModified;

/** Why a fetch failed, in words a user can act on (the message), plus a machine-readable code. */
export type FetchErrorCode =
  | "refused-address"
  | "refused-url"
  | "robots"
  | "dns"
  | "connect"
  | "timeout"
  | "http-status"
  | "too-large"
  | "content-type"
  | "too-many-redirects"
  | "network";

export class FetchError extends Error {
  constructor(
    readonly code: FetchErrorCode,
    message: string,
    /** Milliseconds the server asked us to wait (Retry-After), when it did. */
    readonly retryAfterMs: number | null = null,
    readonly httpStatus: number | null = null,
  ) {
    super(message);
    this.name = "FetchError";
  }
}

/** Fetches untrusted URLs: feeds and article pages. Throws FetchError on failure. */
export interface HttpFetcher {
  fetch(request: FetchRequest): Promise<FetchResult>;
}
