import { error, fail, type RequestEvent } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireTeacher, teacherArticleOr404, teacherQuestionOr404 } from '$lib/server/access';
import { readability } from '$lib/polish/readability';
import { articleText } from '$lib/polish/article';
import { parseQuestion, questionInput } from '$lib/server/articles/question-form';
import { TEACHER_TYPES } from '$lib/domain/question-types';
import { addQuestion, approveAll, archiveQuestion, liveQuestions, moveQuestion, setApproved, updateQuestion } from '$lib/server/articles/questions';
import type { Actions, PageServerLoad } from './$types';

const NOT_FOUND = 'Nie znaleziono tego tekstu albo pytania.';

export const load: PageServerLoad = (event) => {
	const user = requireTeacher(event);
	const db = getDb();
	const article = teacherArticleOr404(db, user.id, event.params.articleId);
	const blocks = article.blocks;
	const questions = liveQuestions(db, article.id).map((q) => ({
		id: q.id,
		type: q.type,
		origin: q.origin,
		approved: q.approved,
		prompt: q.prompt,
		answer: q.answer,
		accept: q.accept,
		options: q.options,
		skill: q.skill,
		evidence: q.evidence
	}));
	return {
		article: {
			id: article.id,
			title: article.title,
			source: article.source,
			publishedOn: article.publishedOn,
			wordCount: article.wordCount,
			level: article.level,
			blocks
		},
		readability: readability(articleText(blocks.filter((b) => b.type !== 'heading'))),
		questions,
		saved: event.url.searchParams.has('zapisano'),
		changed: event.url.searchParams.has('zmieniono')
	};
};

/** Runs a change on one question of the owner's article; a miss (foreign or unknown id) is a 404. */
async function questionAction(event: RequestEvent<{ articleId: string }>, run: (ownerId: string, questionId: string, form: FormData) => boolean) {
	const user = requireTeacher(event);
	const form = await event.request.formData();
	const questionId = String(form.get('questionId') ?? '');
	if (!run(user.id, questionId, form)) error(404, NOT_FOUND);
	return { questionId };
}

export const actions: Actions = {
	approve: (event) =>
		questionAction(event, (owner, id, form) => setApproved(getDb(), owner, event.params.articleId, id, form.get('approved') !== 'false')),
	approveAll: (event) => {
		const user = requireTeacher(event);
		if (!approveAll(getDb(), user.id, event.params.articleId)) error(404, NOT_FOUND);
		return { approvedAll: true };
	},
	archive: (event) => questionAction(event, (owner, id) => archiveQuestion(getDb(), owner, event.params.articleId, id)),
	move: (event) =>
		questionAction(event, (owner, id, form) =>
			moveQuestion(getDb(), owner, event.params.articleId, id, form.get('direction') === 'up' ? 'up' : 'down')
		),
	edit: async (event) => {
		const user = requireTeacher(event);
		const db = getDb();
		const form = await event.request.formData();
		const questionId = String(form.get('questionId') ?? '');
		const current = teacherQuestionOr404(db, user.id, event.params.articleId, questionId);
		// The type of an existing question does not change; the form's "type" is ignored.
		const input = { ...questionInput(form), type: current.type };
		const parsed = parseQuestion(input, [current.type]);
		if (!parsed.ok) return fail(400, { questionId, message: parsed.message, input });
		updateQuestion(db, user.id, event.params.articleId, questionId, parsed.value);
		return { questionId, edited: true };
	},
	add: async (event) => {
		const user = requireTeacher(event);
		const db = getDb();
		teacherArticleOr404(db, user.id, event.params.articleId);
		const input = questionInput(await event.request.formData());
		const parsed = parseQuestion(input, TEACHER_TYPES);
		if (!parsed.ok) return fail(400, { questionId: 'new', message: parsed.message, input });
		const id = addQuestion(db, user.id, event.params.articleId, parsed.value);
		return { questionId: id, added: true };
	}
};
