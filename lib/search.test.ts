import { describe, expect, it } from "vitest";
import {
  buildSearchQuery,
  MAX_TERM_LENGTH,
  MAX_TERMS,
  spellingVariants,
  splitSnippet,
  tokenize,
  toMatchExpression,
} from "./search";

function match(q: string): string {
  const built = buildSearchQuery(q);
  if (built.kind !== "ok") throw new Error(`${q}: ${built.kind}`);
  return toMatchExpression(built.terms);
}

describe("tokenize", () => {
  it("lower-cases and splits on punctuation", () => {
    expect(tokenize("Wien: WIEN wählt, 2025!")).toEqual(["wien", "wien", "wählt", "2025"]);
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
    expect(match("Budget Wien")).toBe('"budget"* AND "wien"*');
  });
  it("adds umlaut alternatives", () => {
    expect(match("Grüne Mueller")).toBe('"grune"* AND ("mueller"* OR "muller"*)');
  });
  it("answers empty, absurd and overlong input without a query", () => {
    expect(buildSearchQuery("")).toEqual({ kind: "empty" });
    expect(buildSearchQuery("   ")).toEqual({ kind: "empty" });
    expect(buildSearchQuery(undefined)).toEqual({ kind: "empty" });
    expect(buildSearchQuery('*"()^-:')).toEqual({ kind: "invalid" });
    expect(buildSearchQuery("a".repeat(201))).toEqual({ kind: "too-long" });
  });
  it("takes the first value when the parameter repeats", () => {
    expect(buildSearchQuery(["eins", "zwei"])).toEqual({
      kind: "ok",
      terms: [[{ text: "eins", prefix: true }]],
    });
  });
  it("keeps SQL fragments as plain words", () => {
    expect(match("'; DROP TABLE articles; --")).toBe('"drop"* AND "table"* AND "articles"*');
  });
});

// Whatever a stranger types, the query FTS5 gets stays small: this is half of the work bound
// (db/search/engine.test.ts has the other half, against a seeded database).
describe("worst-case input makes a bounded query", () => {
  const many = Array.from({ length: 40 }, (_, i) => `w${i}x`).join(" "); // 189 characters
  const cases: [string, string, string][] = [
    [
      "single letters match whole words only",
      "a b c d e f g h",
      '"a" AND "b" AND "c" AND "d" AND "e" AND "f" AND "g" AND "h"',
    ],
    ["a star is not a prefix operator", "s*", '"s"'],
    ["two letters match whole words only", "EU am 1. Mai", '"eu" AND "am" AND "1" AND "mai"*'],
    ["repeated words count once", "wien ".repeat(39), '"wien"*'],
    ["spellings of one word count once", "Müller MÜLLER müller", '"muller"*'],
    [
      "at most eight words",
      many,
      '"w0x"* AND "w1x"* AND "w2x"* AND "w3x"* AND "w4x"* AND "w5x"* AND "w6x"* AND "w7x"*',
    ],
    ["a long word is cut and stays a prefix", "b".repeat(199), `"${"b".repeat(MAX_TERM_LENGTH)}"*`],
    [
      "FTS5 operators are words",
      'NEAR(a b, 2) OR "x" * ^ headline:abc - NOT',
      '"near"* AND "a" AND "b" AND "2" AND "or" AND "x" AND "headline"* AND "abc"*',
    ],
    [
      "ae/oe/ue and ss: at most three spellings",
      "aeusserst",
      '("aeusserst"* OR "ausserst"* OR "aeußerst"*)',
    ],
    ["a short spelling of a long word is exact", "Aes", '("aes"* OR "as")'],
    ["digits", "2025 7", '"2025"* AND "7"'],
  ];
  it.each(cases)("%s", (_name, input, expected) => {
    const built = buildSearchQuery(input);
    if (built.kind !== "ok") throw new Error(built.kind);
    expect(toMatchExpression(built.terms)).toBe(expected);
    expect(built.terms.length).toBeLessThanOrEqual(MAX_TERMS);
    for (const term of built.terms) {
      expect(term.length).toBeLessThanOrEqual(3);
      for (const phrase of term) {
        expect([...phrase.text].length).toBeLessThanOrEqual(MAX_TERM_LENGTH);
        if ([...phrase.text].length < 3) expect(phrase.prefix).toBe(false);
      }
    }
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
