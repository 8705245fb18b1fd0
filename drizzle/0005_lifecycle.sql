CREATE TABLE `form_tokens` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`result` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `form_tokens_created_idx` ON `form_tokens` (`created_at`);--> statement-breakpoint
ALTER TABLE `articles` ADD `archived_at` integer;