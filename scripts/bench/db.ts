// Database benchmark: server time of the report pages, learner progress and answer submission on the
// school-sized database from `npm run seed:load`. Run alone with `npx tsx scripts/bench/db.ts`.
import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openDb, type Db } from '../../src/lib/server/db/index';
import { parseRange } from '../../src/lib/server/reports/range';
import { classOverview } from '../../src/lib/server/reports/class-overview';
import { assignmentReport } from '../../src/lib/server/reports/assignment-report';
import { learnerReport } from '../../src/lib/server/reports/learner-report';
import { reportIndex } from '../../src/lib/server/reports/teacher-index';
import { learnerProgress } from '../../src/lib/server/progress/learner-progress';
import { reviewQueue } from '../../src/lib/server/review/queue';

export interface DbBenchRow {
	name: string;
	runs: number;
	medianMs: number;
	p95Ms: number;
	targetMs: number;
}

const SAMPLES = 300;
const WARMUP = 20;

function measure(name: string, targetMs: number, inputs: number, fn: (i: number) => unknown): DbBenchRow {
	for (let i = 0; i < WARMUP; i++) fn(i);
	const times: number[] = [];
	for (let i = 0; i < inputs; i++) {
		const t = performance.now();
		fn(WARMUP + i);
		times.push(performance.now() - t);
	}
	times.sort((a, b) => a - b);
	const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
	return { name, runs: times.length, medianMs: q(0.5), p95Ms: q(0.95), targetMs };
}

/** Rows of the load database to run each function on, spread over the whole school. */
function samples(db: Db) {
	const c = db.$client;
	const classes = c.prepare('select id, teacher_id as teacherId from classes order by id').all() as { id: string; teacherId: string }[];
	const asg = c.prepare('select a.id, c.teacher_id as teacherId from assignments a join classes c on c.id = a.class_id order by a.id').all() as { id: string; teacherId: string }[];
	const learners = c
		.prepare(`select m.user_id as id, m.class_id as classId, c.teacher_id as teacherId from class_members m join classes c on c.id = m.class_id order by m.user_id`)
		.all() as { id: string; classId: string; teacherId: string }[];
	// Open questions: unfinished attempts and not-started assignments each have some left.
	const open = c
		.prepare(
			`select m.user_id as userId, a.id as assignmentId, aq.question_id as questionId
			 from assignments a join class_members m on m.class_id = a.class_id join assignment_questions aq on aq.assignment_id = a.id
			 left join attempts t on t.user_id = m.user_id and t.assignment_id = a.id
			 where t.finished_at is null and not exists (select 1 from answers x where x.attempt_id = t.id and x.question_id = aq.question_id)
			 limit 5000`
		)
		.all() as { userId: string; assignmentId: string; questionId: string }[];
	return { classes, asg, learners, open };
}

export async function runDbBench(path = process.env.LOAD_DATABASE_PATH ?? 'data/load.db'): Promise<DbBenchRow[]> {
	if (!existsSync(path)) throw new Error(`Brak ${path}: najpierw uruchom npm run seed:load`);
	// Submissions write: work on a copy so the load database stays as seeded.
	const copy = join(tmpdir(), `czytanka-bench-${process.pid}.db`);
	copyFileSync(resolve(path), copy);
	const db = openDb(copy);
	const s = samples(db);
	const all = parseRange(new URLSearchParams());
	const at = <T>(xs: T[], i: number) => xs[(i * 7919) % xs.length];
	const rows = [
		measure('Class overview (learners × assignments)', 50, SAMPLES, (i) => {
			const c = at(s.classes, i);
			return classOverview(db, c.teacherId, c.id, all);
		}),
		measure('Assignment report (item analysis)', 50, SAMPLES, (i) => {
			const a = at(s.asg, i);
			return assignmentReport(db, a.teacherId, a.id, all);
		}),
		measure('Learner report (history, trend)', 50, SAMPLES, (i) => {
			const l = at(s.learners, i);
			return learnerReport(db, l.teacherId, l.classId, l.id, all);
		}),
		measure('Teacher report index', 50, SAMPLES, (i) => reportIndex(db, at(s.classes, i).teacherId)),
		measure('Learner progress (/learn/progress)', 50, SAMPLES, (i) => learnerProgress(db, at(s.learners, i).id)),
		measure('Review queue (first visit creates cards)', 50, SAMPLES, (i) => reviewQueue(db, at(s.learners, i).id))
	];
	try {
		const { submitAnswer } = await import('../../src/lib/server/learn/submit-answer');
		const n = Math.min(SAMPLES, s.open.length - WARMUP);
		rows.push(
			measure('Answer submission (submitAnswer)', 5, n, (i) => {
				const o = s.open[i];
				return submitAnswer(db, o.userId, o.assignmentId, o.questionId, 'odpowiedź testowa');
			})
		);
	} catch (e) {
		console.warn('Pominięto zapis odpowiedzi:', (e as Error).message);
	}
	db.$client.close();
	for (const f of [copy, `${copy}-wal`, `${copy}-shm`]) if (existsSync(f)) (await import('node:fs')).rmSync(f);
	return rows;
}

export function dbBenchMarkdown(rows: DbBenchRow[]): string {
	const f = (x: number) => x.toFixed(2);
	return [
		'| What | Runs | Median (ms) | p95 (ms) | Target (ms) | Met |',
		'| --- | ---: | ---: | ---: | ---: | :-: |',
		...rows.map((r) => `| ${r.name} | ${r.runs} | ${f(r.medianMs)} | ${f(r.p95Ms)} | < ${r.targetMs} | ${r.p95Ms < r.targetMs ? 'yes' : 'NO'} |`)
	].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const rows = await runDbBench();
	const md = dbBenchMarkdown(rows);
	console.log(md);
	if (process.argv.includes('--write')) writeFileSync('docs/benchmarks-db.md', md + '\n');
}
