/** Where to go after sign-in: only a same-site path, never another origin. */
export function safeNext(next: string | null, role: 'teacher' | 'learner'): string {
	const home = role === 'teacher' ? '/teach' : '/learn';
	if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return home;
	const area = role === 'teacher' ? '/teach' : '/learn';
	return next.startsWith(area) ? next : home;
}
