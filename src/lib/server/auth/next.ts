const PARSE_BASE = 'http://czytanka.invalid';

/**
 * Where to go after sign-in: only a path in the user's own area, never another origin.
 * The result goes into a Location header, so it is rebuilt by the URL parser, which percent-encodes
 * what a header cannot carry (Polish letters, control characters would otherwise make the redirect a 500).
 */
export function safeNext(next: string | null, role: 'teacher' | 'learner'): string {
	const home = role === 'teacher' ? '/teach' : '/learn';
	if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return home;
	let url: URL;
	try {
		url = new URL(next, PARSE_BASE);
	} catch {
		return home;
	}
	if (url.origin !== PARSE_BASE) return home;
	const inArea = url.pathname === home || url.pathname.startsWith(`${home}/`);
	return inArea ? url.pathname + url.search + url.hash : home;
}
