import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { getDb } from '$lib/server/db';
import { requireTeacher, teacherClassOr404 } from '$lib/server/access';
import { createClass, listTeacherClasses, restoreClass } from '$lib/server/classes/teacher-classes';
import { classNameForm } from '$lib/server/classes/forms';
import { formValues, parseForm } from '$lib/server/forms/parse';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireTeacher(event);
	return listTeacherClasses(getDb(), user.id);
};

export const actions: Actions = {
	create: async (event) => {
		const user = requireTeacher(event);
		const form = parseForm(classNameForm, await event.request.formData());
		if (!form.ok) return fail(400, { name: form.values.name, message: form.message });
		redirect(303, `/teach/classes/${createClass(getDb(), user.id, form.data.name)}`);
	},
	restore: async (event) => {
		const user = requireTeacher(event);
		const { classId } = formValues(z.object({ classId: z.string() }), await event.request.formData());
		const db = getDb();
		teacherClassOr404(db, user.id, classId);
		restoreClass(db, user.id, classId);
		return { restored: classId };
	}
};
