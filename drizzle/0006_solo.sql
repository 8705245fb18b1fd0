CREATE TABLE `learner_profiles` (
	`user_id` text PRIMARY KEY NOT NULL,
	`self_level` text NOT NULL,
	`weekly_goal` integer DEFAULT 3 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `library_articles` (
	`slug` text PRIMARY KEY NOT NULL,
	`article_id` text NOT NULL,
	`level` text NOT NULL,
	`topic` text NOT NULL,
	`words` integer NOT NULL,
	`text_hash` text NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `library_articles_article_id_unique` ON `library_articles` (`article_id`);--> statement-breakpoint
CREATE TABLE `personal_readings` (
	`assignment_id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`purpose` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`assignment_id`) REFERENCES `assignments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `personal_readings_user_idx` ON `personal_readings` (`user_id`,`created_at`);--> statement-breakpoint
ALTER TABLE `classes` ADD `personal` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `locale` text DEFAULT 'pl' NOT NULL;