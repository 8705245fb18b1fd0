import type { Db } from '../db';
import { personalPurpose } from './personal-readings';

/** Where a finished personal reading leads: the placement's next step, or the next library text. */
export function afterReading(db: Db, userId: string, assignmentId: string): { href: string; label: string } | null {
	const purpose = personalPurpose(db, userId, assignmentId);
	if (purpose === 'placement') return { href: '/learn/poziom', label: 'Dalej: test poziomu' };
	if (purpose) return { href: '/learn/nastepny', label: 'Następny tekst' };
	return null;
}
