import { fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireLearner } from '$lib/server/access';
import { learnerProgress } from '$lib/server/progress/learner-progress';
import { levelSummary } from '$lib/server/solo/level-summary';
import { setWeeklyGoal, weeklyGoal, weeklyGoalForm } from '$lib/server/solo/weekly-goal';
import { parseForm } from '$lib/server/forms/parse';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireLearner(event);
	const db = getDb();
	return { progress: learnerProgress(db, user.id), level: levelSummary(db, user.id), week: weeklyGoal(db, user.id) };
};

export const actions: Actions = {
	goal: async (event) => {
		const user = requireLearner(event);
		const form = parseForm(weeklyGoalForm, await event.request.formData());
		if (!form.ok) return fail(400, { message: form.message });
		if (!setWeeklyGoal(getDb(), user.id, form.data.goal))
			return fail(400, { message: 'Najpierw wybierz swój poziom na stronie „Mój poziom”.' });
		return { saved: true };
	}
};
