/** An answer that could not be sent: it waits in the browser (localStorage) until the connection returns. */
export interface QueuedAnswer {
	assignmentId: string;
	questionId: string;
	/** The form's fields exactly as the learner submitted them, so the retry is the same post. */
	fields: [string, string][];
	queuedAt: number;
}

const PREFIX = 'czytanka:czeka:';

// The learner is part of the key: on a shared school computer the next learner must not send someone else's answer.
const prefixOf = (userId: string, assignmentId: string) => `${PREFIX}${userId}:${assignmentId}:`;

/** False when the browser refuses to store it (private mode, full storage): the learner must then try again by hand. */
export function queueAnswer(storage: Storage, userId: string, answer: QueuedAnswer): boolean {
	try {
		storage.setItem(prefixOf(userId, answer.assignmentId) + answer.questionId, JSON.stringify(answer));
		return true;
	} catch {
		return false;
	}
}

export function unqueueAnswer(storage: Storage, userId: string, assignmentId: string, questionId: string) {
	storage.removeItem(prefixOf(userId, assignmentId) + questionId);
}

function isQueuedAnswer(x: unknown): x is QueuedAnswer {
	const a = x as QueuedAnswer | null;
	return (
		typeof a?.assignmentId === 'string' &&
		typeof a.questionId === 'string' &&
		typeof a.queuedAt === 'number' &&
		Array.isArray(a.fields) &&
		a.fields.every((f) => Array.isArray(f) && f.length === 2 && f.every((s) => typeof s === 'string'))
	);
}

/** The learner's waiting answers to one assignment, oldest first; unreadable entries are dropped. */
export function queuedAnswers(storage: Storage, userId: string, assignmentId: string): QueuedAnswer[] {
	const prefix = prefixOf(userId, assignmentId);
	const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((k): k is string => !!k?.startsWith(prefix));
	const found: QueuedAnswer[] = [];
	for (const key of keys) {
		let value: unknown;
		try {
			value = JSON.parse(storage.getItem(key) ?? '');
		} catch {
			value = null;
		}
		if (isQueuedAnswer(value) && prefix + value.questionId === key) found.push(value);
		else storage.removeItem(key);
	}
	return found.sort((a, b) => a.queuedAt - b.queuedAt);
}

/** The learner's answer as the card shows it while it waits: the text or option, or the items in the chosen order. */
export function shownAnswer(fields: [string, string][], options: string[]): string {
	const answer = fields.find(([name]) => name === 'answer');
	if (answer) return answer[1];
	const position = (i: number) => Number(fields.find(([name]) => name === `pos-${i}`)?.[1] ?? 0);
	return options
		.map((item, i) => ({ item, at: position(i) }))
		.sort((a, b) => a.at - b.at)
		.map((x) => x.item)
		.join(' → ');
}
