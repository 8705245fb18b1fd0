/** The browser's Polish voice, if it has one. */
function polishVoiceNow(): SpeechSynthesisVoice | undefined {
	if (typeof speechSynthesis === 'undefined') return undefined;
	return speechSynthesis.getVoices().find((v) => v.lang.toLowerCase().replace('_', '-').startsWith('pl'));
}

/** The browser's Polish voice; browsers load their voice list late, so this waits briefly for it. */
export function polishVoice(waitMs = 1000): Promise<SpeechSynthesisVoice | undefined> {
	const now = polishVoiceNow();
	if (now || typeof speechSynthesis === 'undefined') return Promise.resolve(now);
	return new Promise((resolve) => {
		const done = () => {
			clearTimeout(timer);
			speechSynthesis.removeEventListener('voiceschanged', done);
			resolve(polishVoiceNow());
		};
		const timer = setTimeout(done, waitMs);
		speechSynthesis.addEventListener('voiceschanged', done);
	});
}

/** Reads Polish text aloud with the browser's own speech synthesis; false where the browser has none. */
export function speak(text: string, onend?: () => void, rate = 0.9): boolean {
	if (typeof speechSynthesis === 'undefined') return false;
	speechSynthesis.cancel();
	const u = new SpeechSynthesisUtterance(text);
	u.lang = 'pl-PL';
	u.rate = rate;
	const voice = polishVoiceNow();
	if (voice) u.voice = voice;
	if (onend) u.onend = onend;
	speechSynthesis.speak(u);
	return true;
}

export function stopSpeaking() {
	if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
}
