import { error, json } from '@sveltejs/kit';
import { lookupWord } from '$lib/server/words/lookup';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ locals, url }) => {
	if (!locals.user) error(401, 'Zaloguj się, aby sprawdzać słowa.');
	const at = Number(url.searchParams.get('at'));
	const info = lookupWord(url.searchParams.get('w') ?? '', {
		sentence: url.searchParams.get('s') ?? undefined,
		at: Number.isInteger(at) && at >= 0 ? at : undefined
	});
	if (!info) error(400, 'To nie wygląda na polskie słowo.');
	return json(info, { headers: { 'cache-control': 'private, max-age=3600' } });
};
