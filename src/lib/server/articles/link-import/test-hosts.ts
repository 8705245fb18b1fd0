// The browser tests import a link from a fixture server on 127.0.0.1, which the address rules refuse.
// LINK_IMPORT_ALLOW_HOSTS lets them through, and is read only when NODE_ENV is "test": a production
// server ignores it even if it is set, and no request can change it.

/** Comma-separated host names or addresses, each optionally with ":port". */
export function testAllowHosts(env: Record<string, string | undefined> = process.env): string[] {
	if (env.NODE_ENV !== 'test') return [];
	return (env.LINK_IMPORT_ALLOW_HOSTS ?? '')
		.split(',')
		.map((h) =>
			h
				.trim()
				.toLowerCase()
				.replace(/^\[|\](?=(:\d+)?$)/g, '')
		)
		.filter(Boolean);
}
