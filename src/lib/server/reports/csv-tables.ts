import { toCsv, type Cell } from '$lib/csv';
import { dayKey } from '$lib/warsaw-time';
import type { assignmentReport } from './assignment-report';
import type { classOverview } from './class-overview';
import type { learnerReport } from './learner-report';
import { STATE_IN_REPORT } from '$lib/domain/attempt-state';
import { SKILL_LABEL } from '$lib/domain/skills';

/** Percent as a whole number: Excel then sorts and averages the column. */
const pct = (share: number | null) => (share === null ? null : Math.round(share * 100));
const day = (d: Date | null) => (d ? dayKey(d) : null);

/** Same layout as the page: one row per learner, per assignment the state or the score in percent. */
export function overviewCsv(o: ReturnType<typeof classOverview>): string {
	const header = ['Uczeń', 'Login', 'Ukończone', 'Średni wynik %', ...o.assignments.map((a) => `${a.title} (${day(a.createdAt)})`)];
	const rows: Cell[][] = o.learners.map((r) => [
		r.learner.name,
		r.learner.username,
		r.done,
		pct(r.average),
		...r.cells.map((c) => (c.state === 'done' ? pct(c.total ? c.correct / c.total : null) : STATE_IN_REPORT[c.state]))
	]);
	rows.push(['Ukończyło', '', '', '', ...o.assignments.map((a) => `${a.done} z ${o.learners.length}`)]);
	return toCsv(header, rows);
}

export function assignmentLearnersCsv(r: ReturnType<typeof assignmentReport>): string {
	return toCsv(
		['Uczeń', 'Login', 'Stan', 'Odpowiedzi', 'Poprawne', 'Pytania', 'Wynik %', 'Czas czytania (min)', 'Ukończono'],
		r.learners.map((l) => [
			l.name,
			l.username,
			STATE_IN_REPORT[l.state],
			l.answered,
			l.correct,
			r.total,
			l.state === 'done' && r.total ? pct(l.correct / r.total) : null,
			Math.round(l.readingSeconds / 60),
			day(l.finishedAt)
		])
	);
}

export function assignmentItemsCsv(r: ReturnType<typeof assignmentReport>): string {
	return toCsv(
		[
			'Nr',
			'Pytanie',
			'Poprawna odpowiedź',
			'Umiejętność',
			'Odpowiedzi',
			'Poprawne',
			'Łatwość %',
			'Moc różnicująca',
			'Najczęstsze błędne odpowiedzi'
		],
		r.items.map((q, i) => [
			i + 1,
			q.prompt,
			q.answer.split('\n').join(' → '),
			SKILL_LABEL[q.skill],
			q.answered,
			q.correct,
			pct(q.facility),
			q.discrimination,
			q.commonWrong.map((w) => `${w.text} (${w.count})`).join(', ')
		])
	);
}

export function learnerHistoryCsv(r: ReturnType<typeof learnerReport>): string {
	return toCsv(
		['Tekst', 'Zadano', 'Termin', 'Stan', 'Poprawne', 'Pytania', 'Wynik %', 'Czas czytania (min)', 'Ukończono'],
		r.history.map((h) => [
			h.title,
			day(h.createdAt),
			day(h.dueAt),
			STATE_IN_REPORT[h.state],
			h.correct,
			h.total,
			h.state === 'done' && h.total ? pct(h.correct / h.total) : null,
			Math.round(h.readingSeconds / 60),
			day(h.finishedAt)
		])
	);
}

export function learnerSkillsCsv(r: ReturnType<typeof learnerReport>): string {
	return toCsv(
		['Umiejętność', 'Odpowiedzi', 'Poprawne', 'Trafność %'],
		r.skills.map((s) => [SKILL_LABEL[s.skill], s.answered, s.correct, pct(s.answered ? s.correct / s.answered : null)])
	);
}
