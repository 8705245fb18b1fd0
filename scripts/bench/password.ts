// Password strength (zxcvbn-ts with the common and Polish dictionaries): the first check of a process loads and
// indexes the dictionaries; later checks reuse them. Alone: `npm run bench -- --module password`.
import { passwordStrengthProblem } from '../../src/lib/server/users/password-strength';
import type { Benchmark } from './harness';

const personal = { displayName: 'Anna Wiśniewska', username: 'anna.wisniewska', email: 'anna.w@szkola.pl' };
const PASSWORDS = [
	'qwerty123',
	'kasztan rower parasol',
	'haslo1234',
	'Warszawa2024!',
	'bardzo-tajne-1',
	'zielona-lampa-nad-stawem',
	'Kasia2010',
	'lato-kot-42'
];
let n = 0;

export const benchmarks: Benchmark[] = [
	{
		// One sample per process: run the module a few times for a range.
		name: 'password.first_check',
		report: 'time',
		warmup: 0,
		runs: 1,
		iterations: 1,
		fn: () => passwordStrengthProblem('kasztan rower parasol', personal),
		note: 'dynamic import + dictionary indexing + one check'
	},
	{
		name: 'password.check',
		report: 'time',
		runs: 3,
		iterations: 40,
		fn: () => passwordStrengthProblem(PASSWORDS[n++ % PASSWORDS.length], personal),
		note: `${PASSWORDS.length} passwords in turn, dictionaries loaded`
	}
];
