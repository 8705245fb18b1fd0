// Reading and checking the article form (title, source, date, text or file, restored parts).
// Every failure keeps what the teacher typed so the page can show it again.
import { cleanArticle } from '$lib/polish/clean';
import { parseDay } from '$lib/warsaw-time';
import { decodeUpload, MAX_ARTICLE_CHARS } from './upload';

export interface ArticleValues {
	title: string;
	source: string;
	publishedOn: string;
	text: string;
	/** Texts of removed parts to restore. */
	keep: string[];
}

export type ArticleFormResult = { ok: true; values: ArticleValues } | { ok: false; values: ArticleValues; message: string };

const MAX_TITLE = 200;

/** Earlier "publication dates" are typos: the app is for news. */
const FIRST_YEAR = 1800;

export async function readArticleForm(form: FormData): Promise<ArticleFormResult> {
	const get = (k: string) => String(form.get(k) ?? '');
	const values: ArticleValues = {
		title: get('title').replace(/\s+/g, ' ').trim(),
		source: get('source').replace(/\s+/g, ' ').trim(),
		publishedOn: get('publishedOn').trim(),
		text: get('text').replace(/\r\n?/g, '\n'),
		keep: form.getAll('keep').map(String)
	};
	const fail = (message: string): ArticleFormResult => ({ ok: false, values, message });

	const file = form.get('file');
	if (file instanceof File && file.size > 0) {
		const upload = decodeUpload(file.name, new Uint8Array(await file.arrayBuffer()));
		if (!upload.ok) return fail(upload.message);
		values.text = upload.text;
		if (!values.title) values.title = upload.title.slice(0, MAX_TITLE);
	}

	if (!values.title) return fail('Wpisz tytuł tekstu.');
	if (values.title.length > MAX_TITLE) return fail(`Tytuł jest za długi (najwyżej ${MAX_TITLE} znaków).`);
	if (values.source.length > MAX_TITLE) return fail(`Źródło jest za długie (najwyżej ${MAX_TITLE} znaków).`);
	if (values.publishedOn && !parseDay(values.publishedOn, { min: FIRST_YEAR })) return fail('Data publikacji jest nieprawidłowa.');
	if (values.text.includes('\0')) return fail('Tekst zawiera znaki binarne. Wklej zwykły tekst.');
	if (!values.text.trim()) return fail('Tekst jest pusty. Wklej tekst artykułu albo wybierz plik.');
	if (values.text.length > MAX_ARTICLE_CHARS) {
		return fail(`Tekst jest za długi: ${values.text.length.toLocaleString('pl-PL')} znaków, a można najwyżej ${MAX_ARTICLE_CHARS.toLocaleString('pl-PL')}. Wybierz fragment.`);
	}
	if (cleanArticle(values.text).blocks.length === 0) return fail('Po oczyszczeniu nie został żaden tekst artykułu. Sprawdź, co wkleiłeś.');
	return { ok: true, values };
}
