// The operator's commands. reset-link EMAIL [--origin URL]: a one-time link to set a new password for a
// teacher, for schools whose Czytanka sends no mail (docs/operations.md). The link goes to standard output;
// what it is for and how long it works, to standard error. Exit 0 = link printed, 1 = no such teacher,
// 2 = wrong usage or no database.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openDb } from '../../src/lib/server/db/index';
import { issueResetToken } from '../../src/lib/server/auth/reset-tokens';
import { resetLink } from '../../src/lib/server/mail/reset-mail';
import { parseOrigin } from '../../src/lib/server/mail/settings';
import { recoverableByEmail } from '../../src/lib/server/users/password-reset';
import { CliError, runCli, type CliIo } from './io';

const USAGE = 'usage: admin reset-link EMAIL [--origin URL]   (database: DATABASE_PATH, default data/czytanka.db)';
const DEFAULT_ORIGIN = 'http://localhost:3000';

type AdminEnv = Partial<Record<'DATABASE_PATH' | 'ORIGIN', string>>;

export function adminCli(args: string[], io: CliIo, env: AdminEnv = process.env): number {
	return runCli(io, () => {
		let parsed;
		try {
			parsed = parseArgs({ args, options: { origin: { type: 'string' } }, allowPositionals: true, strict: true });
		} catch (e) {
			throw new CliError(`${e instanceof Error ? e.message.split('\n')[0] : String(e)}; ${USAGE}`);
		}
		const [command, address, ...rest] = parsed.positionals;
		if (command !== 'reset-link' || !address || rest.length) throw new CliError(USAGE);
		const origin = parseOrigin(parsed.values.origin ?? env.ORIGIN ?? DEFAULT_ORIGIN);
		if (!origin) throw new CliError(`--origin (or ORIGIN) must be an http(s) URL such as https://czytanka.szkola.pl; ${USAGE}`);
		const path = env.DATABASE_PATH ?? 'data/czytanka.db';
		// Opening a missing file would create an empty database and report every teacher as unknown.
		if (!existsSync(path)) throw new CliError(`no database at ${path} (set DATABASE_PATH to the app's database)`);
		const db = openDb(path);
		try {
			const email = address.trim().toLowerCase();
			const teacher = recoverableByEmail(db, email);
			if (!teacher) {
				io.stderr(
					`no teacher or self-study account with the e-mail ${email} (learners a teacher made have no e-mail: their teacher resets their passwords)\n`
				);
				return 1;
			}
			const { token, expiresAt } = issueResetToken(db, teacher.id);
			io.stdout(`${resetLink(origin, token)}\n`);
			io.stderr(
				`One-time link for ${teacher.displayName} <${email}>, valid until ${expiresAt.toISOString()} (one hour); any older link for this account no longer works. Give it to the teacher only.\n`
			);
			return 0;
		} finally {
			db.$client.close();
		}
	});
}
