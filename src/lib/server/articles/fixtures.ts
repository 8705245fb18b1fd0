import { testDb } from '../db/test-db';
import { classMembers, classes, users } from '../db/schema';

/** Two teachers (anna, bogdan), a class each, and a learner in anna's class. */
export function articleWorld() {
	const db = testDb();
	const add = (id: string, role: 'teacher' | 'learner') =>
		db.insert(users).values({ id, username: id, displayName: id.toUpperCase(), role, passwordHash: 'x' }).run();
	add('anna', 'teacher');
	add('bogdan', 'teacher');
	add('ola', 'learner');
	db.insert(classes).values({ id: 'klasa-a', teacherId: 'anna', name: 'A', code: 'AAAA1111' }).run();
	db.insert(classes).values({ id: 'klasa-b', teacherId: 'bogdan', name: 'B', code: 'BBBB2222' }).run();
	db.insert(classMembers).values({ classId: 'klasa-a', userId: 'ola' }).run();
	return db;
}

export const NEWS = `Nowy most w Toruniu otwarty

W piątek 12 maja 2023 roku w Toruniu otwarto nowy most na Wiśle. Budowa trwała trzy lata i kosztowała 120 milionów złotych.

Czytaj także: Remont dworca w Bydgoszczy

Most ma 540 metrów długości. Jak powiedział prezydent miasta Michał Zaleski, przeprawa skróci dojazd do centrum o 15 minut.

Pierwsi kierowcy przejechali przez most w sobotę rano. W niedzielę odbył się festyn dla mieszkańców, na który przyszło około 5 tysięcy osób.`;
