#!/usr/bin/env node
// npm postinstall: puts the PoliMorf dictionary (pl.dict + pl.info from Debian's
// libmorfologik-stemming-java) into data/polimorf/ and the FreeDict Polish–English dictionary
// (dict-freedict-pol-eng) into data/freedict/. Never fails the install: it always exits 0
// and prints a line for each saying what happened.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, inflateRawSync } from 'node:zlib';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, 'data', 'polimorf');
const JAR = process.env.POLIMORF_JAR ?? '/usr/share/java/morfologik-polish.jar';
const ENTRIES = { 'pl.dict': 'morfologik/dictionaries/pl.dict', 'pl.info': 'morfologik/dictionaries/pl.info' };
const FORCE = process.argv.includes('--force');
const NO_APT = process.argv.includes('--no-apt');

/** Reads named entries from a zip (a .jar) using only the central directory and zlib. */
export function unzipEntries(zip, names) {
	const EOCD = 0x06054b50;
	let eocd = -1;
	for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65535); i--) {
		if (zip.readUInt32LE(i) === EOCD) {
			eocd = i;
			break;
		}
	}
	if (eocd < 0) throw new Error('not a zip archive');
	const count = zip.readUInt16LE(eocd + 10);
	let p = zip.readUInt32LE(eocd + 16);
	const found = new Map();
	for (let n = 0; n < count; n++) {
		if (zip.readUInt32LE(p) !== 0x02014b50) throw new Error('corrupt zip central directory');
		const method = zip.readUInt16LE(p + 10);
		const compSize = zip.readUInt32LE(p + 20);
		const nameLen = zip.readUInt16LE(p + 28);
		const extraLen = zip.readUInt16LE(p + 30);
		const commentLen = zip.readUInt16LE(p + 32);
		const local = zip.readUInt32LE(p + 42);
		const name = zip.toString('utf8', p + 46, p + 46 + nameLen);
		p += 46 + nameLen + extraLen + commentLen;
		if (!names.includes(name)) continue;
		// Sizes come from the central directory: local headers may defer them to a data descriptor.
		const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
		const raw = zip.subarray(dataStart, dataStart + compSize);
		if (method === 0) found.set(name, Buffer.from(raw));
		else if (method === 8) found.set(name, inflateRawSync(raw));
		else throw new Error(`unsupported zip method ${method} for ${name}`);
	}
	return found;
}

function extractFromJar(jarPath) {
	const files = unzipEntries(readFileSync(jarPath), Object.values(ENTRIES));
	for (const entry of Object.values(ENTRIES)) {
		if (!files.has(entry)) throw new Error(`${entry} missing in ${jarPath}`);
	}
	mkdirSync(OUT_DIR, { recursive: true });
	for (const [outName, entry] of Object.entries(ENTRIES)) writeFileSync(join(OUT_DIR, outName), files.get(entry));
	return files.get(ENTRIES['pl.dict']).length;
}

function run(cmd, args, cwd) {
	execFileSync(cmd, args, { cwd, stdio: 'pipe', timeout: 120_000 });
}

/** apt-get download works without root; the .deb is unpacked with dpkg-deb, or ar + tar. */
function withDebPackage(pkg, use) {
	const tmp = mkdtempSync(join(tmpdir(), 'czytanka-deb-'));
	try {
		run('apt-get', ['download', pkg], tmp);
		const deb = readdirSync(tmp).find((f) => f.endsWith('.deb'));
		if (!deb) throw new Error('apt-get download produced no .deb');
		const root = join(tmp, 'root');
		mkdirSync(root);
		try {
			run('dpkg-deb', ['-x', join(tmp, deb), root], tmp);
		} catch {
			run('ar', ['x', join(tmp, deb)], tmp);
			const data = readdirSync(tmp).find((f) => f.startsWith('data.tar'));
			if (!data) throw new Error('no data.tar in the .deb');
			run('tar', ['-xf', join(tmp, data), '-C', root], tmp);
		}
		return use(root, deb);
	} finally {
		rmSync(tmp, { recursive: true, force: true });
	}
}

function jarFromDeb() {
	return withDebPackage('libmorfologik-stemming-java', (root, deb) => {
		const jar = join(root, 'usr', 'share', 'java', 'morfologik-polish.jar');
		if (!existsSync(jar)) throw new Error('morfologik-polish.jar not in the package');
		return { bytes: extractFromJar(jar), from: `${deb} (apt-get download)` };
	});
}

const FREEDICT_DIR = join(ROOT, 'data', 'freedict');
const FREEDICT_SYSTEM = '/usr/share/dictd';
const FREEDICT_NAME = 'freedict-pol-eng';

/** Copies the dictd index and the (dictzip = gzip) definitions, unpacked, so lookups need no decompression. */
function copyFreedict(dir) {
	const index = join(dir, `${FREEDICT_NAME}.index`);
	const dz = join(dir, `${FREEDICT_NAME}.dict.dz`);
	if (!existsSync(index) || !existsSync(dz)) throw new Error(`${FREEDICT_NAME} files not in ${dir}`);
	mkdirSync(FREEDICT_DIR, { recursive: true });
	writeFileSync(join(FREEDICT_DIR, 'pol-eng.index'), readFileSync(index));
	writeFileSync(join(FREEDICT_DIR, 'pol-eng.dict'), gunzipSync(readFileSync(dz)));
}

function installFreedict() {
	if (!FORCE && existsSync(join(FREEDICT_DIR, 'pol-eng.dict'))) return 'Polish–English dictionary already present';
	try {
		if (existsSync(join(FREEDICT_SYSTEM, `${FREEDICT_NAME}.index`))) copyFreedict(FREEDICT_SYSTEM);
		else if (!NO_APT) withDebPackage('dict-freedict-pol-eng', (root) => copyFreedict(join(root, 'usr', 'share', 'dictd')));
		else throw new Error('not installed');
		return `Polish–English dictionary (FreeDict) installed into ${FREEDICT_DIR}`;
	} catch (e) {
		return `Polish–English dictionary not installed (${String(e.message).split('\n')[0]}); word meanings will be missing`;
	}
}

function main() {
	const target = join(OUT_DIR, 'pl.dict');
	if (!FORCE && existsSync(target) && existsSync(join(OUT_DIR, 'pl.info'))) {
		return `PoliMorf dictionary already present in ${OUT_DIR}`;
	}
	const errors = [];
	if (existsSync(JAR)) {
		try {
			const bytes = extractFromJar(JAR);
			return `PoliMorf dictionary (${bytes} bytes) extracted from ${JAR} into ${OUT_DIR}`;
		} catch (e) {
			errors.push(`${JAR}: ${e.message}`);
		}
	} else errors.push(`${JAR} not installed`);
	if (!NO_APT) {
		try {
			const { bytes, from } = jarFromDeb();
			return `PoliMorf dictionary (${bytes} bytes) extracted from ${from} into ${OUT_DIR}`;
		} catch (e) {
			errors.push(`apt-get download: ${String(e.message).split('\n')[0]}`);
		}
	}
	return `PoliMorf dictionary not installed (${errors.join('; ')}); Czytanka will use its rule-based morphology fallback.`;
}

if (resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
	try {
		console.log(`[install-data] ${main()}`);
		console.log(`[install-data] ${installFreedict()}`);
	} catch (e) {
		console.log(`[install-data] unexpected error (${e?.message ?? e}); rule-based morphology fallback will be used.`);
	}
	process.exit(0);
}
