import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { getDb } from '$lib/server/db';
import { requireLearner } from '$lib/server/access';
import { readArticleForm } from '$lib/server/articles/article-form';
import { importLink } from '$lib/server/articles/link-import/import-link';
import { testAllowHosts } from '$lib/server/articles/link-import/test-hosts';
import { line, parseForm } from '$lib/server/forms/parse';
import { addOwnText, LIMIT_REACHED, ownTexts, ownTextsLeft, takeLinkSlot, titleFromText } from '$lib/server/solo/own-text';
import { OWN_LINKS_PER_DAY, OWN_TEXTS_PER_DAY } from '$lib/domain/limits';
import type { Actions, PageServerLoad } from './$types';

const linkForm = z.object({ link: line().min(1, 'Wklej link do artykułu.').max(2000, 'Ten link jest za długi.') });
const TOO_MANY_LINKS = `Dziś sprawdzono już ${OWN_LINKS_PER_DAY} linków: tyle można w jeden dzień. Skopiuj tekst artykułu i wklej go niżej.`;

export const load: PageServerLoad = (event) => {
	const user = requireLearner(event);
	const db = getDb();
	return { left: ownTextsLeft(db, user.id), perDay: OWN_TEXTS_PER_DAY, texts: ownTexts(db, user.id) };
};

export const actions: Actions = {
	paste: async (event) => {
		const user = requireLearner(event);
		const form = await event.request.formData();
		if (!String(form.get('title') ?? '').trim()) form.set('title', titleFromText(String(form.get('text') ?? '')));
		const read = await readArticleForm(form);
		if (!read.ok) return fail(400, { paste: { title: read.values.title, text: read.values.text }, message: read.message });
		const made = addOwnText(getDb(), user.id, read.data);
		if (!made.ok) return fail(made.status, { paste: { title: read.data.title, text: read.data.text }, message: made.message });
		redirect(303, `/learn/${made.assignmentId}`);
	},
	link: async (event) => {
		const user = requireLearner(event);
		const db = getDb();
		const parsed = parseForm(linkForm, await event.request.formData());
		if (!parsed.ok) return fail(400, { link: parsed.values.link, message: parsed.message });
		const url = parsed.data.link;
		if (ownTextsLeft(db, user.id) === 0) return fail(429, { link: url, message: LIMIT_REACHED });
		if (!takeLinkSlot(db, user.id)) return fail(429, { link: url, message: TOO_MANY_LINKS });
		const page = await importLink(url, { allowHosts: testAllowHosts() });
		if (!page.ok) return fail(400, { link: url, message: page.message });
		// The page's text goes through the same form rules as a pasted one (length, binary, empty after clean-up).
		const form = new FormData();
		form.set('title', page.title.slice(0, 200) || titleFromText(page.text));
		form.set('source', page.source.slice(0, 200));
		form.set('publishedOn', page.publishedOn);
		form.set('text', page.text);
		const read = await readArticleForm(form);
		if (!read.ok) return fail(400, { link: url, message: read.message });
		const made = addOwnText(db, user.id, read.data);
		if (!made.ok) return fail(made.status, { link: url, message: made.message });
		redirect(303, `/learn/${made.assignmentId}`);
	}
};
