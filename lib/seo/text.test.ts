import { describe, expect, it } from "vitest";
import { markdownSummary, oneLine, trimDescription, trimHeadline, truncateText } from "./text";

describe("truncateText", () => {
  it("keeps short text, on one line", () => {
    expect(truncateText("  Kurz\nund   gut ", 20)).toBe("Kurz und gut");
    expect(oneLine("a\n\tb")).toBe("a b");
  });

  it("cuts between words, drops dangling punctuation and ends with an ellipsis", () => {
    const text = "Die Regierung plant, die Steuern zu senken, und die Opposition ist dagegen.";
    const cut = truncateText(text, 40);
    expect([...cut].length).toBeLessThanOrEqual(40);
    expect(cut).toBe("Die Regierung plant, die Steuern zu…");
    expect(truncateText("Eins, zwei, drei, vier", 13)).toBe("Eins, zwei…");
  });

  it("cuts a single overlong word where it must", () => {
    const cut = truncateText("Donaudampfschifffahrtsgesellschaftskapitän", 10);
    expect(cut).toBe("Donaudamp…");
  });

  it("never splits an emoji", () => {
    const cut = truncateText("🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉", 5);
    expect(cut).toBe("🎉🎉🎉🎉…");
    expect(/[\uD800-\uDFFF]/u.test(cut)).toBe(false); // no lone surrogate half
  });
});

describe("descriptions and headlines", () => {
  it("limits descriptions to 160 and headlines to 110 characters", () => {
    const long = "Wort ".repeat(100);
    expect([...trimDescription(long)].length).toBeLessThanOrEqual(160);
    expect([...trimHeadline(long)].length).toBeLessThanOrEqual(110);
    expect(trimHeadline("Kurz")).toBe("Kurz");
  });
});

describe("markdownSummary", () => {
  it("takes the opening paragraphs as plain text, without headings and markup", () => {
    const md =
      "# Impressum\n\n**Medieninhaber:** Kiosk [GmbH](https://example.com)\\\nWien\n\n## Mehr\n\nText";
    expect(markdownSummary(md)).toBe("Medieninhaber: Kiosk GmbH, Wien. Text");
  });

  it("stops once it has enough", () => {
    const md = `${"Erster Absatz. ".repeat(10)}\n\nZweiter Absatz.`;
    expect(markdownSummary(md)).not.toContain("Zweiter");
  });
});
