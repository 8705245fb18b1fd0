// One line per request for the operator: method, route pattern (never the URL, which may hold ids or
// names), status and time. LOG_REQUESTS=0 turns it off (the browser tests do).
const enabled = process.env.LOG_REQUESTS !== '0';

export function logRequest(method: string, route: string | null, status: number, ms: number): void {
	if (!enabled) return;
	process.stdout.write(`${new Date().toISOString()} ${method} ${route ?? '(no route)'} ${status} ${ms.toFixed(1)}ms\n`);
}
