/** For tests: what a call throws. SvelteKit's error() throws an object with the status and the body shown. */
export function thrown(run: () => unknown): { status: number; message: string } | null {
	try {
		run();
	} catch (e) {
		const { status, body } = e as { status: number; body: { message: string } };
		return { status, message: body.message };
	}
	return null;
}
