import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { libraryTextOr404, requireLearner } from '$lib/server/access';
import { libraryPreview } from '$lib/server/library/preview';
import { openPersonalReading, personalReadingOf } from '$lib/server/solo/personal-readings';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireLearner(event);
	const db = getDb();
	const entry = libraryTextOr404(db, event.params.slug);
	return { entry, ...libraryPreview(db, entry.articleId), readingId: personalReadingOf(db, user.id, entry.articleId) ?? null };
};

export const actions: Actions = {
	start: (event) => {
		const user = requireLearner(event);
		const db = getDb();
		const entry = libraryTextOr404(db, event.params.slug);
		redirect(303, `/learn/${openPersonalReading(db, user.id, entry.articleId, 'practice')}`);
	}
};
