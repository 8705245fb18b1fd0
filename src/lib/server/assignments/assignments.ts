// Assignments of a teacher's articles (or the library's) to the teacher's classes. Every query is scoped by teacherId:
// an id of someone else's article, class, question or assignment is treated as not existing.
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { articles, assignmentQuestions, assignments, classes } from '../db/schema';
import { liveQuestions } from '../articles/questions';
import { assignableArticle } from '../access/library';

function ownClasses(db: Db, teacherId: string) {
	return db
		.select({ id: classes.id, name: classes.name })
		.from(classes)
		.where(and(eq(classes.teacherId, teacherId), isNull(classes.archivedAt)))
		.orderBy(asc(classes.name))
		.all();
}

/** What the assignment form needs for an article the teacher may assign (from assignableArticle). */
export function assignmentOptions(
	db: Db,
	teacherId: string,
	article: { id: string; title: string; level: string | null; ownerId: string }
) {
	const qs = liveQuestions(db, article.id).map((q) => ({ id: q.id, prompt: q.prompt, type: q.type, approved: q.approved }));
	// A library text is not the teacher's: its questions are read here, never edited.
	const own = article.ownerId === teacherId;
	return {
		article: { id: article.id, title: article.title, level: article.level, own },
		classes: ownClasses(db, teacherId),
		questions: qs
	};
}

export interface NewAssignment {
	articleId: string;
	classIds: string[];
	questionIds: string[];
	dueAt: Date | null;
}

interface Plan extends NewAssignment {
	/** The chosen questions in the article's order. */
	chosen: string[];
}

type Refusal = { ok: false; status: 400 | 404; message: string };

/** Everything that can refuse an assignment, before anything is written. */
export function checkAssignments(db: Db, teacherId: string, input: NewAssignment): { ok: true; plan: Plan } | Refusal {
	const article = assignableArticle(db, teacherId, input.articleId);
	if (!article) return { ok: false, status: 404, message: 'Nie znaleziono tego tekstu.' };
	if (article.archivedAt) return { ok: false, status: 400, message: ARCHIVED_ARTICLE };
	const options = assignmentOptions(db, teacherId, article);
	const classIds = [...new Set(input.classIds)];
	const questionIds = [...new Set(input.questionIds)];
	if (classIds.length === 0) return { ok: false, status: 400, message: 'Wybierz co najmniej jedną klasę.' };
	if (questionIds.length === 0) return { ok: false, status: 400, message: 'Wybierz co najmniej jedno pytanie.' };
	const ownClassIds = new Set(options.classes.map((c) => c.id));
	if (!classIds.every((id) => ownClassIds.has(id))) return { ok: false, status: 404, message: 'Nie znaleziono wybranej klasy.' };
	// Keep the article's question order, whatever order the form sent.
	const chosen = options.questions.filter((q) => questionIds.includes(q.id)).map((q) => q.id);
	if (chosen.length !== questionIds.length) return { ok: false, status: 404, message: 'Wybrane pytanie nie należy do tego tekstu.' };
	return { ok: true, plan: { ...input, classIds, questionIds, chosen } };
}

export const ARCHIVED_ARTICLE = 'Ten tekst jest w archiwum. Przywróć go na liście tekstów, aby zadać go znowu.';

/** Writes a checked plan: one assignment per class. */
export function insertAssignments(db: Db, teacherId: string, plan: Plan): string[] {
	const ids = plan.classIds.map(() => crypto.randomUUID());
	db.transaction((tx) => {
		plan.classIds.forEach((classId, i) => {
			tx.insert(assignments).values({ id: ids[i], articleId: plan.articleId, classId, teacherId, dueAt: plan.dueAt }).run();
			plan.chosen.forEach((questionId, position) =>
				tx.insert(assignmentQuestions).values({ assignmentId: ids[i], questionId, position }).run()
			);
		});
	});
	return ids;
}

export function createAssignments(db: Db, teacherId: string, input: NewAssignment): { ok: true; ids: string[] } | Refusal {
	const checked = checkAssignments(db, teacherId, input);
	return checked.ok ? { ok: true, ids: insertAssignments(db, teacherId, checked.plan) } : checked;
}

// Counted like the assignment report: learners now in the class, and attempts finished by them.
const learnerCount = sql<number>`(select count(*) from "class_members" "cm" join "users" "u" on "u"."id" = "cm"."user_id"
	where "cm"."class_id" = "assignments"."class_id" and "u"."role" = 'learner')`;
const finishedCount = sql<number>`(select count(*) from "attempts" "at" join "class_members" "cm" on "cm"."user_id" = "at"."user_id"
	and "cm"."class_id" = "assignments"."class_id" join "users" "u" on "u"."id" = "at"."user_id"
	where "at"."assignment_id" = "assignments"."id" and "at"."finished_at" is not null and "u"."role" = 'learner')`;

/** Assignments to the teacher's classes (an assignment belongs to whoever owns its class), newest first. */
export function listAssignments(db: Db, teacherId: string) {
	return db
		.select({
			id: assignments.id,
			title: articles.title,
			articleId: articles.id,
			className: classes.name,
			dueAt: assignments.dueAt,
			createdAt: assignments.createdAt,
			learners: learnerCount,
			finished: finishedCount
		})
		.from(assignments)
		.innerJoin(articles, eq(articles.id, assignments.articleId))
		.innerJoin(classes, eq(classes.id, assignments.classId))
		.where(eq(classes.teacherId, teacherId))
		.orderBy(desc(assignments.createdAt))
		.all();
}
