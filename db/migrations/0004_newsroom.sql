CREATE TABLE `article_revisions` (
	`id` integer PRIMARY KEY NOT NULL,
	`article_id` integer NOT NULL,
	`revision` integer NOT NULL,
	`staff_id` integer,
	`staff_name` text NOT NULL,
	`created_at` integer NOT NULL,
	`changed_fields` text DEFAULT '[]' NOT NULL,
	`snapshot` text NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `article_revisions_article_idx` ON `article_revisions` (`article_id`,`revision`);--> statement-breakpoint
ALTER TABLE `articles` ADD `seo_title` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `articles` ADD `seo_description` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `articles` ADD `created_by` integer REFERENCES staff(id) ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE `articles` ADD `changed_at` integer;--> statement-breakpoint
ALTER TABLE `articles` ADD `changed_by` integer REFERENCES staff(id) ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE `articles` ADD `revision` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `articles` ADD `first_published_at` integer;--> statement-breakpoint
-- Articles already public keep their slug from now on (the editor fixes it at first publication).
UPDATE `articles` SET `first_published_at` = `published_at` WHERE `status` = 'published';
