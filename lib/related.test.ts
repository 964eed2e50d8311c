import { describe, expect, it } from "vitest";
import { contentWords, rankRelated, similarity, type RelatedCandidate } from "./related";

const source = {
  id: 1,
  sectionId: 1,
  headline: "Nationalrat beschließt das Budget für 2027",
  teaser: "Nach langer Debatte stimmt die Regierungsmehrheit dem Budget zu.",
};

function candidate(id: number, over: Partial<RelatedCandidate> = {}): RelatedCandidate {
  return {
    id,
    sectionId: 2,
    headline: `Artikel ${id}`,
    teaser: "Ein Text über etwas anderes.",
    sharedTags: 0,
    publishedAt: 1000 - id,
    ...over,
  };
}

describe("contentWords and similarity", () => {
  it("ignores short and function words", () => {
    expect([...contentWords("Die Wahl in Wien und das Budget")]).toEqual([
      "wahl",
      "wien",
      "budget",
    ]);
  });
  it("is 1 for the same words and 0 for none in common", () => {
    expect(similarity(new Set(["a", "b"]), new Set(["a", "b"]))).toBe(1);
    expect(similarity(new Set(["a"]), new Set(["b"]))).toBe(0);
  });
});

describe("rankRelated", () => {
  it("prefers more shared topics, then similar text, then the same Ressort, then recency", () => {
    const ranked = rankRelated(source, [
      candidate(2, { sharedTags: 1 }),
      candidate(3, { sharedTags: 2 }),
      candidate(4, { sharedTags: 1, headline: "Budget: Nationalrat streitet weiter" }),
      candidate(5, { sharedTags: 1, sectionId: 1 }),
      candidate(6, { sharedTags: 1, sectionId: 1, publishedAt: 5000 }),
    ]);
    expect(ranked.map((r) => r.id)).toEqual([3, 4, 6, 5, 2]);
  });

  it("never returns the article itself or duplicates", () => {
    const ranked = rankRelated(
      source,
      [
        candidate(1, { sharedTags: 5 }),
        candidate(2, { sharedTags: 1 }),
        candidate(2, { sharedTags: 1 }),
      ],
      [
        candidate(1),
        candidate(2),
        candidate(7),
        candidate(8),
        candidate(9),
        candidate(10),
        candidate(11),
      ],
    );
    const ids = ranked.map((r) => r.id);
    expect(ids).not.toContain(1);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([2, 7, 8, 9, 10, 11]);
  });

  it("caps the list at the maximum", () => {
    const many = Array.from({ length: 30 }, (_, i) => candidate(i + 2, { sharedTags: 1 }));
    expect(rankRelated(source, many)).toHaveLength(8);
  });

  it("fills up to the minimum with recent stories", () => {
    const ranked = rankRelated(
      source,
      [candidate(2, { sharedTags: 3 })],
      [candidate(20), candidate(21), candidate(22), candidate(23), candidate(24), candidate(25)],
    );
    expect(ranked.map((r) => r.id)).toEqual([2, 20, 21, 22, 23, 24]);
  });
});
