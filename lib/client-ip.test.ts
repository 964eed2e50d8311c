import { describe, expect, it } from "vitest";
import { clientAddress, clientNetwork, normalizeAddress } from "./client-ip";

describe("clientAddress", () => {
  it("ignores a forged X-Forwarded-For without a trusted proxy", () => {
    expect(clientAddress({ "x-forwarded-for": "1.2.3.4" }, "::ffff:10.0.0.7", false)).toBe(
      "10.0.0.7",
    );
  });
  it("takes the entry the trusted proxy appended", () => {
    expect(clientAddress({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" }, "127.0.0.1", true)).toBe(
      "203.0.113.9",
    );
  });
  it("falls back to the socket when the proxy sent nothing", () => {
    expect(clientAddress({}, "192.0.2.1", true)).toBe("192.0.2.1");
  });
  it("reads IPv4-mapped IPv6 in every spelling as the IPv4 address", () => {
    for (const mapped of [
      "::ffff:10.0.0.7",
      "::FFFF:10.0.0.7",
      "::ffff:a00:7",
      "0:0:0:0:0:ffff:a00:7",
    ])
      expect(normalizeAddress(mapped), mapped).toBe("10.0.0.7");
    expect(normalizeAddress("2001:db8::1")).toBe("2001:db8::1");
  });
});

describe("clientNetwork: whom a rate limit counts", () => {
  // [address as the server may see it, the key it is counted under]
  const table: [string, string][] = [
    // IPv4: the address itself.
    ["203.0.113.9", "203.0.113.9"],
    [" 203.0.113.9 ", "203.0.113.9"],
    // IPv4-mapped IPv6 is the IPv4 client, dotted or in hex.
    ["::ffff:203.0.113.9", "203.0.113.9"],
    ["::ffff:cb00:7109", "203.0.113.9"],
    ["[::ffff:203.0.113.9]", "203.0.113.9"],
    // IPv6: the /64 network, however the address is written.
    ["2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64"],
    ["2001:db8:1:2:ffff:ffff:ffff:ffff", "2001:db8:1:2::/64"],
    ["2001:0DB8:0001:0002:0000:0000:0000:0001", "2001:db8:1:2::/64"],
    ["2001:db8:1:2::1", "2001:db8:1:2::/64"],
    ["2001:db8:1:2::", "2001:db8:1:2::/64"],
    ["[2001:db8:1:2::abcd]", "2001:db8:1:2::/64"],
    ["2001:db8::", "2001:db8:0:0::/64"],
    ["2001:db8::1:2:3:4", "2001:db8:0:0::/64"],
    ["2001:db8:1:2:3:4:1.2.3.4", "2001:db8:1:2::/64"],
    // Zone ids name an interface, not a client.
    ["fe80::1%eth0", "fe80:0:0:0::/64"],
    ["fe80::2%25en0", "fe80:0:0:0::/64"],
    ["::1", "0:0:0:0::/64"],
    // Neighbouring /64s are different clients.
    ["2001:db8:1:3::1", "2001:db8:1:3::/64"],
    // Not an address: counted as itself, never merged with a real one.
    ["unknown", "unknown"],
    ["2001:db8:::1", "2001:db8:::1"],
    ["1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7:8:9"],
    ["256.1.1.1", "256.1.1.1"],
    ["::ffff:300.1.1.1", "::ffff:300.1.1.1"],
  ];
  it.each(table)("%s → %s", (address, key) => {
    expect(clientNetwork(address)).toBe(key);
  });
  it("puts every address of one /64 under one key and the next /64 under another", () => {
    const keys = new Set(
      Array.from({ length: 50 }, (_, i) => clientNetwork(`2a01:4f8:10:20:${i.toString(16)}::${i}`)),
    );
    expect([...keys]).toEqual(["2a01:4f8:10:20::/64"]);
    expect(clientNetwork("2a01:4f8:10:21::1")).not.toBe(clientNetwork("2a01:4f8:10:20::1"));
  });
});
