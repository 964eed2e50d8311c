import { describe, expect, it } from "vitest";
import { toIsoWithOffset } from "@/lib/dates";
import { toIsoWithOffsetFast, toRfc822 } from "./dates";

describe("toRfc822", () => {
  it("writes Vienna time with its offset, English names and a four-digit year", () => {
    expect(toRfc822(Date.parse("2022-12-30T11:49:00Z"))).toBe("Fri, 30 Dec 2022 12:49:00 +0100");
    expect(toRfc822(Date.parse("2023-07-01T06:05:09Z"))).toBe("Sat, 01 Jul 2023 08:05:09 +0200");
  });

  it("takes the weekday of the Vienna date, not the UTC date", () => {
    // 23:30 UTC on Sunday is already Monday in Vienna.
    expect(toRfc822(Date.parse("2024-03-03T23:30:00Z"))).toBe("Mon, 04 Mar 2024 00:30:00 +0100");
  });

  it("round-trips through Date.parse", () => {
    const ms = Date.parse("2025-10-26T01:30:00Z"); // the night summer time ends
    expect(Date.parse(toRfc822(ms))).toBe(ms);
  });
});

describe("toIsoWithOffsetFast", () => {
  it("gives exactly what toIsoWithOffset gives, across both changes of summer time", () => {
    const start = Date.parse("2024-03-30T00:00:00Z");
    for (let ms = start; ms < start + 220 * 86_400_000; ms += 7 * 60_000 + 13_337) {
      expect(toIsoWithOffsetFast(ms)).toBe(toIsoWithOffset(ms));
    }
    for (const iso of ["2024-03-31T00:59:59Z", "2024-03-31T01:00:00Z", "2024-10-27T00:59:59Z"]) {
      expect(toIsoWithOffsetFast(Date.parse(iso))).toBe(toIsoWithOffset(Date.parse(iso)));
    }
    expect(toIsoWithOffsetFast(Date.parse("2024-10-27T01:00:00Z"))).toBe(
      "2024-10-27T02:00:00+01:00",
    );
  });
});
