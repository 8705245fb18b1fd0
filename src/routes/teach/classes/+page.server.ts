import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { getDb } from '$lib/server/db';
import { requireTeacher, teacherClassOr404 } from '$lib/server/access';
import { createClass, listTeacherClasses, restoreClass } from '$lib/server/classes/teacher-classes';
import { classNameForm } from '$lib/server/classes/forms';
import { formValues, parseForm } from '$lib/server/forms/parse';
import { createOnce, issueFormToken, readFormToken } from '$lib/server/forms/once';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireTeacher(event);
	const db = getDb();
	return { ...listTeacherClasses(db, user.id), formToken: issueFormToken(db, user.id, 'class') };
};

export const actions: Actions = {
	create: async (event) => {
		const user = requireTeacher(event);
		const data = await event.request.formData();
		const form = parseForm(classNameForm, data);
		if (!form.ok) return fail(400, { name: form.values.name, message: form.message });
		const db = getDb();
		const made = createOnce(db, user.id, 'class', readFormToken(data), () => createClass(db, user.id, form.data.name));
		if (!made.ok) return fail(400, { name: form.data.name, message: made.message });
		redirect(303, `/teach/classes/${made.result}`);
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
