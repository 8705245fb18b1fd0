import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { Block } from '../../polish/article';
import type { Evidence } from '../../questions/types';
import { QUESTION_ORIGINS, type QuestionType } from '../../domain/question-types';
import type { Skill } from '../../domain/skills';
import type { Level } from '../../domain/levels';
import type { InterfaceLanguage, LearnerLevel } from '../../domain/learner-levels';
import type { LibraryLevel } from '../../library/levels';
import type { StoredRemovedPart } from '../articles/prepare';
import { WORD_CARD_KINDS, WORD_ORIGINS, WORD_STATUSES } from '../../domain/word-status';
import type { KeyWord, VocabGroup } from '../../vocabulary';

const id = () => text('id').primaryKey();
const createdAt = () =>
	integer('created_at', { mode: 'timestamp_ms' })
		.notNull()
		.default(sql`(unixepoch('subsec') * 1000)`);

export const users = sqliteTable('users', {
	id: id(),
	username: text('username').notNull().unique(),
	email: text('email').unique(),
	displayName: text('display_name').notNull(),
	role: text('role', { enum: ['teacher', 'learner'] }).notNull(),
	passwordHash: text('password_hash').notNull(),
	/** The teacher who made the account (bulk form); null when the learner chose their own password. */
	createdBy: text('created_by'),
	/** Seeded demo account with the public password: listed and removable on /teach. */
	demo: integer('demo', { mode: 'boolean' }).notNull().default(false),
	/** Interface language the person chose (self-study sign-up); the translations come later. */
	locale: text('locale').$type<InterfaceLanguage>().notNull().default('pl'),
	createdAt: createdAt()
});

export const sessions = sqliteTable(
	'sessions',
	{
		/** SHA-256 of the token, hex: the token itself is never stored. */
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
		createdAt: createdAt()
	},
	(t) => [index('sessions_user_idx').on(t.userId)]
);

export const loginThrottle = sqliteTable('login_throttle', {
	/** 'user:<name>', 'ip:<address>', 'device:<nonce>'; fixed windows 'signup:ip:…', 'join:ip:…', 'reset:ip:…', 'reset:email:…' */
	key: text('key').primaryKey(),
	failures: integer('failures').notNull().default(0),
	lockedUntil: integer('locked_until', { mode: 'timestamp_ms' }),
	updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull()
});

/** Values every server process must share and keep across restarts (e.g. the device-cookie key). */
export const serverState = sqliteTable('server_state', {
	key: text('key').primaryKey(),
	value: text('value').notNull()
});

/** One-time links to set a new password (auth/reset-tokens.ts): at most one live row per user. */
export const passwordResets = sqliteTable(
	'password_resets',
	{
		/** SHA-256 of the token, hex: the link's token itself is never stored. */
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
		createdAt: createdAt()
	},
	(t) => [index('password_resets_user_idx').on(t.userId)]
);

/**
 * One-time tokens of create forms (forms/once.ts), recorded on their first successful post. `id` is a SHA-256
 * of the token; `result` is what that post answered, encrypted with a key derived from the token itself, so a
 * copy of the database alone cannot read the passwords a learner batch answered with.
 */
export const formTokens = sqliteTable(
	'form_tokens',
	{
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		result: text('result'),
		createdAt: createdAt()
	},
	(t) => [index('form_tokens_created_idx').on(t.createdAt)]
);

