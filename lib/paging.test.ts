import { describe, expect, it } from "vitest";
import { pageUrl, parsePageNumber } from "./paging";

describe("parsePageNumber", () => {
  it("accepts plain positive integers", () => {
    expect(parsePageNumber("1")).toBe(1);
    expect(parsePageNumber("2")).toBe(2);
    expect(parsePageNumber("99999")).toBe(99999);
  });
  it.each(["0", "-1", "1.5", "02", "1e3", "", " 2", "2 ", "999999", "abc", "%32", "0x10"])(
    "refuses %j",
    (raw) => {
      expect(parsePageNumber(raw)).toBeNull();
    },
  );
  it("refuses a missing value", () => {
    expect(parsePageNumber(undefined)).toBeNull();
  });
});

describe("pageUrl", () => {
  it("keeps page 1 at the listing URL", () => {
    expect(pageUrl("/politik", 1)).toBe("/politik");
    expect(pageUrl("/politik", 3)).toBe("/politik/seite/3");
    expect(pageUrl("/thema/wien", 2)).toBe("/thema/wien/seite/2");
  });
});
