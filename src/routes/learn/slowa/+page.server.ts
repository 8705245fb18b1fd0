import { z } from 'zod';
import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { learnerWordOr404, requireLearner } from '$lib/server/access';
import { formValues } from '$lib/server/forms/parse';
import { deleteWord, listWords, setWordStatus, wordSummary } from '$lib/server/words/my-words';
import { isWordStatus } from '$lib/domain/word-status';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireLearner(event);
	const db = getDb();
	const status = event.url.searchParams.get('status');
	const reading = event.url.searchParams.get('tekst') ?? '';
	const summary = wordSummary(db, user.id);
	// Only a reading the learner's own words come from can filter the list.
	const articleId = summary.readings.some((r) => r.id === reading) ? reading : undefined;
	const filter = { status: isWordStatus(status) ? status : undefined, articleId };
	return { words: listWords(db, user.id, filter), summary, filter };
};

const wordForm = z.object({ wordId: z.string(), status: z.string() });

/** The learner's own word named by the form; another learner's id is a 404. */
async function ownWord(event: Parameters<Actions[string]>[0]) {
	const user = requireLearner(event);
	const db = getDb();
	const form = formValues(wordForm, await event.request.formData());
	const word = learnerWordOr404(db, user.id, form.wordId);
	return { db, user, word, status: form.status };
}

export const actions: Actions = {
	status: async (event) => {
		const { db, user, word, status } = await ownWord(event);
		if (!isWordStatus(status)) error(400, 'Nie ma takiego stanu słowa.');
		setWordStatus(db, user.id, word.id, status);
		return { wordId: word.id, lemma: word.lemma, status };
	},
	delete: async (event) => {
		const { db, user, word } = await ownWord(event);
		deleteWord(db, user.id, word.id);
		return { deleted: word.lemma };
	}
};
