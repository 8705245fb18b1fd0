import { error, json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { learnerAssignmentOr404, requireLearner } from '$lib/server/access';
import { addReadingTime } from '$lib/server/progress/learner-progress';
import type { RequestHandler } from './$types';

/**
 * Reading time beacon: POST {"seconds": n} (JSON; navigator.sendBeacon with a JSON Blob works too).
 * Adds at most MAX_SECONDS_PER_CALL to the learner's own attempt; 204 on success.
 */
export const POST: RequestHandler = async (event) => {
	const user = requireLearner(event);
	const db = getDb();
	const assignment = learnerAssignmentOr404(db, user.id, event.params.assignmentId);
	let body: unknown;
	try {
		body = JSON.parse(await event.request.text());
	} catch {
		error(400, 'Oczekiwano JSON: {"seconds": liczba}.');
	}
	const seconds = typeof body === 'object' && body !== null ? (body as { seconds?: unknown }).seconds : undefined;
	const result = addReadingTime(db, user.id, assignment.id, seconds);
	if (!result.ok) error(400, result.message);
	return new Response(null, { status: 204 });
};

export const GET: RequestHandler = () => json({ message: 'Użyj POST z {"seconds": liczba}.' }, { status: 405, headers: { allow: 'POST' } });
