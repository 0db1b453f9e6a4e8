import { isIPv6 } from "node:net";

/**
 * The key a per-client allowance is counted under. An IPv6 subscriber usually holds a whole /64
 * and can pick a fresh address per request, so IPv6 clients are keyed by their /64 prefix;
 * IPv4 (and IPv4-mapped IPv6) addresses are keyed as they are.
 */
export function clientKey(ip: string | undefined): string {
  if (!ip) return "unknown";
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  if (mapped) return mapped[1]!;
  if (!isIPv6(ip)) return ip;
  return `${expandIPv6(ip).slice(0, 4).join(":")}::/64`;
}

/** Eight 16-bit groups, lower-case, without leading zeros; any zone (`%eth0`) dropped. */
function expandIPv6(ip: string): string[] {
  const [address] = ip.toLowerCase().split("%");
  let groups: string[];
  if (address!.includes("::")) {
    const [head, tail] = address!.split("::");
    const left = head ? head.split(":") : [];
    const right = tail ? tail.split(":") : [];
    groups = [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right];
  } else {
    groups = address!.split(":");
  }
  return groups.map((g) => (g.includes(".") ? g : String(parseInt(g, 16).toString(16))));
}
