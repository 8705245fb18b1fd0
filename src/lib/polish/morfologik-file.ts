// Locates and reads the PoliMorf files on disk. No static node: imports, so a browser
// bundle that happens to pull morphology in does not break; there this simply finds nothing.
import { MorfologikDictionary, parseInfo } from './morfologik-dict';

type Fs = typeof import('node:fs');
type PathMod = typeof import('node:path');

interface NodeProcess {
	env: Record<string, string | undefined>;
	cwd(): string;
	getBuiltinModule?(id: string): unknown;
}

function nodeProcess(): NodeProcess | undefined {
	const p = (globalThis as { process?: NodeProcess }).process;
	return p && typeof p.cwd === 'function' && typeof p.getBuiltinModule === 'function' ? p : undefined;
}

/** The dictionary path to use: POLIMORF_DICT, else data/polimorf/pl.dict in cwd or a parent. */
export function defaultDictPath(): string | undefined {
	const proc = nodeProcess();
	if (!proc) return undefined;
	if (proc.env.POLIMORF_DICT) return proc.env.POLIMORF_DICT;
	const fs = proc.getBuiltinModule!('node:fs') as Fs;
	const path = proc.getBuiltinModule!('node:path') as PathMod;
	let dir = proc.cwd();
	for (let i = 0; i < 6; i++) {
		const candidate = path.join(dir, 'data', 'polimorf', 'pl.dict');
		if (fs.existsSync(candidate)) return candidate;
		const parent = path.dirname(dir);
		if (parent === dir) break;
		dir = parent;
	}
	return path.join(proc.cwd(), 'data', 'polimorf', 'pl.dict');
}

/** Reads `dictPath` and the `.info` beside it; throws with a readable message on failure. */
export function readDictionary(dictPath: string): MorfologikDictionary {
	const proc = nodeProcess();
	if (!proc) throw new Error('no Node.js file system here');
	const fs = proc.getBuiltinModule!('node:fs') as Fs;
	if (!fs.existsSync(dictPath)) throw new Error(`${dictPath} not found`);
	const infoPath = dictPath.replace(/\.dict$/, '') + '.info';
	// The .info file is Latin-1 in the Debian jar; only ASCII keys matter to us.
	const info = fs.existsSync(infoPath) ? fs.readFileSync(infoPath, 'latin1') : 'fsa.dict.separator=+\nfsa.dict.uses-prefixes=true\n';
	return new MorfologikDictionary(new Uint8Array(fs.readFileSync(dictPath)), parseInfo(info));
}
