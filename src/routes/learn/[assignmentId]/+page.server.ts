import { fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { learnerAssignmentOr404, requireLearner } from '$lib/server/access';
import { loadReading } from '$lib/server/learn/reading-view';
import { espeakBinary } from '$lib/server/speech/espeak';
import { submitAnswerForm } from '$lib/server/learn/submit-answer';
import { afterReading } from '$lib/server/solo/after-reading';
import { keyWords } from '$lib/server/words/article-vocab';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireLearner(event);
	const db = getDb();
	const assignment = learnerAssignmentOr404(db, user.id, event.params.assignmentId);
	return {
		...loadReading(db, user.id, assignment),
		after: afterReading(db, user.id, assignment.id),
		keyWords: keyWords(db, assignment.articleId).words,
		serverVoice: espeakBinary() !== null
	};
};

export const actions: Actions = {
	answer: async (event) => {
		const user = requireLearner(event);
		const db = getDb();
		const assignment = learnerAssignmentOr404(db, user.id, event.params.assignmentId);
		const result = submitAnswerForm(db, user.id, assignment.id, await event.request.formData());
		if (!result.ok) return fail(result.status, { questionId: result.questionId, message: result.message, given: result.given });
		return { questionId: result.questionId, saved: true };
	}
};
