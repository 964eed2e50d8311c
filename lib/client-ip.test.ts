import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-ip";

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
});
