import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, toIsoWithOffset } from "./dates";

describe("formatDateTime", () => {
  it("formats in Vienna winter time as the SPEC shows", () => {
    expect(formatDateTime(Date.parse("2022-12-30T11:49:00Z"))).toBe("30. Dezember 2022 12:49");
  });
  it("uses summer time and the Austrian month names", () => {
    expect(formatDateTime(Date.parse("2023-07-01T06:05:00Z"))).toBe("1. Juli 2023 08:05");
    expect(formatDateTime(Date.parse("2023-01-03T23:30:00Z"))).toBe("4. Jänner 2023 00:30");
  });
  it("formats a date without time", () => {
    expect(formatDate(Date.parse("2024-03-05T12:00:00Z"))).toBe("5. März 2024");
  });
});

describe("toIsoWithOffset", () => {
  it("writes the local time with the Vienna offset", () => {
    expect(toIsoWithOffset(Date.parse("2022-12-30T11:49:00Z"))).toBe("2022-12-30T12:49:00+01:00");
    expect(toIsoWithOffset(Date.parse("2023-07-01T06:05:09Z"))).toBe("2023-07-01T08:05:09+02:00");
  });
  it("round-trips to the same instant", () => {
    const ms = Date.parse("2025-10-26T00:59:59Z");
    expect(Date.parse(toIsoWithOffset(ms))).toBe(ms);
  });
});
