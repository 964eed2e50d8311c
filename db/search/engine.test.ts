import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "@/db/client";
import { seedDatabase } from "@/db/seed";
import { buildSearchQuery, MAX_TERMS, type SearchTerm } from "@/lib/search";
import {
  CANDIDATE_LIMIT,
  defaultLimits,
  fitPrefixBudget,
  PREFIX_BUDGET,
  prefixEnd,
  runSearch,
  SEARCH_PAGE_SIZE,
  type EngineResult,
  type SearchWork,
} from "./engine";
import { PREFIX_INDEX_LENGTHS } from "./tables";

// Issue 10: every query a stranger can type answers quickly at 50,000 articles. Time is not
// asserted (the machine is shared and noisy); the work is: how many words and spellings reach
// FTS5, which of them are prefixes, how many index entries prefix merges may read, how many
// rows are ranked and how many get a snippet. These bounds do not grow with the archive.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kiosk-engine-"));
let db: Db;

beforeAll(() => {
  db = openDatabase(path.join(dir, "kiosk.db"));
  seedDatabase(db, { articles: 3000, now: Date.now() });
}, 120_000);

afterAll(() => {
  db.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function termsOf(q: string): SearchTerm[] {
  const built = buildSearchQuery(q);
  if (built.kind !== "ok") throw new Error(`${q}: ${built.kind}`);
  return built.terms;
}

function search(q: string, page = 1, limits = defaultLimits()): EngineResult {
  // No deadline here: the bounds below must hold on their own, however slow the machine.
  return runSearch(db, termsOf(q), page, Date.now(), { ...limits, deadline: Infinity });
}

/** The prefix phrases of the MATCH expression that ran ("wien"* → wien). */
function prefixes(work: SearchWork): string[] {
  return [...(work.match ?? "").matchAll(/"([^"]+)"\*/g)].map((m) => m[1] ?? "");
}

function vocabEntries(prefix: string): number {
  const row = db.$client
    .prepare(
      "SELECT total(doc) AS n FROM articles_fts_vocab WHERE term >= ? AND term < ? || char(1114111)",
    )
    .get(prefix, prefix) as { n: number };
  return row.n;
}

/** The most common words of the archive: the worst prefixes a stranger could pick. */
function commonWords(minLength: number, count: number): string[] {
  return (
    db.$client
      .prepare(
        `SELECT term FROM articles_fts_vocab WHERE length(term) >= ? AND term GLOB '[a-z]*'
          ORDER BY doc DESC LIMIT ?`,
      )
      .all(minLength, count) as { term: string }[]
  ).map((r) => r.term);
}

describe("worst-case queries: bounded work, and still an answer", () => {
  const common5 = () => commonWords(8, 8).map((w) => w.slice(0, 5));
  const cases: [name: string, query: () => string, hits: "some" | "none" | "any"][] = [
    ["single letters", () => "a b c d e f g h", "any"],
    ["one letter", () => "a", "any"],
    ["a letter and a star", () => "s*", "any"],
    ["the commonest short words", () => "die der und ein ist das sch ver", "some"],
    [
      "the commonest words' 3-letter prefixes",
      () =>
        commonWords(3, 8)
          .map((w) => w.slice(0, 3))
          .join(" "),
      "some",
    ],
    [
      "the commonest words' 4-letter prefixes",
      () =>
        commonWords(4, 8)
          .map((w) => w.slice(0, 4))
          .join(" "),
      "any",
    ],
    ["the commonest long words' 5-letter prefixes", () => common5().join(" "), "any"],
    ["one common 5-letter prefix", () => common5()[0] ?? "", "some"],
    [
      "200 characters of prefixes",
      () => "abc abd abe abf abg abh abi abj abk abl ".repeat(5).slice(0, 200),
      "any",
    ],
    [
      "200 characters of 2-letter words",
      () => "ab ac ad ae af ag ah ai aj ak al am an ".repeat(6).slice(0, 200),
      "any",
    ],
    ["digits", () => "1 2 3 4 5 6 7 8", "any"],
    ["years", () => "2025 2024 2023 2022", "any"],
    ["umlaut variants", () => "Müller Mueller Muller Straße Strasse Grüße Gruesse Über", "any"],
    [
      "ae/oe/ue and ss everywhere",
      () => "ueber aeusserst oeffentlich muessen groesser strasse",
      "any",
    ],
    ["repeated words", () => "wien ".repeat(40).trim(), "some"],
    ["FTS5 syntax", () => 'NEAR(a b, 2) OR "x" * ( ) ^ headline:abc - AND NOT body:s*', "any"],
    ["one 199-letter word", () => "a".repeat(199), "none"],
    ["SQL", () => "'; DROP TABLE articles; --", "any"],
    [
      "letters the index does not know, private-use characters",
      () => "\u{1e900}\u{1e901}\u{1e902}\u{1e903}\u{1e904} abcd\u{10fffd} \u{10fffd}".repeat(3),
      "none",
    ],
  ];

  it.each(cases)("%s", (_name, query, hits) => {
    const q = query();
    const result = search(q);
    expect(result.kind, q).toBe("results");
    if (result.kind !== "results") return;
    const { work } = result;
    // What reaches FTS5: at most 8 words in at most 3 spellings each.
    expect(work.phrases).toBeLessThanOrEqual(MAX_TERMS * 3);
    // Only words of 3+ characters are prefixes; 3 and 4 have an index of their own.
    for (const prefix of prefixes(work)) expect([...prefix].length, q).toBeGreaterThanOrEqual(3);
    // Prefixes without an index merge at most PREFIX_BUDGET entries, as fts5vocab counts them.
    const merged = prefixes(work).filter((p) => !PREFIX_INDEX_LENGTHS.includes([...p].length));
    const entries = merged.reduce((n, p) => n + vocabEntries(p), 0);
    expect(entries).toBe(work.mergedEntries);
    expect(work.mergedEntries).toBeLessThanOrEqual(PREFIX_BUDGET);
    // Ranking reads at most the candidate limit (plus one to know there are more) ...
    expect(work.candidates).toBeLessThanOrEqual(CANDIDATE_LIMIT + 1);
    expect(result.total).toBeLessThanOrEqual(CANDIDATE_LIMIT);
    // ... and only the page gets snippets.
    expect(work.snippets).toBeLessThanOrEqual(SEARCH_PAGE_SIZE);
    expect(result.hits.length).toBeLessThanOrEqual(SEARCH_PAGE_SIZE);
    if (hits === "some") expect(result.total, q).toBeGreaterThan(0);
    if (hits === "none") expect(result.total, q).toBe(0);
    for (const hit of result.hits) expect(hit.snippet, q).toContain("\u0002");
  });

  it("asks FTS5 for whole words where a prefix would be a single or double letter", () => {
    const result = search("a b c d e f g h");
    expect(result.work.match).toBe('"a" AND "b" AND "c" AND "d" AND "e" AND "f" AND "g" AND "h"');
  });

  it("reads at most the candidate limit even when every article matches", () => {
    const result = search("die");
    if (result.kind !== "results") throw new Error(result.kind);
    expect(result.capped).toBe(true);
    expect(result.work.candidates).toBe(CANDIDATE_LIMIT + 1);
    expect(result.total).toBe(CANDIDATE_LIMIT);
  });
});

describe("the prefix budget", () => {
  it("counts what a prefix expands to before FTS5 merges it", () => {
    const word = commonWords(8, 1)[0] ?? "";
    const prefix = word.slice(0, 6);
    const fitted = fitPrefixBudget(db, termsOf(prefix), Number.POSITIVE_INFINITY);
    expect(fitted.mergedEntries).toBe(vocabEntries(prefix));
    expect(fitted.mergedEntries).toBeGreaterThan(0);
    expect(fitted.narrowed).toEqual([]);
  });

  it("matches a prefix beyond the budget as a whole word, and still finds it", () => {
    const word = commonWords(6, 1)[0] ?? "";
    const budget = vocabEntries(word) - 1;
    const result = runSearch(db, termsOf(word), 1, Date.now(), {
      ...defaultLimits(),
      prefixBudget: budget,
      deadline: Infinity,
    });
    if (result.kind !== "results") throw new Error(result.kind);
    expect(result.work.narrowed).toEqual([word]);
    expect(result.work.match).toBe(`"${word}"`);
    expect(result.work.mergedEntries).toBe(0);
    expect(result.total).toBeGreaterThan(0);
  });

  it("keeps the cheapest prefixes when not all fit", () => {
    const [broad, narrow] = [commonWords(8, 1)[0] ?? "", "regierung"];
    const cheap = vocabEntries(narrow);
    expect(cheap).toBeLessThan(vocabEntries(broad.slice(0, 6)));
    const fitted = fitPrefixBudget(db, termsOf(`${broad.slice(0, 6)} ${narrow}`), cheap);
    expect(fitted.narrowed).toEqual([broad.slice(0, 6)]);
    expect(fitted.mergedEntries).toBe(cheap);
  });
});

describe("prefixEnd", () => {
  it("is the next string after every word with the prefix", () => {
    expect(prefixEnd("unter")).toBe("untes");
    expect(prefixEnd("straß")).toBe("straà");
    expect(prefixEnd("ab\u{10ffff}")).toBe("ac");
    expect(prefixEnd("a\ud7ff")).toBe("a\ue000");
    expect(prefixEnd("\u{10ffff}")).toBeNull();
  });
});

describe("the deadline", () => {
  it("answers too general instead of reading the index once the time is up", () => {
    const result = runSearch(db, termsOf("die der und"), 1, Date.now(), {
      ...defaultLimits(),
      deadline: performance.now(),
    });
    expect(result.kind).toBe("too-general");
    expect(result.work.candidates).toBe(0);
    expect(result.work.snippets).toBe(0);
  });
});

describe("the index", () => {
  it("has the prefix indexes the engine counts on", () => {
    const { sql } = db.$client
      .prepare("SELECT sql FROM sqlite_master WHERE name = 'articles_fts'")
      .get() as { sql: string };
    expect(sql).toContain(`prefix='${PREFIX_INDEX_LENGTHS.join(" ")}'`);
  });
});
