// A link → the article form's fields (title, source, date, text) for the teacher to review. The text is
// what the page holds; the usual clean-up runs on it in the preview and on saving, as for pasted text.
import { readArticleHtml } from './extract';
import { fetchPage, type FetchOptions } from './fetch-safe';
import { Refusal, type Refused } from './refusals';
import { articleProblem } from './verdict';

export interface LinkedArticle {
	ok: true;
	/** Where the page ended up after redirects. */
	url: string;
	title: string;
	source: string;
	publishedOn: string;
	text: string;
}

/** "www.rp.pl" → "rp.pl": a stand-in source name when the page gives none. */
const siteOf = (url: string) => new URL(url).hostname.replace(/^www\./, '');

export async function importLink(link: string, options: FetchOptions = {}): Promise<LinkedArticle | Refused> {
	const page = await fetchPage(link, options);
	if (!page.ok) return page;
	if (page.kind === 'text') {
		const problem = articleProblem(page.body, '', '');
		if (problem) return new Refusal(problem).result;
		return { ok: true, url: page.url, title: '', source: siteOf(page.url), publishedOn: '', text: page.body.trim() };
	}
	let article: ReturnType<typeof readArticleHtml>;
	try {
		article = readArticleHtml(page.body);
	} catch (error) {
		if (error instanceof Refusal) return error.result;
		throw error;
	}
	const problem = articleProblem(article?.text ?? null, article?.lang ?? '', page.body);
	if (problem || !article) return new Refusal(problem ?? 'not-article').result;
	return {
		ok: true,
		url: page.url,
		title: article.title,
		source: article.source || siteOf(page.url),
		publishedOn: article.publishedOn,
		text: article.text
	};
}
