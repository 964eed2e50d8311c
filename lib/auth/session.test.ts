import { describe, expect, it } from "vitest";
import {
  hashSessionToken,
  isSessionValid,
  looksLikeSessionToken,
  newSessionToken,
  SESSION_IDLE_MS,
  SESSION_MAX_MS,
  sessionExpiry,
} from "./session";

describe("session tokens", () => {
  it("are random, 256 bits, and stored only as SHA-256", () => {
    const a = newSessionToken();
    const b = newSessionToken();
    expect(a).not.toBe(b);
    expect(looksLikeSessionToken(a)).toBe(true);
    expect(hashSessionToken(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashSessionToken(a)).not.toContain(a);
  });
  it("refuse cookie values of the wrong shape", () => {
    expect(looksLikeSessionToken(undefined)).toBe(false);
    expect(looksLikeSessionToken("x")).toBe(false);
    expect(looksLikeSessionToken(`${newSessionToken()}'--`)).toBe(false);
  });
});

describe("session lifetime", () => {
  const start = 1_000_000_000_000;
  it("is valid while in use", () => {
    expect(
      isSessionValid({ createdAt: start, lastSeenAt: start }, start + SESSION_IDLE_MS - 1),
    ).toBe(true);
  });
  it("ends after idle time", () => {
    expect(isSessionValid({ createdAt: start, lastSeenAt: start }, start + SESSION_IDLE_MS)).toBe(
      false,
    );
  });
  it("ends at the absolute maximum however active", () => {
    const now = start + SESSION_MAX_MS;
    expect(isSessionValid({ createdAt: start, lastSeenAt: now - 1000 }, now)).toBe(false);
  });
  it("expires the cookie at the earlier limit", () => {
    expect(sessionExpiry({ createdAt: start, lastSeenAt: start }, start)).toBe(
      start + SESSION_IDLE_MS,
    );
    const late = start + SESSION_MAX_MS - 60_000;
    expect(sessionExpiry({ createdAt: start, lastSeenAt: late }, late)).toBe(
      start + SESSION_MAX_MS,
    );
  });
});
