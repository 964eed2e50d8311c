import { describe, expect, it } from "vitest";
import { buildSearchQuery, spellingVariants, splitSnippet, tokenize } from "./search";

describe("tokenize", () => {
  it("lower-cases, splits on punctuation and drops duplicates", () => {
    expect(tokenize("Wien: WIEN wählt, 2025!")).toEqual(["wien", "wählt", "2025"]);
  });
  it("removes FTS5 syntax characters", () => {
    expect(tokenize('NEAR(" a* OR b) -c ^d')).toEqual(["near", "a", "or", "b", "c", "d"]);
  });
});

describe("spellingVariants", () => {
  it("folds umlauts and offers the ae/oe/ue spelling", () => {
    expect(spellingVariants("müller")).toEqual(["muller"]);
    expect(spellingVariants("mueller")).toEqual(["mueller", "muller"]);
  });
  it("offers ß for ss", () => {
    expect(spellingVariants("strasse")).toEqual(["strasse", "straße"]);
    expect(spellingVariants("straße")).toContain("straße");
    expect(spellingVariants("straße")).toContain("strasse");
  });
});

describe("buildSearchQuery", () => {
  it("joins words with AND as quoted prefixes", () => {
    expect(buildSearchQuery("Budget Wien")).toEqual({
      kind: "ok",
      terms: ["budget", "wien"],
      match: '"budget"* AND "wien"*',
    });
  });
  it("adds umlaut alternatives", () => {
    const q = buildSearchQuery("Grüne Mueller");
    expect(q.kind === "ok" && q.match).toBe('"grune"* AND ("mueller"* OR "muller"*)');
  });
  it("answers empty, absurd and overlong input without a query", () => {
    expect(buildSearchQuery("")).toEqual({ kind: "empty" });
    expect(buildSearchQuery("   ")).toEqual({ kind: "empty" });
    expect(buildSearchQuery(undefined)).toEqual({ kind: "empty" });
    expect(buildSearchQuery('*"()^-:')).toEqual({ kind: "invalid" });
    expect(buildSearchQuery("a".repeat(201))).toEqual({ kind: "too-long" });
  });
  it("takes the first value when the parameter repeats", () => {
    expect(buildSearchQuery(["eins", "zwei"])).toMatchObject({ terms: ["eins"] });
  });
  it("keeps SQL fragments as plain words", () => {
    const q = buildSearchQuery("'; DROP TABLE articles; --");
    expect(q.kind === "ok" && q.match).toBe('"drop"* AND "table"* AND "articles"*');
  });
});

describe("splitSnippet", () => {
  it("marks the hits", () => {
    expect(splitSnippet("Das \u0002Budget\u0003 für \u0002Wien\u0003.")).toEqual([
      { text: "Das ", hit: false },
      { text: "Budget", hit: true },
      { text: " für ", hit: false },
      { text: "Wien", hit: true },
      { text: ".", hit: false },
    ]);
  });
});