export const classes = sqliteTable(
	'classes',
	{
		id: id(),
		teacherId: text('teacher_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		code: text('code').notNull().unique(),
		archivedAt: integer('archived_at', { mode: 'timestamp_ms' }),
		/** A self-study learner's own "class" (teacher_id is the learner): never found by its code (solo/personal-readings.ts). */
		personal: integer('personal', { mode: 'boolean' }).notNull().default(false),
		createdAt: createdAt()
	},
	(t) => [index('classes_teacher_idx').on(t.teacherId)]
);

export const classMembers = sqliteTable(
	'class_members',
	{
		classId: text('class_id')
			.notNull()
			.references(() => classes.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		joinedAt: createdAt()
	},
	(t) => [primaryKey({ columns: [t.classId, t.userId] }), index('class_members_user_idx').on(t.userId)]
);

export const articles = sqliteTable(
	'articles',
	{
		id: id(),
		ownerId: text('owner_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		source: text('source').notNull().default(''),
		publishedOn: text('published_on'),
		rawText: text('raw_text').notNull(),
		/** JSON Block[] of the cleaned article. */
		blocks: text('blocks', { mode: 'json' }).$type<Block[]>().notNull(),
		/** JSON RemovedPart[]: what the clean-up dropped, for the teacher to see or restore. */
		removed: text('removed', { mode: 'json' }).$type<StoredRemovedPart[]>().notNull(),
		wordCount: integer('word_count').notNull(),
		readability: real('readability'),
		level: text('level').$type<Level>(),
		createdAt: createdAt(),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
		/** Hidden from the teacher's lists and from new assignments; assignments and reports keep it (see docs/decisions.md). */
		archivedAt: integer('archived_at', { mode: 'timestamp_ms' })
	},
	(t) => [index('articles_owner_idx').on(t.ownerId)]
);

export const questions = sqliteTable(
	'questions',
	{
		id: id(),
		articleId: text('article_id')
			.notNull()
			.references(() => articles.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		/** Generator key; null for questions a teacher wrote. */
		genKey: text('gen_key'),
		origin: text('origin', { enum: QUESTION_ORIGINS }).notNull(),
		approved: integer('approved', { mode: 'boolean' }).notNull().default(false),
		type: text('type').$type<QuestionType>().notNull(),
		prompt: text('prompt').notNull(),
		answer: text('answer').notNull(),
		accept: text('accept', { mode: 'json' }).$type<string[]>().notNull(),
		options: text('options', { mode: 'json' }).$type<string[]>().notNull(),
		evidence: text('evidence', { mode: 'json' }).$type<Evidence>().notNull(),
		skill: text('skill').$type<Skill>().notNull(),
		difficulty: integer('difficulty').notNull(),
		score: real('score').notNull(),
		/** Removed by the teacher: hidden from review and new assignments, kept for answers already given. */
		archived: integer('archived', { mode: 'boolean' }).notNull().default(false)
	},
	(t) => [index('questions_article_idx').on(t.articleId, t.position)]
);

export const assignments = sqliteTable(
	'assignments',
	{
		id: id(),
		articleId: text('article_id')
			.notNull()
			.references(() => articles.id, { onDelete: 'cascade' }),
		classId: text('class_id')
			.notNull()
			.references(() => classes.id, { onDelete: 'cascade' }),
		teacherId: text('teacher_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		dueAt: integer('due_at', { mode: 'timestamp_ms' }),
		createdAt: createdAt()
	},
	(t) => [index('assignments_class_idx').on(t.classId), index('assignments_article_idx').on(t.articleId)]
);

export const assignmentQuestions = sqliteTable(
	'assignment_questions',
	{
		assignmentId: text('assignment_id')
			.notNull()
			.references(() => assignments.id, { onDelete: 'cascade' }),
		questionId: text('question_id')
			.notNull()
			.references(() => questions.id, { onDelete: 'cascade' }),
		position: integer('position').notNull()
	},
	(t) => [primaryKey({ columns: [t.assignmentId, t.questionId] })]
);

export const attempts = sqliteTable(
	'attempts',
	{
		id: id(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		assignmentId: text('assignment_id')
			.notNull()
			.references(() => assignments.id, { onDelete: 'cascade' }),
		startedAt: createdAt(),
		finishedAt: integer('finished_at', { mode: 'timestamp_ms' }),
		readingSeconds: integer('reading_seconds').notNull().default(0),
		correctCount: integer('correct_count').notNull().default(0),
		answeredCount: integer('answered_count').notNull().default(0)
	},
	(t) => [uniqueIndex('attempts_user_assignment_idx').on(t.userId, t.assignmentId), index('attempts_assignment_idx').on(t.assignmentId)]
);

export const answers = sqliteTable(
	'answers',
	{
		id: id(),
		attemptId: text('attempt_id')
			.notNull()
			.references(() => attempts.id, { onDelete: 'cascade' }),
		questionId: text('question_id')
			.notNull()
			.references(() => questions.id, { onDelete: 'cascade' }),
		given: text('given').notNull(),
		correct: integer('correct', { mode: 'boolean' }).notNull(),
		verdict: text('verdict').notNull(),
		feedback: text('feedback').notNull(),
		answeredAt: createdAt()
	},
	(t) => [uniqueIndex('answers_attempt_question_idx').on(t.attemptId, t.questionId), index('answers_question_idx').on(t.questionId)]
);

/** Spaced-repetition state of a question a learner got wrong. */
export const reviewCards = sqliteTable(
	'review_cards',
	{
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		questionId: text('question_id')
			.notNull()
			.references(() => questions.id, { onDelete: 'cascade' }),
		/** JSON of the scheduler's card state. */
		card: text('card', { mode: 'json' }).notNull(),
		due: integer('due', { mode: 'timestamp_ms' }).notNull(),
		reviews: integer('reviews').notNull().default(0),
		lastCorrect: integer('last_correct', { mode: 'boolean' })
	},
	(t) => [primaryKey({ columns: [t.userId, t.questionId] }), index('review_cards_due_idx').on(t.userId, t.due)]
);

/** Every spaced-repetition review, for progress by skill and over time. */
export const reviewLog = sqliteTable(
	'review_log',
	{
		id: id(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		questionId: text('question_id')
			.notNull()
			.references(() => questions.id, { onDelete: 'cascade' }),
		given: text('given').notNull(),
		correct: integer('correct', { mode: 'boolean' }).notNull(),
		reviewedAt: createdAt()
	},
	(t) => [index('review_log_user_idx').on(t.userId, t.reviewedAt)]
);

/**
 * A learner's own words, one row per base form: saved from word help (with the form met, its sentence and
 * the meaning chosen) or marked known at the end of a reading (then only the base form).
 */
export const learnerWords = sqliteTable(
	'learner_words',
	{
		id: id(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		/** The base form as the dictionary spells it ("Wisła", "kot"). */
		lemma: text('lemma').notNull(),
		/** lemma in lower case (Polish rules: SQLite's lower() leaves "Ł"): what matching and uniqueness use. */
		key: text('key').notNull(),
		status: text('status', { enum: WORD_STATUSES }).notNull().default('new'),
		origin: text('origin', { enum: WORD_ORIGINS }).notNull(),
		/** The form met in the text ("kota"), its sentence and the meaning the learner kept; null when marked known in bulk. */
		word: text('word'),
		sentence: text('sentence'),
		gloss: text('gloss'),
		/** The reading it was met in; kept when the article goes (the word is the learner's). */
		articleId: text('article_id').references(() => articles.id, { onDelete: 'set null' }),
		createdAt: createdAt(),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' })
	},
	(t) => [uniqueIndex('learner_words_user_key_idx').on(t.userId, t.key), index('learner_words_article_idx').on(t.articleId)]
);

/** Spaced-repetition state of a saved word's cards (Polish → meaning, the gap in its sentence). */
export const wordCards = sqliteTable(
	'word_cards',
	{
		wordId: text('word_id')
			.notNull()
			.references(() => learnerWords.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: WORD_CARD_KINDS }).notNull(),
		/** JSON of the scheduler's card state. */
		card: text('card', { mode: 'json' }).notNull(),
		due: integer('due', { mode: 'timestamp_ms' }).notNull(),
		reviews: integer('reviews').notNull().default(0),
		lastCorrect: integer('last_correct', { mode: 'boolean' })
	},
	(t) => [primaryKey({ columns: [t.wordId, t.kind] }), index('word_cards_due_idx').on(t.due)]
);

/**
 * What the app worked out from an article's text once (words/article-vocab.ts): its content words' base forms,
 * where each stands, and the key words proposed. Rebuilt when the text changes (textKey differs).
 */
export const articleVocab = sqliteTable('article_vocab', {
	articleId: text('article_id')
		.primaryKey()
		.references(() => articles.id, { onDelete: 'cascade' }),
	textKey: text('text_key').notNull(),
	groups: text('groups', { mode: 'json' }).$type<VocabGroup[]>().notNull(),
	/** [start, end, group index] of every content word, offsets in articleText(blocks). */
	spans: text('spans', { mode: 'json' }).$type<[number, number, number][]>().notNull(),
	/** Null until first asked for (they take the dictionary). */
	proposed: text('proposed', { mode: 'json' }).$type<KeyWord[]>()
});

/** Key vocabulary the teacher set for an article (an empty list too), in place of the proposal. */
export const articleKeywords = sqliteTable('article_keywords', {
	articleId: text('article_id')
		.primaryKey()
		.references(() => articles.id, { onDelete: 'cascade' }),
	words: text('words', { mode: 'json' }).$type<KeyWord[]>().notNull(),
	updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull()
});

export type User = typeof users.$inferSelect;
export type Article = typeof articles.$inferSelect;
export type QuestionRow = typeof questions.$inferSelect;
export type Assignment = typeof assignments.$inferSelect;
export type Attempt = typeof attempts.$inferSelect;
export type AnswerRow = typeof answers.$inferSelect;

/** One row the health check rewrites: a full disk or a read-only file shows up at once. */
export const healthChecks = sqliteTable('health_checks', {
	id: integer('id').primaryKey(),
	checkedAt: integer('checked_at', { mode: 'timestamp_ms' }).notNull()
});

/** A learner who studies on their own (self-study sign-up, or a class learner who opened the placement). */
export const learnerProfiles = sqliteTable('learner_profiles', {
	userId: text('user_id')
		.primaryKey()
		.references(() => users.id, { onDelete: 'cascade' }),
	/** The level the learner chose for themselves; the placement and results move it (solo/level-rules.ts). */
	selfLevel: text('self_level').$type<LearnerLevel>().notNull(),
	/** Readings a week the learner aims for. */
	weeklyGoal: integer('weekly_goal').notNull().default(3),
	createdAt: createdAt()
});

/** The graded library's texts (src/lib/library/texts) as articles of the library account, seeded on start. */
export const libraryArticles = sqliteTable('library_articles', {
	slug: text('slug').primaryKey(),
	articleId: text('article_id')
		.notNull()
		.unique()
		.references(() => articles.id, { onDelete: 'cascade' }),
	level: text('level').$type<LibraryLevel>().notNull(),
	topic: text('topic').notNull(),
	words: integer('words').notNull(),
	/** SHA-256 of what the file says: a changed text is re-seeded (library/seed-library.ts). */
	textHash: text('text_hash').notNull()
});

/** Readings a learner opened for themselves (in their personal class): what each is for. */
export const personalReadings = sqliteTable(
	'personal_readings',
	{
		assignmentId: text('assignment_id')
			.primaryKey()
			.references(() => assignments.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		purpose: text('purpose', { enum: ['placement', 'practice', 'own'] }).notNull(),
		createdAt: createdAt()
	},
	(t) => [index('personal_readings_user_idx').on(t.userId, t.createdAt)]
);
