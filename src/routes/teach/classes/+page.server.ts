import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireTeacher, teacherClassOr404 } from '$lib/server/access';
import { createClass, listTeacherClasses, restoreClass } from '$lib/server/classes/teacher-classes';
import { classNameProblem } from '$lib/server/classes/validate';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireTeacher(event);
	return listTeacherClasses(getDb(), user.id);
};

export const actions: Actions = {
	create: async (event) => {
		const user = requireTeacher(event);
		const name = String((await event.request.formData()).get('name') ?? '');
		const problem = classNameProblem(name);
		if (problem) return fail(400, { name, message: problem });
		redirect(303, `/teach/classes/${createClass(getDb(), user.id, name)}`);
	},
	restore: async (event) => {
		const user = requireTeacher(event);
		const classId = String((await event.request.formData()).get('classId') ?? '');
		const db = getDb();
		teacherClassOr404(db, user.id, classId);
		restoreClass(db, user.id, classId);
		return { restored: classId };
	}
};
