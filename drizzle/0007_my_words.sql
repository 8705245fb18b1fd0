CREATE TABLE `article_keywords` (
	`article_id` text PRIMARY KEY NOT NULL,
	`words` text NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `article_vocab` (
	`article_id` text PRIMARY KEY NOT NULL,
	`text_key` text NOT NULL,
	`groups` text NOT NULL,
	`spans` text NOT NULL,
	`proposed` text,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `learner_words` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`lemma` text NOT NULL,
	`key` text NOT NULL,
	`status` text DEFAULT 'new' NOT NULL,
	`origin` text NOT NULL,
	`word` text,
	`sentence` text,
	`gloss` text,
	`article_id` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `learner_words_user_key_idx` ON `learner_words` (`user_id`,`key`);--> statement-breakpoint
CREATE INDEX `learner_words_article_idx` ON `learner_words` (`article_id`);--> statement-breakpoint
CREATE TABLE `word_cards` (
	`word_id` text NOT NULL,
	`kind` text NOT NULL,
	`card` text NOT NULL,
	`due` integer NOT NULL,
	`reviews` integer DEFAULT 0 NOT NULL,
	`last_correct` integer,
	PRIMARY KEY(`word_id`, `kind`),
	FOREIGN KEY (`word_id`) REFERENCES `learner_words`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `word_cards_due_idx` ON `word_cards` (`due`);