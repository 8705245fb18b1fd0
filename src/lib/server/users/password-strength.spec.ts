import { describe, expect, it } from 'vitest';
import { passwordStrengthProblem } from './password-strength';

const anna = { displayName: 'Anna Wiśniewska', email: 'anna.w@szkola.pl', username: 'anna.wisniewska' };

describe('password strength', () => {
	it('refuses common and guessable passwords, saying how to make a better one', async () => {
		for (const weak of ['qwerty123', 'kochamcie', 'haslo1234', 'warszawa1', 'zaq12wsx']) {
			const problem = await passwordStrengthProblem(weak, {});
			expect(problem, weak).toMatch(/^To hasło jest za słabe\./);
			expect(problem, weak).toMatch(/Dodaj|Ułóż|Unikaj|Używaj/);
		}
		expect(await passwordStrengthProblem('kochamcie', {})).toContain('Dodaj jeszcze jedno lub dwa nietypowe słowa.');
	});

	it('refuses a password containing the name, e-mail or login, whatever the case and diacritics', async () => {
		for (const pw of ['Wisniewska-kot-2024', 'xx-ANNA.W-zielony-most', 'moj.anna.wisniewska!']) {
			expect(await passwordStrengthProblem(pw, anna), pw).toContain('nie może zawierać Twojego imienia');
		}
	});

	it('weighs short personal words through zxcvbn instead of refusing every word they occur in', async () => {
		const ola = { displayName: 'Ola', username: 'ola' };
		expect(await passwordStrengthProblem('ola12345678', ola)).toMatch(/^To hasło jest za słabe/);
		expect(await passwordStrengthProblem('kolacja przy starym moście', ola)).toBeNull();
	});

	it('accepts a few unrelated words', async () => {
		expect(await passwordStrengthProblem('kasztan rower parasol', anna)).toBeNull();
		expect(await passwordStrengthProblem('bardzo-tajne-1', {})).toBeNull();
	});
});
