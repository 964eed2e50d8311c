// The full-text search itself, with its work bounded whatever a stranger types. Runs on the search
// thread's own connection (db/search/worker.ts) and, in tests, on any connection.
//
// Where the time goes in FTS5 (measured at 50,000 articles) and what bounds each part:
// - A prefix of exactly 3 or 4 characters reads one list from the prefix index (migration 0003);
//   a whole word reads its own list. Both are walked lazily.
// - A longer prefix makes FTS5 merge the lists of every word it expands to, and bm25 merges them
//   once more for its document frequency: "unter"* (21 words, 130,000 entries) costs ~30 ms.
//   Before that happens, fts5vocab tells what each such prefix expands to; together they may
//   merge at most PREFIX_BUDGET entries. A prefix beyond the budget matches as a whole word
//   ("unter" finds "unter", not "Unterstützung"): the reader still gets results.
// - Ranking reads at most CANDIDATE_LIMIT + 1 matches, newest first (rowid order, which FTS5
//   walks without sorting), and sorts those by bm25. A query matching half the archive shows the
//   best of its thousand most recently added matches, under "Mehr als 1.000 Treffer".
// - Snippets are made for the page's rows alone, in a small in-memory FTS5 table holding just
//   those rows: asking the big table would run the query (and its merges) again.
// - A deadline between the steps turns an overrun (a machine far busier than expected) into the
//   "too general" answer instead of more work.
import Database from "better-sqlite3";
import { and, desc, eq, gte, inArray, lt, sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import type { Db } from "@/db/client";
import { articles } from "@/db/schema";
import { isPublic } from "@/db/queries/visibility";
import {
  SNIPPET_END,
  SNIPPET_START,
  toMatchExpression,
  type SearchPhrase,
  type SearchTerm,
} from "@/lib/search";
import { articlesFts, articlesFtsVocab, PREFIX_INDEX_LENGTHS } from "./tables";

export const SEARCH_PAGE_SIZE = 20;
/** Matches read for ranking; "Mehr als 1.000 Treffer" beyond. */
export const CANDIDATE_LIMIT = 1000;
/** Index entries FTS5 may merge for prefixes longer than the prefix index (~25 ms of CPU here). */
export const PREFIX_BUDGET = 100_000;
/** A prefix expanding to more words than this is over budget without counting further. */
const MAX_PREFIX_WORDS = 256;

interface SearchLimits {
  candidates: number;
  prefixBudget: number;
  /** performance.now() from which on the search gives up with "too-general". */
  deadline: number;
}

/** What a search did, so that tests can assert its bounds. */
export interface SearchWork {
  /** The MATCH expression that ran (null when the search gave up before). */
  match: string | null;
  phrases: number;
  /** Index entries of the merged prefixes, as fts5vocab counted them. */
  mergedEntries: number;
  /** Prefixes matched as whole words to stay within the budget. */
  narrowed: string[];
  /** Rows read from the full-text index. */
  candidates: number;
  /** Rows given a snippet. */
  snippets: number;
}

export type EngineResult =
  | {
      kind: "results";
      /** The page's articles, best first, with their snippets. */
      hits: { id: number; snippet: string }[];
      /** Matches counted, at most CANDIDATE_LIMIT. */
      total: number;
      capped: boolean;
      work: SearchWork;
    }
  | { kind: "too-general"; work: SearchWork };

function charLength(text: string): number {
  return [...text].length;
}

/**
 * The smallest string above every word starting with `prefix`: its last character plus one
 * (carrying past U+10FFFF and over the surrogates); null when there is none.
 */
export function prefixEnd(prefix: string): string | null {
  const chars = [...prefix].map((c) => c.codePointAt(0) ?? 0);
  while (chars.length > 0) {
    const last = (chars.pop() ?? 0) + 1;
    if (last <= 0x10ffff) {
      chars.push(last === 0xd800 ? 0xe000 : last);
      return String.fromCodePoint(...chars);
    }
  }
  return null;
}

/** Whether FTS5 must merge word lists for this phrase (a prefix without an index of its own). */
function needsMerge(phrase: SearchPhrase): boolean {
  return phrase.prefix && !PREFIX_INDEX_LENGTHS.includes(charLength(phrase.text));
}

/** Index entries a merged prefix would read: its words' article counts (∞ past MAX_PREFIX_WORDS). */
function mergeCost(db: Db, prefix: string): number {
  const end = prefixEnd(prefix);
  const words = db
    .select({ doc: articlesFtsVocab.doc })
    .from(articlesFtsVocab)
    .where(
      and(
        gte(articlesFtsVocab.term, prefix),
        end === null ? undefined : lt(articlesFtsVocab.term, end),
      ),
    )
    .limit(MAX_PREFIX_WORDS + 1)
    .all();
  if (words.length > MAX_PREFIX_WORDS) return Number.POSITIVE_INFINITY;
  return words.reduce((sum, w) => sum + w.doc, 0);
}

/**
 * The terms as they will run: merged prefixes keep their prefix, cheapest first, while they fit
 * the budget; the others match as whole words.
 */
export function fitPrefixBudget(
  db: Db,
  terms: readonly SearchTerm[],
  budget: number,
): { terms: SearchTerm[]; mergedEntries: number; narrowed: string[] } {
  const costs = new Map<string, number>();
  for (const term of terms) {
    for (const phrase of term) {
      if (needsMerge(phrase) && !costs.has(phrase.text)) {
        costs.set(phrase.text, mergeCost(db, phrase.text));
      }
    }
  }
  const kept = new Set<string>();
  let mergedEntries = 0;
  for (const [text, cost] of [...costs].sort((a, b) => a[1] - b[1])) {
    if (!Number.isFinite(cost) || mergedEntries + cost > budget) break;
    kept.add(text);
    mergedEntries += cost;
  }
  const narrowed = [...costs.keys()].filter((text) => !kept.has(text));
  const planned = terms.map((term) => {
    const phrases = term.map((p) =>
      needsMerge(p) && !kept.has(p.text) ? { text: p.text, prefix: false } : p,
    );
    // "unter"* narrowed to "unter" may now repeat a spelling the term already had.
    return phrases.filter(
      (p, i) => phrases.findIndex((q) => q.text === p.text && q.prefix === p.prefix) === i,
    );
  });
  return { terms: planned, mergedEntries, narrowed };
}

// The snippet table: the page's rows only, tokenized exactly as articles_fts is. A new in-memory
// database per search (0.2 ms) is cheaper than emptying an FTS5 table, which tokenizes each row
// again to delete it.
const snippetDocs = sqliteTable("snippet_docs", {
  rowid: integer("rowid").notNull(),
  headline: text("headline").notNull(),
  teaser: text("teaser").notNull(),
  body: text("body").notNull(),
});

function snippets(db: Db, match: string, ids: readonly number[]): Map<number, string> {
  const rows = db
    .select({
      rowid: articles.id,
      headline: articles.headline,
      teaser: articles.teaser,
      body: articles.body,
    })
    .from(articles)
    .where(inArray(articles.id, [...ids]))
    .all();
  if (rows.length === 0) return new Map();
  const memory = new Database(":memory:");
  try {
    memory.exec(
      `CREATE VIRTUAL TABLE snippet_docs USING fts5(headline, teaser, body,
         tokenize='unicode61 remove_diacritics 2')`,
    );
    const page = drizzle(memory);
    page.insert(snippetDocs).values(rows).run();
    const found = page
      .select({
        id: snippetDocs.rowid,
        snippet: sql<string>`snippet(${snippetDocs}, -1, ${SNIPPET_START}, ${SNIPPET_END}, '…', 24)`,
      })
      .from(snippetDocs)
      .where(sql`${snippetDocs} MATCH ${match}`)
      .all();
    return new Map(found.map((r) => [r.id, r.snippet]));
  } finally {
    memory.close();
  }
}

export function defaultLimits(now = performance.now()): SearchLimits {
  return { candidates: CANDIDATE_LIMIT, prefixBudget: PREFIX_BUDGET, deadline: now + 500 };
}

/** Searches public articles for `terms` (lib/search buildSearchQuery) and returns one page. */
export function runSearch(
  db: Db,
  terms: readonly SearchTerm[],
  page: number,
  now = Date.now(),
  limits: SearchLimits = defaultLimits(),
): EngineResult {
  const work: SearchWork = {
    match: null,
    phrases: 0,
    mergedEntries: 0,
    narrowed: [],
    candidates: 0,
    snippets: 0,
  };
  const late = () => performance.now() >= limits.deadline;

  const fitted = fitPrefixBudget(db, terms, limits.prefixBudget);
  work.mergedEntries = fitted.mergedEntries;
  work.narrowed = fitted.narrowed;
  if (late()) return { kind: "too-general", work };
  const match = toMatchExpression(fitted.terms);
  work.match = match;
  work.phrases = fitted.terms.reduce((n, t) => n + t.length, 0);

  // Newest first is the order FTS5 walks its lists in, so LIMIT stops the walk itself.
  const candidates = db
    .select({ id: articlesFts.rowid, rank: articlesFts.rank })
    .from(articlesFts)
    .innerJoin(articles, eq(articles.id, articlesFts.rowid))
    .where(and(sql`${articlesFts} MATCH ${match}`, isPublic(now)))
    .orderBy(desc(articlesFts.rowid))
    .limit(limits.candidates + 1)
    .all();
  work.candidates = candidates.length;
  if (late()) return { kind: "too-general", work };

  const capped = candidates.length > limits.candidates;
  const ranked = candidates
    .slice(0, limits.candidates)
    .sort((a, b) => a.rank - b.rank || b.id - a.id);
  const offset = (page - 1) * SEARCH_PAGE_SIZE;
  const ids = ranked.slice(offset, offset + SEARCH_PAGE_SIZE).map((r) => r.id);
  const texts = snippets(db, match, ids);
  work.snippets = texts.size;
  return {
    kind: "results",
    hits: ids.map((id) => ({ id, snippet: texts.get(id) ?? "" })),
    total: ranked.length,
    capped,
    work,
  };
}
