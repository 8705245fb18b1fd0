// What happens to an article's questions when its text changes. Pure: the caller applies the plan.
// Teacher-edited and teacher-written questions always stay; generated ones whose generator key is
// produced again are refreshed in place (same id and approval, so assignments keep pointing at them);
// the ones the new text no longer yields are archived when answers or assignments use them, else deleted.
import type { Evidence, Question } from '$lib/questions/types';

export interface ExistingQuestion {
	id: string;
	genKey: string | null;
	origin: 'generated' | 'edited' | 'teacher';
	archived: boolean;
	position: number;
	evidence: Evidence;
}

export interface RegenerationPlan {
	/** Generated questions refreshed from the new generator output. */
	refresh: { id: string; question: Question }[];
	/** Kept questions (edited/teacher) whose evidence moved: new offsets, or -1 if the sentence is gone. */
	relocate: { id: string; evidence: Evidence }[];
	archive: string[];
	remove: string[];
	/** Final order of the visible questions: an existing id, or a new generated question. */
	order: ({ id: string } | { add: Question })[];
}

export function planRegeneration(
	existing: ExistingQuestion[],
	generated: Question[],
	newText: string,
	referenced: Set<string>
): RegenerationPlan {
	const byKey = new Map(generated.map((q) => [q.key, q]));
	const keysInUse = new Set(existing.map((q) => q.genKey).filter((k): k is string => !!k));
	const plan: RegenerationPlan = { refresh: [], relocate: [], archive: [], remove: [], order: [] };

	for (const q of [...existing].sort((a, b) => a.position - b.position)) {
		const fresh = q.genKey ? byKey.get(q.genKey) : undefined;
		if (q.origin === 'generated') {
			if (fresh) {
				plan.refresh.push({ id: q.id, question: fresh });
				if (!q.archived) plan.order.push({ id: q.id });
			} else if (!q.archived) {
				if (referenced.has(q.id)) plan.archive.push(q.id);
				else plan.remove.push(q.id);
			}
			continue;
		}
		const start = newText.indexOf(q.evidence.sentence);
		if (start !== q.evidence.start) {
			const evidence =
				start >= 0 && q.evidence.sentence
					? { sentence: q.evidence.sentence, start, end: start + q.evidence.sentence.length }
					: { ...q.evidence, start: -1, end: -1 };
			plan.relocate.push({ id: q.id, evidence });
		}
		if (!q.archived) plan.order.push({ id: q.id });
	}
	for (const q of generated) if (!keysInUse.has(q.key)) plan.order.push({ add: q });
	return plan;
}
