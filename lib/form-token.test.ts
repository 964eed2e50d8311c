import { describe, expect, it } from "vitest";
import {
  fillVerdict,
  formStartTime,
  formTokenTime,
  issueFormStart,
  issueFormToken,
  MAX_TOKEN_AGE_MS,
  MIN_FILL_MS,
} from "./form-token";

const secret = "geheim";
const now = 1_800_000_000_000;

describe("minimum fill time", () => {
  it("needs a start: a post without a genuine one is not let through", () => {
    expect(fillVerdict([null, null], now)).toBe("no-start");
    expect(fillVerdict([], now)).toBe("no-start");
  });
  it("passes when any start is at least three seconds old", () => {
    expect(fillVerdict([now - MIN_FILL_MS], now)).toBe("ok");
    expect(fillVerdict([now - 1000, now - 60_000], now)).toBe("ok");
    expect(fillVerdict([null, now - 5000], now)).toBe("ok");
  });
  it("refuses a post faster than that", () => {
    expect(fillVerdict([now - MIN_FILL_MS + 1], now)).toBe("too-fast");
    expect(fillVerdict([now - 200, null], now)).toBe("too-fast");
  });
  it("expires a start after three days", () => {
    expect(fillVerdict([now - MAX_TOKEN_AGE_MS - 1], now)).toBe("expired");
  });
  it("reads the cookie's start only for its article and never a token in its place", () => {
    const cookie = issueFormStart(secret, 7, now - 5000);
    expect(formStartTime(secret, cookie, 7, now)).toBe(now - 5000);
    expect(formStartTime(secret, cookie, 8, now)).toBeNull();
    expect(formStartTime("anderes", cookie, 7, now)).toBeNull();
    expect(formStartTime(secret, issueFormToken(secret, 7, now - 5000), 7, now)).toBeNull();
    expect(formTokenTime(secret, cookie, 7, now)).toBeNull();
    expect(formStartTime(secret, undefined, 7, now)).toBeNull();
    expect(
      formStartTime(secret, `${(now - 9000).toString(36)}.${"A".repeat(32)}`, 7, now),
    ).toBeNull();
  });
  it("refuses a start from the future", () => {
    expect(formStartTime(secret, issueFormStart(secret, 7, now + 120_000), 7, now)).toBeNull();
  });
});
