import { readFileSync } from 'node:fs';

/** What a command-line tool reads and writes, so tests can run it in-process. */
export interface CliIo {
	stdin: () => Buffer;
	stdout: (text: string) => void;
	stderr: (text: string) => void;
}

/** A usage or input problem: one line on standard error, exit code 2. */
export class CliError extends Error {}

export const processIo: CliIo = {
	stdin: () => readFileSync(0),
	stdout: (t) => void process.stdout.write(t),
	stderr: (t) => void process.stderr.write(t)
};

/** Runs a tool body: its exit code, or 2 with the problem on one line. */
export function runCli(io: CliIo, body: () => number): number {
	try {
		return body();
	} catch (e) {
		if (!(e instanceof CliError)) throw e;
		io.stderr(`${e.message}\n`);
		return 2;
	}
}
