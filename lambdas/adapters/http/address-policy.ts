// Which IP addresses a fetch of an untrusted URL may connect to: public unicast only, so a feed or a
// redirect cannot reach the cloud metadata service, the VPC or the machine itself.
import { BlockList, isIP } from "node:net";

/** Each refused range, grouped by the words used to explain a refusal. */
const REFUSED_RANGES: readonly { readonly reason: string; readonly ranges: readonly string[] }[] = [
  { reason: "a loopback address", ranges: ["127.0.0.0/8", "::1/128"] },
  { reason: "a private address", ranges: ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"] },
  { reason: "a link-local address", ranges: ["169.254.0.0/16", "fe80::/10"] },
  { reason: "a carrier-grade NAT address", ranges: ["100.64.0.0/10"] },
  { reason: "a multicast address", ranges: ["224.0.0.0/4", "ff00::/8"] },
  { reason: "an unspecified address", ranges: ["0.0.0.0/8", "::/128"] },
  { reason: "a unique-local address", ranges: ["fc00::/7"] },
  {
    reason: "a reserved address",
    ranges: [
      "192.0.0.0/24",
      "192.0.2.0/24",
      "192.88.99.0/24",
      "198.18.0.0/15",
      "198.51.100.0/24",
      "203.0.113.0/24",
      "240.0.0.0/4",
      "::/96",
      "100::/64",
      "2001:db8::/32",
      "fec0::/10",
    ],
  },
];

const BLOCK_LISTS = REFUSED_RANGES.map(({ reason, ranges }) => {
  const list = new BlockList();
  for (const range of ranges) {
    const [network = "", prefix = ""] = range.split("/");
    list.addSubnet(network, Number(prefix), isIP(network) === 6 ? "ipv6" : "ipv4");
  }
  return { reason, list };
});

/** IPv6 forms that carry an IPv4 address in their last 32 bits: IPv4-mapped and the NAT64 well-known prefix. */
const EMBEDDED_IPV4 = /^(?:::ffff:(?:0:)?|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/i;
const EMBEDDED_IPV4_HEX = /^(?:::ffff:(?:0:)?|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i;

/**
 * Why the address may not be connected to ("a private address"), or null when it is public.
 * Anything that is not an IP address is refused too: callers check resolved or literal addresses only.
 */
export function refusedAddressReason(address: string): string | null {
  const bare = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const family = isIP(bare);
  if (family === 0) return "not an IP address";
  const embedded = embeddedIpv4(bare);
  if (embedded) return refusedAddressReason(embedded);
  const type = family === 6 ? "ipv6" : "ipv4";
  return BLOCK_LISTS.find(({ list }) => list.check(bare, type))?.reason ?? null;
}

function embeddedIpv4(address: string): string | null {
  const dotted = EMBEDDED_IPV4.exec(address)?.[1];
  if (dotted) return dotted;
  const hex = EMBEDDED_IPV4_HEX.exec(address);
  if (!hex) return null;
  const high = Number.parseInt(hex[1] ?? "0", 16);
  const low = Number.parseInt(hex[2] ?? "0", 16);
  return [high >> 8, high & 0xff, low >> 8, low & 0xff].join(".");
}
