import { describe, expect, it } from 'vitest';
import { queueAnswer, queuedAnswers, shownAnswer, unqueueAnswer } from './answer-queue';

/** localStorage's interface over a Map, as Node has none. */
function memoryStorage(): Storage {
	const m = new Map<string, string>();
	return {
		get length() {
			return m.size;
		},
		key: (i) => [...m.keys()][i] ?? null,
		getItem: (k) => m.get(k) ?? null,
		setItem: (k, v) => void m.set(k, String(v)),
		removeItem: (k) => void m.delete(k),
		clear: () => m.clear()
	};
}

const answer = (questionId: string, queuedAt: number, assignmentId = 'a1') => ({
	assignmentId,
	questionId,
	fields: [
		['questionId', questionId],
		['answer', 'w 2002 roku']
	] as [string, string][],
	queuedAt
});

describe('answers waiting for a connection', () => {
	it('are kept per learner and reading, oldest first, and one per question', () => {
		const s = memoryStorage();
		queueAnswer(s, 'ola', answer('q2', 20));
		queueAnswer(s, 'ola', answer('q1', 10));
		queueAnswer(s, 'ola', answer('q1', 30));
		queueAnswer(s, 'ola', answer('q9', 5, 'a2'));
		expect(queuedAnswers(s, 'ola', 'a1').map((a) => [a.questionId, a.queuedAt])).toEqual([
			['q2', 20],
			['q1', 30]
		]);
		unqueueAnswer(s, 'ola', 'a1', 'q2');
		expect(queuedAnswers(s, 'ola', 'a1').map((a) => a.questionId)).toEqual(['q1']);
	});

	it('are never another learner’s on a shared computer', () => {
		const s = memoryStorage();
		queueAnswer(s, 'ola', answer('q1', 1));
		expect(queuedAnswers(s, 'kuba', 'a1')).toEqual([]);
	});

	it('drop what cannot be read back, and report a browser that will not store', () => {
		const s = memoryStorage();
		s.setItem('czytanka:czeka:ola:a1:q1', '{not json');
		s.setItem('czytanka:czeka:ola:a1:q2', JSON.stringify({ ...answer('q3', 1) }));
		expect(queuedAnswers(s, 'ola', 'a1')).toEqual([]);
		expect(s.length).toBe(0);
		const refusing: Storage = {
			...memoryStorage(),
			setItem: () => {
				throw new DOMException('full', 'QuotaExceededError');
			}
		};
		expect(queueAnswer(refusing, 'ola', answer('q1', 1))).toBe(false);
	});

	it('show as the learner gave them: the text, or the items in the chosen order', () => {
		expect(shownAnswer(answer('q1', 1).fields, [])).toBe('w 2002 roku');
		expect(
			shownAnswer(
				[
					['pos-0', '2'],
					['pos-1', '3'],
					['pos-2', '1']
				],
				['b', 'c', 'a']
			)
		).toBe('a → b → c');
	});
});
