ALTER TABLE `article_revisions` ADD `staged` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `articles` ADD `staged_revision` integer;--> statement-breakpoint
ALTER TABLE `articles` ADD `staged_at` integer;--> statement-breakpoint
CREATE INDEX `articles_staged_at_idx` ON `articles` (`staged_at`) WHERE staged_at is not null;