/**
 * Whether a new database gets the demo accounts (public password "czytanka-demo"). DEMO=1 always, DEMO=0 never;
 * unset, only the default data/czytanka.db (no DATABASE_PATH): a database someone named is meant for real use.
 * `npm start` sets DATABASE_PATH itself, so scripts/start.mjs decides DEMO before doing so, by the same rule.
 */
export function demoWanted(env: Record<string, string | undefined>): boolean {
	if (env.DEMO === '1') return true;
	if (env.DEMO === '0') return false;
	return env.DEMO === undefined && !env.DATABASE_PATH;
}
