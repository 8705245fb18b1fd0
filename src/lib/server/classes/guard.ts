import { error } from '@sveltejs/kit';
import type { Db } from '../db';
import { findTeacherClass, type ClassSummary } from './teacher-classes';

/** Another teacher's class and a made-up id look the same: 404, so ids reveal nothing. */
export function ownClassOr404(db: Db, teacherId: string, classId: string): ClassSummary {
	const found = findTeacherClass(db, teacherId, classId);
	if (!found) error(404, 'Nie znaleziono takiej klasy.');
	return found;
}
