// Fetches untrusted feed and page URLs with node:http(s): only public addresses (checked on the URL, on
// every DNS answer and on every redirect), bounded time and size, robots.txt and per-host politeness.
// node:http rather than fetch(), because only its `lookup` hook sees the address actually connected to.
import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions, type LookupOptions } from "node:dns";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import type { Socket } from "node:net";
import type { Readable } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import type { NetworkConfig } from "../../core/config";
import {
  FetchError,
  type FetchPurpose,
  type FetchRequest,
  type FetchResult,
  type HttpFetcher,
} from "../../ports/http-fetcher";
import { refusedAddressReason } from "./address-policy";
import { HostScheduler, type Sleep } from "./host-scheduler";
import { RobotsCache } from "./robots";

/** The shape of dns.lookup that node:http's `lookup` option calls. */
export type LookupFunction = (
  hostname: string,
  options: LookupOptions,
  callback: (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
) => void;

export interface NodeHttpFetcherOptions {
  /** Resolves host names (dns.lookup by default); every answer still goes through the address policy. */
  readonly lookup?: LookupFunction;
  /** Waits between requests to one host (setTimeout by default); tests pass a fast one. */
  readonly sleep?: Sleep;
}

type Purpose = FetchPurpose | "robots";

interface Validators {
  readonly etag?: string | null;
  readonly lastModified?: string | null;
}

type Exchange =
  | { readonly kind: "redirect"; readonly location: string }
  | { readonly kind: "done"; readonly result: FetchResult };

const DEFAULT_PORTS: Record<string, number> = { "http:": 80, "https:": 443 };
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Google's limit for robots.txt; rules past it are ignored. */
const MAX_ROBOTS_BYTES = 500 * 1024;

const ACCEPT: Record<Purpose, string> = {
  feed: "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1",
  page: "text/html, application/xhtml+xml;q=0.9, */*;q=0.1",
  robots: "text/plain, */*;q=0.1",
};

/**
 * Media types accepted per purpose. Feeds also accept HTML and plain text, so that the parser can say
 * "this is an HTML page, not a feed" instead of a vaguer content-type error.
 */
const ACCEPTED_TYPES: Record<Purpose, (mediaType: string) => boolean> = {
  feed: (type) => /[/+](?:xml|rss|atom|rdf)\b/.test(type) || /^text\/(?:plain|html|xml)$/.test(type),
  page: (type) => type === "text/html" || type === "application/xhtml+xml",
  robots: () => true,
};

export class NodeHttpFetcher implements HttpFetcher {
  private readonly lookup: LookupFunction;
  private readonly scheduler: HostScheduler;
  private readonly robots: RobotsCache;

  constructor(
    private readonly network: NetworkConfig,
    options: NodeHttpFetcherOptions = {},
  ) {
    this.lookup = options.lookup ?? (dnsLookup as LookupFunction);
    const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
    this.scheduler = new HostScheduler(network.perHostDelayMs, sleep);
    this.robots = new RobotsCache(network.userAgent, (robotsUrl) => this.loadRobotsTxt(robotsUrl));
  }

  fetch(request: FetchRequest): Promise<FetchResult> {
    return this.follow(request.url, request.purpose, request);
  }

  /** Follows redirects from `startUrl`, checking every hop as if it were the first. */
  private async follow(startUrl: string, purpose: Purpose, validators: Validators): Promise<FetchResult> {
    let url = this.checkedUrl(startUrl);
    for (let redirects = 0; ; redirects++) {
      if (purpose !== "robots" && this.network.respectRobotsTxt && !(await this.robots.isAllowed(url))) {
        throw new FetchError("robots", `refused: robots.txt of ${url.origin} disallows ${url.pathname}`);
      }
      const exchange = await this.scheduler.run(url.host, () => this.exchange(url, purpose, validators));
      if (exchange.kind === "done") return exchange.result;
      if (redirects >= this.network.maxRedirects) {
        throw new FetchError(
          "too-many-redirects",
          `stopped after ${this.network.maxRedirects} redirects at ${url.href}`,
        );
      }
      url = this.checkedUrl(new URL(exchange.location, url).href);
    }
  }

  /** Parses the URL and applies the scheme, port and literal-address rules. */
  private checkedUrl(raw: string): URL {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new FetchError("refused-url", `refused: "${raw}" is not a valid URL`);
    }
    const defaultPort = DEFAULT_PORTS[url.protocol];
    if (defaultPort === undefined)
      throw new FetchError("refused-url", `refused: ${url.protocol} URLs are not fetched`);
    const port = url.port === "" ? defaultPort : Number(url.port);
    if (port !== defaultPort && !this.network.allowedPorts.includes(port)) {
      const allowed = [...new Set([80, 443, ...this.network.allowedPorts])].join(", ");
      throw new FetchError("refused-url", `refused: port ${port} is not allowed (allowed: ${allowed})`);
    }
    if (url.username || url.password)
      throw new FetchError("refused-url", "refused: URLs with credentials are not fetched");
    // WHATWG URL has already turned 2130706433, 0x7f.1 and 0177.0.0.1 into 127.0.0.1.
    const host = url.hostname.replace(/^\[|\]$/g, "");
    const reason = this.addressRefusal(host);
    if (reason && reason !== "not an IP address") {
      throw new FetchError("refused-address", `refused: ${host} is ${reason}`);
    }
    return url;
  }

  private addressRefusal(address: string): string | null {
    return this.network.allowPrivateHosts ? null : refusedAddressReason(address);
  }

  /** One request and response, within the connect and total timeouts. */
  private exchange(url: URL, purpose: Purpose, validators: Validators): Promise<Exchange> {
    return new Promise<Exchange>((resolve, reject) => {
      const client = url.protocol === "https:" ? https : http;
      const request = client.request(url, {
        method: "GET",
        agent: false,
        headers: this.requestHeaders(purpose, validators),
        lookup: this.guardedLookup(url.hostname),
      });
      const fail = (error: FetchError) => {
        clearTimeout(totalTimer);
        clearTimeout(connectTimer);
        request.destroy(error);
        reject(error);
      };
      const totalTimer = setTimeout(
        () =>
          fail(
            new FetchError("timeout", `timed out after ${this.network.timeoutMs} ms fetching ${url.href}`),
          ),
        this.network.timeoutMs,
      );
      const connectTimer = setTimeout(
        () =>
          fail(
            new FetchError(
              "timeout",
              `connection to ${url.host} timed out after ${this.network.connectTimeoutMs} ms`,
            ),
          ),
        this.network.connectTimeoutMs,
      );
      request.on("socket", (socket: Socket) => {
        if (!socket.connecting) clearTimeout(connectTimer);
        socket.once("connect", () => clearTimeout(connectTimer));
      });
      request.on("error", (error) => fail(error instanceof FetchError ? error : networkError(error, url)));
      request.on("response", (response) => {
        clearTimeout(connectTimer);
        this.handleResponse(url, purpose, response).then(
          (exchange) => {
            clearTimeout(totalTimer);
            resolve(exchange);
          },
          (error: unknown) => fail(error instanceof FetchError ? error : networkError(error, url)),
        );
      });
      request.end();
    });
  }

  private requestHeaders(purpose: Purpose, validators: Validators): Record<string, string> {
    const headers: Record<string, string> = {
      "User-Agent": this.network.userAgent,
      Accept: ACCEPT[purpose],
      "Accept-Encoding": "gzip, deflate, br",
    };
    if (validators.etag) headers["If-None-Match"] = validators.etag;
    if (validators.lastModified) headers["If-Modified-Since"] = validators.lastModified;
    return headers;
  }

  /** dns.lookup, keeping only the answers the address policy allows; none left is a refusal. */
  private guardedLookup(hostname: string): LookupFunction {
    return (name, options, callback) => {
      this.lookup(name, { ...options, all: true } as LookupAllOptions, (error, answers) => {
        if (error) return callback(error, []);
        const all = Array.isArray(answers)
          ? answers
          : [{ address: answers, family: options.family === 6 ? 6 : 4 }];
        const allowed = all.filter((answer) => this.addressRefusal(answer.address) === null);
        const first = allowed[0];
        if (!first) {
          const answer = all[0];
          const reason = answer
            ? `${answer.address}, ${this.addressRefusal(answer.address)}`
            : "no addresses";
          return callback(
            new FetchError("refused-address", `refused: ${hostname} resolves to ${reason}`),
            [],
          );
        }
        if (options.all) return callback(null, allowed);
        return callback(null, first.address, first.family);
      });
    };
  }

  private async handleResponse(url: URL, purpose: Purpose, response: IncomingMessage): Promise<Exchange> {
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (REDIRECT_STATUSES.has(status) && location) {
      response.destroy();
      return { kind: "redirect", location };
    }
    if (status === 304) {
      response.destroy();
      return { kind: "done", result: { status: "not-modified", url: url.href } };
    }
    if (status < 200 || status >= 300) {
      response.destroy();
      throw new FetchError(
        "http-status",
        `HTTP ${status} ${response.statusMessage ?? ""}`.trim(),
        retryAfterMs(response.headers["retry-after"]),
        status,
      );
    }
    const contentType = response.headers["content-type"] ?? null;
    const mediaType = contentType?.split(";")[0]?.trim().toLowerCase() ?? "";
    if (mediaType && !ACCEPTED_TYPES[purpose](mediaType)) {
      response.destroy();
      throw new FetchError(
        "content-type",
        `refused: content type ${mediaType} is not accepted for a ${purpose}`,
      );
    }
    const body = await readBody(response, this.sizeLimit(purpose));
    return {
      kind: "done",
      result: {
        status: "ok",
        url: url.href,
        httpStatus: status,
        contentType,
        body,
        etag: headerValue(response.headers.etag),
        lastModified: headerValue(response.headers["last-modified"]),
      },
    };
  }

  private sizeLimit(purpose: Purpose): number {
    if (purpose === "feed") return this.network.maxFeedBytes;
    if (purpose === "page") return this.network.maxPageBytes;
    return Math.min(MAX_ROBOTS_BYTES, this.network.maxFeedBytes);
  }

  /** robots.txt through the same guard and limits; missing, failing or not 2xx allows everything. */
  private async loadRobotsTxt(robotsUrl: string): Promise<string | null> {
    try {
      const result = await this.follow(robotsUrl, "robots", {});
      return result.status === "ok" ? new TextDecoder().decode(result.body) : null;
    } catch {
      return null;
    }
  }
}

