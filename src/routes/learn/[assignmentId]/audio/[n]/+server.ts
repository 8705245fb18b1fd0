import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { learnerAssignmentOr404, requireLearner } from '$lib/server/access';
import { readingSpokenParts } from '$lib/server/learn/reading-view';
import { spokenText } from '$lib/read-aloud/parts';
import { spokenSentence } from '$lib/server/speech/espeak';
import type { RequestHandler } from './$types';

/**
 * Sentence n (0 is the title) of the learner's reading, spoken by espeak-ng as MP3: the read-aloud
 * fallback for browsers without a Polish voice. 503 when the server has no espeak-ng either.
 */
export const GET: RequestHandler = async (event) => {
	const user = requireLearner(event);
	const db = getDb();
	const assignment = learnerAssignmentOr404(db, user.id, event.params.assignmentId);
	const n = Number(event.params.n);
	const parts = readingSpokenParts(db, assignment);
	if (!Number.isInteger(n) || n < 0 || n >= parts.length) error(404, 'Nie ma takiego zdania w tym tekście.');
	const mp3 = await spokenSentence(spokenText(parts[n].text));
	if (!mp3) error(503, 'Serwer nie ma polskiego głosu (espeak-ng). Czytanie na głos działa w przeglądarce z polskim głosem.');
	return new Response(new Uint8Array(mp3), {
		headers: {
			'content-type': 'audio/mpeg',
			'content-length': String(mp3.length),
			// The text can be edited, so the browser may keep a sentence for a day, not for ever; private: it is behind sign-in.
			'cache-control': 'private, max-age=86400'
		}
	});
};
