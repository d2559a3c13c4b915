import { describe, expect, it } from "vitest";
import { refusedAddressReason } from "../../lambdas/adapters/http/address-policy";
import { NodeHttpFetcher } from "../../lambdas/adapters/http/node-http-fetcher";
import type { NetworkConfig } from "../../lambdas/core/config";
import { FetchError } from "../../lambdas/ports/http-fetcher";

const PUBLIC_NETWORK: NetworkConfig = {
  allowPrivateHosts: false,
  allowedPorts: [80, 443],
  userAgent: "newsdrift-test/1.0",
  connectTimeoutMs: 1_000,
  timeoutMs: 2_000,
  maxFeedBytes: 1024,
  maxPageBytes: 1024,
  perHostDelayMs: 0,
  maxRedirects: 2,
  respectRobotsTxt: false,
};

describe("refusedAddressReason", () => {
  it.each([
    ["127.0.0.1", "a loopback address"],
    ["127.255.0.9", "a loopback address"],
    ["::1", "a loopback address"],
    ["10.0.0.5", "a private address"],
    ["172.16.0.1", "a private address"],
    ["172.31.255.254", "a private address"],
    ["192.168.10.1", "a private address"],
    ["169.254.169.254", "a link-local address"],
    ["fe80::1", "a link-local address"],
    ["100.64.0.1", "a carrier-grade NAT address"],
    ["100.127.255.254", "a carrier-grade NAT address"],
    ["224.0.0.251", "a multicast address"],
    ["ff02::1", "a multicast address"],
    ["0.0.0.0", "an unspecified address"],
    ["::", "an unspecified address"],
    ["fc00::1", "a unique-local address"],
    ["fd00:ec2::254", "a unique-local address"],
    ["::ffff:127.0.0.1", "a loopback address"],
    ["::ffff:7f00:1", "a loopback address"],
    ["::ffff:a9fe:a9fe", "a link-local address"],
    ["192.0.2.10", "a reserved address"],
    ["198.18.0.1", "a reserved address"],
    ["240.0.0.1", "a reserved address"],
    ["255.255.255.255", "a reserved address"],
    ["2001:db8::1", "a reserved address"],
    ["localhost", "not an IP address"],
  ])("refuses %s as %s", (address, reason) => {
    // Prepare
    const input = address;

    // Act
    const refusal = refusedAddressReason(input);

    // Assess
    expect(refusal).toBe(reason);
  });

  it.each([
    ["8.8.8.8"],
    ["93.184.216.34"],
    ["172.32.0.1"],
    ["100.128.0.1"],
    ["2606:4700:4700::1111"],
    ["::ffff:8.8.4.4"],
  ])("allows the public address %s", (address) => {
    // Prepare
    const input = address;

    // Act
    const refusal = refusedAddressReason(input);

    // Assess
    expect(refusal).toBeNull();
  });
});

describe("NodeHttpFetcher URL checks", () => {
  it.each([
    ["http://2130706433/feed", "refused: 127.0.0.1 is a loopback address"],
    ["http://0x7f.1/feed", "refused: 127.0.0.1 is a loopback address"],
    ["http://0177.0.0.1/feed", "refused: 127.0.0.1 is a loopback address"],
    ["http://[::ffff:127.0.0.1]/feed", "refused: ::ffff:7f00:1 is a loopback address"],
    ["http://169.254.169.254/latest/meta-data/", "refused: 169.254.169.254 is a link-local address"],
    ["http://[fd00::1]/", "refused: fd00::1 is a unique-local address"],
  ])("refuses %s before connecting", async (url, message) => {
    // Prepare
    const fetcher = new NodeHttpFetcher(PUBLIC_NETWORK);

    // Act
    const fetching = fetcher.fetch({ url, purpose: "feed" });

    // Assess
    await expect(fetching).rejects.toMatchObject({ code: "refused-address", message });
  });

  it.each([
    ["file:///etc/passwd", "refused: file: URLs are not fetched"],
    ["ftp://files.example/feed", "refused: ftp: URLs are not fetched"],
    ["http://news.example:8080/feed", "refused: port 8080 is not allowed (allowed: 80, 443)"],
    ["http://user:secret@news.example/feed", "refused: URLs with credentials are not fetched"],
    ["not a url", 'refused: "not a url" is not a valid URL'],
  ])("refuses the URL %s", async (url, message) => {
    // Prepare
    const fetcher = new NodeHttpFetcher(PUBLIC_NETWORK);

    // Act
    const fetching = fetcher.fetch({ url, purpose: "page" });

    // Assess
    await expect(fetching).rejects.toMatchObject({ code: "refused-url", message });
  });

  it("refuses a host name whose DNS answers are all refused addresses", async () => {
    // Prepare
    const lookup = (
      _host: string,
      _options: object,
      callback: (e: null, a: { address: string; family: number }[]) => void,
    ) =>
      callback(null, [
        { address: "10.0.0.5", family: 4 },
        { address: "fd00::5", family: 6 },
      ]);
    const fetcher = new NodeHttpFetcher(PUBLIC_NETWORK, { lookup });

    // Act
    const fetching = fetcher.fetch({ url: "http://intranet.example/feed", purpose: "feed" });

    // Assess
    await expect(fetching).rejects.toBeInstanceOf(FetchError);
    await expect(fetching).rejects.toMatchObject({
      code: "refused-address",
      message: "refused: intranet.example resolves to 10.0.0.5, a private address",
    });
  });
});
