import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeMp3, espeakBinary, spokenSentence, wavSamples } from './espeak';

/** An MP3 stream opens with MPEG frame sync (11 set bits) or an ID3 tag. */
const isMp3 = (b: Buffer) => (b[0] === 0xff && (b[1] & 0xe0) === 0xe0) || b.toString('latin1', 0, 3) === 'ID3';

function wav(samples: number[], rate = 22050): Buffer {
	const head = Buffer.alloc(44);
	head.write('RIFF', 0, 'latin1');
	head.writeUInt32LE(0x7ffff024, 4); // espeak's placeholder size on stdout
	head.write('WAVEfmt ', 8, 'latin1');
	head.writeUInt32LE(16, 16);
	head.writeUInt16LE(1, 20);
	head.writeUInt16LE(1, 22);
	head.writeUInt32LE(rate, 24);
	head.writeUInt32LE(rate * 2, 28);
	head.writeUInt16LE(2, 32);
	head.writeUInt16LE(16, 34);
	head.write('data', 36, 'latin1');
	head.writeUInt32LE(0x7ffff000, 40);
	const body = Buffer.alloc(samples.length * 2);
	samples.forEach((s, i) => body.writeInt16LE(s, i * 2));
	return Buffer.concat([head, body]);
}

describe('wavSamples', () => {
	it('reads the samples after the data chunk even when the header sizes are placeholders', () => {
		const { rate, samples } = wavSamples(wav([0, 1000, -1000, 32767], 16000));
		expect(rate).toBe(16000);
		expect([...samples]).toEqual([0, 1000, -1000, 32767]);
	});

	it('refuses what is not a WAV file', () => {
		expect(() => wavSamples(Buffer.from('<html>not audio</html>'.padEnd(60)))).toThrow(/WAV/);
	});
});

describe('encodeMp3', () => {
	it('turns a second of tone into an MP3 far smaller than the WAV', () => {
		const tone = Array.from({ length: 22050 }, (_, i) => Math.round(8000 * Math.sin(i / 10)));
		const mp3 = encodeMp3(22050, new Int16Array(tone));
		expect(isMp3(mp3)).toBe(true);
		expect(mp3.length).toBeLessThan(tone.length * 2 * 0.2);
	});
});

// CI installs espeak-ng; elsewhere the app works without it and so does this file.
describe.skipIf(!espeakBinary())('spokenSentence with espeak-ng', () => {
	beforeAll(() => {
		process.env.AUDIO_CACHE_DIR = mkdtempSync(join(tmpdir(), 'czytanka-audio-'));
	});

	it('speaks a Polish sentence as MP3 and keeps it in the cache', async () => {
		const text = 'Rada NATO-Rosja powstała w dwa tysiące drugim roku.';
		const [a, b] = await Promise.all([spokenSentence(text), spokenSentence(text)]);
		expect(a && isMp3(a)).toBe(true);
		expect(a!.length).toBeGreaterThan(4000);
		expect(b).toEqual(a);
		const dirs = readdirSync(process.env.AUDIO_CACHE_DIR!);
		expect(dirs.flatMap((d) => readdirSync(join(process.env.AUDIO_CACHE_DIR!, d)))).toHaveLength(1);
		expect(await spokenSentence(text)).toEqual(a);
	}, 60_000);

	it('speaks text starting with a dash as words, not as an option', async () => {
		const mp3 = await spokenSentence('-v en hello');
		expect(mp3 && isMp3(mp3)).toBe(true);
	}, 60_000);
});
