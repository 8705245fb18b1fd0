import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { SESSION_COOKIE, validateSessionToken } from '$lib/server/auth/session';
import { clearSessionCookie, setSessionCookie } from '$lib/server/auth/cookie';
import { seedDemoIfEmpty } from '$lib/server/seed/demo';
import { demoWanted } from '$lib/server/seed/demo-rule';
import { seedLibrary } from '$lib/server/library/seed-library';
import { classifyFailure, failurePage, type Failure } from '$lib/server/ops/failures';
import { logRequest } from '$lib/server/ops/request-log';
import { withCleanForm } from '$lib/server/ops/clean-form';
import { frequencyRank } from '$lib/server/words/frequency';

export const init: ServerInit = async () => {
	// Opening the database migrates it, demo or not, before the first request.
	const db = getDb();
	if (demoWanted(process.env)) await seedDemoIfEmpty(db);
	// After the demo, which goes only into a database without users: the library's owner is one.
	seedLibrary(db);
	// The word-frequency list (and PoliMorf under it) takes a second to load: once the server listens, not on a
	// learner's first visit to the reading list.
	setTimeout(() => frequencyRank('być'), 0);
};

/** Failures seen while handling a request, by request: the response is replaced once it comes back. */
const failures = new WeakMap<Request, Failure>();

export const handleError: HandleServerError = ({ error, event }) => {
	const failure = classifyFailure(error);
	if (failure) {
		failures.set(event.request, failure);
		return { message: failure.message };
	}
	console.error(error);
	return { message: 'Wystąpił nieoczekiwany błąd.' };
};

export const handle: Handle = async ({ event, resolve }) => {
	const started = performance.now();
	let response: Response;
	try {
		response = await handleRequest({ event, resolve });
	} catch (e) {
		// The session check itself may meet a read-only or full database.
		const failure = classifyFailure(e);
		if (!failure) throw e;
		failures.set(event.request, failure);
		response = new Response(null, { status: failure.status });
	}
	const failure = failures.get(event.request);
	if (failure) response = failureResponse(event.request, failure);
	logRequest(event.request.method, event.route.id, response.status, performance.now() - started);
	return response;
};

/** A form sent by the enhanced page expects an action result in JSON; everything else gets the page. */
function failureResponse(request: Request, failure: Failure): Response {
	const headers = { 'retry-after': '30', 'cache-control': 'no-store' };
	if (request.headers.get('x-sveltekit-action') === 'true') {
		return new Response(JSON.stringify({ type: 'error', error: { message: failure.message } }), {
			status: failure.status,
			headers: { ...headers, 'content-type': 'application/json' }
		});
	}
	return new Response(failurePage(failure), {
		status: failure.status,
		headers: { ...headers, 'content-type': 'text/html; charset=utf-8' }
	});
}

const handleRequest: Handle = async ({ event, resolve }) => {
	event.request = await withCleanForm(event.request);
	const token = event.cookies.get(SESSION_COOKIE);
	event.locals.user = null;
	event.locals.sessionId = null;
	if (token) {
		const found = validateSessionToken(getDb(), token);
		if (found) {
			event.locals.user = found.user;
			event.locals.sessionId = found.sessionId;
			// The browser's cookie already carries this expiry unless it just slid.
			if (found.renewed) setSessionCookie(event.cookies, token, found.expiresAt, event.url.protocol === 'https:');
		} else {
			clearSessionCookie(event.cookies);
		}
	}
	const response = await resolve(event);
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'same-origin');
	response.headers.set('X-Frame-Options', 'DENY');
	return response;
};
