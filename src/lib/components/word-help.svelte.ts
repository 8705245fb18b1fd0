import type { WordInfo } from '$lib/word-info';
import type { WordInContext } from '$lib/word-at-point';

/** The word panel's state, shared by the search field, the text and the panel itself. */
export class WordHelp {
	info = $state<WordInfo | null>(null);
	message = $state('');
	open = $derived(this.info !== null || this.message !== '');
	#asked = 0;

	async lookup({ word, sentence, at }: WordInContext) {
		const ask = ++this.#asked;
		this.message = 'Szukam…';
		this.info = null;
		// A query string built once per lookup, not state a component reads.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const params = new URLSearchParams({ w: word, ...(sentence ? { s: sentence } : {}), ...(at !== undefined ? { at: String(at) } : {}) });
		try {
			const res = await fetch(`/api/word?${params}`);
			// A later tap wins over an answer that arrives late.
			if (ask !== this.#asked) return;
			if (!res.ok) {
				this.message = res.status === 400 ? 'To nie wygląda na polskie słowo.' : 'Nie udało się sprawdzić słowa.';
				return;
			}
			this.info = await res.json();
			this.message = '';
		} catch {
			if (ask === this.#asked) this.message = 'Brak połączenia. Spróbuj ponownie.';
		}
	}

	close() {
		this.#asked++;
		this.info = null;
		this.message = '';
	}
}
