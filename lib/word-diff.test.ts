import { describe, expect, it } from "vitest";
import { hasChanges, wordDiff } from "./word-diff";

describe("wordDiff", () => {
  it("marks the words that changed and keeps the rest", () => {
    expect(wordDiff("Regierung plant neue Steuer", "Regierung kippt neue Steuer")).toEqual([
      { kind: "same", text: "Regierung " },
      { kind: "removed", text: "plant" },
      { kind: "added", text: "kippt" },
      { kind: "same", text: " neue Steuer" },
    ]);
  });
  it("rebuilds both texts from its parts, umlauts and line breaks included", () => {
    const before = "Grüße aus Wien.\n\n## Zwischentitel\nDer Text.";
    const after = "Grüße aus Graz.\n\n## Zwischentitel\nDer neue Text.";
    const parts = wordDiff(before, after);
    const text = (kinds: string[]) =>
      parts
        .filter((p) => kinds.includes(p.kind))
        .map((p) => p.text)
        .join("");
    expect(text(["same", "removed"])).toBe(before);
    expect(text(["same", "added"])).toBe(after);
    expect(hasChanges(parts)).toBe(true);
  });
  it("finds nothing to mark in equal texts", () => {
    expect(hasChanges(wordDiff("gleich", "gleich"))).toBe(false);
  });
});
