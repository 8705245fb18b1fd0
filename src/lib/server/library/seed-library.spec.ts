import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { libraryTexts } from '$lib/library/texts';
import { testDb } from '../db/test-db';
import { articleVocab, articles, libraryArticles, questions, users } from '../db/schema';
import { verifyPassword } from '../auth/password';
import { libraryCatalog } from './catalog';
import { LIBRARY_OWNER_ID } from './owner';
import { seedLibrary } from './seed-library';

const some = libraryTexts().filter((t) =>
	['01-a1-moja-rodzina', '11-a2-wakacje-nad-morzem', '31-b2-nowa-linia-tramwajowa'].includes(t.slug)
);

describe('seedLibrary', () => {
	it('makes each text an article of the library account once, with approved questions', () => {
		const db = testDb();
		expect(seedLibrary(db, some)).toEqual({ added: 3, updated: 0 });
		expect(seedLibrary(db, some)).toEqual({ added: 0, updated: 0 });
		const catalog = libraryCatalog(db);
		expect(catalog.map((t) => [t.slug, t.level, t.title])).toEqual(some.map((t) => [t.slug, t.level, t.title]));
		for (const t of catalog) {
			expect(t.questions, t.slug).toBeGreaterThanOrEqual(4);
			const qs = db.select().from(questions).where(eq(questions.articleId, t.articleId)).all();
			expect(qs.every((q) => q.approved)).toBe(true);
			expect(db.select().from(articles).where(eq(articles.id, t.articleId)).get()?.ownerId).toBe(LIBRARY_OWNER_ID);
			// Worked out at once, so the library page's share of new words does not wait for it.
			expect(db.select().from(articleVocab).where(eq(articleVocab.articleId, t.articleId)).get()?.groups.length).toBeGreaterThan(10);
		}
	});

	it('re-seeds a text whose file changed, in place', () => {
		const db = testDb();
		seedLibrary(db, some);
		const before = db.select().from(libraryArticles).where(eq(libraryArticles.slug, some[0].slug)).get()!;
		const changed = { ...some[0], text: some[0].text.replace('Lublinie', 'Lublinie nad Bystrzycą') };
		expect(seedLibrary(db, [changed])).toEqual({ added: 0, updated: 1 });
		const after = db.select().from(libraryArticles).where(eq(libraryArticles.slug, some[0].slug)).get()!;
		expect(after.articleId).toBe(before.articleId);
		expect(after.textHash).not.toBe(before.textHash);
		expect(db.select().from(articles).where(eq(articles.id, after.articleId)).get()?.rawText).toContain('nad Bystrzycą');
	});

	it('has an owner nobody can sign in as', async () => {
		const db = testDb();
		seedLibrary(db, some.slice(0, 1));
		const owner = db.select().from(users).where(eq(users.id, LIBRARY_OWNER_ID)).get()!;
		expect(await verifyPassword(owner.passwordHash, '')).toBe(false);
		expect(await verifyPassword(owner.passwordHash, '!')).toBe(false);
	});
});
