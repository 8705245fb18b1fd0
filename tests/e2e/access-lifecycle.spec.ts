import { expect, test, type Page } from '@playwright/test';
import { gotoReady, joinAsNamedLearner, login } from './helpers';
import { post, school } from './lifecycle-helpers';

async function snapshot(page: Page, s: Awaited<ReturnType<typeof school>>) {
	await page.goto(`/teach/assignments/${s.assignmentId}`);
	const due = await page.locator('.meta').textContent();
	await page.goto(`/teach/classes/${s.classId}`);
	const roster = await page.locator('ul.people > li .who').allTextContents();
	await page.goto('/teach/articles');
	const articles = await page.locator('ul.list h2').allTextContents();
	return { due, roster, articles };
}

test("another teacher and a learner can neither use nor see the lifecycle actions on a teacher's things", async ({
	page,
	browser,
	baseURL
}) => {
	test.slow();
	const s = await school(page, ['Ala Kowalska']);
	await gotoReady(page, `/teach/classes/${s.classId}`);
	const learnerId = await page.locator('ul.people input[name=learnerId]').first().inputValue();
	const before = await snapshot(page, s);

	const intruder = await (await browser.newContext()).newPage();
	const own = await school(intruder, ['Obcy Uczeń']);
	await gotoReady(intruder, `/teach/classes/${own.classId}`);
	const ownLearner = await intruder.locator('ul.people input[name=learnerId]').first().inputValue();
	const exportOf = (classId: string, id: string) => `/teach/classes/${classId}/learners/${id}/export?format=json`;
	const attempts: [string, Record<string, string>][] = [
		[`/teach/assignments/${s.assignmentId}?/due`, { due: '2099-01-01' }],
		[`/teach/assignments/${s.assignmentId}?/unassign`, {}],
		[`/teach/articles/${s.articleId}?/remove`, {}],
		[`/teach/articles/${s.articleId}?/restore`, {}],
		['/teach/articles?/restore', { articleId: s.articleId }],
		[`/teach/classes/${s.classId}?/deleteAccount`, { learnerId }],
		[`/teach/classes/${s.classId}?/remove`, { learnerId }],
		// The intruder's own class with the victim's learner.
		[`/teach/classes/${own.classId}?/deleteAccount`, { learnerId }],
		[`/teach/classes/${own.classId}?/remove`, { learnerId }]
	];
	for (const [path, form] of attempts) {
		const res = await post(intruder.request, baseURL!, path, form);
		expect([403, 404], `${path} answered ${res.status()}`).toContain(res.status());
	}
	for (const url of [exportOf(s.classId, learnerId), exportOf(own.classId, learnerId), exportOf(s.classId, ownLearner)])
		expect((await intruder.request.get(url)).status(), url).toBe(404);
	expect(await snapshot(page, s)).toEqual(before);

	// A self-joined learner: the teacher may remove them from the class, never erase the account.
	const selfJoined = await (await browser.newContext()).newPage();
	await joinAsNamedLearner(selfJoined, own.code, 'Sam Dołączył');
	await gotoReady(intruder, `/teach/classes/${own.classId}`);
	const joinedId = await intruder
		.locator('ul.people > li', { hasText: 'Sam Dołączył' })
		.locator('input[name=learnerId]')
		.first()
		.inputValue();
	expect((await post(intruder.request, baseURL!, `/teach/classes/${own.classId}?/deleteAccount`, { learnerId: joinedId })).status()).toBe(
		403
	);
	await selfJoined.goto('/learn');
	await expect(selfJoined).toHaveURL(/\/learn$/);

	// A learner gets 403 from every one of them.
	const child = await (await browser.newContext()).newPage();
	await login(child, s.logins[0].username, s.logins[0].password);
	for (const [path, form] of attempts.slice(0, 7)) expect((await post(child.request, baseURL!, path, form)).status(), path).toBe(403);
	expect((await child.request.get(exportOf(s.classId, learnerId))).status()).toBe(403);
	expect(await snapshot(page, s)).toEqual(before);
	for (const p of [intruder, selfJoined, child]) await p.context().close();
});

test('a signed-out visitor posting a lifecycle action is sent to sign in', async ({ request, baseURL }) => {
	const res = await post(request, baseURL!, '/teach/assignments/x?/unassign');
	expect(res.status()).toBe(303);
	expect(res.headers()['location']).toContain('/login');
});
