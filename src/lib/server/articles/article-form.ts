// Reading and checking the article form (title, source, date, text or file, restored parts).
// Every failure keeps what the teacher typed, or the text of the uploaded file, so the page can show it again.
import { z } from 'zod';
import { cleanArticle } from '$lib/polish/clean';
import { parseDay } from '$lib/warsaw-time';
import { formValues, line, multiline, parseValues, type FormResult } from '../forms/parse';
import { decodeUpload, MAX_ARTICLE_CHARS } from './upload';

const MAX_TITLE = 200;

/** Earlier "publication dates" are typos: the app is for news. */
const FIRST_YEAR = 1800;

const tooLong = (length: number) =>
	`Tekst jest za długi: ${length.toLocaleString('pl-PL')} znaków, a można najwyżej ${MAX_ARTICLE_CHARS.toLocaleString('pl-PL')}. Wybierz fragment.`;

const articleForm = z.object({
	title: line().min(1, 'Wpisz tytuł tekstu.').max(MAX_TITLE, `Tytuł jest za długi (najwyżej ${MAX_TITLE} znaków).`),
	source: line().max(MAX_TITLE, `Źródło jest za długie (najwyżej ${MAX_TITLE} znaków).`),
	publishedOn: z
		.string()
		.trim()
		.refine((s) => !s || !!parseDay(s, { min: FIRST_YEAR }), 'Data publikacji jest nieprawidłowa.'),
	// Each check stops the next: cleaning a text that is binary or too long is wasted work.
	text: multiline()
		.refine((t) => !t.includes('\0'), { message: 'Tekst zawiera znaki binarne. Wklej zwykły tekst.', abort: true })
		.refine((t) => t.trim() !== '', { message: 'Tekst jest pusty. Wklej tekst artykułu albo wybierz plik.', abort: true })
		.refine((t) => t.length <= MAX_ARTICLE_CHARS, { error: (iss) => tooLong((iss.input as string).length), abort: true })
		.refine((t) => cleanArticle(t).blocks.length > 0, 'Po oczyszczeniu nie został żaden tekst artykułu. Sprawdź, co wkleiłeś.'),
	/** Texts of removed parts to restore. */
	keep: z.array(z.string())
});

export type ArticleValues = z.output<typeof articleForm>;

/** An uploaded file, when there is one, stands in for the text (and the title, if none was typed). */
export async function readArticleForm(form: FormData): Promise<FormResult<typeof articleForm>> {
	const values = formValues(articleForm, form);
	const file = form.get('file');
	if (file instanceof File && file.size > 0) {
		const upload = decodeUpload(file.name, new Uint8Array(await file.arrayBuffer()));
		if (!upload.ok) return { ok: false, message: upload.message, errors: { file: upload.message }, values };
		values.text = upload.text;
		if (!values.title.trim()) values.title = upload.title.slice(0, MAX_TITLE);
	}
	return parseValues(articleForm, values);
}
