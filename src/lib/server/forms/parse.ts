// Reading a form with a zod schema. The schema names the form's fields: text fields arrive as strings ('' when
// missing, as an HTML form sends an empty field), array fields as every value sent under that name. Control and
// zero-width characters are already gone (ops/clean-form.ts cleans every form before any action reads it).
import { z } from 'zod';

type Fields = z.ZodObject<Record<string, z.ZodType>>;
/** The fields, perhaps followed by a transform to what the action stores. */
type FormSchema = Fields | z.ZodPipe<Fields, z.ZodType>;

export type FormResult<S extends FormSchema> =
	| { ok: true; data: z.output<S> }
	/** `message`: the first problem in field order (the pages show one); `values`: what was sent, to show again. */
	| { ok: false; message: string; errors: Partial<Record<string, string>>; values: z.input<S> };

/** Whether a field takes every value sent under its name (an array), looking past optional, default and transform wrappers. */
function isList(field: z.ZodType): boolean {
	let f: z.ZodType = field;
	for (;;) {
		const def = f.def as { type: string; in?: z.ZodType; innerType?: z.ZodType };
		if (def.type === 'array') return true;
		const inner = def.type === 'pipe' ? def.in : def.innerType;
		if (!inner) return false;
		f = inner;
	}
}

/** The fields of `schema` as sent, without judging them. */
export function formValues<S extends FormSchema>(schema: S, form: FormData): z.input<S> {
	const fields: Fields = schema instanceof z.ZodPipe ? (schema.in as Fields) : (schema as Fields);
	const strings = (name: string) => form.getAll(name).filter((v): v is string => typeof v === 'string');
	const values: Record<string, string | string[]> = {};
	for (const [name, field] of Object.entries(fields.shape)) values[name] = isList(field) ? strings(name) : (strings(name)[0] ?? '');
	return values as z.input<S>;
}

/** Checks values already read (and perhaps completed, e.g. from an uploaded file). */
export function parseValues<S extends FormSchema>(schema: S, values: z.input<S>): FormResult<S> {
	const parsed = schema.safeParse(values);
	if (parsed.success) return { ok: true, data: parsed.data as z.output<S> };
	const errors: Partial<Record<string, string>> = {};
	for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? '')] ??= issue.message;
	return { ok: false, message: parsed.error.issues[0].message, errors, values };
}

export function parseForm<S extends FormSchema>(schema: S, form: FormData): FormResult<S> {
	return parseValues(schema, formValues(schema, form));
}

/** A one-line text field: inner runs of white space become one space, ends trimmed. */
export const line = () => z.string().overwrite((s) => s.replace(/\s+/g, ' ').trim());

/** A textarea's text with Windows and old Mac line ends made '\n'. */
export const multiline = () => z.string().overwrite((s) => s.replace(/\r\n?/g, '\n'));

/** Lines of a textarea, each tidied like `line()`, blank ones and repeats dropped. */
export const lines = () =>
	z.string().transform((s) => [
		...new Set(
			s
				.split(/\r\n?|\n/)
				.map((l) => l.replace(/\s+/g, ' ').trim())
				.filter(Boolean)
		)
	]);
