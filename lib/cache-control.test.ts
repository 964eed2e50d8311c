import { describe, expect, it } from "vitest";
import { publicCacheControl } from "./cache-control";

describe("publicCacheControl", () => {
  it("gives cached pages a short shared lifetime with a long stale window", () => {
    expect(publicCacheControl("s-maxage=86400")).toBe(
      "public, max-age=0, s-maxage=60, stale-while-revalidate=86400",
    );
    expect(publicCacheControl("s-maxage=60, stale-while-revalidate=86340")).toBe(
      "public, max-age=0, s-maxage=60, stale-while-revalidate=86400",
    );
  });
  it("leaves private, uncached and immutable responses alone", () => {
    for (const v of [
      "private, no-cache, no-store, max-age=0, must-revalidate",
      "no-store",
      "public, max-age=31536000, immutable",
    ]) {
      expect(publicCacheControl(v)).toBe(v);
    }
  });
});
