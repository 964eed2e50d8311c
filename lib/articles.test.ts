import { describe, expect, it } from "vitest";
import { displayHeadline } from "./articles";

describe("displayHeadline", () => {
  it("puts the columnist before a column's headline", () => {
    expect(displayHeadline({ isColumn: true, authorName: "Eva Berger", headline: "Mut" })).toBe(
      "Eva Berger: Mut",
    );
  });

  it("leaves other headlines alone, and columns without an author", () => {
    expect(displayHeadline({ isColumn: false, authorName: "Eva Berger", headline: "Mut" })).toBe(
      "Mut",
    );
    expect(displayHeadline({ isColumn: true, authorName: null, headline: "Mut" })).toBe("Mut");
  });
});
