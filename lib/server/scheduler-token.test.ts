import { describe, expect, it } from "vitest";
import { isSchedulerToken, schedulerToken } from "./scheduler-token";

describe("the publication clock's key", () => {
  it("is refused before the process made one", () => {
    expect(isSchedulerToken("0".repeat(64))).toBe(false);
  });
  it("is one random key per process, accepted only as it is", () => {
    const key = schedulerToken();
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(schedulerToken()).toBe(key);
    expect(isSchedulerToken(key)).toBe(true);
    expect(isSchedulerToken(null)).toBe(false);
    expect(isSchedulerToken("")).toBe(false);
    expect(isSchedulerToken(key.slice(1))).toBe(false);
    expect(isSchedulerToken(`${key.slice(0, -1)}${key.endsWith("0") ? "1" : "0"}`)).toBe(false);
  });
});
