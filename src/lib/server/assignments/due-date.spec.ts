import { describe, expect, it } from 'vitest';
import { parseDueDate } from './due-date';

const now = new Date('2024-03-10T12:00:00Z');

describe('parseDueDate', () => {
	it('means the end of the chosen day in Poland, in winter and in summer time', () => {
		expect(parseDueDate('2024-03-11', now)).toEqual({ ok: true, due: new Date('2024-03-11T22:59:59Z') });
		expect(parseDueDate('2024-07-01', now)).toEqual({ ok: true, due: new Date('2024-07-01T21:59:59Z') });
	});
	it('allows no date and today, refuses past days and non-dates', () => {
		expect(parseDueDate('', now)).toEqual({ ok: true, due: null });
		expect(parseDueDate('2024-03-10', now).ok).toBe(true);
		expect(parseDueDate('2024-03-09', now)).toEqual({ ok: false, message: 'Termin nie może być w przeszłości.' });
		expect(parseDueDate('2024-02-30', now)).toMatchObject({ ok: false });
	});
	it('compares with the Polish date just after midnight', () => {
		expect(parseDueDate('2024-03-10', new Date('2024-03-10T23:30:00Z'))).toEqual({
			ok: false,
			message: 'Termin nie może być w przeszłości.'
		});
	});
});
