import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { articles } from '../db/schema';

/** What a learner sees before opening a library text: its first paragraph. */
export function libraryPreview(db: Db, articleId: string) {
	const article = db.select({ blocks: articles.blocks }).from(articles).where(eq(articles.id, articleId)).get();
	const first = article?.blocks.find((b) => b.type === 'paragraph');
	return { opening: first?.text ?? '' };
}
