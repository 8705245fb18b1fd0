/** better-sqlite3 reports a broken UNIQUE constraint with this code (e.g. two sign-ups racing for one name). */
export function isUniqueViolation(error: unknown): boolean {
	return (error as { code?: string } | null)?.code === 'SQLITE_CONSTRAINT_UNIQUE';
}
