-- The admin's article list (db/queries/newsroom-list.ts), newest change first. drizzle-kit 0.31
-- writes an expression index's columns split at the comma and quoted; the expression is written
-- out here by hand, exactly as db/schema.ts `articleLastChange` says it, so the planner matches it.
CREATE INDEX `articles_last_change_idx` ON `articles` (coalesce(changed_at, published_at));--> statement-breakpoint
CREATE INDEX `articles_status_change_idx` ON `articles` (`status`,coalesce(changed_at, published_at));--> statement-breakpoint
CREATE INDEX `articles_section_change_idx` ON `articles` (`section_id`,coalesce(changed_at, published_at));--> statement-breakpoint
CREATE INDEX `articles_author_change_idx` ON `articles` (`author_id`,coalesce(changed_at, published_at));--> statement-breakpoint
CREATE INDEX `audit_log_article_idx` ON `audit_log` (`article_id`,`created_at`);
