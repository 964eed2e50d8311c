-- Full-text search over published articles (FTS5, external content: the text lives once, in articles).
-- unicode61 with remove_diacritics folds case and umlauts (ä→a, É→e); lib/search.ts adds ae/oe/ue and ß variants.
CREATE VIRTUAL TABLE `articles_fts` USING fts5(
  headline, teaser, body,
  content='articles', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `articles_fts_ai` AFTER INSERT ON `articles` BEGIN
  INSERT INTO articles_fts(rowid, headline, teaser, body) VALUES (new.id, new.headline, new.teaser, new.body);
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_ad` AFTER DELETE ON `articles` BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, headline, teaser, body) VALUES ('delete', old.id, old.headline, old.teaser, old.body);
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_au` AFTER UPDATE OF headline, teaser, body ON `articles` BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, headline, teaser, body) VALUES ('delete', old.id, old.headline, old.teaser, old.body);
  INSERT INTO articles_fts(rowid, headline, teaser, body) VALUES (new.id, new.headline, new.teaser, new.body);
END;
