import { error, redirect } from '@sveltejs/kit';
import type { SessionUser } from '../auth/session';

type Event = { locals: App.Locals; url: URL };

export function requireUser(event: Event): SessionUser {
	const user = event.locals.user;
	if (!user) {
		const back = event.url.pathname + event.url.search;
		redirect(303, `/login?next=${encodeURIComponent(back)}`);
	}
	return user;
}

export function requireTeacher(event: Event): SessionUser {
	const user = requireUser(event);
	if (user.role !== 'teacher') error(403, 'Ta strona jest tylko dla nauczycieli.');
	return user;
}

export function requireLearner(event: Event): SessionUser {
	const user = requireUser(event);
	if (user.role !== 'learner') error(403, 'Ta strona jest tylko dla uczniów.');
	return user;
}
