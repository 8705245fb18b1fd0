import { describe, expect, it } from 'vitest';
import { libraryTexts } from '$lib/library/texts';
import { testDb } from '../db/test-db';
import { addClass, addUser } from '../progress/test-fixtures';
import { learnerAssignmentOr404 } from '../access/learner';
import { assignableArticle, libraryTextOr404 } from '../access/library';
import { teacherAssignment } from '../access/teacher';
import { thrown } from '../access/test-thrown';
import { findOpenClassByCode, joinClass } from '../classes/membership';
import { seedLibrary } from '../library/seed-library';
import { createAssignments } from '../assignments/assignments';
import { liveQuestions } from '../articles/questions';
import { listReadings } from '../learn/readings';
import { reportIndex } from '../reports/teacher-index';
import { classOverview } from '../reports/class-overview';
import { teacherClass } from '../access/teacher';
import { ALL_TIME } from '../reports/range';
import { openPersonalReading, QUESTIONS_PER_READING } from './personal-readings';

function world() {
	const db = testDb();
	seedLibrary(db, libraryTexts().slice(0, 1));
	const anna = addUser(db, 'teacher', 'Anna');
	const ola = addUser(db, 'learner', 'Ola');
	const kuba = addUser(db, 'learner', 'Kuba');
	const cls = addClass(db, anna, [kuba], '4b');
	const text = libraryTextOr404(db, libraryTexts()[0].slug);
	return { db, anna, ola, kuba, cls, text };
}

describe('a personal reading of a library text', () => {
	it("opens once per learner in the learner's own class, with the best questions", () => {
		const { db, ola, text } = world();
		const id = openPersonalReading(db, ola, text.articleId, 'practice');
		expect(openPersonalReading(db, ola, text.articleId, 'practice')).toBe(id);
		const asg = learnerAssignmentOr404(db, ola, id);
		expect(asg).toMatchObject({ articleId: text.articleId, className: 'Samodzielnie' });
		const reading = listReadings(db, ola);
		expect(reading).toHaveLength(1);
		expect(reading[0].total).toBe(Math.min(QUESTIONS_PER_READING.practice, liveQuestions(db, text.articleId).length));
	});

	it('is invisible to other learners and to every teacher, also in reports', () => {
		const { db, anna, ola, kuba, cls, text } = world();
		const id = openPersonalReading(db, ola, text.articleId, 'practice');
		expect(thrown(() => learnerAssignmentOr404(db, kuba, id))).toEqual(thrown(() => learnerAssignmentOr404(db, kuba, 'no-such')));
		expect(teacherAssignment(db, anna, id)).toBeUndefined();
		// Ola joins Anna's class later: Anna's reports still hold only the class's own assignments.
		joinClass(db, cls, ola);
		expect(teacherAssignment(db, anna, id)).toBeUndefined();
		expect(reportIndex(db, anna).flatMap((c) => c.assignments)).toEqual([]);
		const overview = classOverview(db, teacherClass(db, anna, cls)!, ALL_TIME);
		expect(overview.learners.map((l) => l.learner.name).sort()).toEqual(['Kuba', 'Ola']);
		expect(overview.assignments).toEqual([]);
	});

	it('lives in a class nobody can join by its code', () => {
		const { db, ola, text } = world();
		openPersonalReading(db, ola, text.articleId, 'practice');
		expect(findOpenClassByCode(db, `personal:${ola}`)).toBeUndefined();
		expect(findOpenClassByCode(db, `PERSONAL:${ola}`.toUpperCase())).toBeUndefined();
	});
});

describe('a teacher and the library', () => {
	it('may assign a library text to their class, but never edit it', () => {
		const { db, anna, cls, text } = world();
		const questionIds = liveQuestions(db, text.articleId).map((q) => q.id);
		const r = createAssignments(db, anna, { articleId: text.articleId, classIds: [cls], questionIds, dueAt: null });
		expect(r.ok).toBe(true);
		expect(assignableArticle(db, anna, text.articleId)?.id).toBe(text.articleId);
	});
});
