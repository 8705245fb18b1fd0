// The teacher's class forms: a class name, and a list of learners to create accounts for.
import { z } from 'zod';
import { MAX_CLASS_NAME } from '$lib/domain/limits';

const MAX_BATCH = 60;
const MAX_NAME = 80;

export const classNameForm = z.object({
	name: z
		.string()
		.trim()
		.min(1, 'Podaj nazwę klasy, np. „4b — czytanie”.')
		.max(MAX_CLASS_NAME, `Nazwa klasy jest za długa (najwyżej ${MAX_CLASS_NAME} znaków).`)
});

/** One name per line; blank lines skipped, spaces tidied. Duplicates are kept: two pupils may share a name. */
const names = z
	.string()
	.transform((text) =>
		text
			.split(/\r?\n/)
			.map((l) => l.replace(/\s+/g, ' ').trim())
			.filter(Boolean)
	)
	.pipe(
		z
			.array(z.string())
			.min(1, 'Wpisz co najmniej jedno imię i nazwisko (jedno w wierszu).')
			.max(MAX_BATCH, { error: (iss) => `Naraz można założyć najwyżej ${MAX_BATCH} kont (wpisano ${(iss.input as string[]).length}).` })
			.refine((list) => list.every((n) => n.length <= MAX_NAME), {
				error: (iss) => {
					const long = (iss.input as string[]).find((n) => n.length > MAX_NAME) ?? '';
					return `Za długie imię i nazwisko (najwyżej ${MAX_NAME} znaków): „${long.slice(0, 30)}…”.`;
				}
			})
	);

export const newLearnersForm = z.object({
	names,
	/** '1' once the teacher has seen which names repeat and how they will be told apart. */
	repeatsOk: z
		.string()
		.optional()
		.transform((v) => v === '1')
});
