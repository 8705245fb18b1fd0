// Reads an article sentence by sentence: with the browser's Polish voice when it has one, otherwise with
// MP3s the server makes (espeak-ng). Sentence by sentence so the page can show what is being read, replay
// one sentence and change speed between sentences.
import { polishVoice, speak, stopSpeaking } from '$lib/speech';
import type { SpokenPart } from './parts';

const NO_VOICE_SERVER = 'Ta przeglądarka nie ma polskiego głosu, więc słyszysz nagranie z serwera.';
const NO_VOICE_AT_ALL =
	'Ta przeglądarka nie ma polskiego głosu i nie można go teraz pobrać z serwera. Spróbuj w Chrome lub Edge albo dodaj polski głos w ustawieniach systemu.';
const AUDIO_FAILED = 'Nie udało się pobrać nagrania. Sprawdź połączenie i spróbuj jeszcze raz.';

export class ReadAloudPlayer {
	playing = $state(false);
	/** The part being read or last read; -1 before the first. */
	index = $state(-1);
	rate = $state(1);
	notice = $state<string | null>(null);
	#mode: 'browser' | 'server' | null = null;
	#audio: HTMLAudioElement | null = null;
	/** Bumped on every start and stop, so a late "ended" from an older sentence does nothing. */
	#run = 0;

	constructor(
		readonly parts: SpokenPart[],
		private readonly audioUrl: (n: number) => string,
		private readonly serverVoice: boolean
	) {}

	get current(): SpokenPart | null {
		return this.index >= 0 ? (this.parts[this.index] ?? null) : null;
	}

	async play(from = Math.max(this.index, 0)) {
		if (from >= this.parts.length) from = 0;
		const run = ++this.#run;
		this.playing = true;
		this.#mode ??= (await polishVoice()) ? 'browser' : this.serverVoice ? 'server' : null;
		if (run !== this.#run) return;
		if (this.#mode === 'server') this.notice = NO_VOICE_SERVER;
		if (!this.#mode) {
			this.notice = NO_VOICE_AT_ALL;
			this.playing = false;
			return;
		}
		this.#say(from, run);
	}

	stop() {
		this.#run++;
		this.playing = false;
		stopSpeaking();
		this.#audio?.pause();
	}

	replay() {
		this.play(Math.max(this.index, 0));
	}

	setRate(rate: number) {
		this.rate = rate;
		if (this.#audio) this.#audio.playbackRate = rate;
	}

	#say(n: number, run: number) {
		if (n >= this.parts.length) {
			this.playing = false;
			return;
		}
		this.index = n;
		const next = () => run === this.#run && this.#say(n + 1, run);
		if (this.#mode === 'browser') {
			speak(this.parts[n].text, next, 0.9 * this.rate);
			return;
		}
		const audio = (this.#audio ??= new Audio());
		audio.onended = next;
		audio.onerror = () => {
			if (run !== this.#run) return;
			this.notice = AUDIO_FAILED;
			this.stop();
		};
		audio.src = this.audioUrl(n);
		audio.playbackRate = this.rate;
		audio.play().catch(() => {});
		// The next sentence is fetched while this one plays, so there is no pause between them.
		if (n + 1 < this.parts.length) fetch(this.audioUrl(n + 1), { priority: 'low' } as RequestInit).catch(() => {});
	}
}
