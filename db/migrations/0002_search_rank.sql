-- Rank search results with bm25 weighted by column (headline 10, teaser 4, body 1) as FTS5's own
-- rank: "ORDER BY rank LIMIT n" lets FTS5 rank far faster than ORDER BY bm25(...) over all matches.
INSERT INTO articles_fts(articles_fts, rank) VALUES('rank', 'bm25(10.0, 4.0, 1.0)');
