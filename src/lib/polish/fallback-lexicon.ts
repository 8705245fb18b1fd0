// Small hand-made lexicon for the rule-based fallback: frequent irregular forms whose lemma
// no suffix rule can guess, and uninflected function words (so they count as known words).
// Format per line: "lemma tag: form form form" (tag fields joined by ":").

const IRREGULAR = `
być verb:fin: jest są jestem jesteś jesteśmy jesteście będzie będą będę będziesz będziemy
być verb:praet: był była było byli były byłem byłam
mieć verb:fin: ma mają mam masz mamy macie
mieć verb:praet: miał miała miało mieli miały
móc verb:fin: może mogą mogę możesz możemy możecie
móc verb:praet: mógł mogła mogło mogli mogły
chcieć verb:fin: chce chcą chcę chcesz chcemy chcecie
iść verb:fin: idzie idą idę idziesz idziemy
iść verb:praet: szedł szła szło szli szły
pójść verb:praet: poszedł poszła poszło poszli poszły
pójść verb:fin: pójdzie pójdą pójdę
wiedzieć verb:fin: wie wiedzą wiem wiesz
jeść verb:fin: je jedzą jem jesz
zjeść verb:praet: zjadł zjadła zjedli
dać verb:fin: da dadzą dam dasz
brać verb:fin: bierze biorą biorę
wziąć verb:fin: weźmie wezmą
wziąć verb:praet: wziął wzięła wzięli
powiedzieć verb:fin: powie powiedzą
znaleźć verb:fin: znajdzie znajdą
znaleźć verb:praet: znalazł znalazła znaleźli
on ppron3:sg:m: jego go niego jemu mu niemu nim
ona ppron3:sg:f: jej niej nią ją
ono ppron3:sg:n: je
oni ppron3:pl:m1: ich nich im nimi
one ppron3:pl:nonm1: 
ja ppron12:sg: mnie mi mną
ty ppron12:sg: ciebie cię tobie ci tobą
my ppron12:pl: nas nam nami
wy ppron12:pl: was wam wami
siebie siebie: się sobie sobą
ten adj:: ta to tego tej tych tym temu tę tymi ci te
który adj:: która które którego której których którym którą którzy którymi
człowiek subst:m1: ludzie ludzi ludziom ludźmi
dziecko subst:n: dzieci dzieciom dziećmi dzieciach
rok subst:m3: lata lat latach latami roku
dzień subst:m3: dnia dni dniu dniem dniach dniami
tydzień subst:m3: tygodnia tygodni tygodniu
oko subst:n: oczy oczu oczami
ręka subst:f: ręce rąk rękami
brat subst:m1: bracia braci
przyjaciel subst:m1: przyjaciele przyjaciół
ksiądz subst:m1: księdza księża księży
pies subst:m2: psa psy psów
tysiąc subst:m3: tysiące tysięcy tysiącami tysiącach tysiąca
dobry adj:com: lepszy lepsza lepsze lepsi najlepszy najlepsza najlepsze lepiej
zły adj:com: gorszy gorsza gorsze najgorszy gorzej
duży adj:com: większy większa większe największy bardziej
mały adj:com: mniejszy mniejsza mniejsze najmniejszy mniej
dwa num:: dwóch dwie dwoma dwu dwaj
trzy num:: trzech trzema trzej
cztery num:: czterech czterema czterej
pięć num:: pięciu pięcioma
sześć num:: sześciu
dziesięć num:: dziesięciu
sto num:: stu
Polska subst:f: Polski Polsce Polskę Polską
`;

const UNINFLECTED = `
prep: w we z ze na do od o u po przy przez za pod nad przed między dla bez około wobec według podczas obok koło wokół ku
conj: i a ale lub albo czy oraz ani lecz jednak że żeby aby bo ponieważ gdy kiedy jeśli jeżeli choć chociaż więc zatem niż
qub: nie tak też także już jeszcze tylko nawet właśnie chyba może czy no bardzo
adv: dziś dzisiaj wczoraj jutro teraz potem tutaj tam gdzie kiedyś zawsze nigdy często wtedy natomiast najpierw
`;

export type LexiconEntry = { lemma: string; tag: string };

function build(): Map<string, LexiconEntry[]> {
	const map = new Map<string, LexiconEntry[]>();
	const add = (form: string, e: LexiconEntry) => {
		const list = map.get(form) ?? [];
		if (!list.some((x) => x.lemma === e.lemma && x.tag === e.tag)) list.push(e);
		map.set(form, list);
	};
	for (const line of IRREGULAR.trim().split('\n')) {
		const [lemma, tagHead, ...forms] = line.trim().split(/\s+/);
		if (!lemma || !tagHead) continue;
		const tag = tagHead.replace(/:+$/, '');
		add(lemma, { lemma, tag });
		for (const form of forms) add(form, { lemma, tag });
	}
	for (const line of UNINFLECTED.trim().split('\n')) {
		const [tag, words] = line.split(':');
		for (const w of words.trim().split(/\s+/)) add(w, { lemma: w, tag: tag.trim() });
	}
	return map;
}

let lexicon: Map<string, LexiconEntry[]> | undefined;

export function lexiconLookup(form: string): LexiconEntry[] {
	lexicon ??= build();
	return lexicon.get(form) ?? [];
}
