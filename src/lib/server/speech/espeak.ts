// Read-aloud audio made on the server by espeak-ng (Debian package, Polish voice) for browsers without a
// Polish voice of their own. espeak-ng writes 16-bit PCM WAV; it is encoded to MP3 (about a tenth of the size,
// which matters on a school's or a phone's network) and cached on disk, so each sentence is made once.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Mp3Encoder } from '@breezystack/lamejs';

const CANDIDATES = ['/usr/bin/espeak-ng', '/usr/local/bin/espeak-ng'];
/** Words per minute: espeak's default (175) is fast for a beginner; the player changes speed itself. */
const WPM = 150;
const KBPS = 32;
/** A sentence is short; anything longer is cut rather than keeping a process busy for minutes. */
const MAX_SPOKEN_CHARS = 2000;

let binary: string | null | undefined;
/** The espeak-ng binary, or null when it is not installed (the page then says read-aloud needs a browser voice). */
export function espeakBinary(): string | null {
	if (binary === undefined) binary = process.env.ESPEAK_NG ?? CANDIDATES.find((p) => existsSync(p)) ?? null;
	return binary;
}

function cacheDir(): string {
	return process.env.AUDIO_CACHE_DIR ?? join(dirname(process.env.DATABASE_PATH ?? 'data/czytanka.db'), 'audio');
}

/** PCM samples of espeak's WAV on stdout; its header sizes are placeholders, so the data chunk runs to the end. */
export function wavSamples(wav: Buffer): { rate: number; samples: Int16Array } {
	if (wav.length < 44 || wav.toString('latin1', 0, 4) !== 'RIFF' || wav.toString('latin1', 8, 12) !== 'WAVE') {
		throw new Error('espeak-ng did not write a WAV file');
	}
	const rate = wav.readUInt32LE(24);
	let at = 12;
	while (at + 8 <= wav.length && wav.toString('latin1', at, at + 4) !== 'data') at += 8 + wav.readUInt32LE(at + 4);
	const start = at + 8;
	const bytes = wav.subarray(start, start + Math.floor((wav.length - start) / 2) * 2);
	const samples = new Int16Array(bytes.length / 2);
	for (let i = 0; i < samples.length; i++) samples[i] = bytes.readInt16LE(i * 2);
	return { rate, samples };
}

export function encodeMp3(rate: number, samples: Int16Array): Buffer {
	const encoder = new Mp3Encoder(1, rate, KBPS);
	const parts: Buffer[] = [];
	// lamejs hands back Int8Array views; Buffer.from on their memory copies nothing.
	const keep = (a: ArrayBufferView) => parts.push(Buffer.from(a.buffer, a.byteOffset, a.byteLength));
	const block = 1152 * 16;
	for (let i = 0; i < samples.length; i += block) keep(encoder.encodeBuffer(samples.subarray(i, i + block)));
	keep(encoder.flush());
	return Buffer.concat(parts);
}

function runEspeak(bin: string, text: string): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		// The text goes as one argument, never through a shell; "--" keeps a leading "-" from reading as an option.
		execFile(
			bin,
			['-v', 'pl', '-s', String(WPM), '--stdout', '--', text],
			{ encoding: 'buffer', maxBuffer: 64 << 20, timeout: 30_000 },
			(err, out) => (err ? reject(err) : resolve(out))
		);
	});
}

const making = new Map<string, Promise<Buffer>>();

/**
 * MP3 of a Polish sentence, from the disk cache or made now; null when espeak-ng is not installed.
 * Requests for the same sentence at once share one espeak process.
 */
export async function spokenSentence(text: string): Promise<Buffer | null> {
	const bin = espeakBinary();
	if (!bin) return null;
	const clean = text.replace(/\s+/g, ' ').trim().slice(0, MAX_SPOKEN_CHARS);
	const key = createHash('sha256').update(`pl|${WPM}|${KBPS}|${clean}`).digest('hex');
	const file = join(cacheDir(), key.slice(0, 2), `${key}.mp3`);
	const cached = await readFile(file).catch(() => null);
	if (cached) return cached;
	let job = making.get(key);
	if (!job) {
		job = (async () => {
			const { rate, samples } = wavSamples(await runEspeak(bin, clean));
			const mp3 = encodeMp3(rate, samples);
			await mkdir(dirname(file), { recursive: true });
			// Written aside and renamed, so a reader never sees half a file.
			const tmp = `${file}.${process.pid}.tmp`;
			await writeFile(tmp, mp3);
			await rename(tmp, file);
			return mp3;
		})().finally(() => making.delete(key));
		making.set(key, job);
	}
	return job;
}
