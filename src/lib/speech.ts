/** Reads Polish text aloud with the browser's own speech synthesis; false where the browser has none. */
export function speak(text: string, onend?: () => void): boolean {
	if (typeof speechSynthesis === 'undefined') return false;
	speechSynthesis.cancel();
	const u = new SpeechSynthesisUtterance(text);
	u.lang = 'pl-PL';
	u.rate = 0.9;
	const voice = speechSynthesis.getVoices().find((v) => v.lang.toLowerCase().startsWith('pl'));
	if (voice) u.voice = voice;
	if (onend) u.onend = onend;
	speechSynthesis.speak(u);
	return true;
}

export function stopSpeaking() {
	if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
}
