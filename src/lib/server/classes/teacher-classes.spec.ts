import { describe, expect, it } from 'vitest';
import { findOpenClassByCode, joinClass } from './membership';
import { archiveClass, createClass, listTeacherClasses, regenerateClassCode, renameClass, restoreClass } from './teacher-classes';
import { classWorld } from './test-fixtures';
import { teacherClass } from '../access/teacher';

describe('a teacher’s classes', () => {
	it('lists only the teacher’s own classes, archived ones apart, with learner counts', () => {
		const db = classWorld();
		const a = createClass(db, 'anna', ' 4b ');
		const old = createClass(db, 'anna', 'Archiwalna');
		createClass(db, 'bogdan', 'Cudza klasa');
		joinClass(db, a, 'ola');
		joinClass(db, a, 'kuba');
		archiveClass(db, 'anna', old);
		const { active, archived } = listTeacherClasses(db, 'anna');
		expect(active.map((c) => [c.name, c.learners])).toEqual([['4b', 2]]);
		expect(archived.map((c) => c.name)).toEqual(['Archiwalna']);
		expect(teacherClass(db, 'bogdan', a)).toBeUndefined();
	});

	it('refuses every change to another teacher’s class and leaves it as it was', () => {
		const db = classWorld();
		const id = createClass(db, 'anna', '4b');
		const before = teacherClass(db, 'anna', id);
		expect(renameClass(db, 'bogdan', id, 'Przejęta')).toBe(false);
		expect(archiveClass(db, 'bogdan', id)).toBe(false);
		expect(regenerateClassCode(db, 'bogdan', id)).toBeNull();
		expect(teacherClass(db, 'anna', id)).toEqual(before);
	});

	it('archiving stops the join code; restoring brings it back with the members', () => {
		const db = classWorld();
		const id = createClass(db, 'anna', '4b');
		joinClass(db, id, 'ola');
		const { code } = teacherClass(db, 'anna', id)!;
		expect(archiveClass(db, 'anna', id)).toBe(true);
		expect(findOpenClassByCode(db, code)).toBeUndefined();
		expect(restoreClass(db, 'bogdan', id)).toBe(false);
		expect(restoreClass(db, 'anna', id)).toBe(true);
		expect(findOpenClassByCode(db, code)?.id).toBe(id);
		expect(teacherClass(db, 'anna', id)?.learners).toBe(1);
	});

	it('a new code replaces the old one at once', () => {
		const db = classWorld();
		const id = createClass(db, 'anna', '4b');
		const { code: old } = teacherClass(db, 'anna', id)!;
		const fresh = regenerateClassCode(db, 'anna', id)!;
		expect(fresh).not.toBe(old);
		expect(findOpenClassByCode(db, old)).toBeUndefined();
		expect(findOpenClassByCode(db, fresh)?.id).toBe(id);
	});

	it('renames only the owner’s class', () => {
		const db = classWorld();
		const id = createClass(db, 'anna', '4b');
		expect(renameClass(db, 'anna', id, '  5b ')).toBe(true);
		expect(teacherClass(db, 'anna', id)?.name).toBe('5b');
	});
});
