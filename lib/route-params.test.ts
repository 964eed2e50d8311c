import { describe, expect, it } from "vitest";
import { ID_SOURCE, parseId } from "./route-params";

describe("parseId", () => {
  it.each([
    ["1", 1],
    ["17", 17],
    ["9999999999", 9_999_999_999],
  ])("%j is id %d", (raw, id) => {
    expect(parseId(raw)).toBe(id);
  });
  it.each(["", "0", "07", "-1", "1.5", "1e3", " 1", "1 ", "0x1f", "12345678901", "١٢"])(
    "%j is no id",
    (raw) => {
      expect(parseId(raw)).toBeNull();
    },
  );
  it("takes only strings", () => {
    expect(parseId(undefined)).toBeNull();
    expect(parseId(null)).toBeNull();
    expect(parseId(17)).toBeNull();
    expect(parseId(["17"])).toBeNull();
  });
  it("ID_SOURCE is the pattern parseId applies, for rewrites that embed it", () => {
    expect(new RegExp(`^(?<id>${ID_SOURCE})$`).exec("42")?.groups?.id).toBe("42");
    expect(new RegExp(`^${ID_SOURCE}$`).test("042")).toBe(false);
  });
});
