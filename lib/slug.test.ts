import { describe, expect, it } from "vitest";
import { SLUG_PATTERN, slugify } from "./slug";

describe("slugify", () => {
  it("writes German umlauts and ß out", () => {
    expect(slugify("Wählerstromanalyse: Grüne legen zu")).toBe(
      "waehlerstromanalyse-gruene-legen-zu",
    );
    expect(slugify("Große Straße in Ödenburg")).toBe("grosse-strasse-in-oedenburg");
  });
  it("drops accents, punctuation and repeated separators", () => {
    expect(slugify("  Café «Zentral» – 100 % erneuert!  ")).toBe("cafe-zentral-100-erneuert");
  });
  it("shortens at a word boundary", () => {
    const slug = slugify("Ein sehr langer Titel ".repeat(10), 40);
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug.endsWith("-")).toBe(false);
    expect(SLUG_PATTERN.test(slug)).toBe(true);
  });
  it("always yields a valid slug or an empty string", () => {
    for (const input of ["", "!!!", "😀", "a", "Ä"]) {
      const slug = slugify(input);
      expect(slug === "" || SLUG_PATTERN.test(slug)).toBe(true);
    }
  });
});