/** The decoded body, stopping as soon as it passes `limit` bytes, so a compression bomb costs little. */
async function readBody(response: IncomingMessage, limit: number): Promise<Uint8Array> {
  const declaredLength = Number(response.headers["content-length"]);
  const encoding = (response.headers["content-encoding"] ?? "identity").trim().toLowerCase();
  if (encoding === "identity" && declaredLength > limit) {
    response.destroy();
    throw tooLarge(limit);
  }
  const decoded = decoderFor(encoding, response);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of decoded) {
      size += (chunk as Buffer).length;
      if (size > limit) throw tooLarge(limit);
      chunks.push(chunk as Buffer);
    }
  } finally {
    if (size > limit || !response.complete) response.destroy();
  }
  return new Uint8Array(Buffer.concat(chunks));
}

function decoderFor(encoding: string, response: IncomingMessage): Readable {
  const decompress = {
    gzip: createGunzip,
    "x-gzip": createGunzip,
    deflate: createInflate,
    br: createBrotliDecompress,
  }[encoding];
  if (encoding === "identity" || encoding === "") return response;
  if (!decompress) {
    response.destroy();
    throw new FetchError("network", `unsupported content encoding "${encoding}"`);
  }
  const decoder = decompress();
  response.on("error", (error) => decoder.destroy(error));
  return response.pipe(decoder);
}

function tooLarge(limit: number): FetchError {
  return new FetchError("too-large", `refused: body exceeds ${limit} bytes`);
}

function headerValue(value: string | string[] | undefined): string | null {
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

/** Retry-After in delta-seconds or as an HTTP date. */
function retryAfterMs(value: string | undefined): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now());
}

function networkError(error: unknown, url: URL): FetchError {
  const { code, message } = error as NodeJS.ErrnoException;
  switch (code) {
    case "ENOTFOUND":
    case "EAI_AGAIN":
    case "EAI_NODATA":
      return new FetchError("dns", `DNS lookup failed for ${url.hostname} (${code})`);
    case "ECONNREFUSED":
      return new FetchError("connect", `could not connect to ${url.host}: connection refused`);
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return new FetchError("connect", `could not connect to ${url.host}: host unreachable`);
    case "ECONNRESET":
      return new FetchError("network", `connection to ${url.host} was reset`);
    default:
      return new FetchError("network", `fetching ${url.href} failed: ${message}`);
  }
}
