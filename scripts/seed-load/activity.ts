import type Database from 'better-sqlite3';
import { idMaker, rng } from './random';
import { SIZE, type School } from './school';

const DAY = 86_400_000;
const BATCH = 50_000;

/**
 * Attempts and answers. Each learner has an ability; each (learner, assignment) is finished, half done or
 * not started. Answers are inserted in time order, interleaved across classes, as a live school writes them,
 * so the pages of one assignment's answers are scattered on disk like in real use.
 */
export function seedActivity(db: Database.Database, s: School, now: number) {
	const r = rng(7);
	const newId = idMaker(r);
	const ability = s.learnerIds.map(() => 0.35 + r.next() * 0.6);
	const attempts: {
		id: string;
		user: number;
		asg: number;
		start: number;
		finish: number | null;
		answered: number;
		correct: number;
		seconds: number;
	}[] = [];
	const time = new Float64Array(SIZE.answers);
	const attemptOf = new Int32Array(SIZE.answers);
	const position = new Int8Array(SIZE.answers);
	const correct = new Uint8Array(SIZE.answers);
	let n = 0;

	// Oldest assignments first: if the million is reached early, only the newest ones are left half-done.
	const byDate = s.assignments.map((_, i) => i).sort((x, y) => s.assignments[x].createdAt - s.assignments[y].createdAt);
	outer: for (const ai of byDate) {
		const a = s.assignments[ai];
		const qs = s.questionIds[a.article];
		for (const l of s.members[a.cls]) {
			const roll = r.next();
			if (roll < 0.06) continue;
			const count = roll < 0.1 ? r.int(1, qs.length - 1) : qs.length;
			let t = a.createdAt + r.int(0, 4) * DAY + r.int(7, 20) * 3_600_000 + r.int(0, 59) * 60_000;
			if (t + count * 90_000 > now) continue;
			const at = attempts.length;
			const row = {
				id: newId(),
				user: l,
				asg: ai,
				start: t,
				finish: null as number | null,
				answered: 0,
				correct: 0,
				seconds: r.int(60, 900)
			};
			attempts.push(row);
			for (let p = 0; p < count; p++) {
				if (n === SIZE.answers) break outer;
				t += r.int(20, 120) * 1000;
				const ok = r.next() < ability[l] - 0.08 * (p % 3);
				time[n] = t;
				attemptOf[n] = at;
				position[n] = p;
				correct[n] = ok ? 1 : 0;
				row.answered++;
				if (ok) row.correct++;
				n++;
			}
			if (row.answered === qs.length) row.finish = t;
		}
	}

	const insertAttempt = db.prepare(
		'insert into attempts (id, user_id, assignment_id, created_at, finished_at, reading_seconds, correct_count, answered_count) values (?, ?, ?, ?, ?, ?, ?, ?)'
	);
	const ordered = attempts.map((_, i) => i).sort((x, y) => attempts[x].start - attempts[y].start);
	db.transaction(() => {
		for (const i of ordered) {
			const a = attempts[i];
			insertAttempt.run(a.id, s.learnerIds[a.user], s.assignments[a.asg].id, a.start, a.finish, a.seconds, a.correct, a.answered);
		}
	})();

	const insertAnswer = db.prepare(
		'insert into answers (id, attempt_id, question_id, given, correct, verdict, feedback, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)'
	);
	const order = new Uint32Array(n).map((_, i) => i).sort((x, y) => time[x] - time[y]);
	for (let from = 0; from < n; from += BATCH) {
		db.transaction(() => {
			for (let k = from; k < Math.min(n, from + BATCH); k++) {
				const i = order[k];
				const at = attempts[attemptOf[i]];
				const art = s.assignments[at.asg].article;
				const p = position[i];
				const ok = correct[i] === 1;
				const given = ok ? s.answers[art][p] : s.wrong[art][p][i % s.wrong[art][p].length];
				insertAnswer.run(
					newId(),
					at.id,
					s.questionIds[art][p],
					given,
					ok ? 1 : 0,
					ok ? 'correct' : 'incorrect',
					ok ? 'Dobrze.' : 'Niestety nie.',
					time[i]
				);
			}
		})();
	}
	return { attempts: attempts.length, answers: n };
}
