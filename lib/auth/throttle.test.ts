import { describe, expect, it } from "vitest";
import { THROTTLE, throttleVerdict } from "./throttle";

const now = 1_800_000_000_000;
const failures = (n: number, last = now) => Array.from({ length: n }, (_, i) => last - i * 10);

describe("login throttling", () => {
  it("lets the first attempts through", () => {
    expect(throttleVerdict([], [], now)).toEqual({ allowed: true });
    expect(throttleVerdict(failures(2), failures(2), now)).toEqual({ allowed: true });
  });
  it("delays exponentially after three failures", () => {
    expect(throttleVerdict(failures(3), [], now)).toEqual({ allowed: false, retryAfterMs: 1000 });
    expect(throttleVerdict(failures(4), [], now)).toEqual({ allowed: false, retryAfterMs: 2000 });
    expect(throttleVerdict(failures(6), [], now)).toEqual({ allowed: false, retryAfterMs: 8000 });
    expect(throttleVerdict(failures(3), [], now + 1000)).toEqual({ allowed: true });
  });
  it("locks an account only briefly, so an attacker cannot keep its owner out for long", () => {
    const locked = throttleVerdict(failures(THROTTLE.accountLockAfter), [], now);
    expect(locked).toEqual({ allowed: false, retryAfterMs: THROTTLE.accountLockMs });
    expect(THROTTLE.accountLockMs).toBeLessThanOrEqual(5 * 60 * 1000);
  });
  it("locks a client that keeps trying for longer", () => {
    const locked = throttleVerdict([], failures(THROTTLE.clientLockAfter), now);
    expect(locked).toEqual({ allowed: false, retryAfterMs: THROTTLE.clientLockMs });
  });
  it("forgets failures outside the window", () => {
    expect(throttleVerdict(failures(9, now - THROTTLE.windowMs - 1), [], now)).toEqual({
      allowed: true,
    });
  });
});
