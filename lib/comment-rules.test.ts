import { describe, expect, it } from "vitest";
import { decideStatus, duplicateKey, rateLimitVerdict, replyPlacement } from "./comment-rules";
import { issueFormToken, MAX_TOKEN_AGE_MS, verifyFormToken } from "./form-token";

const now = 1_800_000_000_000;

describe("rateLimitVerdict", () => {
  it("allows the first comment", () => expect(rateLimitVerdict([], now)).toBe("ok"));
  it("refuses a second comment within 15 seconds", () => {
    expect(rateLimitVerdict([now - 14_999], now)).toBe("burst");
    expect(rateLimitVerdict([now - 15_000], now)).toBe("ok");
  });
  it("refuses the eleventh comment within an hour", () => {
    const ten = Array.from({ length: 10 }, (_, i) => now - 60_000 * (i + 1));
    expect(rateLimitVerdict(ten, now)).toBe("hourly");
    expect(rateLimitVerdict(ten.slice(1), now)).toBe("ok");
    expect(rateLimitVerdict([...ten.slice(1), now - 3600_001], now)).toBe("ok");
  });
});

describe("duplicateKey", () => {
  it("ignores case of the address and spacing of the text", () => {
    expect(duplicateKey(1, "A@Example.org", "Gut  gesagt")).toBe(
      duplicateKey(1, "a@example.org", "gut gesagt "),
    );
    expect(duplicateKey(1, "a@example.org", "x")).not.toBe(duplicateKey(2, "a@example.org", "x"));
  });
});

describe("decideStatus", () => {
  const base = { blockedWord: null, links: 0, autoApprove: false, hasApprovedBefore: false };
  it("keeps new comments pending", () => expect(decideStatus(base)).toBe("pending"));
  it("approves returning commenters under auto-approve", () => {
    expect(decideStatus({ ...base, autoApprove: true, hasApprovedBefore: true })).toBe("approved");
    expect(decideStatus({ ...base, autoApprove: true })).toBe("pending");
  });
  it("holds more than two links for review even under auto-approve", () => {
    expect(decideStatus({ ...base, links: 3, autoApprove: true, hasApprovedBefore: true })).toBe(
      "pending",
    );
    expect(decideStatus({ ...base, links: 2, autoApprove: true, hasApprovedBefore: true })).toBe(
      "approved",
    );
  });
  it("marks blocklisted words as spam", () => {
    expect(
      decideStatus({ ...base, blockedWord: "x", autoApprove: true, hasApprovedBefore: true }),
    ).toBe("spam");
  });
});

describe("replyPlacement", () => {
  it("nests to three levels and attaches deeper replies to the third", () => {
    expect(replyPlacement({ id: 1, parentId: null, depth: 0 })).toEqual({ parentId: 1, depth: 1 });
    expect(replyPlacement({ id: 2, parentId: 1, depth: 1 })).toEqual({ parentId: 2, depth: 2 });
    expect(replyPlacement({ id: 3, parentId: 2, depth: 2 })).toEqual({ parentId: 2, depth: 2 });
  });
});

describe("form token", () => {
  const secret = "s3cret";
  it("accepts a token after the minimum fill time", () => {
    expect(verifyFormToken(secret, issueFormToken(secret, 7, now), 7, now + 3000)).toBe("ok");
  });
  it("catches posts faster than three seconds", () => {
    expect(verifyFormToken(secret, issueFormToken(secret, 7, now), 7, now + 2999)).toBe("too-fast");
  });
  it("refuses tokens for another article, forged or from another key", () => {
    expect(verifyFormToken(secret, issueFormToken(secret, 7, now), 8, now + 5000)).toBe("invalid");
    expect(verifyFormToken(secret, issueFormToken("other", 7, now), 7, now + 5000)).toBe("invalid");
    expect(verifyFormToken(secret, "garbage", 7, now)).toBe("invalid");
    expect(verifyFormToken(secret, "", 7, now)).toBe("invalid");
  });
  it("expires old tokens", () => {
    expect(
      verifyFormToken(secret, issueFormToken(secret, 7, now), 7, now + MAX_TOKEN_AGE_MS + 1),
    ).toBe("expired");
  });
});
