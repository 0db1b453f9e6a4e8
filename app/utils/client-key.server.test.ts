import { describe, expect, it } from "vitest";
import { clientKey } from "./client-key.server";

describe("clientKey", () => {
  it("keys IPv4 and IPv4-mapped addresses by the address", () => {
    expect(clientKey("203.0.113.7")).toBe("203.0.113.7");
    expect(clientKey("::ffff:203.0.113.7")).toBe("203.0.113.7");
  });

  it("keys every address of one IPv6 /64 alike, whatever its spelling", () => {
    const key = clientKey("2001:db8:abcd:12::1");
    expect(key).toBe("2001:db8:abcd:12::/64");
    expect(clientKey("2001:0db8:ABCD:0012:ffff:1:2:3")).toBe(key);
    expect(clientKey("2001:db8:abcd:12:dead:beef::9%eth0")).toBe(key);
    expect(clientKey("2001:db8:abcd:13::1")).not.toBe(key);
    expect(clientKey("::1")).toBe("0:0:0:0::/64");
  });

  it("never returns an empty key", () => {
    expect(clientKey(undefined)).toBe("unknown");
    expect(clientKey("")).toBe("unknown");
  });
});
