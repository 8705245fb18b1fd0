// The "assign a text" form: the article, the chosen classes and questions (checked against the teacher's
// own by createAssignments), and an optional due day.
import { z } from 'zod';
import { parseDueDate } from './due-date';

export const assignmentForm = z.object({
	articleId: z.string(),
	classId: z.array(z.string()),
	questionId: z.array(z.string()),
	due: z.string().transform((day, ctx) => {
		const due = parseDueDate(day);
		if (due.ok) return due.due;
		ctx.addIssue({ code: 'custom', message: due.message });
		return z.NEVER;
	})
});
