import { describe, expect, it } from 'vitest';
import { isMember, joinClass } from './membership';
import { classRoster, removeLearner } from './roster';
import { createClass } from './teacher-classes';
import { classWorld } from './test-fixtures';
import { createLearners } from './learner-accounts';
import { users } from '../db/schema';

describe('class roster', () => {
	it('shows the learners of the teacher’s own class only', () => {
		const db = classWorld();
		const id = createClass(db, 'anna', '4b');
		joinClass(db, id, 'ola');
		joinClass(db, id, 'kuba');
		expect(classRoster(db, 'anna', id).map((l) => l.username)).toEqual(['kuba', 'ola']);
		expect(classRoster(db, 'bogdan', id)).toEqual([]);
	});

	it('offers a new password only for accounts this teacher made', async () => {
		const db = classWorld();
		const id = createClass(db, 'anna', '4b');
		joinClass(db, id, 'ola');
		await createLearners(db, 'anna', id, ['Kuba Kowal']);
		expect(classRoster(db, 'anna', id).map((l) => [l.username, l.resettable])).toEqual([
			['kuba.kowal', true],
			['ola', false]
		]);
	});

	it('removing a learner keeps the account and the learner’s other classes', () => {
		const db = classWorld();
		const a = createClass(db, 'anna', '4b');
		const b = createClass(db, 'bogdan', 'Kółko');
		joinClass(db, a, 'ola');
		joinClass(db, b, 'ola');
		expect(removeLearner(db, 'anna', a, 'ola')).toBe(true);
		expect(isMember(db, a, 'ola')).toBe(false);
		expect(isMember(db, b, 'ola')).toBe(true);
		expect(
			db
				.select()
				.from(users)
				.all()
				.some((u) => u.id === 'ola')
		).toBe(true);
	});

	it('another teacher cannot remove a learner, even naming the class id', () => {
		const db = classWorld();
		const a = createClass(db, 'anna', '4b');
		joinClass(db, a, 'ola');
		expect(removeLearner(db, 'bogdan', a, 'ola')).toBe(false);
		expect(isMember(db, a, 'ola')).toBe(true);
	});
});

describe('roster order', () => {
	it('follows the Polish alphabet (Ł after L, before M; Ż at the end)', () => {
		const db = classWorld();
		const id = createClass(db, 'anna', '4b');
		for (const [uid, name] of [
			['u1', 'Żaneta'],
			['u2', 'Łucja'],
			['u3', 'Marek'],
			['u4', 'Lena'],
			['u5', 'Zenon']
		]) {
			db.insert(users).values({ id: uid, username: uid, displayName: name, role: 'learner', passwordHash: 'x' }).run();
			joinClass(db, id, uid);
		}
		expect(classRoster(db, 'anna', id).map((l) => l.displayName)).toEqual(['Lena', 'Łucja', 'Marek', 'Zenon', 'Żaneta']);
	});
});
