import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { healthChecks } from '$lib/server/db/schema';
import type { RequestHandler } from './$types';

/** For a load balancer or a monitor: 200 when the database answers and takes a write, 503 otherwise. */
export const GET: RequestHandler = () => {
	try {
		// One row rewritten each time: a full disk or a read-only file fails here, not on a learner's answer.
		const now = new Date();
		getDb()
			.insert(healthChecks)
			.values({ id: 1, checkedAt: now })
			.onConflictDoUpdate({ target: healthChecks.id, set: { checkedAt: now } })
			.run();
		return json({ ok: true, database: 'ok' }, { headers: { 'cache-control': 'no-store' } });
	} catch (e) {
		const code = (e as { code?: string }).code ?? 'error';
		return json({ ok: false, database: code }, { status: 503, headers: { 'cache-control': 'no-store' } });
	}
};
