import { deserialize } from '$app/forms';
import { invalidateAll } from '$app/navigation';
import type { ActionResult } from '@sveltejs/kit';
import { tick } from 'svelte';
import { queueAnswer, queuedAnswers, unqueueAnswer, type QueuedAnswer } from '$lib/answer-queue';

const FIRST_RETRY_MS = 5_000;
const LAST_RETRY_MS = 5 * 60_000;

/**
 * No reply, one that is not the app's (a captive portal, a proxy's page), or a gateway's or a busy server's:
 * worth sending again. The app's own refusals (400, 404) are not.
 */
export function isConnectionFailure(result: ActionResult) {
	return result.type === 'error' && (result.status === undefined || result.status >= 502);
}

async function send(a: QueuedAnswer): Promise<ActionResult> {
	try {
		const response = await fetch(`/learn/${a.assignmentId}?/answer`, {
			method: 'POST',
			headers: { accept: 'application/json', 'x-sveltekit-action': 'true' },
			cache: 'no-store',
			body: new URLSearchParams(a.fields)
		});
		const result = deserialize(await response.text());
		if (result.type === 'error') result.status = response.status;
		return result;
	} catch (error) {
		return { type: 'error', error };
	}
}

/**
 * The reading page's answers that wait for a connection: sent again when the browser says it is back online,
 * on the next visit, and meanwhile with growing pauses (the `online` event does not fire when the Wi-Fi is up
 * but goes nowhere). The server keeps the first answer per question, so a retry of a post that did arrive
 * stores nothing twice; the verdict shown afterwards is the one the page then loads from the server.
 */
export class PendingAnswers {
	/** Waiting answers by question id. */
	waiting = $state<Record<string, QueuedAnswer>>({});
	/** Answers the server refused when they were finally sent, by question id. */
	refused = $state<Record<string, string>>({});
	#userId: string;
	#assignmentId: string;
	#delay = FIRST_RETRY_MS;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#sending = false;

	constructor(userId: string, assignmentId: string) {
		this.#userId = userId;
		this.#assignmentId = assignmentId;
	}

	/** Starts watching for the connection; returns the clean-up for onMount. */
	start() {
		for (const a of queuedAnswers(localStorage, this.#userId, this.#assignmentId)) this.waiting[a.questionId] = a;
		const online = () => {
			this.#delay = FIRST_RETRY_MS;
			void this.flush();
		};
		window.addEventListener('online', online);
		void this.flush();
		return () => {
			window.removeEventListener('online', online);
			clearTimeout(this.#timer);
		};
	}

	/** Keeps an answer that could not be sent; false if the browser would not store it. */
	add(questionId: string, fields: [string, string][]) {
		const answer = { assignmentId: this.#assignmentId, questionId, fields, queuedAt: Date.now() };
		if (!queueAnswer(localStorage, this.#userId, answer)) return false;
		this.waiting[questionId] = answer;
		this.#retryLater();
		return true;
	}

	get count() {
		return Object.keys(this.waiting).length;
	}

	async flush() {
		if (this.#sending || this.count === 0) return;
		this.#sending = true;
		clearTimeout(this.#timer);
		const done: string[] = [];
		let failed = false;
		for (const a of Object.values(this.waiting).sort((x, y) => x.queuedAt - y.queuedAt)) {
			const result = await send(a);
			if (isConnectionFailure(result) || result.type === 'redirect') {
				failed = true;
				break;
			}
			if (result.type === 'failure') this.refused[a.questionId] = String(result.data?.message ?? 'Nie udało się zapisać odpowiedzi.');
			else if (result.type === 'error') this.refused[a.questionId] = 'Nie udało się zapisać odpowiedzi.';
			unqueueAnswer(localStorage, this.#userId, a.assignmentId, a.questionId);
			done.push(a.questionId);
		}
		// The card leaves the waiting state only once the server's verdict is on the page.
		const focused = document.activeElement?.id;
		if (done.length) await invalidateAll();
		for (const id of done) delete this.waiting[id];
		// The waiting note and the verdict that replaces it share an id (QuestionCard): whoever was on one stays on the other.
		if (done.length && focused?.endsWith('-outcome')) {
			await tick();
			document.getElementById(focused)?.focus();
		}
		this.#sending = false;
		if (failed) this.#retryLater();
		else this.#delay = FIRST_RETRY_MS;
	}

	#retryLater() {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.flush(), this.#delay);
		this.#delay = Math.min(this.#delay * 2, LAST_RETRY_MS);
	}
}
