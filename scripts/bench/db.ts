// Database benchmarks: server time of the report pages, learner progress and answer submission on the
// school-sized database from `npm run seed:load`. Part of `npm run bench`; alone: `npx tsx scripts/bench/db.ts`.
import { copyFileSync, existsSync, rmSync } from 'node:fs';
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
import { runBenchmark, type Benchmark } from './harness';

const ITERATIONS = 100;
const RUNS = 3;
const NAMES = [
	'db.class_overview',
	'db.assignment_report',
	'db.learner_report',
	'db.report_index',
	'db.learner_progress',
	'db.review_queue',
	'db.submit_answer'
];

/** Rows of the load database to run each function on, spread over the whole school. */
function samples(db: Db) {
	const c = db.$client;
	const classes = c.prepare('select id, teacher_id as teacherId from classes order by id').all() as { id: string; teacherId: string }[];
	const asg = c
		.prepare('select a.id, c.teacher_id as teacherId from assignments a join classes c on c.id = a.class_id order by a.id')
		.all() as { id: string; teacherId: string }[];
	const learners = c
		.prepare(
			'select m.user_id as id, m.class_id as classId, c.teacher_id as teacherId from class_members m join classes c on c.id = m.class_id order by m.user_id'
		)
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

/**
 * For `npm run bench` (scripts/bench/harness.ts). Works on a copy of the load database, since submissions
 * write; skipped when `npm run seed:load` has not been run. Each call takes another class, assignment or learner.
 */
export async function benchmarks(): Promise<Benchmark[]> {
	const path = resolve(process.env.LOAD_DATABASE_PATH ?? 'data/load.db');
	if (!existsSync(path))
		return NAMES.map((name) => ({ name, report: 'time' as const, fn: () => 0, skip: `no ${path}: run npm run seed:load first` }));
	const copy = join(tmpdir(), `czytanka-bench-${process.pid}.db`);
	copyFileSync(path, copy);
	process.on('exit', () => {
		for (const f of [copy, `${copy}-wal`, `${copy}-shm`]) rmSync(f, { force: true });
	});
	const db = openDb(copy);
	const s = samples(db);
	const all = parseRange(new URLSearchParams());
	const cycle = <T>(xs: T[]) => {
		let i = 0;
		return () => xs[(i++ * 7919) % xs.length];
	};
	const cls = cycle(s.classes);
	const asg = cycle(s.asg);
	const learner = cycle(s.learners);
	const { submitAnswer } = await import('../../src/lib/server/learn/submit-answer');
	let open = 0;
	const note = `${s.classes.length} classes, ${s.learners.length} learners`;
	const time = (name: string, fn: () => unknown, extra: Partial<Benchmark> = {}): Benchmark => ({
		name,
		report: 'time',
		fn,
		iterations: ITERATIONS,
		runs: RUNS,
		warmup: 20,
		note,
		...extra
	});
	return [
		time('db.class_overview', () => {
			const c = cls();
			return classOverview(db, c.teacherId, c.id, all);
		}),
		time('db.assignment_report', () => {
			const a = asg();
			return assignmentReport(db, a.teacherId, a.id, all);
		}),
		time('db.learner_report', () => {
			const l = learner();
			return learnerReport(db, l.teacherId, l.classId, l.id, all);
		}),
		time('db.report_index', () => reportIndex(db, cls().teacherId)),
		time('db.learner_progress', () => learnerProgress(db, learner().id)),
		time('db.review_queue', () => reviewQueue(db, learner().id), { note: 'a first visit creates the learner’s cards' }),
		time(
			'db.submit_answer',
			() => {
				const o = s.open[open++ % s.open.length];
				return submitAnswer(db, o.userId, o.assignmentId, o.questionId, 'odpowiedź testowa');
			},
			{ note: 'new answers to open questions; WAL, synchronous=NORMAL as in the app' }
		)
	];
}

const TARGET_MS: Record<string, number> = { 'db.submit_answer': 5 };

/** The table for the database section of docs/benchmarks.md. */
async function main() {
	const rows: string[] = [];
	for (const b of await benchmarks()) {
		const r = await runBenchmark(b);
		if (r.report === 'skipped') console.error(`skipped ${r.name}: ${r.reason}`);
		if (r.report !== 'time') continue;
		const target = TARGET_MS[r.name] ?? 50;
		rows.push(
			`| \`${r.name}\` | ${r.samples} | ${r.median_ms.toFixed(2)} | ${r.p95_ms.toFixed(2)} | < ${target} | ${r.p95_ms < target ? 'yes' : 'NO'} |`
		);
	}
	console.log(['| benchmark | samples | median ms | p95 ms | target ms | met |', '|---|---:|---:|---:|---:|:-:|', ...rows].join('\n'));
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
