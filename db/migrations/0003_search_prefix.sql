-- Prefix indexes for 3- and 4-character prefixes, so "wie"* and "wien"* read one list from the
-- index instead of merging the lists of every word that starts so (issue 10: "a"* took 5 s at
-- 50,000 articles). FTS5 cannot add a prefix index to an existing table: the table is made anew
-- with the options of 0001 plus prefix=, given back its rank (0002) and rebuilt from `articles`
-- (its external content). The triggers of 0001 name the table and keep working unchanged.
DROP TABLE `articles_fts`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `articles_fts` USING fts5(
  headline, teaser, body,
  content='articles', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2',
  prefix='3 4'
);
--> statement-breakpoint
INSERT INTO articles_fts(articles_fts, rank) VALUES('rank', 'bm25(10.0, 4.0, 1.0)');
--> statement-breakpoint
INSERT INTO articles_fts(articles_fts) VALUES('rebuild');
--> statement-breakpoint
-- One row per indexed word with the number of articles holding it: search reads it to learn what
-- a longer prefix would cost before asking FTS5 to merge its words (db/search/engine.ts).
CREATE VIRTUAL TABLE `articles_fts_vocab` USING fts5vocab('articles_fts', 'row');
