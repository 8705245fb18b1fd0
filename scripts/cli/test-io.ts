import type { CliIo } from './io';

/** An in-memory terminal for testing a tool without a new process. */
export function memoryIo(stdin: string | Buffer = '') {
	const out: string[] = [];
	const err: string[] = [];
	const io: CliIo = { stdin: () => Buffer.from(stdin), stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) };
	return { io, out: () => out.join(''), err: () => err.join('') };
}
