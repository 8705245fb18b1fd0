import type Database from 'better-sqlite3';
import { articleContent, QUESTIONS_PER_ARTICLE, questionContent } from './content';
import { idMaker, rng } from './random';

export const SIZE = { teachers: 40, classes: 80, learners: 2000, articles: 300, assignmentsPerClass: 50, answers: 1_000_000 };
const DAY = 86_400_000;

export interface School {
	teacherIds: string[];
	classIds: string[];
	learnerIds: string[];
	/** Learners of each class, by class index. */
	members: number[][];
	articleIds: string[];
	questionIds: string[][];
	wrong: string[][][];
	answers: string[][];
	assignments: { id: string; cls: number; article: number; createdAt: number }[];
}

/** Users, classes, articles, questions and assignments: everything but attempts and answers. */
export function seedSchool(db: Database.Database, passwordHash: string, now: number): School {
	const r = rng(2022);
	const newId = idMaker(r);
	const s: School = {
		teacherIds: [],
		classIds: [],
		learnerIds: [],
		members: [],
		articleIds: [],
		questionIds: [],
		wrong: [],
		answers: [],
		assignments: []
	};
	const user = db.prepare('insert into users (id, username, display_name, role, password_hash, created_at) values (?, ?, ?, ?, ?, ?)');
	const cls = db.prepare('insert into classes (id, teacher_id, name, code, created_at) values (?, ?, ?, ?, ?)');
	const member = db.prepare('insert into class_members (class_id, user_id, created_at) values (?, ?, ?)');
	const article = db.prepare(
		`insert into articles (id, owner_id, title, source, published_on, raw_text, blocks, removed, word_count, created_at) values (?, ?, ?, 'Test obciążenia', null, ?, ?, '[]', ?, ?)`
	);
	const question = db.prepare(
		`insert into questions (id, article_id, position, gen_key, origin, approved, type, prompt, answer, accept, options, evidence, skill, difficulty, score, archived)
		 values (?, ?, ?, null, 'generated', 1, ?, ?, ?, '[]', ?, ?, ?, ?, 1, 0)`
	);
	const assignment = db.prepare(
		'insert into assignments (id, article_id, class_id, teacher_id, due_at, created_at) values (?, ?, ?, ?, ?, ?)'
	);
	const aq = db.prepare('insert into assignment_questions (assignment_id, question_id, position) values (?, ?, ?)');
	const start = now - 320 * DAY;

	db.transaction(() => {
		for (let t = 0; t < SIZE.teachers; t++) {
			const id = newId();
			s.teacherIds.push(id);
			user.run(id, `nauczyciel-${String(t + 1).padStart(2, '0')}`, `Nauczyciel ${t + 1}`, 'teacher', passwordHash, start);
		}
		for (let c = 0; c < SIZE.classes; c++) {
			const id = newId();
			s.classIds.push(id);
			s.members.push([]);
			cls.run(
				id,
				s.teacherIds[c % SIZE.teachers],
				`Klasa ${Math.floor(c / 10) + 1}${'abcdefghij'[c % 10]}`,
				`LOAD${String(c).padStart(3, '0')}`,
				start
			);
		}
		for (let l = 0; l < SIZE.learners; l++) {
			const id = newId();
			s.learnerIds.push(id);
			user.run(id, `uczen-${String(l + 1).padStart(4, '0')}`, `Uczeń ${l + 1}`, 'learner', passwordHash, start);
			const c = l % SIZE.classes;
			s.members[c].push(l);
			member.run(s.classIds[c], id, start);
		}
		for (let a = 0; a < SIZE.articles; a++) {
			const id = newId();
			s.articleIds.push(id);
			const content = articleContent(a);
			article.run(id, s.teacherIds[a % SIZE.teachers], content.title, content.rawText, content.blocks, content.wordCount, start);
			const qids: string[] = [];
			s.wrong.push([]);
			s.answers.push([]);
			for (let p = 0; p < QUESTIONS_PER_ARTICLE; p++) {
				const q = questionContent(a, p);
				const qid = newId();
				qids.push(qid);
				s.wrong[a].push(q.wrong);
				s.answers[a].push(q.answer);
				question.run(qid, id, p, q.type, q.prompt, q.answer, q.options, q.evidence, q.skill, q.difficulty);
			}
			s.questionIds.push(qids);
		}
		// A teacher assigns their own texts first, then texts shared in the school's pool (the load test cares about volume).
		for (let c = 0; c < SIZE.classes; c++) {
			for (let k = 0; k < SIZE.assignmentsPerClass; k++) {
				const art = ((c % SIZE.teachers) + k * SIZE.teachers + Math.floor(c / SIZE.teachers) * 7) % SIZE.articles;
				const id = newId();
				const createdAt = start + k * 6 * DAY + (c % 7) * 3_600_000;
				s.assignments.push({ id, cls: c, article: art, createdAt });
				assignment.run(id, s.articleIds[art], s.classIds[c], s.teacherIds[c % SIZE.teachers], createdAt + 7 * DAY, createdAt);
				s.questionIds[art].forEach((qid, p) => aq.run(id, qid, p));
			}
		}
	})();
	return s;
}
