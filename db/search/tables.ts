// The full-text tables, described for Drizzle's query builder. They are FTS5 virtual tables made by
// hand-written migrations (0001, 0003), so they live here and not in db/schema.ts, which
// drizzle-kit would turn into ordinary CREATE TABLE statements.
import { integer, real, sqliteTable, text } from "drizzle-orm/sqlite-core";

/** articles_fts: headline, teaser and body of every article (external content: `articles`). */
export const articlesFts = sqliteTable("articles_fts", {
  rowid: integer("rowid").notNull(),
  headline: text("headline").notNull(),
  teaser: text("teaser").notNull(),
  body: text("body").notNull(),
  /** bm25 weighted headline 10, teaser 4, body 1 (migration 0002); lower is better. */
  rank: real("rank").notNull(),
});

/** fts5vocab over articles_fts: one row per indexed word with the number of articles holding it. */
export const articlesFtsVocab = sqliteTable("articles_fts_vocab", {
  term: text("term").notNull(),
  doc: integer("doc").notNull(),
  cnt: integer("cnt").notNull(),
});

/** Prefix lengths with an index of their own (migration 0003's prefix='3 4'). */
export const PREFIX_INDEX_LENGTHS: readonly number[] = [3, 4];
