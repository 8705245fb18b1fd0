import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import { getDb } from '$lib/server/db';
import { requireTeacher, teacherArticleOr404, teacherQuestionOr404 } from '$lib/server/access';
import { readability } from '$lib/polish/readability';
import { articleText } from '$lib/polish/article';
import { questionForm } from '$lib/server/articles/question-form';
import { formValues, parseForm, parseValues } from '$lib/server/forms/parse';
import {
	addQuestion,
	approveAll,
	archiveQuestion,
	liveQuestions,
	moveQuestion,
	setApproved,
	updateQuestion
} from '$lib/server/articles/questions';
import { articleUses, removeArticle, restoreArticle } from '$lib/server/articles/lifecycle';
import { keyWords, setKeyWords } from '$lib/server/words/article-vocab';
import { keyWordsText, parseKeyWords } from '$lib/server/words/key-words-form';
import type { Actions, PageServerLoad } from './$types';

const NOT_FOUND = 'Nie znaleziono tego tekstu albo pytania.';

export const load: PageServerLoad = (event) => {
	const user = requireTeacher(event);
	const db = getDb();
	const article = teacherArticleOr404(db, user.id, event.params.articleId);
	const blocks = article.blocks;
	const key = keyWords(db, article.id);
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
			archivedAt: article.archivedAt,
			blocks
		},
		uses: articleUses(db, article.id),
		readability: readability(articleText(blocks.filter((b) => b.type !== 'heading'))),
		questions,
		keyWords: { ...key, text: keyWordsText(key.words) },
		saved: event.url.searchParams.has('zapisano'),
		changed: event.url.searchParams.has('zmieniono')
	};
};

// A button's form: which question, and for some buttons which way. Anything else than 'false' approves,
// anything else than 'up' moves down, as before.
const questionButton = z.object({ questionId: z.string(), approved: z.string(), direction: z.string() });
type QuestionButton = z.output<typeof questionButton>;

/** Runs a change on one question of the owner's article; a miss (foreign or unknown id) is a 404. */
async function questionAction(event: RequestEvent<{ articleId: string }>, run: (ownerId: string, form: QuestionButton) => boolean) {
	const user = requireTeacher(event);
	const form = formValues(questionButton, await event.request.formData());
	if (!run(user.id, form)) error(404, NOT_FOUND);
	return { questionId: form.questionId };
}

export const actions: Actions = {
	approve: (event) =>
		questionAction(event, (owner, f) => setApproved(getDb(), owner, event.params.articleId, f.questionId, f.approved !== 'false')),
	approveAll: (event) => {
		const user = requireTeacher(event);
		if (!approveAll(getDb(), user.id, event.params.articleId)) error(404, NOT_FOUND);
		return { approvedAll: true };
	},
	archive: (event) => questionAction(event, (owner, f) => archiveQuestion(getDb(), owner, event.params.articleId, f.questionId)),
	move: (event) =>
		questionAction(event, (owner, f) =>
			moveQuestion(getDb(), owner, event.params.articleId, f.questionId, f.direction === 'up' ? 'up' : 'down')
		),
	edit: async (event) => {
		const user = requireTeacher(event);
		const db = getDb();
		const form = await event.request.formData();
		const { questionId } = formValues(z.object({ questionId: z.string() }), form);
		const current = teacherQuestionOr404(db, user.id, event.params.articleId, questionId);
		// The type of an existing question does not change; the form's "type" is ignored.
		const schema = questionForm([current.type]);
		const parsed = parseValues(schema, { ...formValues(schema, form), type: current.type });
		if (!parsed.ok) return fail(400, { questionId, message: parsed.message, input: parsed.values });
		updateQuestion(db, user.id, event.params.articleId, questionId, parsed.data);
		return { questionId, edited: true };
	},
	remove: (event) => {
		const user = requireTeacher(event);
		const removed = removeArticle(getDb(), user.id, event.params.articleId);
		if (!removed) error(404, NOT_FOUND);
		redirect(303, `/teach/articles?${removed === 'deleted' ? 'usunieto' : 'zarchiwizowano'}=1`);
	},
	restore: (event) => {
		const user = requireTeacher(event);
		if (!restoreArticle(getDb(), user.id, event.params.articleId)) error(404, NOT_FOUND);
		return { restored: true };
	},
	keywords: async (event) => {
		const user = requireTeacher(event);
		const db = getDb();
		const article = teacherArticleOr404(db, user.id, event.params.articleId);
		const { words } = formValues(z.object({ words: z.string() }), await event.request.formData());
		const parsed = parseKeyWords(words);
		if (!parsed.ok) return fail(400, { keyWordsError: parsed.message, keyWordsInput: words });
		setKeyWords(db, article.id, parsed.words);
		return { keyWordsSaved: keyWordsText(parsed.words) };
	},
	keywordsReset: (event) => {
		const user = requireTeacher(event);
		const db = getDb();
		setKeyWords(db, teacherArticleOr404(db, user.id, event.params.articleId).id, null);
		return { keyWordsReset: true };
	},
	add: async (event) => {
		const user = requireTeacher(event);
		const db = getDb();
		teacherArticleOr404(db, user.id, event.params.articleId);
		const parsed = parseForm(questionForm(), await event.request.formData());
		if (!parsed.ok) return fail(400, { questionId: 'new', message: parsed.message, input: parsed.values });
		const id = addQuestion(db, user.id, event.params.articleId, parsed.data);
		// The next question starts with the same type and skill, never with whatever the list's first option is.
		return { questionId: id, added: true, next: { type: parsed.data.type, skill: parsed.data.skill } };
	}
};
